/**
 * A defect's remedies beyond the four (legal review M11) and the sum a price cut names (m3): each from a
 * case's facts to the article, the date, the sum and the sentence.
 */
import { describe, expect, it } from 'vitest';
import { deadlinesFor } from '../../utils/escalation/deadlines';
import { buildDocument, documentText, remediesFor, type EscalationInput, type LegalDocument } from '../../utils/escalation/documents';
import { built, msk, orderInquiry } from '../support/escalation';

const NBSP = '\u00a0';
const part = (document: LegalDocument, id: string) => document.parts.find((p) => p.id === id)?.text ?? '';

// A kettle bought for 12 990 ₽, delivered 01.11.2026, a defect found within a 12-month warranty; the
// seller received the claim on 10.11.2026 (a Tuesday); the claim is drawn on 22.11.2026.
const defect: EscalationInput = {
  kind: 'claim',
  situation: 'defect',
  inquiry: orderInquiry({ topic: 'damaged', createdAt: msk('2026-11-05') }),
  events: [],
  attachments: [],
  profile: { name: 'Иванова Анна Сергеевна', gender: 'female', phone: '+7 900 000-00-00', address: '101000, г. Москва, ул. Лесная, д. 1, кв. 2' },
  seller: { name: 'ООО «Тёплый день»', ids: 'ИНН 7701234560, ОГРН 1027700123450', address: '101000, г. Москва, ул. Садовая, д. 5' },
  problem: 'Чайник не нагревает воду.',
  warrantyMonths: 12,
  price: 12990,
  payment: { method: 'card' },
  dates: { delivered: '2026-11-01', demandReceived: '2026-11-10' },
  today: '2026-11-22',
};

describe('M11: the remedies art. 18 gives beside the four', () => {
  it('the same goods of another brand, the price recalculated: art. 21, seven days — to 17.11.2026', () => {
    const document = built({ ...defect, remedy: 'replace-other' });
    expect(part(document, 'demand')).toContain(
      'Прошу заменить товар на такой же товар другой марки (модели, артикула) с соответствующим перерасчётом покупной цены в течение семи дней со дня предъявления требования (п. 1 ст. 21 Закона).',
    );
    // 10.11 + 7 days = Tuesday 17.11.2026, a working day.
    expect(deadlinesFor({ ...defect, remedy: 'replace-other' }).find((d) => d.id === 'remedy')).toMatchObject({ article: '21', date: '2026-11-17' });
  });

  it('another brand is a replacement: for complex goods past fifteen days it needs a ground, as a replacement does', () => {
    const complex = { ...defect, technicallyComplex: true, remedy: 'replace-other' as const, dates: { delivered: '2026-10-01', demandReceived: '2026-11-10' } };
    expect(buildDocument(complex)).toMatchObject({ ok: false, asked: ['complex-ground'] });
    expect(remediesFor(complex)).toEqual(['repair', 'repair-costs', 'discount']);
  });

  it('the buyer’s own repair costs: the sum asked, then paid back in ten days (ст. 22) — to 20.11.2026', () => {
    expect(buildDocument({ ...defect, remedy: 'repair-costs' })).toMatchObject({ ok: false, reason: 'missing', missing: ['repair-costs'] });
    const document = built({ ...defect, remedy: 'repair-costs', repairCosts: 3500 });
    expect(part(document, 'demand')).toContain(
      `Прошу возместить расходы на исправление недостатков товара в размере 3${NBSP}500${NBSP}₽ в течение десяти дней со дня предъявления требования (ст. 22 Закона).`,
    );
    // 10.11 + 10 days = Friday 20.11.2026.
    expect(document.deadlines.find((d) => d.id === 'remedy')).toMatchObject({ article: '22', date: '2026-11-20' });
    // Money is demanded: where to pay is asked.
    const { payment: _p, ...unpaid } = defect;
    expect(buildDocument({ ...unpaid, remedy: 'repair-costs', repairCosts: 3500 })).toMatchObject({ ok: false, asked: ['payment'] });
  });

  it('a substitute for the time of a repair (art. 20(2)) or a replacement (art. 21(2)), within three days; none for a refund', () => {
    expect(part(built({ ...defect, remedy: 'repair', substitute: true }), 'substitute')).toBe(
      'На период ремонта прошу в течение трёх дней безвозмездно предоставить мне товар длительного пользования, обладающий этими же основными потребительскими свойствами, с доставкой за счёт продавца (абз. 2 п. 2 ст. 20 Закона).',
    );
    expect(part(built({ ...defect, remedy: 'replace', substitute: true }), 'substitute')).toContain('На период замены прошу в течение трёх дней');
    expect(part(built({ ...defect, remedy: 'replace', substitute: true }), 'substitute')).toContain('(п. 2 ст. 21 Закона)');
    expect(built({ ...defect, remedy: 'refund', substitute: true }).parts.some((p) => p.id === 'substitute')).toBe(false);
    expect(built({ ...defect, remedy: 'repair' }).parts.some((p) => p.id === 'substitute')).toBe(false);
  });

  it('losses, with what they were and the sum (art. 18(1), last paragraph)', () => {
    const text = documentText(built({ ...defect, remedy: 'repair', losses: 800, lossesWhat: 'доставка в сервисный центр' }));
    expect(text).toContain(`Прошу также возместить убытки, причинённые мне продажей товара ненадлежащего качества (доставка в сервисный центр), в размере 800${NBSP}₽ (п. 1 ст. 18 Закона).`);
    expect(documentText(built({ ...defect, remedy: 'repair' }))).not.toContain('убытки');
  });

  it('a refund claims the price difference if the price rose (art. 24(4)); other remedies do not', () => {
    const sentence = 'Прошу также возместить разницу между ценой товара, установленной договором, и ценой соответствующего товара на момент удовлетворения требования, если цена увеличилась (п. 4 ст. 24 Закона).';
    expect(part(built({ ...defect, remedy: 'refund' }), 'demand')).toContain(sentence);
    expect(part(built({ ...defect, remedy: 'repair' }), 'demand')).not.toContain('п. 4 ст. 24');
  });
});

