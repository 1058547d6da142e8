/**
 * A demand not met in time: its article and its sanction follow what the earlier demand rested on — a
 * defect (arts. 22, 23), a return of goods of proper quality (art. 26.1(4), Civil Code art. 395), a
 * prepayment for goods not handed over (art. 23.1) — and no topic assumes it.
 */
import { describe, expect, it } from 'vitest';
import { initialForm, inputOf, remediesOf, type Form } from '../../entrypoints/cases/escalation/form';
import { situationOf } from '../../utils/catalogue';
import { penaltyFor } from '../../utils/escalation/deadlines';
import { buildDocument, documentText, type EscalationInput, type LegalDocument } from '../../utils/escalation/documents';
import { claimFollows } from '../../utils/inquiries/next-step';
import { built, msk, orderInquiry } from '../support/escalation';

const NBSP = '\u00a0';

const late: EscalationInput = {
  kind: 'claim',
  situation: 'demand-late',
  inquiry: orderInquiry(),
  events: [],
  attachments: [],
  profile: { name: 'Иванова Анна Сергеевна', phone: '+7 900 000-00-00', address: '101000, г. Москва, ул. Лесная, д. 1, кв. 2' },
  seller: { name: 'ООО «Тёплый день»', ids: 'ИНН 7701234560, ОГРН 1027700123450', address: '101000, г. Москва, ул. Садовая, д. 5' },
  problem: 'Деньги не вернули.',
  remedy: 'refund',
  // Received on Monday 2 November: ten days end on Thursday 12 November, a working day.
  dates: { demandReceived: '2026-11-02' },
  price: 12990,
  payment: { method: 'card' },
  today: '2026-11-22',
};


const part = (document: LegalDocument, id: string) => document.parts.find((p) => p.id === id)?.text ?? '';
/** Every sum of roubles the document prints. */
const sums = (text: string) => [...text.matchAll(/\d[\d\u00a0]*(?:,\d\d)?\u00a0₽/g)].map((m) => m[0]);

describe('a late refund of a return whose term ends in the January 2027 holidays', () => {
  // Received 25.12.2026: ten days would end 04.01.2027, a Labour Code holiday; the year's calendar is not bundled.
  const january: EscalationInput = { ...late, lateBasis: 'return', dates: { demandReceived: '2026-12-25' }, today: '2027-01-20' };

  it('says the term ends not before 11.01.2027, and that the interest runs from the day after it, with no date said to have passed', () => {
    const document = built(january);
    const statement = part(document, 'statement');
    expect(statement).toContain('Последний день срока — не ранее 11.01.2027 (с учётом нерабочих праздничных дней, ст. 193 ГК РФ');
    expect(statement).toContain('Со дня, следующего за последним днём срока, по день возврата денежных средств подлежат уплате проценты');
    expect(documentText(document)).not.toMatch(/Срок истёк|05\.01\.2027|12\.01\.2027/);
    expect(part(document, 'demand')).toContain('начисленные на эту сумму со дня, следующего за последним днём срока, по день её возврата (п. 4 ст. 26.1 Закона, п. 1 ст. 395 ГК РФ)');
  });
});

