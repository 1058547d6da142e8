/**
 * Interface text, looked up in the bundled `_locales` ourselves: `browser.i18n` follows the browser's
 * language, and the shopper's choice of language must win over it.
 */
import type russian from '@/public/_locales/ru/messages.json';
// As text, parsed when first needed: JSON.parse of a string is much quicker to load than the object
// literal an imported JSON file becomes (about 1 100 messages each), and English is not parsed at all
// for a shopper who reads Russian.
import enText from '@/public/_locales/en/messages.json?raw';
import ruText from '@/public/_locales/ru/messages.json?raw';

export type Language = 'ru' | 'en';
export type MessageKey = keyof typeof russian;
type Catalogue = Record<string, { message: string } | undefined>;

const parsed: Partial<Record<Language, Catalogue>> = {};
const catalogue = (language: Language): Catalogue => (parsed[language] ??= JSON.parse(language === 'en' ? enText : ruText) as Catalogue);

/**
 * The message for `key` in `language` (components take theirs from the settings: `useT()`), with `$1`,
 * `$2`… replaced by `substitutions`; a message missing in English falls back to Russian.
 */
export function t(key: MessageKey, language: Language, ...substitutions: (string | number)[]): string {
  const message = catalogue(language)[key]?.message ?? catalogue('ru')[key]!.message;
  return message.replace(/\$(\d)/g, (whole, n: string) => {
    const value = substitutions[Number(n) - 1];
    return value === undefined ? whole : String(value);
  });
}

const localeTags: Record<Language, string> = { ru: 'ru-RU', en: 'en-GB' };

/**
 * A whole number of roubles in Russian, as Intl writes it («1 290 ₽», no-break spaces), without Intl: the
 * first Intl formatter of a fresh page costs about 20 ms, and the panel's first drawing of a product page
 * needs no other.
 */
function roubles(amount: number): string {
  return `${String(amount).replace(/\B(?=(\d{3})+$)/g, '\u00a0')}\u00a0₽`;
}

export function formatPrice(amount: number, currency: string | undefined, language: Language = 'ru'): string {
  if (language === 'ru' && currency === 'RUB' && Number.isSafeInteger(amount) && amount >= 0) return roubles(amount);
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

const MONTHS_OF = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

/** "2026-09-17" → "17 сентября 2026 г." (in Russian without Intl, as `roubles`; the same text). */
export function formatDate(isoDate: string, language: Language = 'ru'): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  const year = date.getUTCFullYear();
  if (language === 'ru' && year >= 1000 && year <= 9999) return `${date.getUTCDate()} ${MONTHS_OF[date.getUTCMonth()]} ${year} г.`;
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

/**
 * ms since the epoch → "22 ноября 2026 г., 14:05" in the browser's time zone; `short`: "22 нояб. 2026 г.,
 * 14:05", for a row in a list.
 */
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
