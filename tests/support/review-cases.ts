/**
 * What the legal review's case tests share: a shopper, a seller, a claim on record, and the way the
 * documents write sums (no-break spaces) so that a test can quote a sentence as a person types it.
 */
import type { EscalationInput, LegalDocument } from '../../utils/escalation/documents';
import type { InquiryEvent } from '../../utils/inquiries/model';
import { msk, orderInquiry } from './escalation';

const NBSP = '\u00a0';

/** Rubles as the documents write them: «12 990 ₽» typed with plain spaces comes back with no-break ones. */
export const sum = (text: string) => text.replace(/(\d) (\d{3})/g, `$1${NBSP}$2`).replace(/ ₽/g, `${NBSP}₽`);

export const part = (document: LegalDocument, id: string) => document.parts.find((p) => p.id === id)?.text ?? '';

/** A claim recorded on the inquiry's timeline on the given Moscow day. */
export const claimOn = (iso: string): InquiryEvent => ({ id: `claim-${iso}`, inquiryId: 'i1', type: 'claim', at: msk(iso), detail: 'ПРЕТЕНЗИЯ …' });

/**
 * The review's common facts: Ozon order 46206571-0591 for a kettle at 12 990 ₽, sold by ООО «Тёплый день»
 * (sample numbers with valid control digits), a shopper whose profile says she is a woman, paid to the card,
 * the claim drawn on Sunday 22.11.2026. Each case sets its situation and dates.
 */
export const shopper: Omit<EscalationInput, 'situation' | 'dates'> = {
  kind: 'claim',
  inquiry: orderInquiry(),
  events: [],
  attachments: [],
  profile: { name: 'Иванова Анна Сергеевна', gender: 'female', phone: '+7 900 000-00-00', address: '101000, г. Москва, ул. Лесная, д. 1, кв. 2' },
  seller: { name: 'ООО «Тёплый день»', ids: 'ИНН 7701234560, ОГРН 1027700123450', address: '101000, г. Москва, ул. Садовая, д. 5' },
  price: 12990,
  payment: { method: 'card' },
  today: '2026-11-22',
};