describe('a late demand states its basis and takes its sanction from it', () => {
  it('asks the basis instead of assuming art. 22', () => {
    expect(buildDocument({ ...late, lateBasis: undefined })).toEqual({ ok: false, reason: 'missing', missing: [], asked: ['late-basis'] });
    expect(penaltyFor({ ...late, lateBasis: undefined })).toBeUndefined();
  });

  it('a late refund for a return of goods of proper quality (case 5a, 26.1): interest under ст. 395 ГК, no 1 %, no art. 22', () => {
    const document = built({ ...late, lateBasis: 'return' });
    expect(document.deadlines).toEqual([expect.objectContaining({ id: 'refund', article: '26.1', date: '2026-11-12', passed: true })]);
    expect(document.penalty).toBeUndefined();
    const text = documentText(document);
    expect(part(document, 'statement')).toContain('02.11.2026 продавцом получено требование вернуть уплаченную за товар сумму');
    expect(part(document, 'statement')).toContain('в связи с отказом от товара надлежащего качества');
    expect(part(document, 'statement')).toContain('Срок истёк 12.11.2026. С 13.11.2026 по день возврата денежных средств подлежат уплате проценты');
    expect(part(document, 'demand')).toContain('(п. 4 ст. 26.1 Закона, п. 1 ст. 395 ГК РФ)');
    // How the interest is counted, and no sum for it: the key rate is not bundled.
    expect(text).toContain('по ключевой ставке Банка России, действовавшей в соответствующие периоды');
    // The price, in the statement, the demand and the consequences.
    expect(sums(text)).toEqual([`12${NBSP}990${NBSP}₽`, `12${NBSP}990${NBSP}₽`, `12${NBSP}990${NBSP}₽`, `12${NBSP}990${NBSP}₽`]);
    expect(text).not.toContain('ст. 22');
    expect(text).not.toContain('1 %');
    expect(text).not.toContain('неустойк');
    expect(part(document, 'consequences')).toContain('процентов за пользование чужими денежными средствами (ст. 395 ГК РФ)');
    // Before the term ends, only the refund by its date is asked.
    // A repair kept from another basis speaks of nothing here.
    expect(built({ ...late, lateBasis: 'return', remedy: 'repair' }).notes.map((n) => n.id)).not.toContain('repair-no-term');
    const early = built({ ...late, lateBasis: 'return', today: '2026-11-10' });
    expect(part(early, 'demand')).toBe(`Прошу вернуть уплаченную за товар сумму 12${NBSP}990${NBSP}₽ не позднее 12.11.2026 (п. 4 ст. 26.1 Закона).`);
  });

  it('a late refund for a defect keeps art. 22 and the 1 % of art. 23 (case 5: 12 990 × 1 % × 10 = 1 299 ₽)', () => {
    const document = built({ ...late, lateBasis: 'defect' });
    expect(document.deadlines).toEqual([expect.objectContaining({ id: 'remedy', article: '22', date: '2026-11-12', passed: true })]);
    expect(document.penalty).toMatchObject({ article: '23', rate: 0.01, since: '2026-11-13', until: '2026-11-22', days: 10, amount: 1299 });
    expect(part(document, 'statement')).toContain('получено требование вернуть уплаченную за товар сумму в связи с недостатком товара (ст. 18 Закона). Согласно ст. 22');
    expect(part(document, 'demand')).toContain(`выплатить неустойку в размере 1${NBSP}299${NBSP}₽ на 22.11.2026`);
    expect(part(document, 'demand')).toContain('(ст. 22, п. 1 ст. 23 Закона)');
    expect(part(document, 'consequences')).toContain('взыскании неустойки (п. 1 ст. 23 Закона)');
    expect(documentText(document)).not.toContain('395');
  });

  it('a late refund of a prepayment: 0.5 % of the prepayment a day from the promised date, capped at the prepayment (art. 23.1)', () => {
    const prepaid: EscalationInput = { ...late, lateBasis: 'prepayment', prepayment: 4000, dates: { promised: '2026-10-01', demandReceived: '2026-10-05' } };
    expect(buildDocument({ ...prepaid, dates: { demandReceived: '2026-10-05' } })).toMatchObject({ ok: false, missing: ['date-promised'] });
    const document = built(prepaid);
    expect(document.deadlines.map((d) => [d.id, d.article, d.date])).toEqual([
      ['delivery', '23.1', '2026-10-01'],
      ['prepayment-refund', '23.1', '2026-10-15'],
    ]);
    // 2 October to 22 November: 52 days × 0.5 % × 4 000 ₽.
    expect(document.penalty).toMatchObject({ article: '23.1', base: 4000, rate: 0.005, since: '2026-10-02', days: 52, amount: 1040, capped: false });
    const statement = part(document, 'statement');
    expect(statement).toContain(`Товар оплачен заранее (4${NBSP}000${NBSP}₽), однако в установленный срок — 01.10.2026 — не передан.`);
    expect(statement).toContain('05.10.2026 продавцом получено требование вернуть сумму предварительной оплаты. Согласно п. 2 ст. 23.1');
    expect(statement).toContain(`Срок истёк 15.10.2026. На 22.11.2026 просрочка передачи товара составляет 52 дн.`);
    expect(statement).toContain(`4${NBSP}000${NBSP}₽ × 0,5 % × 52 дн. = 1${NBSP}040${NBSP}₽`);
    expect(part(document, 'demand')).toBe(
      `Прошу незамедлительно вернуть сумму предварительной оплаты 4${NBSP}000${NBSP}₽ и выплатить неустойку в размере 1${NBSP}040${NBSP}₽ на 22.11.2026, ` +
        'а также по 0,5 % суммы предварительной оплаты за каждый последующий день до дня её возврата, но не более суммы предварительной оплаты (пп. 2, 3 ст. 23.1 Закона).',
    );
    expect(part(document, 'consequences')).toContain('неустойки (п. 3 ст. 23.1 Закона)');
    const text = documentText(document);
    expect(text).not.toContain('ст. 22');
    expect(text).not.toContain('п. 1 ст. 23 ');
    // From 2 January to 22 November: 325 days would be 6 500 ₽, capped at the prepayment; nothing further is demanded.
    const capped = built({ ...prepaid, dates: { promised: '2026-01-01', demandReceived: '2026-01-12' } });
    expect(capped.penalty).toMatchObject({ days: 325, amount: 4000, capped: true });
    expect(part(capped, 'demand')).toContain(`неустойку в размере 4${NBSP}000${NBSP}₽ на 22.11.2026 (пп. 2, 3 ст. 23.1 Закона).`);
  });
});

