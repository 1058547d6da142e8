/**
 * The legal review's cases 5a–9b (../shared/reviews/legal.md, §1) and its three probes — the January 2027
 * holidays, a document drawn before the breach, the form's remedy — each built from its facts: the article,
 * the dates, the sum worked out by hand (price × rate × days on the calendar, a last day moved off a day
 * off: ГК ст. 191–193, the 2026 production calendar, ТК ст. 112 for 2027) and the sentence the review gives
 * as right. Cases 1a–4g are in legal-review-cases.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { initialForm, inputOf, REMEDIES, type Form } from '../../entrypoints/cases/escalation/form';
import { buildDocument, documentText, type EscalationInput, type Situation } from '../../utils/escalation/documents';
import { built, msk, orderInquiry } from '../support/escalation';
import { claimOn, part, shopper, sum } from '../support/review-cases';

/** A demand the seller did not meet in time, about a defect (art. 23's 1 % a day). */
const late: EscalationInput = { ...shopper, situation: 'demand-late', lateBasis: 'defect', remedy: 'refund', problem: 'Деньги не вернули.', dates: { demandReceived: '2026-11-02' } };

describe('5. a refund for a defect, late (arts. 22, 23)', () => {
  it('5a: 8 490 ₽ demanded 09.11, due Thursday 19.11; on 30.11, 11 days × 84.90 = 933.90 ₽; a return’s refund gets ст. 395 ГК, not 1 %', () => {
    const document = built({ ...late, price: 8490, dates: { demandReceived: '2026-11-09' }, today: '2026-11-30' });
    expect(document.deadlines).toEqual([expect.objectContaining({ id: 'remedy', article: '22', date: '2026-11-19' })]);
    // 20.11–30.11 = 11 days × 1 % × 8 490 (84.90 ₽) = 933.90 ₽.
    expect(document.penalty).toMatchObject({ article: '23', since: '2026-11-20', until: '2026-11-30', days: 11, amount: 933.9 });
    expect(part(document, 'statement')).toContain(
      sum('Срок истёк 19.11.2026. На 30.11.2026 просрочка составляет 11 дн., неустойка по п. 1 ст. 23 Закона (1 % цены товара за каждый день): 8 490 ₽ × 1 % × 11 дн. = 933,90 ₽.'),
    );
    expect(part(document, 'demand')).toBe(
      sum(
        'Прошу незамедлительно вернуть уплаченную за товар сумму (8 490 ₽) и выплатить неустойку в размере 933,90 ₽ на 30.11.2026, ' +
          'а также за каждый последующий день просрочки до дня удовлетворения требования (ст. 22, п. 1 ст. 23 Закона).',
      ),
    );
    // C5: the same late refund for a return of goods of proper quality: art. 26.1(4) and ст. 395 ГК, no 1 %.
    const returned = built({ ...late, lateBasis: 'return', price: 8490, dates: { demandReceived: '2026-11-09' }, today: '2026-11-30' });
    expect(returned.penalty).toBeUndefined();
    expect(part(returned, 'demand')).toContain('начисленные на эту сумму с 20.11.2026 по день её возврата (п. 4 ст. 26.1 Закона, п. 1 ст. 395 ГК РФ).');
    expect(documentText(returned)).not.toContain('1 %');
  });

  it('5b: the complaint: 12 990 ₽ demanded 02.11, due 12.11; on 30.11, 18 days × 129.90 = 2 338.20 ₽; art. 22 broken', () => {
    const document = built({ ...late, kind: 'complaint', events: [claimOn('2026-11-02')], today: '2026-11-30' });
    // 13.11–30.11 = 18 days × 1 % × 12 990 = 2 338.20 ₽.
    expect(document.penalty).toMatchObject({ since: '2026-11-13', days: 18, amount: 2338.2 });
    const statement = part(document, 'statement');
    expect(statement).toContain(sum('Срок истёк 12.11.2026. На 30.11.2026 просрочка составляет 18 дн., неустойка по п. 1 ст. 23 Закона (1 % цены товара за каждый день): 12 990 ₽ × 1 % × 18 дн. = 2 338,20 ₽.'));
    expect(statement).toContain(sum('В претензии я потребовала вернуть уплаченную за товар сумму 12 990 ₽. Требование не удовлетворено. Тем самым нарушены обязательные требования ст. 22 Закона.'));
  });
});

