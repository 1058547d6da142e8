/**
 * Legal review C2 (case 7): a wrong item and an incomplete order have claims of their own — the goods
 * ordered named by title and article, ГК ст. 468 / 466 / 480, art. 23.1 where prepaid — and no longer go
 * down the defect path (no warranty, no quality check, no «товар этой же марки»).
 */
import { describe, expect, it } from 'vitest';
import { initialForm, inputOf, remediesOf, type Form } from '../../entrypoints/cases/escalation/form';
import { addDays } from '../../utils/calendar';
import { situationChoicesOf, situationOf, TOPICS } from '../../utils/catalogue';
import { SITUATIONS as CARDS } from '../../utils/catalogue/situations';
import { buildDocument, documentText, type EscalationInput, type LegalDocument } from '../../utils/escalation/documents';
import { claimFollows } from '../../utils/inquiries/next-step';
import { built, orderInquiry } from '../support/escalation';

const NBSP = '\u00a0';
const part = (doc: LegalDocument, id: string) => doc.parts.find((p) => p.id === id)?.text ?? '';

// 7a: a kettle ordered and paid for, an iron delivered.
const wrong: EscalationInput = {
  kind: 'claim',
  situation: 'wrong-item',
  inquiry: orderInquiry({ topic: 'wrong-item', subject: 'Пришло не то' }),
  events: [],
  attachments: [],
  profile: { name: 'Иванова Анна Сергеевна', gender: 'female', phone: '+7 900 000-00-00', address: '101000, г. Москва, ул. Лесная, д. 1, кв. 2' },
  seller: { name: 'ООО «Тёплый день»', ids: 'ИНН 7701234560, ОГРН 1027700123450', address: '101000, г. Москва, ул. Садовая, д. 5' },
  mismatch: 'утюг паровой',
  prepaid: true,
  remedy: 'deliver',
  price: 12990,
  payment: { method: 'card' },
  dates: { delivered: '2026-11-09', promised: '2026-11-10', newDelivery: '2026-12-01' },
  today: '2026-11-22',
};

// 7b: a set of three pans came without the big pan's lid.
const incomplete: EscalationInput = {
  ...wrong,
  situation: 'incomplete',
  inquiry: orderInquiry({ topic: 'wrong-item', subject: 'Пришло не всё', title: 'Набор кастрюль, 3 шт.' }),
  mismatch: 'крышка от большой кастрюли',
  prepaid: undefined,
  remedy: 'deliver',
  dates: { delivered: '2026-11-09' },
};

/** What no claim about a wrong or incomplete order may say: the defect path's warranty, quality check and «same brand». */
const DEFECT_PATH = ['гарантийн', 'проверки качества', 'этой же марки', 'В товаре обнаружен недостаток'];

