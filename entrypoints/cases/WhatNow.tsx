/** The case file's plain "what now": one sentence over its buttons, from the inquiry's next step. */
import { moscowDate } from '@/utils/calendar';
import type { NextStep } from '@/utils/inquiries/next-step';
import { useFormat, useT } from '@/components/settings';

export function WhatNow({ next }: { next: NextStep }) {
  const t = useT();
  const format = useFormat();
  const due = next.dueAt !== undefined ? format.date(moscowDate(next.dueAt)) : '';
  let text = '';
  if (next.step === 'mark-sent') text = t('nowMarkSent');
  else if (next.step === 'follow-up') text = t('nowFollowUp');
  else if (next.step === 'claim') text = t('nowClaim');
  else if (next.step === 'complaint') text = t('nowComplaint');
  else if (next.step === 'resolve') text = t('nowResolve');
  else if (next.step === 'reply') text = next.overdue ? t('nowComplaintOverdue') : t('nowWait', due);
  if (!text) return null;
  return (
    <p class="what-now" data-testid="mh-what-now" data-step={next.step}>
      {text}
    </p>
  );
}