describe('6. a repair past its term, a late replacement (arts. 20, 21, 23)', () => {
  const phone: EscalationInput = { ...late, remedy: 'repair', problem: 'Телефон в ремонте.', price: 24990 };

  it('6a: 30 days agreed in writing from Monday 14.09 ended Wednesday 14.10; the refund in its place, 39 days × 249.90 = 9 746.10 ₽', () => {
    const document = built({ ...phone, repairDays: 30, newRemedy: 'refund', dates: { demandReceived: '2026-09-14' } });
    // 15.10–22.11: 17 days of October + 22 of November = 39 days × 1 % × 24 990 (249.90 ₽) = 9 746.10 ₽.
    expect(document.penalty).toMatchObject({ article: '23', since: '2026-10-15', until: '2026-11-22', days: 39, amount: 9746.1 });
    expect(part(document, 'statement')).toContain('Оно подлежало удовлетворению в согласованный сторонами в письменной форме срок — 30 дней (п. 1 ст. 20 Закона: не более сорока пяти дней).');
    expect(part(document, 'statement')).toContain('Срок истёк 14.10.2026.');
    expect(part(document, 'demand')).toBe(
      sum(
        'В связи с нарушением срока устранения недостатков товара на основании абз. 2 п. 1 ст. 23 и п. 1 ст. 18 Закона отказываюсь от исполнения договора купли-продажи и прошу ' +
          'вернуть уплаченную за товар сумму (24 990 ₽) в течение десяти дней со дня предъявления требования (ст. 22 Закона), а также выплатить неустойку за нарушение срока ' +
          'устранения недостатков товара за период с 15.10.2026 по 22.11.2026 (39 дн.) в размере 9 746,10 ₽ (п. 1 ст. 23 Закона).',
      ),
    );
  });

  it('6b: no written term: 45 days from Tuesday 15.09 ended Friday 30.10 (the outer limit); 23 days × 249.90 = 5 747.70 ₽', () => {
    const document = built({ ...phone, dates: { demandReceived: '2026-09-15' } });
    expect(document.deadlines[0]).toMatchObject({ article: '20', date: '2026-10-30', outerLimit: true });
    // 31.10–22.11 = 1 + 22 = 23 days × 249.90 ₽ = 5 747.70 ₽.
    expect(document.penalty).toMatchObject({ since: '2026-10-31', days: 23, amount: 5747.7 });
    expect(part(document, 'statement')).toContain('Соглашения о сроке устранения недостатков в письменной форме не заключалось: недостатки подлежали устранению незамедлительно');
    expect(part(document, 'statement')).toContain('Срок истёк 30.10.2026.');
    expect(part(document, 'demand')).toContain(sum('Прошу незамедлительно безвозмездно устранить недостатки товара и выплатить неустойку в размере 5 747,70 ₽ на 22.11.2026'));
  });

  it('6c: a replacement demanded 02.11, seven days to Monday 09.11; 13 days × 129.90 = 1 688.70 ₽', () => {
    const document = built({ ...late, remedy: 'replace' });
    expect(document.deadlines[0]).toMatchObject({ article: '21', date: '2026-11-09' });
    // 10.11–22.11 = 13 days × 1 % × 12 990 = 1 688.70 ₽.
    expect(document.penalty).toMatchObject({ since: '2026-11-10', days: 13, amount: 1688.7 });
    expect(part(document, 'statement')).toContain('Согласно п. 1 ст. 21 Закона РФ от 07.02.1992 № 2300-1 «О защите прав потребителей» оно подлежало удовлетворению в течение 7 дней.');
    expect(part(document, 'demand')).toContain(sum('неустойку в размере 1 688,70 ₽ на 22.11.2026'));
  });

  it('6d: no goods to replace with, as the seller said: a month from Friday 02.10 to Monday 02.11; 20 days × 129.90 = 2 598 ₽', () => {
    const document = built({ ...late, remedy: 'replace', replacement: 'out-of-stock', dates: { demandReceived: '2026-10-02' } });
    expect(document.deadlines[0]).toMatchObject({ article: '21', term: { months: 1 }, date: '2026-11-02' });
    // 03.11–22.11 = 20 days × 129.90 ₽ = 2 598 ₽.
    expect(document.penalty).toMatchObject({ since: '2026-11-03', days: 20, amount: 2598 });
    expect(part(document, 'statement')).toContain('оно подлежало удовлетворению в течение одного месяца, поскольку продавец сообщил об отсутствии у него товара для замены.');
    expect(part(document, 'demand')).toContain(sum('неустойку в размере 2 598 ₽ на 22.11.2026'));
  });

  it('6e: 45 days agreed from Tuesday 01.09 ended Friday 16.10; from day 46, 37 days × 249.90 = 9 246.30 ₽ (the review’s figure)', () => {
    const document = built({ ...phone, repairDays: 45, dates: { demandReceived: '2026-09-01' } });
    // 01.09 + 45: 29 days to 30.09, 16 more to 16.10. 17.10–22.11 = 15 + 22 = 37 days.
    expect(document.penalty).toMatchObject({ since: '2026-10-17', days: 37, amount: 9246.3 });
    expect(part(document, 'statement')).toContain('Оно подлежало удовлетворению в согласованный сторонами в письменной форме срок — 45 дней');
    expect(part(document, 'statement')).toContain('Срок истёк 16.10.2026.');
    expect(part(document, 'demand')).toBe(
      sum(
        'Прошу незамедлительно безвозмездно устранить недостатки товара и выплатить неустойку в размере 9 246,30 ₽ на 22.11.2026, ' +
          'а также за каждый последующий день просрочки до дня удовлетворения требования (п. 1 ст. 20, п. 1 ст. 23 Закона).',
      ),
    );
  });

  it('6f: a defect claim never grants the seller twenty days to replace: seven, from 10.11 to Tuesday 17.11', () => {
    const input: EscalationInput = { ...shopper, situation: 'defect', problem: 'Трещина корпуса.', warrantyMonths: 12, remedy: 'replace', replacement: 'extra-check', dates: { delivered: '2026-11-01', demandReceived: '2026-11-10' } };
    const document = built(input);
    expect(document.deadlines.find((d) => d.id === 'remedy')).toMatchObject({ article: '21', term: { days: 7 }, date: '2026-11-17' });
    expect(part(document, 'demand')).toContain('в течение семи дней со дня предъявления требования (п. 1 ст. 21 Закона)');
    expect(documentText(document)).not.toMatch(/двадцати дней|в течение месяца/);
    // Late from 18.11: on 22.11, 5 days × 1 % × 12 990 = 649.50 ₽ (twenty days would have put it off to 01.12).
    expect(document.penalty).toMatchObject({ since: '2026-11-18', days: 5, amount: 649.5 });
  });
});

