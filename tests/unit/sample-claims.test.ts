/**
 * The sample claims of docs/escalation.md are what the code draws today: this test builds them and finds
 * each, exactly, there. `MH_PRINT_SAMPLES=1 npx vitest run tests/unit/sample-claims.test.ts` prints
 * them, to paste there when the documents change.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument, documentText, type EscalationInput } from '../../utils/escalation/documents';
import type { Inquiry, InquiryEvent } from '../../utils/inquiries/model';
import { msk, orderInquiry } from '../support/escalation';


const inquiry: Inquiry = orderInquiry({ topic: 'defect', subject: 'Брак' });

const events: InquiryEvent[] = [
  { id: 'e1', inquiryId: 'i1', type: 'created', at: msk('2026-11-02') },
  { id: 'e2', inquiryId: 'i1', type: 'sent', at: msk('2026-11-02'), detail: 'ozon-support-chat' },
  { id: 'e3', inquiryId: 'i1', type: 'reply', at: msk('2026-11-05'), detail: 'Обратитесь в сервисный центр производителя.' },
];

const shared = {
  kind: 'claim',
  events,
  attachments: [{ name: 'photo-chainik.png', addedAt: msk('2026-11-06') }],
  profile: { name: 'Иванова Анна Сергеевна', gender: 'female', phone: '+7 900 000-00-00', email: 'anna@example.ru', address: '101000, г. Москва, ул. Лесная, д. 1, кв. 2' },
  // Our own sample numbers, with the control digits the algorithm gives.
  seller: { name: 'ООО «Тёплый день»', ids: 'ИНН 7701234560, ОГРН 1027700123450', address: '101000, г. Москва, ул. Садовая, д. 5' },
  payment: { method: 'card' },
  today: '2026-11-22',
} satisfies Partial<EscalationInput>;

export const SAMPLES: { title: string; input: EscalationInput }[] = [
  {
    title: 'a defect within the warranty',
    input: {
      ...shared,
      inquiry,
      situation: 'defect',
      remedy: 'refund',
      warrantyMonths: 12,
      problem: 'Чайник перестал включаться через неделю после получения.',
      dates: { delivered: '2026-10-01' },
      price: 12990,
    },
  },
  {
    title: 'the prepayment demanded of the aggregator',
    input: {
      ...shared,
      inquiry: { ...inquiry, topic: 'delivery-late', fields: { ...inquiry.fields }, context: { ...inquiry.context } },
      situation: 'not-delivered',
      remedy: 'refund',
      prepaymentTo: 'aggregator',
      prepayment: 12990,
      dates: { promised: '2026-11-01', withdrawn: '2026-11-10' },
      withdrawalVia: 'chat',
      events: events.filter((e) => e.type !== 'reply'),
      // Nothing was delivered: no photo of the goods.
      attachments: [],
    },
  },
  {
    title: 'a wrong item instead of the goods ordered',
    input: {
      ...shared,
      inquiry: { ...inquiry, topic: 'wrong-item', subject: 'Пришло не то' },
      situation: 'wrong-item',
      remedy: 'deliver',
      prepaid: true,
      mismatch: 'утюг паровой',
      price: 12990,
      dates: { delivered: '2026-11-09', promised: '2026-11-10', newDelivery: '2026-12-01' },
      events: events.filter((e) => e.type !== 'reply'),
      attachments: [{ name: 'photo-utyug.png', addedAt: msk('2026-11-09') }],
    },
  },
  {
    title: 'an incomplete order',
    input: {
      ...shared,
      inquiry: { ...inquiry, topic: 'wrong-item', subject: 'Пришло не всё', fields: { ...inquiry.fields, title: 'Набор кастрюль, 3 шт.' } },
      situation: 'incomplete',
      remedy: 'discount',
      priceCut: 1500,
      mismatch: 'крышка от большой кастрюли',
      price: 12990,
      dates: { delivered: '2026-11-09' },
      events: events.filter((e) => e.type !== 'reply'),
      attachments: [{ name: 'photo-nabor.png', addedAt: msk('2026-11-09') }],
    },
  },
  {
    title: 'a late refund for a return of goods of proper quality',
    input: {
      ...shared,
      inquiry: { ...inquiry, topic: 'refund-missing', subject: 'Не вернули деньги за возврат' },
      situation: 'demand-late',
      lateBasis: 'return',
      remedy: 'refund',
      problem: 'Товар возвращён через пункт выдачи, деньги не поступили.',
      price: 2490,
      dates: { withdrawn: '2026-10-20', demandReceived: '2026-10-22' },
      events: events.filter((e) => e.type !== 'reply'),
      attachments: [],
    },
  },
  {
    title: 'a repair past its 45 days, switched to a refund',
    input: {
      ...shared,
      inquiry: { ...inquiry, topic: 'defect', subject: 'Ремонт затянулся', fields: { ...inquiry.fields, title: 'Смартфон, 128 ГБ' } },
      situation: 'demand-late',
      lateBasis: 'defect',
      remedy: 'repair',
      newRemedy: 'refund',
      problem: 'Смартфон не включается; сдан в ремонт по требованию 01.09.2026, не возвращён.',
      price: 24990,
      dates: { demandReceived: '2026-09-01' },
      events: events.filter((e) => e.type !== 'reply'),
      attachments: [{ name: 'akt-priyoma-v-remont.pdf', addedAt: msk('2026-09-01') }],
    },
  },
];

const text = (input: EscalationInput) => {
  const result = buildDocument(input);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return documentText(result.document);
};

describe('the sample claims of docs/escalation.md', () => {
  it.each(SAMPLES)('shows $title exactly as the code draws it', ({ title, input }) => {
    const drawn = text(input);
    if (process.env.MH_PRINT_SAMPLES) console.log(`--- ${title}\n${drawn}\n---`);
    const readme = readFileSync(join(__dirname, '../../docs/escalation.md'), 'utf8');
    expect(readme).toContain('```text\n' + drawn + '\n```');
  });
});
