/** Names of things the extension's pages show: statuses (a marketplace's is in its facts, utils/marketplaces/facts.ts). */
import type { MessageKey } from '@/utils/platform/i18n';
import type { InquiryStatus } from '@/utils/inquiries/model';

export const STATUS_LABEL: Record<InquiryStatus, MessageKey> = {
  'not-sent': 'statusNotSent',
  sent: 'statusSent',
  answered: 'statusAnswered',
  resolved: 'statusResolved',
  escalated: 'statusEscalated',
  closed: 'statusClosed',
};


/** The colour of each status's chip (with its word: never the colour alone). */
export const STATUS_TONE: Record<InquiryStatus, 'draft' | 'info' | 'violet' | 'success' | 'warning' | 'neutral'> = {
  'not-sent': 'draft',
  sent: 'info',
  answered: 'violet',
  resolved: 'success',
  escalated: 'warning',
  closed: 'neutral',
};
