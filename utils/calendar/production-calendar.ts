/**
 * Russia's production calendar, per year: the weekdays that are not worked (public holidays and the days
 * off transferred onto weekdays) and the weekend days that are worked (transferred working Saturdays).
 * For a five-day week. Each year keeps its source.
 */
export interface CalendarYear {
  /** Weekdays off, YYYY-MM-DD. */
  daysOff: string[];
  /** Saturdays or Sundays worked, YYYY-MM-DD. */
  workingWeekends: string[];
  source: string;
}

export const PRODUCTION_CALENDAR: Record<number, CalendarYear> = {
  2025: {
    // Holidays Jan 1–8, Feb 23 (Sun), Mar 8 (Sat), May 1, May 9, Jun 12, Nov 4; transfers: Jan 4 → May 2,
    // Jan 5 → Dec 31, Feb 23 → May 8, Mar 8 → Jun 13, Nov 1 (worked) → Nov 3.
    daysOff: [
      '2025-01-01', '2025-01-02', '2025-01-03', '2025-01-06', '2025-01-07', '2025-01-08',
      '2025-05-01', '2025-05-02', '2025-05-08', '2025-05-09',
      '2025-06-12', '2025-06-13',
      '2025-11-03', '2025-11-04',
      '2025-12-31',
    ],
    workingWeekends: ['2025-11-01'],
    source: 'Постановление Правительства РФ от 04.10.2024 № 1335 «О переносе выходных дней в 2025 году»',
  },
  2026: {
    // Holidays Jan 1–8, Feb 23, Mar 8 (Sun → Mar 9), May 1, May 9 (Sat → May 11), Jun 12, Nov 4;
    // transfers: Jan 3 → Jan 9, Jan 4 → Dec 31.
    daysOff: [
      '2026-01-01', '2026-01-02', '2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08', '2026-01-09',
      '2026-02-23',
      '2026-03-09',
      '2026-05-01', '2026-05-11',
      '2026-06-12',
      '2026-11-04',
      '2026-12-31',
    ],
    workingWeekends: [],
    source: 'Постановление Правительства РФ от 24.09.2025 № 1466 «О переносе выходных дней в 2026 году»',
  },
};