describe('7. a wrong item, an incomplete order (ГК ст. 466, 468, 480; art. 23.1)', () => {
  // A kettle ordered and prepaid, promised for 10.11; an iron delivered 09.11.
  const wrong: EscalationInput = { ...shopper, situation: 'wrong-item', mismatch: 'утюг паровой', prepaid: true, remedy: 'refund', dates: { delivered: '2026-11-09', promised: '2026-11-10', demandReceived: '2026-11-12' } };
  const ordered = '«Чайник электрический 1,7 л, стекло», артикул 555000111';

  it('7a: the prepayment of 12 990 ₽ back in ten days of 12.11 (→ Monday 23.11), and 0.5 % from 11.11: 12 days = 779.40 ₽', () => {
    const document = built(wrong);
    expect(document.deadlines.find((d) => d.id === 'prepayment-refund')).toMatchObject({ article: '23.1', date: '2026-11-23' });
    // 11.11–22.11 = 12 days × 0.5 % × 12 990 (64.95 ₽) = 779.40 ₽.
    expect(document.penalty).toMatchObject({ article: '23.1', since: '2026-11-11', days: 12, amount: 779.4 });
    expect(part(document, 'statement')).toContain(`вместо заказанного товара ${ordered}, передан другой товар — утюг паровой`);
    expect(part(document, 'demand')).toContain(
      sum('Отказываюсь от переданного товара и прошу вернуть сумму предварительной оплаты 12 990 ₽ в течение десяти дней со дня предъявления настоящего требования (пп. 2, 4 ст. 23.1 Закона; п. 1 ст. 468 ГК РФ) и выплатить неустойку в размере 779,40 ₽ на 22.11.2026, а также по 0,5 % суммы предварительной оплаты за каждый последующий день до дня возврата предварительной оплаты'),
    );
    expect(documentText(document)).not.toMatch(/этой же марки|гарантийн|проверки качества/);
  });

  it('7b: a set of pans without a lid: the refund of 12 990 ₽ in ten days of 12.11 (→ 23.11); on 25.11, 2 days × 129.90 = 259.80 ₽', () => {
    const incomplete: EscalationInput = { ...wrong, situation: 'incomplete', mismatch: 'крышка от большой кастрюли', prepaid: undefined };
    const document = built({ ...incomplete, today: '2026-11-25' });
    expect(document.deadlines.find((d) => d.id === 'remedy')).toMatchObject({ article: '22', date: '2026-11-23' });
    // 24.11–25.11 = 2 days × 1 % × 12 990 = 259.80 ₽.
    expect(document.penalty).toMatchObject({ article: '23', since: '2026-11-24', days: 2, amount: 259.8 });
    expect(part(document, 'statement')).toContain('недостаёт — крышка от большой кастрюли');
    expect(part(document, 'demand')).toContain(
      sum('Отказываюсь от исполнения договора купли-продажи и прошу вернуть уплаченную за товар сумму (12 990 ₽) в течение десяти дней со дня предъявления требования (п. 1 ст. 18, ст. 22 Закона; п. 1 ст. 466 ГК РФ).'),
    );
  });

  it('7c: (once «not delivered») the goods ordered by 01.12, the iron delivered: 6 490 ₽ promised 12.11, 10 days × 32.45 = 324.50 ₽', () => {
    const document = built({ ...wrong, remedy: 'deliver', price: 6490, dates: { delivered: '2026-11-11', promised: '2026-11-12', newDelivery: '2026-12-01' } });
    // 13.11–22.11 = 10 days × 0.5 % × 6 490 (32.45 ₽) = 324.50 ₽.
    expect(document.penalty).toMatchObject({ article: '23.1', since: '2026-11-13', days: 10, amount: 324.5 });
    expect(part(document, 'facts')).toContain('11.11.2026 вместо заказанного товара получен другой товар.');
    expect(part(document, 'demand')).toBe(
      sum(
        `Отказываюсь от принятия переданного товара и прошу передать заказанный товар — ${ordered} — в установленный мною новый срок, не позднее 01.12.2026 ` +
          '(п. 2 ст. 23.1 Закона; ст. 468 ГК РФ) и выплатить неустойку в размере 324,50 ₽ на 22.11.2026, а также по 0,5 % суммы предварительной оплаты ' +
          'за каждый последующий день до дня передачи заказанного товара, но не более суммы предварительной оплаты (абз. 2 п. 3 ст. 23.1 Закона).',
      ),
    );
  });
});