describe('C2. a wrong item: the goods ordered, by a new date, or the money back', () => {
  it('7a: demands the kettle ordered (title and article) by 01.12.2026, with art. 23.1’s penalty from 11.11', () => {
    const doc = built(wrong);
    const statement = part(doc, 'statement');
    expect(statement).toContain('вместо заказанного товара «Чайник электрический 1,7 л, стекло», артикул 555000111, передан другой товар — утюг паровой');
    expect(statement).toContain('ст. 468 ГК РФ');
    expect(statement).toContain('п. 2 ст. 23.1 Закона РФ от 07.02.1992 № 2300-1');
    expect(statement).toContain('— 10.11.2026 — истёк');
    // 11.11–22.11: 12 days × 0.5 % × 12 990 ₽.
    expect(statement).toContain(`12${NBSP}990${NBSP}₽ × 0,5 % × 12 дн. = 779,40${NBSP}₽`);
    expect(doc.penalty).toMatchObject({ article: '23.1', since: '2026-11-11', days: 12, amount: 779.4 });
    expect(part(doc, 'demand')).toBe(
      'Отказываюсь от принятия переданного товара и прошу передать заказанный товар — «Чайник электрический 1,7 л, стекло», артикул 555000111 — ' +
        `в установленный мною новый срок, не позднее 01.12.2026 (п. 2 ст. 23.1 Закона; ст. 468 ГК РФ) и выплатить неустойку в размере 779,40${NBSP}₽ на 22.11.2026, ` +
        'а также по 0,5 % суммы предварительной оплаты за каждый последующий день до дня передачи заказанного товара, но не более суммы предварительной оплаты (абз. 2 п. 3 ст. 23.1 Закона).',
    );
    expect(part(doc, 'goods-back')).toContain('Готова возвратить продавцу полученный вместо заказанного товар (утюг паровой)');
    expect(part(doc, 'goods-back')).toContain('Расходы на возврат товара, переданного не в соответствии с договором, прошу отнести на продавца.');
    expect(part(doc, 'facts')).toContain('09.11.2026 вместо заказанного товара получен другой товар.');
    for (const phrase of DEFECT_PATH) expect(documentText(doc)).not.toContain(phrase);
    expect(doc.notes.map((n) => n.id)).toContain('mismatch-report');
  });

  it('the refund: the prepayment within ten days of the demand (art. 23.1(2), ГК ст. 468), its term counted from the seller’s receipt', () => {
    const doc = built({ ...wrong, remedy: 'refund', dates: { ...wrong.dates, newDelivery: undefined, demandReceived: '2026-11-12' } });
    expect(part(doc, 'demand')).toContain(`вернуть сумму предварительной оплаты 12${NBSP}990${NBSP}₽ в течение десяти дней со дня предъявления настоящего требования (пп. 2, 4 ст. 23.1 Закона; п. 1 ст. 468 ГК РФ)`);
    expect(doc.deadlines.find((d) => d.id === 'prepayment-refund')).toMatchObject({ article: '23.1', date: '2026-11-23' });
    expect(part(doc, 'payment')).toContain('на банковскую карту');
  });

  it('the penalty never exceeds the prepayment', () => {
    const doc = built({ ...wrong, price: 1000, dates: { ...wrong.dates, delivered: '2026-01-09', promised: '2026-01-10' } });
    expect(doc.penalty).toMatchObject({ amount: 1000, capped: true });
    expect(part(doc, 'statement')).toContain(`но не более суммы предоплаты: 1${NBSP}000${NBSP}₽`);
    // Capped, nothing runs on: the demand stops at the sum (абз. 2 п. 3 ст. 23.1).
    expect(part(doc, 'demand')).toContain(`неустойку в размере 1${NBSP}000${NBSP}₽ на 22.11.2026 (п. 3 ст. 23.1 Закона).`);
    expect(part(doc, 'demand')).not.toContain('каждый последующий день');
  });

  it('asks whether the order was prepaid; paid on receipt, no art. 23.1 and no penalty, ГК ст. 468 alone', () => {
    const asked = buildDocument({ ...wrong, prepaid: undefined });
    expect(asked).toMatchObject({ ok: false, reason: 'missing', asked: ['prepaid'] });
    const doc = built({ ...wrong, prepaid: false, remedy: 'refund' });
    expect(documentText(doc)).not.toContain('23.1');
    expect(doc.penalty).toBeUndefined();
    expect(part(doc, 'demand')).toBe(`Отказываюсь от переданного товара и прошу вернуть уплаченную за него сумму 12${NBSP}990${NBSP}₽ (п. 1 ст. 468 ГК РФ).`);
  });

  it('asks what came instead, and the new date for the goods ordered', () => {
    expect(buildDocument({ ...wrong, mismatch: ' ', dates: { delivered: '2026-11-09' } })).toMatchObject({
      ok: false,
      reason: 'missing',
      missing: ['mismatch', 'date-new-delivery'],
    });
  });

  it('states no delay before it happens: «истёк» and the penalty only from the day after the promised date', () => {
    for (let offset = -5; offset <= 5; offset++) {
      const today = addDays('2026-11-25', offset);
      const doc = built({ ...wrong, dates: { delivered: '2026-11-16', promised: '2026-11-25', newDelivery: '2026-12-10' }, today });
      const late = today > '2026-11-25';
      expect(part(doc, 'statement').includes('истёк'), today).toBe(late);
      expect(part(doc, 'demand').includes('неустойку'), today).toBe(late);
      expect(doc.penalty !== undefined, today).toBe(late);
    }
  });
});

