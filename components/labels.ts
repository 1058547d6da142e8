/**
 * How the extension's pages show statuses: their words (`utils/inquiries/status-words.ts`, which the CSV
 * uses too) and their chips' colours. A marketplace's name is in its facts (utils/marketplaces/facts.ts).
 */
import type { InquiryStatus } from '@/utils/inquiries/model';

export { STATUS_LABEL } from '@/utils/inquiries/status-words';

/** The colour of each status's chip (with its word: never the colour alone). */
export const STATUS_TONE: Record<InquiryStatus, 'draft' | 'info' | 'violet' | 'success' | 'warning' | 'neutral'> = {
  'not-sent': 'draft',
  sent: 'info',
  answered: 'violet',
  resolved: 'success',
  escalated: 'warning',
  closed: 'neutral',
};
