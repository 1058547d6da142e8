/** A catalogue entry's source, in the words the panel and the options page show under it. */
import type { CorrectedChannel } from '@/utils/catalogue';
import { formatDate, t, type Language } from '@/utils/platform/i18n';

/** Where the entry comes from, and since when it has not been checked (or when the shopper corrected it). */
export function sourceLine(channel: CorrectedChannel, language: Language): string {
  const source = channel.source;
  const from =
    source.kind === 'seed'
      ? t('sourceSeed', language, source.file.slice(0, 3))
      : source.kind === 'page'
        ? t('sourcePage', language, source.page)
        : source.kind === 'article'
          ? t('sourceArticle', language, source.title)
          : t('sourceOfficial', language);
  const when = channel.correction
    ? t('correctedByYou', language, formatDate(channel.correction.at, language))
    : t('notVerifiedSince', language, formatDate(channel.copiedAt, language));
  return `${from} · ${when}`;
}
