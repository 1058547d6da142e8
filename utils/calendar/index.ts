/**
 * Working days and deadlines, in Moscow time (the marketplaces' and the law's). Shopper-facing answer
 * times count working days; legal deadlines count calendar days and move off a non-working last day.
 */
import { moscowDate } from './moscow';
import { PRODUCTION_CALENDAR } from './production-calendar';

export { moscowDate };

const DAY_MS = 24 * 60 * 60 * 1000;

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
/** Calendar days from one date (YYYY-MM-DD) to another. */
export const daysBetween = (from: string, to: string) => Math.round(dayNumber(to) - dayNumber(from));

/** N months after a date: the same day of the month, or the month's last day when it has none (Civil Code art. 192). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

/** A real date written YYYY-MM-DD. */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

/** The last millisecond of a Moscow calendar day. */
export function endOfMoscowDay(isoDate: string): number {
  return Date.parse(`${isoDate}T23:59:59.999+03:00`);
}

export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whether the year's production calendar is bundled; without it only weekends count as days off. */
export function calendarKnown(year: number): boolean {
  return year in PRODUCTION_CALENDAR;
}

export function isWorkingDay(isoDate: string): boolean {
  const year = PRODUCTION_CALENDAR[Number(isoDate.slice(0, 4))];
  if (year?.workingWeekends.includes(isoDate)) return true;
  if (year?.daysOff.includes(isoDate)) return false;
  const weekday = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

export interface Due {
  /** ms since the epoch: the end of the day it falls on, in Moscow. */
  at: number;
  /** YYYY-MM-DD */
  date: string;
  /** A year it crossed has no bundled calendar: only weekends were skipped. */
  approximate: boolean;
}

/** The end of the Nth working day after the day of `fromMs` (the day itself does not count). */
export function addWorkingDays(fromMs: number, workingDays: number): Due {
  let date = moscowDate(fromMs);
  let approximate = !calendarKnown(Number(date.slice(0, 4)));
  for (let counted = 0; counted < workingDays; ) {
    date = addDays(date, 1);
    approximate ||= !calendarKnown(Number(date.slice(0, 4)));
    if (isWorkingDay(date)) counted++;
  }
  return { at: endOfMoscowDay(date), date, approximate };
}

/**
 * A legal deadline of N calendar days from the day of `fromMs` (the day itself does not count); one that
 * ends on a non-working day moves to the next working day (Civil Code, art. 193).
 */
export function legalDeadline(fromMs: number, calendarDays: number): Due {
  const { date, approximate } = onWorkingDay(addDays(moscowDate(fromMs), calendarDays));
  return { at: endOfMoscowDay(date), date, approximate };
}

/** The day itself when it is a working day, else the next working day (Civil Code, art. 193). */
export function onWorkingDay(isoDate: string): { date: string; approximate: boolean } {
  let date = isoDate;
  let approximate = !calendarKnown(Number(date.slice(0, 4)));
  while (!isWorkingDay(date)) {
    date = addDays(date, 1);
    approximate ||= !calendarKnown(Number(date.slice(0, 4)));
  }
  return { date, approximate };
}

export { PRODUCTION_CALENDAR };