describe('8–9. the complaint about a defect; Wildberries; Ozon as the seller', () => {
  const defect: EscalationInput = { ...shopper, situation: 'defect', problem: 'Чайник перестал включаться.', remedy: 'refund', warrantyMonths: 12, dates: { delivered: '2026-10-01', demandReceived: '2026-11-16' } };

  it('8a: 7 490 ₽ demanded in a claim of 14.11 received Monday 16.11, due Thursday 26.11; on 30.11 art. 22 is broken', () => {
    const document = built({ ...defect, kind: 'complaint', price: 7490, events: [claimOn('2026-11-14')], today: '2026-11-30' });
    expect(document.deadlines.find((d) => d.id === 'remedy')).toMatchObject({ article: '22', date: '2026-11-26', passed: true });
    // 27.11–30.11 = 4 days × 1 % × 7 490 = 299.60 ₽ (the complaint names the breach, not the sum).
    expect(document.penalty).toMatchObject({ since: '2026-11-27', days: 4, amount: 299.6 });
    const statement = part(document, 'statement');
    expect(statement).toContain('14.11.2026 продавцу направлена претензия; ответа на неё не получено.');
    expect(statement).toContain(sum('В претензии я потребовала вернуть уплаченную за товар сумму 7 490 ₽.'));
    expect(statement).toContain('Срок, установленный ст. 22 Закона (10 дней со дня предъявления требования), истёк 26.11.2026; требование не удовлетворено. Тем самым нарушены обязательные требования ст. 22 Закона.');
  });

  it('9a: Wildberries: the seller alone is addressed (no Ozon copy line), the 12 990 ₽ due by Thursday 26.11', () => {
    const url = 'https://www.wildberries.ru/lk/myorders/archive';
    const inquiry = orderInquiry({ marketplace: 'wildberries', pageUrl: url, context: { marketplace: 'wildberries', kind: 'order', url, sources: {} } });
    const document = built({ ...defect, inquiry });
    expect(part(document, 'to')).toBe('Кому: ООО «Тёплый день», ИНН 7701234560, ОГРН 1027700123450, адрес: 101000, г. Москва, ул. Садовая, д. 5 (продавец)');
    expect(part(document, 'facts')).toContain(sum('Мною на маркетплейсе Wildberries оформлен заказ № 46206571-0591 от 17.09.2026 на товар «Чайник электрический 1,7 л, стекло», артикул 555000111, стоимостью 12 990 ₽.'));
    expect(document.deadlines.find((d) => d.id === 'remedy')).toMatchObject({ article: '22', date: '2026-11-26' });
    // A prepayment demand on Wildberries asks whose aggregator took it: the core knows only Ozon's.
    const prepaid: EscalationInput = { ...shopper, inquiry, situation: 'not-delivered', remedy: 'refund', prepaymentTo: 'aggregator', price: undefined, prepayment: 4000, dates: { promised: '2026-11-01', withdrawn: '2026-11-05' } };
    expect(buildDocument(prepaid)).toMatchObject({ ok: false, asked: ['aggregator'] });
  });

  it('9b: Ozon itself sold it: ООО «Интернет Решения» is named once, as the seller; 12 990 ₽ due 26.11', () => {
    const document = built({ ...defect, seller: {}, sellerIsOperator: true });
    expect(part(document, 'to')).toBe('Кому: ООО «Интернет Решения», ИНН 7704217370, ОГРН 1027739244741, адрес: 123112, г. Москва, Пресненская набережная, д. 10 (продавец)');
    expect(document.deadlines.find((d) => d.id === 'remedy')).toMatchObject({ article: '22', date: '2026-11-26' });
    expect(part(document, 'demand')).toContain(sum('(12 990 ₽)'));
  });
});

