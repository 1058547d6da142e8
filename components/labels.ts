/** Names of things the extension's pages show: statuses and marketplaces. */
import type { MessageKey } from '@/utils/platform/i18n';
import type { InquiryStatus } from '@/utils/inquiries/model';
import type { MarketplaceId } from '@/utils/marketplaces/types';

export const STATUS_LABEL: Record<InquiryStatus, MessageKey> = {
  'not-sent': 'statusNotSent',
  sent: 'statusSent',
  answered: 'statusAnswered',
  resolved: 'statusResolved',
  escalated: 'statusEscalated',
  closed: 'statusClosed',
};

export const MARKETPLACE_LABEL: Record<MarketplaceId, MessageKey> = {
  ozon: 'marketplaceOzon',
  wildberries: 'marketplaceWildberries',
  'yandex-market': 'marketplaceYandexMarket',
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
