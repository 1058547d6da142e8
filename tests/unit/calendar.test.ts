import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay, legalDeadline, moscowDate } from '../../utils/calendar';

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
    // Wednesday 30 December 2026, one working day: 31 December is off (transferred), and so is the start
    // of 2027, whose calendar is not bundled: only its weekends are skipped, and the answer says so.
    const due = addWorkingDays(msk('2026-12-30T12:00:00'), 1);
    expect(due.date).toBe('2027-01-01');
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
