/**
 * The legal review's cases 1a–4g (../shared/reviews/legal.md, §1), each built from its facts: the article,
 * the dates (the term's last day, the penalty's first), the sum worked out by hand — price × rate × days,
 * days counted on the calendar, a term's last day moved off a day off (ГК ст. 191–193; the 2026 production
 * calendar: 4 November a holiday) — and the sentence the review gives as right. Cases 5a–9b and the three
 * probes are in legal-review-cases-5-9.test.ts. Facts the review does not give are chosen here and said.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument, documentText, remediesFor, type EscalationInput } from '../../utils/escalation/documents';
import { built } from '../support/escalation';
import { claimOn, part, shopper, sum } from '../support/review-cases';

const deadline = (input: EscalationInput, id: string) => built(input).deadlines.find((d) => d.id === id);

describe('1. late delivery of prepaid goods (art. 23.1; art. 12(2.4))', () => {
  // Promised for Sunday 01.11.2026 (a promised date is a date, not a term: not moved); the claim drawn 22.11.
  const late: EscalationInput = { ...shopper, situation: 'not-delivered', remedy: 'refund', price: undefined, prepayment: 12990, dates: { promised: '2026-11-01' } };

  it('1a: the prepayment of 12 990 ₽ back from the seller; 0.5 % a day from 02.11; the refund term from the receipt on 05.11', () => {
    const document = built({ ...late, dates: { promised: '2026-11-01', demandReceived: '2026-11-05' } });
    // 02.11–22.11 = 21 days; 12 990 × 0.5 % = 64.95 a day × 21 = 1 363.95 ₽.
    expect(document.penalty).toMatchObject({ article: '23.1', rate: 0.005, since: '2026-11-02', until: '2026-11-22', days: 21, amount: 1363.95, capped: false });
    // Received Thursday 05.11: + 10 days = Sunday 15.11, moved to Monday 16.11 (ГК ст. 193).
    expect(document.deadlines.find((d) => d.id === 'prepayment-refund')).toMatchObject({ article: '23.1', nominal: '2026-11-15', date: '2026-11-16' });
    expect(part(document, 'statement')).toContain(sum('Товар оплачен заранее (12 990 ₽), однако в установленный срок — 01.11.2026 — не передан.'));
    expect(part(document, 'statement')).toContain(sum('12 990 ₽ × 0,5 % × 21 дн. = 1 363,95 ₽'));
    expect(part(document, 'demand')).toBe(
      sum(
        'Прошу вернуть сумму предварительной оплаты 12 990 ₽ в течение десяти дней со дня предъявления настоящего требования (пп. 2, 4 ст. 23.1 Закона) ' +
          'и выплатить неустойку в размере 1 363,95 ₽ на 22.11.2026, а также по 0,5 % суммы предварительной оплаты за каждый последующий день до дня ' +
          'возврата предварительной оплаты, но не более суммы предварительной оплаты (абз. 2 п. 3 ст. 23.1 Закона).',
      ),
    );
  });

  it('1b: a new date, 01.12.2026, for goods prepaid 4 000 ₽; the penalty to date and on to the delivery; the goods claimed, not the money', () => {
    const document = built({ ...late, remedy: 'deliver', prepayment: 4000, dates: { promised: '2026-11-01', newDelivery: '2026-12-01' } });
    // 02.11–22.11 = 21 days × 4 000 × 0.5 % (20 ₽) = 420 ₽.
    expect(document.penalty).toMatchObject({ article: '23.1', since: '2026-11-02', days: 21, amount: 420 });
    expect(part(document, 'demand')).toBe(
      sum(
        'Прошу передать оплаченный товар в установленный мною новый срок — не позднее 01.12.2026 (п. 2 ст. 23.1 Закона) и выплатить неустойку в размере 420 ₽ ' +
          'на 22.11.2026, а также по 0,5 % суммы предварительной оплаты за каждый последующий день до дня передачи товара, но не более суммы предварительной оплаты (абз. 2 п. 3 ст. 23.1 Закона).',
      ),
    );
    expect(part(document, 'consequences')).toContain('в суд с требованием о передаче оплаченного товара, о взыскании неустойки (п. 3 ст. 23.1 Закона)');
  });

  it('1c: the aggregator’s owner (ООО «Интернет Решения») refunds 12 990 ₽ in ten calendar days of 12.11 (art. 12(2.4)), no penalty demanded of it', () => {
    // Withdrawn on 05.11, after the promised 01.11; the demand received 12.11: + 10 = Sunday 22.11 → Monday 23.11.
    const document = built({ ...late, prepaymentTo: 'aggregator', dates: { promised: '2026-11-01', withdrawn: '2026-11-05', demandReceived: '2026-11-12' } });
    expect(document.deadlines.find((d) => d.id === 'prepayment-refund')).toMatchObject({ article: '12', nominal: '2026-11-22', date: '2026-11-23' });
    expect(part(document, 'to')).toMatch(/^Кому: ООО «Интернет Решения», ИНН 7704217370, ОГРН 1027739244741.*\(владелец агрегатора, получивший предварительную оплату\)\nКопия: ООО «Тёплый день»/);
    expect(part(document, 'demand')).toBe(
      sum(
        'Прошу возвратить сумму предварительной оплаты 12 990 ₽ в течение десяти календарных дней со дня предъявления настоящего требования (п. 2.4 ст. 12 Закона).' +
          ' Продавцу, получающему копию настоящего требования, настоящим повторно сообщаю об отказе от исполнения договора купли-продажи в связи с нарушением срока передачи предварительно оплаченного товара (п. 2 ст. 23.1 Закона).',
      ),
    );
    expect(part(document, 'demand')).not.toContain('неустойк');
    // M6: interest, moral damages and the fine.
    expect(part(document, 'consequences')).toContain('процентов за пользование чужими денежными средствами (ст. 395 ГК РФ), компенсации морального вреда (ст. 15 Закона) и штрафа');
  });

  it('1d: 4 000 ₽ prepaid for 01.05.2026: 205 days would be 4 100 ₽, capped at the prepayment, and nothing further is demanded', () => {
    const document = built({ ...late, prepayment: 4000, dates: { promised: '2026-05-01' } });
    // 02.05–22.11: May 30 + June 30 + July 31 + August 31 + September 30 + October 31 + November 22 = 205 days;
    // 4 000 × 0.5 % = 20 ₽ × 205 = 4 100 ₽ > 4 000 ₽, so 4 000 ₽ (art. 23.1(3): at most the prepayment).
    expect(document.penalty).toMatchObject({ since: '2026-05-02', days: 205, amount: 4000, capped: true });
    expect(part(document, 'statement')).toContain(sum('4 000 ₽ × 0,5 % × 205 дн. = 4 100 ₽, но не более суммы предоплаты: 4 000 ₽'));
    expect(part(document, 'demand')).toContain(sum('и выплатить неустойку в размере 4 000 ₽ на 22.11.2026 (п. 3 ст. 23.1 Закона).'));
    expect(part(document, 'demand')).not.toContain('каждый последующий день');
  });

  it('1e: the complaint: the demand of 8 490 ₽ went to the aggregator on 10.11, received 11.11; art. 12(2.4)’s ten days ended 23.11 and were broken', () => {
    const dates = { promised: '2026-11-01', withdrawn: '2026-11-10', demandReceived: '2026-11-11' };
    const complaint: EscalationInput = { ...late, kind: 'complaint', prepaymentTo: 'aggregator', prepayment: 8490, events: [claimOn('2026-11-10')], dates, today: '2026-11-24' };
    // 11.11 + 10 = Saturday 21.11 → Monday 23.11; on 24.11 it has passed.
    expect(deadline(complaint, 'prepayment-refund')).toMatchObject({ article: '12', date: '2026-11-23', passed: true });
    const statement = part(built(complaint), 'statement');
    expect(statement).toContain('10.11.2026 владельцу агрегатора ООО «Интернет Решения» направлено требование о возврате суммы предварительной оплаты; ответа на него не получено.');
    expect(statement).toContain(sum('В требовании я потребовала вернуть сумму предварительной оплаты 8 490 ₽.'));
    expect(statement).toContain(
      'Срок, установленный п. 2.4 ст. 12 Закона (10 календарных дней со дня предъявления требования), истёк 23.11.2026; требование не удовлетворено. ' +
        'Тем самым нарушены обязательные требования п. 2.4 ст. 12 Закона.',
    );
    expect(statement).not.toContain('продавцу направлена претензия');
  });
});

describe('2. a defect of a kettle (not technically complex), delivered 01.10.2026, warranty 12 months', () => {
  const defect: EscalationInput = { ...shopper, situation: 'defect', problem: 'Чайник перестал включаться.', remedy: 'refund', warrantyMonths: 12, dates: { delivered: '2026-10-01', demandReceived: '2026-11-12' } };

  it('2a: the refund of 12 990 ₽ with withdrawal, ten days of art. 22 from 12.11 to Monday 23.11, the 1 % named, the quality check', () => {
    const document = built(defect);
    // 12.11 + 10 = Sunday 22.11 → Monday 23.11 (ГК ст. 193); nothing late on 22.11.
    expect(document.deadlines.find((d) => d.id === 'remedy')).toMatchObject({ article: '22', nominal: '2026-11-22', date: '2026-11-23', moved: true });
    expect(document.penalty).toBeUndefined();
    // On 25.11: 24.11–25.11 = 2 days × 1 % × 12 990 (129.90 ₽) = 259.80 ₽, from the day after the moved last day.
    expect(built({ ...defect, today: '2026-11-25' }).penalty).toMatchObject({ article: '23', since: '2026-11-24', days: 2, amount: 259.8 });
    expect(part(document, 'demand')).toBe(
      sum(
        'Отказываюсь от исполнения договора купли-продажи и прошу вернуть уплаченную за товар сумму (12 990 ₽) в течение десяти дней со дня предъявления требования (ст. 22 Закона). ' +
          'За нарушение этого срока продавец уплачивает неустойку в размере 1 % цены товара за каждый день просрочки (п. 1 ст. 23 Закона). ' +
          'Прошу также возместить разницу между ценой товара, установленной договором, и ценой соответствующего товара на момент удовлетворения требования, если цена увеличилась (п. 4 ст. 24 Закона).',
      ),
    );
    expect(part(document, 'quality-check')).toContain('дату, время и место проверки качества товара');
  });

  it('2b: the term already run: demanded 02.11, due Thursday 12.11; on 22.11, 10 days of 1 % = 1 299 ₽ from 13.11; past the warranty and two years, art. 19(6) stays', () => {
    const document = built({ ...defect, dates: { delivered: '2026-10-01', demandReceived: '2026-11-02' } });
    expect(document.deadlines.find((d) => d.id === 'remedy')).toMatchObject({ article: '22', date: '2026-11-12', passed: true });
    // 13.11–22.11 = 10 days × 129.90 ₽ = 1 299 ₽ (the review's own arithmetic, §7 case 5).
    expect(document.penalty).toMatchObject({ article: '23', since: '2026-11-13', until: '2026-11-22', days: 10, amount: 1299 });
    expect(part(document, 'consequences')).toContain('взыскании неустойки (п. 1 ст. 23 Закона)');
    expect(part(document, 'demand')).toContain('неустойку в размере 1 % цены товара за каждый день просрочки (п. 1 ст. 23 Закона)');
    // Read as the buyer's term instead: delivered 10.01.2024, a 12-month warranty to 10.01.2025, two years to
    // 10.01.2026 (ГК ст. 192); declared 10.11.2026 — too late for art. 18 against the seller, not for art. 19(6) (M9).
    const old = built({ ...defect, dates: { delivered: '2024-01-10', demandMade: '2026-11-10', demandReceived: '2026-11-12' } });
    const note = old.notes.find((n) => n.id === 'warranty-too-late')!.ru;
    expect(note).toContain('требования к продавцу по ст. 18 Закона предъявить уже нельзя');
    expect(note).toContain('остаётся требование к изготовителю (импортёру): в течение срока службы товара, а если он не установлен — десяти лет со дня передачи');
    expect(note).toContain('(п. 6 ст. 19 Закона');
  });

  it('2c: a price reduction: art. 22’s ten days from 12.11 to 23.11; the money asked where to pay', () => {
    const document = built({ ...defect, remedy: 'discount', priceCut: 3000 });
    expect(document.deadlines.find((d) => d.id === 'remedy')).toMatchObject({ article: '22', date: '2026-11-23' });
    expect(part(document, 'demand')).toMatch(/^Прошу соразмерно уменьшить покупную цену товара .*в течение десяти дней со дня предъявления требования \(ст\. 22 Закона\)\./);
    expect(part(document, 'payment')).toContain('на банковскую карту');
    expect(buildDocument({ ...defect, remedy: 'discount', payment: undefined })).toMatchObject({ ok: false, asked: ['payment'] });
  });

  // m3: the reduction names its sum. 3 000 ₽ chosen here; without it the sum is asked.
  it('2c, m3: «Прошу соразмерно уменьшить покупную цену товара на 3 000 ₽»', () => {
    expect(part(built({ ...defect, remedy: 'discount', priceCut: 3000 }), 'demand')).toContain(sum('уменьшить покупную цену товара на 3 000 ₽'));
    expect(buildDocument({ ...defect, remedy: 'discount' })).toMatchObject({ ok: false, missing: ['price-cut'] });
  });

  it('2d: no warranty: the shopper proves the defect predates delivery, within two years; refund of 12 990 ₽ by 23.11', () => {
    const document = built({ ...defect, warrantyMonths: 0, dates: { delivered: '2026-10-01', demandMade: '2026-11-10', demandReceived: '2026-11-12' } });
    expect(document.deadlines.find((d) => d.id === 'remedy')).toMatchObject({ article: '22', date: '2026-11-23' });
    expect(part(document, 'statement')).toContain(
      'Гарантийный срок на товар не установлен; недостаток обнаружен в разумный срок, в пределах двух лет со дня передачи товара (п. 1 ст. 19 Закона), ' +
        'и возник до его передачи или по причинам, возникшим до этого момента (п. 6 ст. 18 Закона).',
    );
    expect(part(document, 'demand')).toContain(sum('(12 990 ₽)'));
  });

  it('2e: a six-month warranty from 15.03.2026 ended 15.09.2026 (ГК ст. 192); the defect declared 10.11 falls under art. 19(5)', () => {
    const document = built({ ...defect, warrantyMonths: 6, dates: { delivered: '2026-03-15', demandMade: '2026-11-10', demandReceived: '2026-11-12' } });
    const statement = part(document, 'statement');
    expect(statement).toContain('Гарантийный срок (6 мес.) истёк 15.09.2026, однако недостаток обнаружен в пределах двух лет со дня передачи товара');
    expect(statement).toContain('(п. 5 ст. 19 Закона)');
    expect(document.deadlines.find((d) => d.id === 'remedy')).toMatchObject({ article: '22', date: '2026-11-23' });
    expect(part(document, 'demand')).toContain(sum('(12 990 ₽)'));
  });
});

describe('3. a smartphone (technically complex, Decree 924) at 24 990 ₽, warranty 12 months', () => {
  const phone: EscalationInput = {
    ...shopper,
    situation: 'defect',
    technicallyComplex: true,
    problem: 'Смартфон самопроизвольно перезагружается.',
    remedy: 'refund',
    warrantyMonths: 12,
    price: 24990,
    dates: { delivered: '2026-11-01', demandMade: '2026-11-11', demandReceived: '2026-11-11' },
  };
  const inFifteen = 'Требование предъявлено 11.11.2026, то есть в пределах пятнадцати дней со дня передачи товара (абз. 8 п. 1 ст. 18 Закона; п. 2 ст. 194 ГК РФ).';
  // Day 40: delivered 01.10.2026, demanded 10.11.2026 (31.10 is day 30); the fifteen days ended Friday 16.10.
  const day40: EscalationInput = { ...phone, dates: { delivered: '2026-10-01', demandMade: '2026-11-10', demandReceived: '2026-11-10' } };

  it('3a: day 10: a refund of 24 990 ₽ in the fifteen days (to Monday 16.11); art. 22’s term from 11.11 to Monday 23.11', () => {
    const document = built(phone);
    expect(document.deadlines.find((d) => d.id === 'complex-goods')).toMatchObject({ article: '18', date: '2026-11-16' });
    // 11.11 + 10 = Saturday 21.11 → Monday 23.11.
    expect(document.deadlines.find((d) => d.id === 'remedy')).toMatchObject({ article: '22', date: '2026-11-23' });
    expect(part(document, 'statement')).toContain(inFifteen);
    expect(part(document, 'demand')).toContain(sum('Отказываюсь от исполнения договора купли-продажи и прошу вернуть уплаченную за товар сумму (24 990 ₽)'));
  });

  it('3b: day 10 sent, received day 17 (18.11): still in time (C1); the seller’s ten days run from 18.11 to Monday 30.11', () => {
    const posted = { ...phone, dates: { delivered: '2026-11-01', demandMade: '2026-11-11', demandReceived: '2026-11-18' } };
    expect(remediesFor(posted)).toEqual(['refund', 'replace', 'replace-other', 'repair', 'repair-costs', 'discount']);
    const document = built(posted);
    // 18.11 + 10 = Saturday 28.11 → Monday 30.11.
    expect(document.deadlines.find((d) => d.id === 'remedy')).toMatchObject({ article: '22', nominal: '2026-11-28', date: '2026-11-30' });
    expect(part(document, 'statement')).toContain(inFifteen);
    expect(part(document, 'demand')).toContain(sum('вернуть уплаченную за товар сумму (24 990 ₽)'));
    expect(documentText(document)).not.toContain('устранить недостатки');
  });

  it('3c: day 40, a repair: no ground needed, due without delay and in 45 days at most (10.11 → Friday 25.12)', () => {
    expect(remediesFor(day40)).toEqual(['repair', 'repair-costs', 'discount']);
    expect(buildDocument(day40)).toMatchObject({ ok: false, asked: ['complex-ground'] });
    const document = built({ ...day40, remedy: 'repair' });
    // 10.11 + 45: 20 days to 30.11, 25 more to 25.12.
    expect(document.deadlines.find((d) => d.id === 'remedy')).toMatchObject({ article: '20', date: '2026-12-25', outerLimit: true });
    expect(part(document, 'statement')).toContain('Товар является технически сложным (перечень технически сложных товаров утверждён постановлением Правительства РФ от 10.11.2011 № 924).');
    expect(part(document, 'demand')).toContain('Прошу безвозмездно устранить недостатки товара незамедлительно, то есть в минимальный срок, объективно необходимый для их устранения (п. 1 ст. 20 Закона)');
    expect(part(document, 'facts')).toContain(sum('стоимостью 24 990 ₽'));
    // M11: a substitute phone for the time of the repair, within three days (абз. 2 п. 2 ст. 20).
    expect(part(built({ ...day40, remedy: 'repair', substitute: true }), 'substitute')).toContain('На период ремонта прошу в течение трёх дней безвозмездно предоставить мне товар длительного пользования');
  });

  it('3d: day 40 with a substantial defect: the refund on that ground; due Friday 20.11; on 22.11, 2 days × 249.90 = 499.80 ₽', () => {
    const document = built({ ...day40, complexGround: 'substantial-defect' });
    expect(part(document, 'statement')).toContain('в данном случае основанием является обнаружение существенного недостатка товара.');
    expect(document.deadlines.find((d) => d.id === 'remedy')).toMatchObject({ article: '22', date: '2026-11-20' });
    // 21.11–22.11 = 2 days × 1 % × 24 990 = 499.80 ₽.
    expect(document.penalty).toMatchObject({ since: '2026-11-21', days: 2, amount: 499.8 });
    expect(part(document, 'demand')).toContain(sum('(24 990 ₽)'));
  });

  it('3e: day 40, repair terms broken: a replacement in seven days (to Tuesday 17.11); on 22.11, 5 days × 249.90 = 1 249.50 ₽', () => {
    const document = built({ ...day40, remedy: 'replace', complexGround: 'repair-terms-broken' });
    expect(part(document, 'statement')).toContain('в данном случае основанием является нарушение установленных Законом сроков устранения недостатков товара.');
    expect(document.deadlines.find((d) => d.id === 'remedy')).toMatchObject({ article: '21', date: '2026-11-17' });
    // 18.11–22.11 = 5 days × 1 % × 24 990 = 1 249.50 ₽.
    expect(document.penalty).toMatchObject({ since: '2026-11-18', days: 5, amount: 1249.5 });
    expect(part(document, 'demand')).toContain('Прошу заменить товар на товар этой же марки (модели, артикула) в течение семи дней со дня предъявления требования (п. 1 ст. 21 Закона).');
  });
});

describe('4. a return of goods of proper quality (art. 26.1(4)), 12 990 ₽', () => {
  const ret: EscalationInput = { ...shopper, situation: 'return', termsInWriting: 'yes', dates: { delivered: '2026-11-20' } };
  const refund = sum('прошу вернуть уплаченную за него сумму 12 990 ₽ в течение десяти дней со дня предъявления');

  it('4a: seven days from Friday 20.11 end Friday 27.11; the refund of 12 990 ₽ in ten days', () => {
    const document = built(ret);
    expect(document.deadlines.find((d) => d.id === 'return-window')).toMatchObject({ article: '26.1', date: '2026-11-27', passed: false });
    expect(part(document, 'statement')).toContain('Срок для отказа от товара истекает 27.11.2026.');
    expect(part(document, 'demand')).toBe(`На основании изложенного заявляю об отказе от товара и ${refund} настоящего требования (п. 4 ст. 26.1 Закона).`);
    expect(document.penalty).toBeUndefined();
  });

  it('4b: withdrawn in time: a return request on 05.10, the window to 08.10', () => {
    const document = built({ ...ret, withdrawalVia: 'return-request', dates: { delivered: '2026-10-01', withdrawn: '2026-10-05' } });
    expect(document.deadlines.find((d) => d.id === 'return-window')).toMatchObject({ date: '2026-10-08', passed: true });
    expect(part(document, 'statement')).toContain(
      'Срок для отказа от товара истекал 08.10.2026; об отказе от товара я заявила 05.10.2026 (заявка на возврат на маркетплейсе), то есть в установленный срок.',
    );
    expect(part(document, 'demand')).toContain(`подтверждаю отказ от товара, заявленный 05.10.2026, и ${refund} требования`);
    expect(document.notes.map((n) => n.id)).not.toContain('return-window-closed');
  });

  it('4c: terms not given in writing: three months from 15.09.2026 end Tuesday 15.12.2026, and the claim says why', () => {
    const document = built({ ...ret, termsInWriting: 'no', dates: { delivered: '2026-09-15' } });
    expect(document.deadlines.find((d) => d.id === 'return-window')).toMatchObject({ term: { months: 3 }, date: '2026-12-15', passed: false });
    const statement = part(document, 'statement');
    expect(statement).toContain(
      'Информация о порядке и сроках возврата товара надлежащего качества в письменной форме в момент доставки мне не предоставлена; ' +
        'срок для отказа от товара — три месяца с момента передачи товара (п. 4 ст. 26.1 Закона).',
    );
    expect(statement).toContain('Срок для отказа от товара истекает 15.12.2026.');
    expect(part(document, 'demand')).toContain(refund);
  });

  it('4d: the window closed: seven days from Monday 02.11 ended Monday 09.11; the warning names the three months', () => {
    const document = built({ ...ret, dates: { delivered: '2026-11-02' } });
    expect(document.deadlines.find((d) => d.id === 'return-window')).toMatchObject({ date: '2026-11-09', passed: true });
    const note = document.notes.find((n) => n.id === 'return-window-closed')!.ru;
    expect(note).toContain('Срок для отказа от товара истёк 09.11.2026.');
    expect(note).toContain('срок — три месяца с момента передачи');
    expect(part(document, 'statement')).not.toContain('09.11.2026');
    expect(part(document, 'demand')).toContain(refund);
  });

  it('4e: food: drawn, with the warning that sellers refuse and the law’s text differs from practice', () => {
    const document = built({ ...ret, restrictedGoods: 'food' });
    expect(document.deadlines.find((d) => d.id === 'return-window')).toMatchObject({ date: '2026-11-27' });
    const note = document.notes.find((n) => n.id === 'seller-may-refuse')!;
    expect(note.level).toBe('warning');
    expect(note.ru).toContain('Продавцы часто отказываются принимать обратно такой товар (продукты питания).');
    expect(note.ru).toContain('исключает из возврата при дистанционной продаже лишь товар с индивидуально-определёнными свойствами');
    expect(part(document, 'demand')).toContain(refund);
  });

  it('4f: custom-made: no claim for goods only the buyer can use; a standard item made to order says so', () => {
    const custom: EscalationInput = { ...ret, restrictedGoods: 'custom-made' };
    expect(buildDocument(custom)).toMatchObject({ ok: false, asked: ['made-to-order'] });
    expect(buildDocument({ ...custom, madeToOrder: 'individual' })).toEqual({ ok: false, reason: 'invalid', problems: ['return-excluded-custom'] });
    const document = built({ ...custom, madeToOrder: 'standard' });
    expect(part(document, 'statement')).toContain('поэтому ограничение, установленное последним предложением п. 4 ст. 26.1 Закона, к нему не применяется.');
    expect(document.deadlines.find((d) => d.id === 'return-window')).toMatchObject({ date: '2026-11-27' });
    expect(part(document, 'demand')).toContain(refund);
  });

  it('4g: the complaint: the refund demanded 05.11, due Sunday 15.11 → Monday 16.11; art. 26.1(4) broken', () => {
    const complaint: EscalationInput = { ...ret, kind: 'complaint', events: [claimOn('2026-11-05')], dates: { delivered: '2026-11-02', withdrawn: '2026-11-03', demandReceived: '2026-11-05' }, today: '2026-11-30' };
    expect(deadline(complaint, 'refund')).toMatchObject({ article: '26.1', nominal: '2026-11-15', date: '2026-11-16', passed: true });
    const statement = part(built(complaint), 'statement');
    expect(statement).toContain(sum('В претензии я потребовала вернуть уплаченную за товар сумму 12 990 ₽ в связи с отказом от товара надлежащего качества.'));
    expect(statement).toContain(
      'Срок, установленный п. 4 ст. 26.1 Закона (10 дней со дня предъявления требования), истёк 16.11.2026; требование не удовлетворено. ' +
        'Тем самым нарушены обязательные требования п. 4 ст. 26.1 Закона.',
    );
  });
});
