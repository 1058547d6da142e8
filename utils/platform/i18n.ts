/**
 * Interface text, looked up in the bundled `_locales` ourselves: `browser.i18n` follows the browser's
 * language, and the shopper's choice of language must win over it.
 */
import en from '@/public/_locales/en/messages.json';
import ru from '@/public/_locales/ru/messages.json';

export type Language = 'ru' | 'en';
export type MessageKey = keyof typeof ru;

const catalogues: Record<Language, Record<string, { message: string }>> = { ru, en };

/**
 * The message for `key` in `language` (components take theirs from the settings: `useT()`), with `$1`,
 * `$2`… replaced by `substitutions`; a message missing in English falls back to Russian.
 */
export function t(key: MessageKey, language: Language, ...substitutions: (string | number)[]): string {
  const message = catalogues[language][key]?.message ?? ru[key].message;
  return message.replace(/\$(\d)/g, (whole, n: string) => {
    const value = substitutions[Number(n) - 1];
    return value === undefined ? whole : String(value);
  });
}

const localeTags: Record<Language, string> = { ru: 'ru-RU', en: 'en-GB' };

export function formatPrice(amount: number, currency: string | undefined, language: Language = 'ru'): string {
  const tag = localeTags[language];
  if (!currency) return new Intl.NumberFormat(tag).format(amount);
  try {
    const fraction = Number.isInteger(amount) ? 0 : 2;
    return new Intl.NumberFormat(tag, {
      style: 'currency',
      currency,
      minimumFractionDigits: fraction,
      maximumFractionDigits: fraction,
    }).format(amount);
  } catch {
    return `${new Intl.NumberFormat(tag).format(amount)} ${currency}`;
  }
}

/** "2026-09-17" → "17 сентября 2026 г." */
export function formatDate(isoDate: string, language: Language = 'ru'): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(localeTags[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** "2026-10" → "окт." (or "окт. 2026" with the year), as a chart's axis says it. */
export function formatMonth(month: string, language: Language = 'ru', withYear = false): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return month;
  return new Intl.DateTimeFormat(localeTags[language], {
    month: 'short',
    ...(withYear && { year: 'numeric' }),
    timeZone: 'UTC',
  }).format(date);
}

/**
 * ms since the epoch → "22 ноября 2026 г., 14:05" in the browser's time zone; `short`: "22 нояб. 2026 г.,
 * 14:05", for a row in a list.
 */
/** A date (YYYY-MM-DD) as a day and a short month, without the year: «8 дек.», "8 Dec". */
export function formatDayMonth(isoDate: string, language: Language = 'ru'): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(localeTags[language], { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(date);
}

/** The plural form a count takes in the language (Russian: one, few, many; English: one, other). */
export function pluralOf(count: number, language: Language = 'ru'): 'one' | 'few' | 'many' {
  const form = new Intl.PluralRules(localeTags[language]).select(count);
  return form === 'one' ? 'one' : form === 'few' ? 'few' : 'many';
}

export function formatDateTime(ms: number, language: Language = 'ru', short = false): string {
  return new Intl.DateTimeFormat(localeTags[language], {
    day: 'numeric',
    month: short ? 'short' : 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(ms));
}

/** 3.1 → "3,1" in Russian, "3.1" in English. */
export function formatNumber(value: number, language: Language = 'ru'): string {
  return new Intl.NumberFormat(localeTags[language], { maximumFractionDigits: 1 }).format(value);
}