describe('m3: a price cut names its sum', () => {
  it('is asked before the claim is drawn, then demanded with the sum, in ten days', () => {
    expect(buildDocument({ ...defect, remedy: 'discount' })).toMatchObject({ ok: false, reason: 'missing', missing: ['price-cut'] });
    expect(part(built({ ...defect, remedy: 'discount', priceCut: 2000 }), 'demand')).toContain(
      `Прошу соразмерно уменьшить покупную цену товара на 2${NBSP}000${NBSP}₽ и вернуть мне эту сумму в течение десяти дней со дня предъявления требования (ст. 22 Закона).`,
    );
  });

  it('a cut as large as the price is a refund, said before drawing', () => {
    expect(buildDocument({ ...defect, remedy: 'discount', priceCut: 12990 })).toMatchObject({ ok: false, reason: 'invalid', problems: ['price-cut-over-price'] });
  });
});

describe('m14: the penalty’s base is the price paid', () => {
  // The seller received a refund demand on 02.11.2026; ten days ended on 12.11; the claim is drawn on 22.11.
  const late: EscalationInput = { ...defect, situation: 'demand-late', lateBasis: 'defect', remedy: 'refund', dates: { demandReceived: '2026-11-02' } };
  const withPagePrice = (price: number) => ({ ...late, inquiry: { ...late.inquiry, context: { ...late.inquiry.context, price } } });

  it('asks the shopper to check a price read from the page against the receipt, where it carries the penalty', () => {
    const document = built(withPagePrice(12990));
    expect(document.penalty).toMatchObject({ article: '23', base: 12990, since: '2026-11-13', days: 10, amount: 1299 });
    expect(document.notes.find((n) => n.id === 'price-check')!.ru).toContain('сверьте её с чеком');
    // A price the shopper corrected, or no penalty: no such note.
    expect(built(withPagePrice(13990)).notes.some((n) => n.id === 'price-check')).toBe(false);
    expect(built({ ...withPagePrice(12990), situation: 'defect', remedy: 'repair', dates: { delivered: '2026-11-01', demandReceived: '2026-11-20' } }).notes.some((n) => n.id === 'price-check')).toBe(false);
  });
});

describe('a defect claim drawn after the seller’s term has run points to the late demand', () => {
  it('2b: received 02.11, ten days ended 12.11; on 22.11 the note says so and names the late demand', () => {
    const stale = built({ ...defect, remedy: 'refund', dates: { delivered: '2026-10-01', demandReceived: '2026-11-02' } });
    const note = stale.notes.find((n) => n.id === 'term-already-passed')!;
    expect(note.level).toBe('warning');
    expect(note.ru).toContain('Срок удовлетворения требования, полученного продавцом 02.11.2026, истёк 12.11.2026.');
    expect(note.ru).toContain('«Требование не выполнено в срок»');
    // Within the term: no such note.
    expect(built({ ...defect, remedy: 'refund', dates: { delivered: '2026-11-01', demandReceived: '2026-11-16' } }).notes.some((n) => n.id === 'term-already-passed')).toBe(false);
  });
});
