import { describe, expect, it } from 'vitest';
import { addDays, addWorkingDays, isWorkingDay, legalDeadline, moscowDate, onWorkingDay } from '../../utils/calendar';

/** A moment in Moscow time. */
const msk = (local: string) => Date.parse(`${local}+03:00`);

describe('working days', () => {
  it('skips the weekend', () => {
    // Friday 20 November 2026, one working day → Monday 23 November.
    expect(addWorkingDays(msk('2026-11-20T15:00:00'), 1)).toMatchObject({ date: '2026-11-23', approximate: false });
    expect(addWorkingDays(msk('2026-11-21T10:00:00'), 1).date).toBe('2026-11-23');
  });

  it('skips a public holiday and its transferred day off', () => {
    // Tuesday 3 November 2026 → Wednesday 4 November is Unity Day → Thursday 5.
    expect(addWorkingDays(msk('2026-11-03T12:00:00'), 1).date).toBe('2026-11-05');
    // Friday 6 March 2026 → 7–8 weekend, Monday 9 March the day off for 8 March → Tuesday 10.
    expect(addWorkingDays(msk('2026-03-06T12:00:00'), 1).date).toBe('2026-03-10');
  });

  it('counts a transferred working Saturday', () => {
    // Friday 31 October 2025 → Saturday 1 November 2025 was worked.
    expect(isWorkingDay('2025-11-01')).toBe(true);
    expect(addWorkingDays(msk('2025-10-31T12:00:00'), 1).date).toBe('2025-11-01');
    // …and then the days off 2–4 November.
    expect(addWorkingDays(msk('2025-10-31T12:00:00'), 2).date).toBe('2025-11-05');
  });

  it('crosses the year end through the New Year holidays', () => {
    // Wednesday 30 December 2026, one working day: 31 December is off (transferred); 2027's calendar is
    // not bundled, but 1–8 January are holidays by the Labour Code and 9–10 a weekend: Monday 11 January,
    // marked approximate (the decree's transfers are not known).
    const due = addWorkingDays(msk('2026-12-30T12:00:00'), 1);
    expect(due.date).toBe('2027-01-11');
    expect(due.approximate).toBe(true);
    // Within bundled years: Tuesday 30 December 2025 → 31 Dec off, 1–11 January 2026 off → Monday 12.
    expect(addWorkingDays(msk('2025-12-30T12:00:00'), 1)).toMatchObject({ date: '2026-01-12', approximate: false });
  });

  it('falls at the end of the day in Moscow', () => {
    const due = addWorkingDays(msk('2026-11-20T23:30:00'), 1);
    expect(moscowDate(due.at)).toBe('2026-11-23');
    expect(new Date(due.at).toISOString()).toBe('2026-11-23T20:59:59.999Z');
  });
});

describe('legal deadlines in calendar days', () => {
  it('moves a deadline that lands on a Sunday to Monday', () => {
    // 10 days from Thursday 12 November 2026 → Sunday 22 November → Monday 23.
    expect(legalDeadline(msk('2026-11-12T10:00:00'), 10).date).toBe('2026-11-23');
  });

  it('moves a deadline that lands in the New Year holidays past them', () => {
    // 10 days from 25 December 2025 → 4 January 2026 → the holidays run to 11 January → Monday 12.
    expect(legalDeadline(msk('2025-12-25T10:00:00'), 10).date).toBe('2026-01-12');
  });

  it('keeps a deadline that lands on a working day', () => {
    // 30 days from 1 October 2026 → Saturday 31 October → Monday 2 November.
    expect(legalDeadline(msk('2026-10-01T10:00:00'), 30).date).toBe('2026-11-02');
    expect(legalDeadline(msk('2026-10-02T10:00:00'), 10).date).toBe('2026-10-12');
  });
});

/** Labour Code art. 112 part 1, written out here on its own: 1–8 January, 23 February, 8 March, 1 and 9 May, 12 June, 4 November. */
const HOLIDAYS = ['01-01', '01-02', '01-03', '01-04', '01-05', '01-06', '01-07', '01-08', '02-23', '03-08', '05-01', '05-09', '06-12', '11-04'];

describe('a year without a bundled calendar: the Labour Code\'s holidays', () => {
  it('makes every holiday of art. 112 a day off, on each day of 2027 and in later years', () => {
    // 2027: 1 May is a Saturday, 9 May a Sunday, 12 June a Saturday; art. 112 part 2 moves their days off
    // to Monday 3 May, Monday 10 May and Monday 14 June. January's weekend holidays (2, 3) are not moved.
    const moved = ['2027-05-03', '2027-05-10', '2027-06-14'];
    let workingDays = 0;
    for (let day = '2027-01-01'; day <= '2027-12-31'; day = addDays(day, 1)) {
      const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
      const off = HOLIDAYS.includes(day.slice(5)) || moved.includes(day) || weekday === 0 || weekday === 6;
      expect(isWorkingDay(day), day).toBe(!off);
      if (!off) workingDays++;
    }
    // 261 weekdays, less the 9 holidays on weekdays (1 and 4–8 January, 23 February, 8 March, 4 November)
    // and the 3 moved days.
    expect(workingDays).toBe(249);
    for (let year = 2027; year <= 2040; year++) {
      for (const holiday of HOLIDAYS) expect(isWorkingDay(`${year}-${holiday}`), `${year}-${holiday}`).toBe(false);
    }
    // 4 November 2028 is a Saturday: Monday 6 November is off; 8 January 2028, a Saturday, moves nothing.
    expect(isWorkingDay('2028-11-06')).toBe(false);
    expect(isWorkingDay('2028-01-10')).toBe(true);
  });

  it('moves a term that ends in the January holidays past them, marked approximate', () => {
    // A refund demand received 25 December 2026, ten days: 4 January 2027 is a holiday → Monday 11.
    expect(legalDeadline(msk('2026-12-25T10:00:00'), 10)).toMatchObject({ date: '2027-01-11', approximate: true });
    expect(onWorkingDay('2027-01-04')).toEqual({ date: '2027-01-11', approximate: true });
    // 7 days from a delivery on 27 December 2026 end on Sunday 3 January: → 11 January too.
    expect(legalDeadline(msk('2026-12-27T18:00:00'), 7)).toMatchObject({ date: '2027-01-11', approximate: true });
    // A bundled year is untouched: 2026's transfers, not the Code's default, and not approximate.
    expect(onWorkingDay('2026-05-09')).toEqual({ date: '2026-05-12', approximate: false });
  });
});
