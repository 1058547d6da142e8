/** An inquiry's status as a chip: its word and its colour. */
import type { InquiryStatus } from '@/utils/inquiries/model';
import { STATUS_LABEL, STATUS_TONE } from './labels';
import { useT } from './settings';

export function StatusChip({ status, testid }: { status: InquiryStatus; testid?: string }) {
  const t = useT();
  return (
    <span class="chip" data-tone={STATUS_TONE[status]} data-testid={testid}>
      {t(STATUS_LABEL[status])}
    </span>
  );
}
