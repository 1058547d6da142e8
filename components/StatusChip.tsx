/** An inquiry's status as a chip: its word and its colour. */
import type { InquiryStatus } from '@/utils/inquiries/model';
import { t, type Language } from '@/utils/platform/i18n';
import { STATUS_LABEL, STATUS_TONE } from './labels';

export function StatusChip({ status, language, testid }: { status: InquiryStatus; language: Language; testid?: string }) {
  return (
    <span class="chip" data-tone={STATUS_TONE[status]} data-testid={testid}>
      {t(STATUS_LABEL[status], language)}
    </span>
  );
}