describe('the form and the topics assume no late demand', () => {
  const inquiry = orderInquiry({ topic: 'order-to-seller', createdAt: msk('2026-11-02') });
  const evidence = { inquiry, events: [], files: [], profile: late.profile, corrections: {}, today: '2026-11-22' };
  const form = (change: Partial<Form>): Form => ({
    ...initialForm(inquiry),
    seller: late.seller,
    problem: 'Деньги не вернули.',
    price: '12990',
    paymentMethod: 'card',
    situation: 'demand-late',
    dates: { demandReceived: '2026-11-02' },
    ...change,
  });

  it('asks what was demanded before, and a refund basis demands the refund whatever remedy was kept', () => {
    expect(buildDocument(inputOf(form({}), evidence))).toMatchObject({ ok: false, asked: ['late-basis'] });
    const returned = form({ lateBasis: 'return', remedy: 'repair' });
    expect(inputOf(returned, evidence)).toMatchObject({ lateBasis: 'return', remedy: 'refund' });
    expect(remediesOf(returned)).toEqual([]);
    expect(documentText(built(inputOf(returned, evidence)))).toContain('ст. 395 ГК РФ');
    const defect = form({ lateBasis: 'defect', remedy: 'repair' });
    expect(inputOf(defect, evidence)).toMatchObject({ lateBasis: 'defect', remedy: 'repair' });
    expect(remediesOf(defect).map(([r]) => r)).toEqual(['refund', 'replace', 'replace-other', 'repair', 'repair-costs', 'discount']);
  });

  it('the four topics the review named no longer start a late demand', () => {
    expect(situationOf('self-service')).toBe('return');
    for (const topic of ['pickup-hours', 'courier-complaint', 'order-payment']) {
      expect(situationOf(topic), topic).toBeUndefined();
      expect(claimFollows({ topic }), topic).toBe(false);
      expect(initialForm(orderInquiry({ topic })).situation, topic).toBeUndefined();
    }
  });

  it('m12: «Не пришли деньги за возврат» is a late refund whose basis is asked, not a new withdrawal', () => {
    expect(situationOf('refund-missing')).toBe('demand-late');
    const start = { ...initialForm(orderInquiry({ topic: 'refund-missing' })), seller: late.seller, problem: 'Деньги не вернули.', price: '12990', paymentMethod: 'card' as const, dates: { demandReceived: '2026-11-02' } };
    expect(buildDocument(inputOf(start, evidence))).toMatchObject({ ok: false, asked: ['late-basis'] });
    // A defect's refund keeps art. 23's 1 %: 02.11 + 10 days = 12.11; from 13.11 to 22.11, 10 days × 129,90 ₽.
    expect(built(inputOf({ ...start, lateBasis: 'defect', remedy: 'refund' }, evidence)).penalty).toMatchObject({ article: '23', since: '2026-11-13', days: 10, amount: 1299 });
  });
});
