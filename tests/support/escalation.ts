/** What the escalation tests share: a Moscow date at noon, an answered Ozon order inquiry to vary, a document built. */
import { buildDocument, type EscalationInput, type LegalDocument } from '../../utils/escalation/documents';
import type { Inquiry } from '../../utils/inquiries/model';
import { anInquiry, ORDER_URL } from './builders';

export const msk = (iso: string) => Date.parse(`${iso}T12:00:00+03:00`);

/** Order 46206571-0591 of 17.09.2026, asked about in Ozon's support chat; each test sets what it needs. */
export function orderInquiry(change: Partial<Inquiry> & { title?: string } = {}): Inquiry {
  const { title = 'Чайник электрический 1,7 л, стекло', ...rest } = change;
  return anInquiry({
    status: 'answered',
    createdAt: msk('2026-11-02'),
    updatedAt: msk('2026-11-05'),
    fields: { orderId: '46206571-0591', orderDate: '2026-09-17', article: '555000111', title },
    topic: 'return',
    subject: 'Возврат',
    message: 'Здравствуйте',
    ...rest,
  });

}

/** The document built from `input`; a test fails with what was asked or missing when none is drawn. */
export function built(input: EscalationInput): LegalDocument {
  const result = buildDocument(input);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.document;
}

/** A defect claim's shared facts: an Ozon kettle at 12 990 ₽, one message to support, a shopper and a seller. */
export function claimBase() {
  return {
    kind: 'claim',
    inquiry: orderInquiry({ topic: 'defect', subject: 'Брак' }),
    events: [{ id: 'e1', inquiryId: 'i1', type: 'sent', at: msk('2026-11-02'), detail: 'ozon-support-chat' }],
    attachments: [],
    profile: { name: 'Иванова Анна Сергеевна', gender: 'female', phone: '+7 900 000-00-00', address: '101000, г. Москва, ул. Лесная, д. 1' },
    seller: { name: 'ООО «Тёплый день»', ids: 'ИНН 7701234560, ОГРН 1027700123450', address: '101000, г. Москва, ул. Садовая, д. 5' },
    payment: { method: 'card' },
    price: 12990,
    today: '2026-11-22',
  } satisfies Partial<EscalationInput>;
}

/** A laptop ordered on Ozon, delivered 01.10.2026, one message to support on 02.11: the escalation form's tests start from it. */
export const laptopInquiry: Inquiry = anInquiry({
  status: 'sent',
  createdAt: msk('2026-11-02'),
  firstSentAt: msk('2026-11-02'),
  firstSentChannel: 'ozon-support-chat',
  context: { marketplace: 'ozon', kind: 'order', url: ORDER_URL, sources: {}, deliveredDate: '2026-10-01', price: 12990 },
  fields: { orderId: '46206571-0591', article: '555000111', title: 'Ноутбук' },
  topic: 'damaged',
  subject: 'Брак',
  message: 'Здравствуйте',
});

/** What the form's page has beside the form, for the laptop: no events or files, a shopper, 22.11.2026. */
export const laptopEvidence = {
  inquiry: laptopInquiry,
  events: [],
  files: [],
  profile: { name: 'Иванова Анна Сергеевна', phone: '+7 900 000-00-00', address: '101000, г. Москва, ул. Лесная, д. 1' },
  corrections: {},
  today: '2026-11-22',
};
