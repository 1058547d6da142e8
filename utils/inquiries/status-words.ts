/** What each status is called on the extension's pages and in the CSV: its message key. */
import type { MessageKey } from '@/utils/platform/i18n';
import type { InquiryStatus } from './model';

export const STATUS_LABEL: Record<InquiryStatus, MessageKey> = {
  'not-sent': 'statusNotSent',
  sent: 'statusSent',
  answered: 'statusAnswered',
  resolved: 'statusResolved',
  escalated: 'statusEscalated',
  closed: 'statusClosed',
};
