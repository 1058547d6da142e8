/** A catalogue entry's source, in the words the panel and the options page show under it. */
import type { CorrectedChannel } from '@/utils/catalogue';
import { MARKETPLACES } from '@/utils/marketplaces/facts';
import type { MarketplaceId } from '@/utils/marketplaces/types';
import { formatDate, t, type Language } from '@/utils/platform/i18n';
import { SEED_TITLES } from './seeds';
import type { Source } from './types';

const MONTHS_IN: Record<Language, string[]> = {
  ru: ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** «январе 2025 г.» / «January 2025», from YYYY-MM. */
function monthOf(yearMonth: string, language: Language): string {
  const [year, month] = yearMonth.split('-').map(Number);
  const name = MONTHS_IN[language][month - 1] ?? '';
  return language === 'ru' ? `${name} ${year} г.` : `${name} ${year}`;
}

/** The marketplace whose site a saved page is of (its folder), by the name people know it by. */
function siteOf(page: string): string {
  const folder = page.split('/')[0] as MarketplaceId;
  return MARKETPLACES[folder]?.name ?? folder;
}

/** Where a fact comes from, as a person says it: an article's title, a site as it was then — never a file name. */
export function sourceWords(source: Source, language: Language): string {
  switch (source.kind) {
    case 'seed':
      return t('sourceSeed', language, SEED_TITLES[source.file] ?? '');
    case 'page':
      return t('sourcePage', language, siteOf(source.page), monthOf(source.captured, language));
    case 'article':
      return t('sourceArticle', language, source.title);
    case 'official':
      return t('sourceOfficial', language, new URL(source.url).hostname.replace(/^www\./, ''));
  }
}

/** Where the entry comes from, and since when it has not been checked (or when the shopper corrected it). */
export function sourceLine(channel: CorrectedChannel, language: Language): string {
  const when = channel.correction
    ? t('correctedByYou', language, formatDate(channel.correction.at, language))
    : t('notVerifiedSince', language, formatDate(channel.copiedAt, language));
  return `${sourceWords(channel.source, language)} · ${when}`;
}
