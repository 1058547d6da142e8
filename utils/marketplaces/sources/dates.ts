/** Dates as a Russian page writes them, read as ISO days (in Moscow when the page gives a time). */
import { moscowDate } from '@/utils/calendar/moscow';
import { foldSpace } from './text';

const MONTHS_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];

function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return date.toISOString().slice(0, 10);
}

/**
 * Reads a date as a Russian page writes it: "17 сентября 2024", "17 сентября" (the current year, which the
 * sites leave out; a day later than today then belongs to last year), "17.09.2024", or ISO "2024-09-17…"
 * (with a time and an offset, the day it was in Moscow).
 */
export function parseRussianDate(text: unknown, now: Date = new Date()): string | undefined {
  if (typeof text !== 'string') return undefined;
  const iso = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2}))?/.exec(text);
  if (iso) {
    const day = isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (!day || !iso[4]) return day;
    const moment = new Date(iso[0]);
    return Number.isNaN(moment.getTime()) ? day : moscowDate(moment.getTime());
  }
  const dotted = /(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/.exec(text);
  if (dotted) return isoDate(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
  const words = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2})\\s+(${MONTHS_GENITIVE.join('|')})(?![\\p{L}])(?:\\s+(\\d{4})(?!\\d))?`, 'iu').exec(
    foldSpace(text),
  );
  if (!words) return undefined;
  const day = Number(words[1]);
  const month = MONTHS_GENITIVE.indexOf(words[2].toLowerCase()) + 1;
  if (words[3]) return isoDate(Number(words[3]), month, day);
  const today = moscowDate(now.getTime());
  const year = Number(today.slice(0, 4));
  const thisYear = isoDate(year, month, day);
  if (thisYear && thisYear <= today) return thisYear;
  return isoDate(year - 1, month, day);
}
