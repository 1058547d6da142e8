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

/** Whether the year's production calendar is bundled; without it the Labour Code's holidays and weekends are days off. */
export function calendarKnown(year: number): boolean {
  return year in PRODUCTION_CALENDAR;
}

/**
 * The non-working public holidays of every year, MM-DD (Labour Code art. 112 part 1): 1–6 and 8 January
 * (the New Year holidays), 7 January (Christmas), 23 February, 8 March, 1 May, 9 May, 12 June, 4 November.
 * No decree can make them working days.
 */
export const LABOUR_CODE_HOLIDAYS: readonly string[] = [
  '01-01', '01-02', '01-03', '01-04', '01-05', '01-06', '01-07', '01-08',
  '02-23', '03-08', '05-01', '05-09', '06-12', '11-04',
];

const weekend = (isoDate: string) => {
  const weekday = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
};

const statutoryDaysOff = new Map<number, ReadonlySet<string>>();

/**
 * The days off the Labour Code itself fixes for a year without a bundled calendar: the holidays of art. 112
 * part 1, and, by art. 112 part 2, a holiday outside 1–8 January that falls on a Saturday or Sunday gives
 * its day off to the next working day after it. Part 2 excludes the January holidays: their weekend days
 * off are moved by the Government's annual decree (art. 112 part 5), unknown until it is published, and the
 * same decree may move any other day off (the 2025 decree moved 23 February and 8 March to 8 May and
 * 13 June) or make a Saturday a working day. So a date in such a year stays `approximate`.
 * Source: Трудовой кодекс РФ, ст. 112 ч. 1, 2 и 5.
 */
function labourCodeDaysOff(year: number): ReadonlySet<string> {
  let days = statutoryDaysOff.get(year);
  if (days) return days;
  const holidays = LABOUR_CODE_HOLIDAYS.map((day) => `${year}-${day}`);
  const off = new Set(holidays);
  for (const holiday of holidays) {
    if (holiday.slice(5, 7) === '01' || !weekend(holiday)) continue;
    let moved = addDays(holiday, 1);
    while (weekend(moved) || off.has(moved)) moved = addDays(moved, 1);
    off.add(moved);
  }
  days = off;
  statutoryDaysOff.set(year, days);
  return days;
}

/**
 * A working day: never one of the Labour Code's holidays, in any year; then as the bundled production
 * calendar says; in a year without one, any day but a weekend and the Labour Code's days off
 * (`labourCodeDaysOff`).
 */
export function isWorkingDay(isoDate: string): boolean {
  if (LABOUR_CODE_HOLIDAYS.includes(isoDate.slice(5))) return false;
  const yearNumber = Number(isoDate.slice(0, 4));
  const year = PRODUCTION_CALENDAR[yearNumber];
  if (year?.workingWeekends.includes(isoDate)) return true;
  if (year?.daysOff.includes(isoDate)) return false;
  if (!year && labourCodeDaysOff(yearNumber).has(isoDate)) return false;
  return !weekend(isoDate);
}

export interface Due {
  /** ms since the epoch: the end of the day it falls on, in Moscow. */
  at: number;
  /** YYYY-MM-DD */
  date: string;
  /** A year it crossed has no bundled calendar: weekends and the Labour Code's holidays were skipped, not the decree's transfers. */
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
