/** The escalation page's form as the core's input: what is asked, never guessed, and the remedies offered. */
import { describe, expect, it } from 'vitest';
import { initialForm, inputOf, remediesOf, restoredForm, wholeNumber, type Form } from '../../entrypoints/cases/escalation/form';
import { buildDocument } from '../../utils/escalation/documents';
import type { Inquiry } from '../../utils/inquiries/model';
import { laptopEvidence, laptopInquiry } from '../support/escalation';

const inquiry: Inquiry = laptopInquiry;
const evidence = laptopEvidence;
const form = (change: Partial<Form> = {}): Form => ({
  ...initialForm(inquiry),
  seller: { name: 'ООО «Тёплый день»', ids: 'ИНН 7701234560', address: '101000, г. Москва, ул. Садовая, д. 5' },
  problem: 'Не включается',
  ...change,
});

describe('the escalation form', () => {
  it('takes the situation from the topic registry and never fills the seller’s receipt from the first message sent', () => {
    const start = initialForm(inquiry);
    expect(start.situation).toBe('defect');
    expect(start.dates).toEqual({ delivered: '2026-10-01' });
  });

  it('asks the warranty of a defect until it is typed, 0 meaning none', () => {
    expect(buildDocument(inputOf(form({ paymentMethod: 'card' }), evidence))).toMatchObject({ ok: false, asked: ['warranty'] });
    expect(inputOf(form({ warranty: '0' }), evidence).warrantyMonths).toBe(0);
    expect(inputOf(form({ warranty: '' }), evidence).warrantyMonths).toBeUndefined();
    expect([wholeNumber('12'), wholeNumber('1.5'), wholeNumber('-1'), wholeNumber(' ')]).toEqual([12, undefined, undefined, undefined]);
    expect(buildDocument(inputOf(form({ warranty: '12', paymentMethod: 'card' }), evidence)).ok).toBe(true);
  });

  it('keeps a refund chosen for complex goods past fifteen days and asks for the ground, never swapping it for a repair (C1)', () => {
    const complex = form({ technicallyComplex: true, remedy: 'refund', warranty: '12', paymentMethod: 'card' });
    expect(remediesOf(complex).map(([r]) => r)).toEqual(['refund', 'replace', 'replace-other', 'repair', 'repair-costs', 'discount']);
    expect(inputOf(complex, evidence).remedy).toBe('refund');
    expect(buildDocument(inputOf(complex, evidence))).toMatchObject({ ok: false, reason: 'missing', asked: ['complex-ground'] });
    const grounded = { ...complex, complexGround: 'substantial-defect' as const };
    expect(inputOf(grounded, evidence)).toMatchObject({ remedy: 'refund', complexGround: 'substantial-defect' });
  });

  it('C1: a refund demanded on day 10 and received on day 17 is in time: the fifteen days run to the demand made', () => {
    // Delivered 01.11.2026; the letter posted 11.11 (day 10), received by the seller 18.11 (day 17).
    const phone = form({
      technicallyComplex: true,
      remedy: 'refund',
      warranty: '12',
      paymentMethod: 'card',
      dates: { delivered: '2026-11-01', demandMade: '2026-11-11', demandReceived: '2026-11-18' },
    });
    const result = buildDocument(inputOf(phone, { ...evidence, today: '2026-11-25' }));
    expect(result.ok).toBe(true);
    const text = result.ok ? result.document.parts.map((p) => p.text).join('\n') : '';
    expect(text).toContain('Требование предъявлено 11.11.2026, то есть в пределах пятнадцати дней со дня передачи товара (абз. 8 п. 1 ст. 18 Закона; п. 2 ст. 194 ГК РФ).');
    expect(text).toContain('Отказываюсь от исполнения договора купли-продажи и прошу вернуть уплаченную за товар сумму (12\u00a0990\u00a0₽)');
    expect(text).not.toContain('устранить недостатки');
  });

  it('C3: asks the return terms instead of presuming them; a draft’s old checkbox becomes an answer only when unticked', () => {
    expect(initialForm(inquiry).termsInWriting).toBeUndefined();
    const ret = form({ situation: 'return', paymentMethod: 'card' });
    expect(buildDocument(inputOf(ret, evidence))).toMatchObject({ ok: false, reason: 'missing', asked: ['terms-in-writing'] });
    expect(inputOf({ ...ret, termsInWriting: 'unsure' }, evidence).termsInWriting).toBe('unsure');
    const old = (termsInWriting: unknown) => restoredForm(inquiry, { termsInWriting } as unknown as Partial<Form>).termsInWriting;
    expect([old(true), old(false), old('no'), old('yes'), old('maybe')]).toEqual([undefined, 'no', 'no', 'yes', undefined]);
  });

  it('passes a defect’s sums and asks on (M11, m3), and none for another situation', () => {
    const typed = form({ warranty: '12', remedy: 'repair-costs', repairCosts: '3 500', losses: '800', lossesWhat: 'доставка', substitute: true, priceCut: '1000' });
    expect(inputOf(typed, evidence)).toMatchObject({ remedy: 'repair-costs', repairCosts: 3500, losses: 800, lossesWhat: 'доставка', substitute: true, priceCut: 1000 });
    const other = inputOf({ ...typed, situation: 'return', termsInWriting: 'yes' }, evidence);
    expect([other.repairCosts, other.losses, other.substitute, other.priceCut]).toEqual([undefined, undefined, undefined, undefined]);
    // The repair costs only with that remedy.
    expect(inputOf({ ...typed, remedy: 'repair' }, evidence).repairCosts).toBeUndefined();
  });

  it('passes the payment, the options’ corrections and Ozon as the seller on, and a repair term over 45 days as a problem', () => {
    const corrections = { 'ozon-operator': { value: '123317, г. Москва, Пресненская наб., д. 12', at: '2026-11-20' } };
    const input = inputOf(form({ paymentMethod: 'details', paymentDetails: 'р/с 40817…', sellerIsOperator: true }), { ...evidence, corrections });
    expect(input).toMatchObject({ payment: { method: 'details', details: 'р/с 40817…' }, sellerIsOperator: true, corrections });
    const repair = inputOf(form({ warranty: '12', remedy: 'repair', repairDays: '60' }), evidence);
    expect(buildDocument(repair)).toMatchObject({ ok: false, reason: 'invalid', problems: ['repair-days-over-45'] });
  });

  it('asks whether goods made to order are a standard item, and passes the answer for a return only (M10)', () => {
    const custom = form({ situation: 'return', termsInWriting: 'yes', restrictedGoods: 'custom-made', paymentMethod: 'card' });
    expect(buildDocument(inputOf(custom, evidence))).toMatchObject({ ok: false, asked: ['made-to-order'] });
    expect(buildDocument(inputOf({ ...custom, madeToOrder: 'individual' }, evidence))).toMatchObject({ ok: false, problems: ['return-excluded-custom'] });
    expect(inputOf({ ...custom, madeToOrder: 'standard' }, evidence).madeToOrder).toBe('standard');
    // Another kind of goods, or a defect, carries no answer left from before.
    expect(inputOf({ ...custom, madeToOrder: 'standard', restrictedGoods: 'food' }, evidence).madeToOrder).toBeUndefined();
    expect(inputOf({ ...custom, madeToOrder: 'standard', situation: 'defect' }, evidence).madeToOrder).toBeUndefined();
  });
});
