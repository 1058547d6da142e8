/** How the documents write dates and short values. */
import { calendarKnown } from '@/utils/calendar';
import { moscowDate } from '@/utils/calendar/moscow';
import type { Deadline } from '../deadlines';

/** "22.11.2026", as Russian documents date things. */
export function documentDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

/**
 * The last day of a term as a document states it. A term that crosses a year without a bundled production
 * calendar skips only weekends and the Labour Code's holidays: the annual decree's transfers may still move
 * its last day later (Civil Code art. 193), so it is written as the earliest it can be, with the reason —
 * «не ранее 11.01.2027 (с учётом нерабочих праздничных дней, ст. 193 ГК РФ; дата уточняется по
 * производственному календарю на 2027 год)».
 */
export function termEnd(deadline: Pick<Deadline, 'from' | 'date' | 'approximate'>): { ru: string; en: string } {
  const date = documentDate(deadline.date);
  if (!deadline.approximate) return { ru: date, en: date };
  const last = Number(deadline.date.slice(0, 4));
  let year = Number(deadline.from.slice(0, 4));
  while (year < last && calendarKnown(year)) year++;
  return {
    ru: `не ранее ${date} (с учётом нерабочих праздничных дней, ст. 193 ГК РФ; дата уточняется по производственному календарю на ${year} год)`,
    en: `not before ${date} (counting the public holidays, Civil Code art. 193; to be confirmed against the ${year} production calendar)`,
  };
}

export const dateOf = (ms: number) => documentDate(moscowDate(ms));
export const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);
export const filled = (value: string | undefined): value is string => !!value && value.trim() !== '';
