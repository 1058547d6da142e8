/**
 * A storage failure in the shopper's words (Russian or English): what happened and what to do, never
 * the browser's own message. A save's words say that the text is still there; a list's fit after
 * «Не удалось прочитать историю: …».
 */
import { t, type Language, type MessageKey } from '@/utils/platform/i18n';
import { storageFailure, type StorageFailure } from './errors';

const SAVE: Record<StorageFailure, MessageKey> = {
  'storage-full': 'errorStorageFull',
  blocked: 'errorDbBlocked',
  unavailable: 'errorDbUnavailable',
  storage: 'errorStorage',
};

const LOAD: Record<StorageFailure, MessageKey> = {
  'storage-full': 'loadStorageFull',
  blocked: 'loadDbBlocked',
  unavailable: 'loadDbUnavailable',
  storage: 'loadStorage',
};

/** A save that failed: what happened, what to do, and that the text stayed. */
export function describeSaveFailure(failure: StorageFailure, language: Language): string {
  return t(SAVE[failure] ?? SAVE.storage, language);
}

/** A read that failed (`error` as thrown, or its kind already known). */
export function describeLoadFailure(error: unknown, language: Language): string {
  const failure = typeof error === 'string' && error in LOAD ? (error as StorageFailure) : storageFailure(error);
  return t(LOAD[failure], language);
}
