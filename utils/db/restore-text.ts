/** What restoring deleted inquiries found, in the shopper's words. */
import { t, type Language } from '@/utils/platform/i18n';
import type { Restored } from './inquiries';

/** What a restore found, in the shopper's words: an error only when something was erased for good. */
export function restoredNotice(found: Record<Restored, number>, language: Language): { text: string; error?: boolean } {
  const back = found.restored + found['already-back'];
  const total = back + found.gone;
  if (found.gone > 0) return { text: total === 1 ? t('undoFailed', language) : t('undoFailedSome', language, back, total), error: true };
  if (found.restored === 0 && back > 0) return { text: t('undoAlreadyBack', language) };
  return { text: t('deletedRestored', language, back) };
}
