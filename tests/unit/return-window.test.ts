/** The panel's seven days to return, worked out without the escalation's law, agree with the escalation's table. */
import { describe, expect, it } from 'vitest';
import { returnWindow } from '../../components/ContextFields';
import { addDays } from '../../utils/calendar';
import { deadlinesFor } from '../../utils/escalation/deadlines';

describe('the panel’s return window', () => {
  it('gives the escalation’s date and days left for every delivery day of 2026 and 2027', () => {
    const today = '2026-12-07';
    for (let delivered = '2026-01-01'; delivered <= '2027-12-31'; delivered = addDays(delivered, 1)) {
      const [window] = deadlinesFor({ situation: 'return', termsInWriting: 'yes', dates: { delivered }, today });
      expect(returnWindow(delivered, today), delivered).toEqual({ date: window.date, daysLeft: window.daysLeft, passed: window.passed });
    }
  });

  it('moves a last day off to the next working day: delivered 27.12.2026, not before 11.01.2027', () => {
    expect(returnWindow('2026-12-27', '2026-12-28')).toEqual({ date: '2027-01-11', daysLeft: 14, passed: false });
  });
});
