/**
 * When an inquiry's answer is due, or that it is overdue: a line with a clock, red once the time has passed.
 * «ответ до 8 дек., осталось 2 дня»; «срок ответа прошёл 8 дек.». Drawn from the inquiry's next step.
 */
import { moscowDate } from '@/utils/calendar';
import type { Inquiry } from '@/utils/inquiries/model';
import type { NextStep } from '@/utils/inquiries/next-step';
import { pluralOf, type MessageKey } from '@/utils/platform/i18n';
import { Icon } from './Icon';
import { useFormat, useLanguage, useT } from './settings';

const LEFT: Record<ReturnType<typeof pluralOf>, MessageKey> = { one: 'dueLeftOne', few: 'dueLeftFew', many: 'dueLeftMany' };
const PASSED: Record<NonNullable<NextStep['awaiting']>, MessageKey> = {
  inquiry: 'popupOverdue',
  claim: 'dueClaimPassed',
  complaint: 'dueComplaintPassed',
};

/** The due line's words alone (the panel draws them in its own line). */
export function useDueText() {
  const t = useT();
  const format = useFormat();
  const language = useLanguage();
  return (next: NextStep): string => {
    if (next.dueAt === undefined) return '';
    const date = format.dayMonth(moscowDate(next.dueAt));
    if (next.overdue) return t(PASSED[next.awaiting ?? 'inquiry'], date);
    const left = next.daysLeft ?? 0;
    return left === 0 ? t('dueLeftToday', date) : t(LEFT[pluralOf(left, language)], date, left);
  };
}

/** `detailed`: with the notes on how the date was counted (the case file). */
export function DueLine({ inquiry, next, detailed }: { inquiry: Inquiry; next: NextStep; detailed?: boolean }) {
  const t = useT();
  const text = useDueText()(next);
  if (!text) return null;
  const note = detailed
    ? [inquiry.dueIsDefault ? t('popupDueDefault') : '', inquiry.dueApproximate ? t('popupDueApproximate') : ''].filter(Boolean).join(' ')
    : '';
  return (
    <p class={next.overdue ? 'due overdue-note' : 'due'} data-testid={next.overdue ? 'mh-overdue' : 'mh-awaiting'}>
      <Icon name={next.overdue ? 'alert' : 'clock'} />
      <span>
        {text}
        {note && <span class="muted"> {note}</span>}
      </span>
    </p>
  );
}