describe('C2. an incomplete order: completion, a price cut by a sum, or the money back', () => {
  it('7b: asks for the missing lid within a reasonable time, by the date given (ГК ст. 480, 466)', () => {
    const doc = built({ ...incomplete, dates: { ...incomplete.dates, newDelivery: '2026-12-01' } });
    expect(part(doc, 'statement')).toContain('мне передан не весь заказанный товар «Набор кастрюль, 3 шт.», артикул 555000111: недостаёт — крышка от большой кастрюли');
    expect(part(doc, 'statement')).toContain('ст. 480 ГК РФ');
    expect(part(doc, 'statement')).toContain('п. 1 ст. 466 ГК РФ');
    expect(part(doc, 'demand')).toBe(
      'Прошу доукомплектовать товар — передать недостающее (крышка от большой кастрюли) — в разумный срок, не позднее 01.12.2026 (п. 1 ст. 480, п. 1 ст. 466 ГК РФ).',
    );
    expect(built(incomplete).parts.find((p) => p.id === 'demand')?.text).toContain('в разумный срок (п. 1 ст. 480');
    expect(doc.penalty).toBeUndefined();
    expect(part(doc, 'facts')).toContain('09.11.2026 заказ получен не полностью.');
    for (const phrase of DEFECT_PATH) expect(documentText(doc)).not.toContain(phrase);
  });

  it('a price cut by 1 500 ₽ within ten days (art. 22), the 1 % penalty once they passed', () => {
    const doc = built({ ...incomplete, remedy: 'discount', priceCut: 1500, dates: { ...incomplete.dates, demandReceived: '2026-11-10' } });
    expect(part(doc, 'demand')).toContain(`уменьшить покупную цену товара на 1${NBSP}500${NBSP}₽ и вернуть эту сумму в течение десяти дней`);
    expect(part(doc, 'demand')).toContain('(п. 1 ст. 480 ГК РФ; ст. 22 Закона)');
    // 10.11 + 10 days = 20.11 (a Friday); 21.11–22.11: 2 days × 1 % × 12 990 ₽.
    expect(doc.deadlines.find((d) => d.id === 'remedy')).toMatchObject({ article: '22', date: '2026-11-20' });
    expect(doc.penalty).toMatchObject({ article: '23', days: 2, amount: 259.8 });
    expect(buildDocument({ ...incomplete, remedy: 'discount' })).toMatchObject({ ok: false, missing: ['price-cut'] });
    expect(buildDocument({ ...incomplete, remedy: 'discount', priceCut: 12990 })).toMatchObject({ ok: false, problems: ['price-cut-over-price'] });
  });

  it('the refund: withdrawal under art. 18 (the preamble: a mismatch is a defect), the goods offered back', () => {
    const doc = built({ ...incomplete, remedy: 'refund' });
    expect(part(doc, 'statement')).toContain('Несоответствие товара условиям договора является его недостатком (преамбула Закона');
    expect(part(doc, 'demand')).toContain(`прошу вернуть уплаченную за товар сумму (12${NBSP}990${NBSP}₽) в течение десяти дней`);
    expect(part(doc, 'goods-back')).toContain('Готова возвратить продавцу полученный товар');
  });
});

describe('C2. the old defect path is no longer where a wrong item goes', () => {
  it('«Пришло не то или не всё» asks which of the two, and a damaged item is only a defect', () => {
    expect(situationOf('wrong-item')).toBeUndefined();
    expect(situationChoicesOf('wrong-item')).toEqual(['wrong-item', 'incomplete']);
    expect(claimFollows({ topic: 'wrong-item' })).toBe(true);
    expect(TOPICS.damaged.name.ru).toBe('Товар пришёл повреждённым');
    expect(situationOf('damaged')).toBe('defect');
    // The panel's «Пришло не то или не всё» card no longer offers the damaged topic.
    expect(CARDS.wrong.topics.support!('order')).toEqual(['wrong-item']);
  });

  it('through the form, a wrong item asks what came and whether it was prepaid — never a warranty', () => {
    const inquiry = orderInquiry({ topic: 'wrong-item', context: { ...orderInquiry().context, price: 12990, deliveredDate: '2026-11-09' } });
    const start = initialForm(inquiry);
    expect(start.situation).toBeUndefined();
    const evidence = { inquiry, events: [], files: [], profile: wrong.profile, corrections: {}, today: '2026-11-22' };
    const form: Form = { ...start, situation: 'wrong-item', seller: wrong.seller, price: '12990', paymentMethod: 'card' };
    expect(buildDocument(inputOf(form, evidence))).toMatchObject({ ok: false, missing: ['mismatch'], asked: ['prepaid'] });
    const answered: Form = { ...form, mismatch: 'утюг паровой', prepaid: true, remedy: 'deliver', dates: { ...form.dates, promised: '2026-11-10', newDelivery: '2026-12-01' } };
    const input = inputOf(answered, evidence);
    expect(remediesOf(answered).map(([r]) => r)).toEqual(['deliver', 'refund']);
    expect(input).toMatchObject({ situation: 'wrong-item', remedy: 'deliver', mismatch: 'утюг паровой', prepaid: true });
    const text = documentText(built(input));
    expect(text).toContain('передать заказанный товар — «Чайник электрический 1,7 л, стекло», артикул 555000111');
    for (const phrase of DEFECT_PATH) expect(text).not.toContain(phrase);
    const short: Form = { ...start, situation: 'incomplete', remedy: 'discount', priceCut: '1 500' };
    expect(remediesOf(short).map(([r]) => r)).toEqual(['deliver', 'discount', 'refund']);
    expect(inputOf(short, evidence)).toMatchObject({ priceCut: 1500, remedy: 'discount' });
  });
});