describe('the review’s probes', () => {
  it('January 2027: a refund demand received 25.12.2026 ends not before Monday 11.01.2027; the penalty per day (100 ₽), no total', () => {
    // 25.12 + 10 = 04.01.2027, a Labour Code holiday (ТК ст. 112: 1–8 January); 9–10 January a weekend → 11.01.
    const document = built({ ...late, price: 10000, dates: { demandReceived: '2026-12-25' }, today: '2027-01-20' });
    expect(document.deadlines[0]).toMatchObject({ article: '22', nominal: '2027-01-04', date: '2027-01-11', approximate: true });
    // From 12.01 to 20.01 = 9 days × 1 % × 10 000 = 900 ₽ — an estimate, never printed; the review's «about 9 days, 900 ₽».
    expect(document.penalty).toMatchObject({ since: '2027-01-12', days: 9, amount: 900, approximate: true });
    const text = documentText(document);
    expect(part(document, 'statement')).toContain('Последний день срока — не ранее 11.01.2027 (с учётом нерабочих праздничных дней, ст. 193 ГК РФ');
    expect(part(document, 'demand')).toContain(sum('выплатить неустойку в размере 1 % цены товара (100 ₽) за каждый день просрочки со дня, следующего за последним днём срока'));
    expect(text).not.toMatch(/Срок истёк|05\.01\.2027/);
    for (const total of ['900 ₽', '1 600 ₽']) expect(text).not.toContain(sum(total));
    // A return window from a delivery on 27.12.2026: 7 days → 03.01.2027, a holiday → not before 11.01.2027.
    const window = built({ ...shopper, situation: 'return', termsInWriting: 'yes', dates: { delivered: '2026-12-27' }, today: '2026-12-28' });
    expect(window.deadlines[0]).toMatchObject({ nominal: '2027-01-03', date: '2027-01-11', approximate: true });
    expect(part(window, 'statement')).toContain('Срок для отказа от товара истекает не ранее 11.01.2027');
  });

  it('a document drawn before the breach: goods promised 25.11 are not late on 22.11; a claim received 12.11 is not unanswered before 24.11', () => {
    const notYet: EscalationInput = { ...shopper, situation: 'not-delivered', remedy: 'refund', price: undefined, prepayment: 4000, dates: { promised: '2026-11-25' } };
    expect(buildDocument(notYet)).toEqual({ ok: false, reason: 'invalid', problems: ['promised-not-passed'] });
    // 8a as the review drew it: the claim received 12.11, its ten days → Sunday 22.11 → Monday 23.11 (ГК ст. 193).
    const complaint: EscalationInput = {
      ...shopper,
      kind: 'complaint',
      situation: 'defect',
      problem: 'Чайник перестал включаться.',
      remedy: 'refund',
      warrantyMonths: 12,
      events: [claimOn('2026-11-10')],
      dates: { delivered: '2026-10-01', demandReceived: '2026-11-12', claimReceived: '2026-11-12' },
    };
    for (const today of ['2026-11-22', '2026-11-23']) expect(buildDocument({ ...complaint, today })).toEqual({ ok: false, reason: 'invalid', problems: ['answer-not-due'] });
    const drawn = part(built({ ...complaint, today: '2026-11-24' }), 'statement');
    expect(drawn).toContain('10.11.2026 продавцу направлена претензия, получена им 12.11.2026; ответа на неё не получено.');
    expect(drawn).toContain(sum('истёк 23.11.2026; требование не удовлетворено.'));
    // An answer that refused is a ground at once: the complaint may say so before the ten days.
    const refused = { ...complaint, events: [...complaint.events, { id: 'r', inquiryId: 'i1', type: 'reply' as const, at: msk('2026-11-15'), detail: 'Отказ.' }] };
    expect(part(built({ ...refused, today: '2026-11-22' }), 'statement')).toContain('полученный ответ требований не удовлетворяет');
  });

  it('the form’s remedy: every remedy a situation offers comes out as chosen; a refund past fifteen days asks a ground, never a repair', () => {
    const inquiry = orderInquiry({ topic: 'defect' });
    const evidence = { inquiry, events: [], files: [], profile: shopper.profile, corrections: {}, today: '2026-11-22' };
    const form = (change: Partial<Form>): Form => ({ ...initialForm(inquiry), seller: shopper.seller, problem: 'Не включается.', price: '24990', warranty: '12', paymentMethod: 'card', ...change });
    for (const [situation, offered] of Object.entries(REMEDIES) as [Situation, (typeof REMEDIES)[Situation]][]) {
      for (const [remedy] of offered) expect(inputOf(form({ situation, lateBasis: 'defect', remedy }), evidence).remedy, `${situation} ${remedy}`).toBe(remedy);
    }
    // 3b through the form: delivered 01.10, demanded on day 40 — the refund chosen stays a refund, the ground is asked.
    const day40 = form({ situation: 'defect', technicallyComplex: true, remedy: 'refund', dates: { delivered: '2026-10-01', demandMade: '2026-11-10', demandReceived: '2026-11-10' } });
    expect(inputOf(day40, evidence).remedy).toBe('refund');
    expect(buildDocument(inputOf(day40, evidence))).toMatchObject({ ok: false, asked: ['complex-ground'] });
  });
});
