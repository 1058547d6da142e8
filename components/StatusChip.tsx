/** An inquiry's status as a chip: its word and its colour; an overdue one says so, whatever its status. */
import type { InquiryStatus } from '@/utils/inquiries/model';
import { STATUS_LABEL, STATUS_TONE } from './labels';
import { useT } from './settings';

export function StatusChip({ status, overdue, testid }: { status: InquiryStatus; overdue?: boolean; testid?: string }) {
  const t = useT();
  return (
    <span class="chip" data-tone={overdue ? 'danger' : STATUS_TONE[status]} data-testid={testid} data-overdue={overdue ? 'true' : undefined}>
      {t(overdue ? 'statusOverdue' : STATUS_LABEL[status])}
    </span>
  );
}
