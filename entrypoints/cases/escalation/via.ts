/** How a claim or complaint was sent, in the shopper's words: the ways offered for each and their labels. */
import type { DocumentVia } from '@/utils/inquiries/schemas';
import type { MessageKey } from '@/utils/platform/i18n';

export type { DocumentVia };

/** A claim: a letter to the registered address, the marketplace's account, the seller's chat, by hand. */
export const CLAIM_WAYS: readonly DocumentVia[] = ['registered-letter', 'personal-account', 'seller-chat', 'by-hand', 'other'];

/** A complaint: by post or by hand to the regulator's office, or through Госуслуги (e-mail is not considered, 59-ФЗ). */
export const COMPLAINT_WAYS: readonly DocumentVia[] = ['registered-letter', 'gosuslugi', 'by-hand', 'other'];

export const VIA_LABEL: Record<DocumentVia, MessageKey> = {
  'registered-letter': 'sentViaLetter',
  'personal-account': 'sentViaAccount',
  'seller-chat': 'sentViaSellerChat',
  'by-hand': 'sentViaByHand',
  gosuslugi: 'sentViaGosuslugi',
  other: 'sentViaOther',
};
