/**
 * A case worked out once (utils/escalation/documents/case.ts): whom it addresses, its terms, its penalty or
 * interest, the remedies, attachments, notes and what stops a document; `buildDocument` reads that result.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument, documentText, resolveCase, type EscalationInput } from '../../utils/escalation/documents';
import { OZON_OPERATOR_IDS } from '../../utils/escalation/law';
import { built, claimBase, orderInquiry } from '../support/escalation';

const base = claimBase();

describe('resolveCase', () => {
  it('a late refund of a return: the ten days, then art. 395 interest on the price from the next day, and no art. 23 penalty', () => {
    // Received on Thursday 05.11.2026: the ten days end on Sunday 15.11, moved to Monday 16.11 (ГК ст. 193).
    const c = resolveCase({ ...base, situation: 'demand-late', lateBasis: 'return', problem: 'Возврат', dates: { demandReceived: '2026-11-05' } });
    expect(c.deadlines).toMatchObject([{ id: 'refund', article: '26.1', term: { days: 10 }, date: '2026-11-16', passed: true }]);
    expect(c.penalty).toBeUndefined();
    expect(c.interest).toEqual({ article: 'gk-395', base: 12990, since: '2026-11-17', approximate: false });
    expect(c.moneyDemanded).toBe(true);
    expect(c.ready).toBe(true);
  });

  it('a prepayment kept by Ozon: addressed to its operator, 0.5 % of the prepayment a day from the day after the promised date, capped', () => {
    const input: EscalationInput = {
      ...base,
      inquiry: orderInquiry({ topic: 'delivery-late', subject: 'Не привезли' }),
      situation: 'not-delivered',
      remedy: 'refund',
      prepaymentTo: 'aggregator',
      prepayment: 1000,
      dates: { promised: '2026-05-01', withdrawn: '2026-05-10' },
    };
    const c = resolveCase(input);
    expect(c.parties.toAggregator).toBe(true);
    expect(c.parties.aggregator?.ids).toContain(OZON_OPERATOR_IDS.inn);
    expect(c.penalty).toMatchObject({ article: '23.1', base: 1000, rate: 0.005, since: '2026-05-02', amount: 1000, capped: true });
    expect(c.attachments).toContain('Копия уведомления продавцу об отказе от исполнения договора от 10.05.2026.');
  });

  it('technically complex goods past fifteen days with no ground: only a repair or a price cut, the ground asked, no notes yet', () => {
    const c = resolveCase({ ...base, situation: 'defect', remedy: 'refund', technicallyComplex: true, warrantyMonths: 12, problem: 'Не включается.', dates: { delivered: '2026-10-01' } });
    expect(c.remedies).toEqual(['repair', 'repair-costs', 'discount']);
    expect(c.asked).toContain('complex-ground');
    expect(c.ready).toBe(false);
    expect(c.notes).toEqual([]);
    expect(buildDocument({ ...base, situation: 'defect', remedy: 'refund', technicallyComplex: true, warrantyMonths: 12, problem: 'Не включается.', dates: { delivered: '2026-10-01' } })).toEqual({
      ok: false,
      reason: 'missing',
      missing: [],
      asked: c.asked,
    });
  });

  it('a delay claimed on the promised day itself stops the document, with the missing values first', () => {
    const input: EscalationInput = { ...base, situation: 'not-delivered', remedy: 'refund', prepayment: 1000, dates: { promised: '2026-11-22' } };
    expect(resolveCase(input).problems).toContain('promised-not-passed');
    expect(buildDocument(input)).toEqual({ ok: false, reason: 'invalid', problems: resolveCase(input).problems });
    expect(resolveCase({ ...input, seller: {} }).problems).toContain('promised-not-passed');
    expect(buildDocument({ ...input, seller: {} })).toMatchObject({ ok: false, reason: 'missing' });
  });

  it('an order on ozon.kz: nothing of Russian law is worked out', () => {
    const input: EscalationInput = { ...base, situation: 'defect', dates: {}, inquiry: { ...base.inquiry, pageUrl: 'https://ozon.kz/product/1' } };
    expect(resolveCase(input)).toMatchObject({ foreign: 'ozon.kz', deadlines: [], ready: false });
    expect(buildDocument(input)).toEqual({ ok: false, reason: 'foreign', country: 'ozon.kz' });
  });
});

describe('buildDocument reads the resolved case', () => {
  const input: EscalationInput = {
    ...base,
    situation: 'defect',
    remedy: 'repair',
    warrantyMonths: 12,
    problem: 'Не включается.',
    dates: { delivered: '2026-10-01', demandReceived: '2026-10-02', claimReceived: '2026-11-20' },
  };

  it('its terms, penalty, notes and answer due are the case’s', () => {
    const c = resolveCase(input);
    const doc = built(input);
    expect(doc.deadlines).toEqual(c.deadlines);
    expect(doc.penalty).toEqual(c.penalty);
    expect(doc.notes).toEqual(c.notes);
    expect(doc.answerDue).toEqual(c.answerDue);
    // No repair term agreed: the 45 days from 02.10.2026 end on Monday 16.11; 1 % a day from 17.11 to 22.11.
    expect(c.deadlines).toMatchObject([{ id: 'remedy', date: '2026-11-16', outerLimit: true }]);
    expect(c.penalty).toMatchObject({ article: '23', since: '2026-11-17', days: 6, amount: 779.4 });
    expect(c.attachments).toEqual(['Копия кассового (электронного) чека или страницы заказа, подтверждающих оплату.', 'Копия акта (квитанции) приёма товара на ремонт.']);
  });

  it('prints what the case gives, not what it would work out again', () => {
    const c = resolveCase(input);
    const result = buildDocument(input, { ...c, attachments: ['Опись вложения.'] });
    expect(result.ok && documentText(result.document)).toContain('Приложения:\n1. Опись вложения.');
    expect(buildDocument(input, { ...c, problems: ['repair-days-over-45'] })).toEqual({ ok: false, reason: 'invalid', problems: ['repair-days-over-45'] });
  });
});
