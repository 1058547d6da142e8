/** The escalation form's stored draft and typed values, read through schemas: a wrong type is read as unset. */
import { describe, expect, it } from 'vitest';
import { amount, initialForm, inputOf, REMEDIES, restoredForm, SITUATIONS, wholeNumber, type Form } from '../../entrypoints/cases/escalation/form';
import { SITUATION_IDS, storedForm } from '../../entrypoints/cases/escalation/form-schema';
import type { Inquiry } from '../../utils/inquiries/model';
import { laptopEvidence, laptopInquiry } from '../support/escalation';

const inquiry: Inquiry = laptopInquiry;
const evidence = laptopEvidence;

/** Every field of the form set, each to a value other than the form's start. */
const full: Form = {
  kind: 'complaint',
  situation: 'demand-late',
  lateBasis: 'defect',
  seller: { name: 'ООО «Тёплый день»', ids: 'ИНН 7701234560', address: '101000, г. Москва, ул. Садовая, д. 5' },
  dates: { delivered: '2026-10-02', demandMade: '2026-10-03', demandReceived: '2026-10-05', promised: '2026-10-01', newDelivery: '2026-12-01', withdrawn: '2026-10-04', claimReceived: '2026-11-20' },
  price: '12 990',
  prepayment: '5000',
  remedy: 'repair',
  newRemedy: 'refund',
  termsInWriting: 'unsure',
  technicallyComplex: true,
  problem: 'Не включается',
  mismatch: 'крышка',
  priceCut: '500',
  prepaid: true,
  repairCosts: '1500',
  losses: '300',
  lossesWhat: 'доставка в сервис',
  substitute: true,
  item: 2,
  warranty: '12',
  complexGround: 'unusable-30-days',
  replacement: 'extra-check',
  repairDays: '30',
  prepaymentTo: 'aggregator',
  withdrawalVia: 'chat',
  paymentMethod: 'details',
  paymentDetails: 'р/с 40817…',
  large: 'heavy',
  restrictedGoods: 'cosmetics',
  madeToOrder: 'standard',
  sellerIsOperator: true,
  aggregator: { name: 'ООО «Вайлдберриз»', ids: 'ИНН 7721546864', address: 'Московская обл.' },
  operatorFailedSellerInfo: true,
  step: 'dates',
  reached: 3,
  edits: { claim: { demand: { text: 'Прошу вернуть деньги.', from: 'Прошу вернуть уплаченную сумму.' } } },
};

describe('the stored draft', () => {
  it('keeps every field of a draft of the right types', () => {
    expect(storedForm(full)).toEqual(full);
    expect(restoredForm(inquiry, full)).toEqual(full);
  });

  it('reads a field of the wrong type as unset, the form’s start in its place, and keeps the rest', () => {
    const damaged = {
      ...full,
      situation: 'defect',
      price: 12990,
      remedy: 'money',
      item: -1,
      technicallyComplex: 'yes',
      warranty: 12,
      seller: 'ООО «Тёплый день»',
      dates: { delivered: 20261001, promised: '2026-11-01' },
      paymentMethod: 'cash',
      unknown: 'x',
    };
    const form = restoredForm(inquiry, damaged);
    const start = initialForm(inquiry);
    expect(form).toMatchObject({ price: start.price, remedy: 'refund', item: 0, technicallyComplex: false, warranty: '', seller: {}, dates: { promised: '2026-11-01' } });
    expect(form.paymentMethod).toBeUndefined();
    expect(form).not.toHaveProperty('unknown');
    // What was right is kept.
    expect(form).toMatchObject({ situation: 'defect', problem: 'Не включается', prepayment: '5000', aggregator: full.aggregator });
    // Read as it was stored, a number where the price's text belongs stopped the page: `amount` met a number.
    const input = inputOf(form, evidence);
    expect(input).toMatchObject({ situation: 'defect', price: 12990, remedy: 'refund', dates: { promised: '2026-11-01' } });
    expect(input.warrantyMonths).toBeUndefined();
  });

  it('reads a draft that is not a form at all as none', () => {
    for (const stored of [undefined, null, 'черновик', 42, ['defect']]) expect(restoredForm(inquiry, stored)).toEqual(initialForm(inquiry));
  });

  it('offers the same situations and remedies the form does', () => {
    expect([...SITUATION_IDS].sort()).toEqual(SITUATIONS.map(([s]) => s).sort());
    for (const [situation, remedies] of Object.entries(REMEDIES)) {
      for (const [remedy] of remedies) expect(storedForm({ situation, remedy })).toEqual({ situation, remedy });
    }
  });
});

describe('typed values', () => {
  it('reads a sum with spaces and a decimal comma; nothing else', () => {
    expect([amount('12 990,50'), amount('12\u00a0990'), amount(' 7 '), amount('0'), amount(''), amount('-5'), amount('сто'), amount('Infinity'), amount(12990)]).toEqual([
      12990.5,
      12990,
      7,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('reads a whole number, 0 included; a fraction, a sign or a number not typed is not said', () => {
    expect([wholeNumber(' 12 '), wholeNumber('0'), wholeNumber(''), wholeNumber('1,5'), wholeNumber('-1'), wholeNumber(12)]).toEqual([12, 0, undefined, undefined, undefined, undefined]);
  });
});
