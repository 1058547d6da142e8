/**
 * The claims checked point by point against Law 2300-1 and the Civil Code (issue 15), on fixed dates:
 * the aggregator's prepayment demand, the closed return window, the complex goods' grounds, art. 21's
 * three terms and art. 20's wording with their penalties, the quality check and the other parts a lawyer
 * expects, the warranty cases, Ozon as the seller, the complaint's wording, receipt-based dates, the
 * card kept as evidence.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../utils/calendar';
import { answerDue, deadlinesFor, penaltyFor, remedyTerm, termText, warrantyCase, type DeadlineInput } from '../../utils/escalation/deadlines';
import {
  buildDocument,
  demandReceivedHint,
  documentText,
  remediesFor,
  type EscalationInput,
  type LegalDocument,
} from '../../utils/escalation/documents';
import { ARTICLES, COMPLEX_GOODS_LIST, FILING, PLATFORM_LAW_289 } from '../../utils/escalation/law';
import type { Inquiry, InquiryEvent } from '../../utils/inquiries/model';
import { built, msk, orderInquiry } from '../support/escalation';

const NBSP = '\u00a0';

const inquiry: Inquiry = orderInquiry({
  title: 'Пылесос беспроводной',
  createdAt: msk('2026-09-20'),
  updatedAt: msk('2026-09-25'),
  firstSentAt: msk('2026-09-21'),
  firstSentChannel: 'ozon-support-chat',
});

const sent: InquiryEvent = { id: 'e1', inquiryId: 'i1', type: 'sent', at: msk('2026-09-21'), detail: 'ozon-support-chat' };

const base: EscalationInput = {
  kind: 'claim',
  situation: 'return',
  termsInWriting: 'yes',
  inquiry,
  events: [sent],
  attachments: [],
  profile: { name: 'Иванова Анна Сергеевна', phone: '+7 900 000-00-00', address: '101000, г. Москва, ул. Лесная, д. 1, кв. 2' },
  // Our own sample numbers, with the control digits the algorithm gives.
  seller: { name: 'ООО «Тёплый день»', ids: 'ИНН 7701234560, ОГРН 1027700123450', address: '101000, г. Москва, ул. Садовая, д. 5' },
  dates: { delivered: '2026-10-01' },
  price: 12990,
  payment: { method: 'card' },
  today: '2026-11-22',
};

const part = (document: LegalDocument, id: string) => document.parts.find((p) => p.id === id)?.text ?? '';
const noteIds = (document: LegalDocument) => document.notes.map((n) => n.id);

describe('1. prepaid goods not delivered: the aggregator’s owner refunds (art. 12(2.4))', () => {
  const input: EscalationInput = {
    ...base,
    situation: 'not-delivered',
    remedy: 'refund',
    prepaymentTo: 'aggregator',
    price: undefined,
    prepayment: 4000,
    dates: { promised: '2026-10-01', withdrawn: '2026-10-05', demandReceived: '2026-11-23' },
  };

  it('addresses Internet Resheniya, cites art. 12(2.4) with its ten calendar days, and attaches the withdrawal notice', () => {
    const document = built(input);
    const text = documentText(document);
    expect(part(document, 'to')).toBe(
      'Кому: ООО «Интернет Решения», ИНН 7704217370, ОГРН 1027739244741, адрес: 123112, г. Москва, Пресненская набережная, д. 10 ' +
        '(владелец агрегатора, получивший предварительную оплату)\n' +
        'Копия: ООО «Тёплый день», ИНН 7701234560, ОГРН 1027700123450, адрес: 101000, г. Москва, ул. Садовая, д. 5 (продавец)',
    );
    expect(part(document, 'title')).toBe(
      'ТРЕБОВАНИЕ\nо возврате суммы предварительной оплаты товара (п. 2.4 ст. 12 Закона РФ от 07.02.1992 № 2300-1 «О защите прав потребителей»)',
    );
    expect(text).toContain('05.10.2026 продавец — ООО «Тёплый день», ИНН 7701234560, ОГРН 1027700123450 — уведомлён мною об отказе от исполнения договора');
    expect(part(document, 'demand')).toBe(
      `Прошу возвратить сумму предварительной оплаты 4${NBSP}000${NBSP}₽ в течение десяти календарных дней со дня предъявления настоящего требования (п. 2.4 ст. 12 Закона).` +
        // m13: the seller's copy carries the notice of withdrawal again.
        ' Продавцу, получающему копию настоящего требования, настоящим повторно сообщаю об отказе от исполнения договора купли-продажи в связи с нарушением срока передачи предварительно оплаченного товара (п. 2 ст. 23.1 Закона).',
    );
    // The receipt that names the aggregator's owner as paid, and the withdrawal (M8).
    expect(text).toContain('1. Копия кассового (электронного) чека, подтверждающего получение оплаты владельцем агрегатора.');
    expect(text).toContain('2. Копия уведомления продавцу об отказе от исполнения договора от 05.10.2026.');
    expect(text).toContain('Денежные средства прошу перечислить на банковскую карту');
    // The penalty is the seller's to pay, not the aggregator's: it is not demanded of it.
    expect(part(document, 'demand')).not.toContain('неустойк');
    expect(part(document, 'consequences')).toContain('Неустойку за нарушение срока передачи предварительно оплаченного товара (п. 3 ст. 23.1 Закона) я вправе требовать от продавца.');
    // Ten calendar days from the aggregator's receipt: 23 November + 10 = 3 December.
    expect(document.deadlines.find((d) => d.id === 'prepayment-refund')).toMatchObject({ article: '12', from: '2026-11-23', date: '2026-12-03' });
    expect(ARTICLES['12'].source).toEqual({ ru: 'п. 2.4 ст. 12 Закона о защите прав потребителей', en: 'Law 2300-1, art. 12(2.4)' });
  });

  it('asks for the withdrawal date, and for the aggregator on a marketplace whose operator it does not know', () => {
    expect(buildDocument({ ...input, dates: { promised: '2026-10-01' } })).toEqual({ ok: false, reason: 'missing', missing: [], asked: ['date-withdrawn'] });
    const wb = { ...input, inquiry: { ...inquiry, marketplace: 'wildberries' as const } };
    expect(buildDocument(wb)).toMatchObject({ asked: ['aggregator'] });
    const named = built({ ...wb, aggregator: { name: 'ООО «Вайлдберриз»', ids: 'ИНН 7721546864', address: '142181, Московская обл., д. Коледино' } });
    expect(part(named, 'to')).toContain('Кому: ООО «Вайлдберриз», ИНН 7721546864, адрес: 142181, Московская обл., д. Коледино (владелец агрегатора');
    expect(buildDocument({ ...wb, aggregator: { name: 'ООО «Вайлдберриз»', ids: 'ИНН 7721546865', address: 'Коледино' } })).toEqual({
      ok: false,
      reason: 'invalid',
      problems: ['aggregator-ids-invalid'],
    });
  });

  it('keeps the seller’s claim with Ozon in copy when the seller took the prepayment', () => {
    const document = built({ ...input, prepaymentTo: 'seller' });
    expect(part(document, 'to')).toMatch(/^Кому: ООО «Тёплый день».*\(продавец\)\nКопия: ООО «Интернет Решения», владелец агрегатора/);
    expect(part(document, 'title')).toMatch(/^ПРЕТЕНЗИЯ/);
  });
});

describe('2. a return: how the buyer withdrew, only as they said', () => {
  it('names the way of withdrawal given, and none where none was given', () => {
    const given = documentText(built({ ...base, dates: { delivered: '2026-10-01', withdrawn: '2026-10-05' }, withdrawalVia: 'chat' }));
    expect(given).toContain('заявлен мною 05.10.2026 (сообщение в чате маркетплейса), то есть в установленный срок');
    const unsaid = documentText(built({ ...base, dates: { delivered: '2026-10-01', withdrawn: '2026-10-05' } }));
    expect(unsaid).toContain('заявлен мною 05.10.2026, то есть в установленный срок');
    expect(unsaid).not.toContain('заявка на возврат на маркетплейсе');
  });
});

describe('C3. the return terms in writing: asked, never presumed against the buyer (art. 26.1(4))', () => {
  const { termsInWriting: _presumed, ...unanswered } = base;

  it('asks the question before drawing a return claim, and works out no window until it is answered', () => {
    expect(buildDocument(unanswered)).toEqual({ ok: false, reason: 'missing', missing: [], asked: ['terms-in-writing'] });
    expect(deadlinesFor(unanswered).find((d) => d.id === 'return-window')).toBeUndefined();
  });

  it('4c: «нет» gives three months and the claim states the fact it rests on', () => {
    // Delivered 01.10.2026: three months end on 01.01.2027, a holiday (ТК ст. 112) — moved, at the earliest to 11.01.2027.
    const document = built({ ...base, termsInWriting: 'no' });
    expect(document.deadlines[0]).toMatchObject({ id: 'return-window', nominal: '2027-01-01', passed: false, approximate: true });
    expect(part(document, 'statement')).toContain(
      'Информация о порядке и сроках возврата товара надлежащего качества в письменной форме в момент доставки мне не предоставлена; ' +
        'срок для отказа от товара — три месяца с момента передачи товара (п. 4 ст. 26.1 Закона).',
    );
    expect(noteIds(document)).not.toContain('return-window-closed');
  });

  it('«не помню» gives three months too, with the same sentence', () => {
    const document = built({ ...base, termsInWriting: 'unsure' });
    expect(document.deadlines[0]).toMatchObject({ id: 'return-window', term: { months: 3 } });
    expect(part(document, 'statement')).toContain('в момент доставки мне не предоставлена');
  });

  it('4d: «да» gives seven days, closed on 08.10.2026; the warning names the three months', () => {
    const document = built(base);
    expect(document.deadlines[0]).toMatchObject({ id: 'return-window', date: '2026-10-08', passed: true });
    expect(part(document, 'statement')).not.toContain('мне не предоставлена');
    expect(document.notes.find((n) => n.id === 'return-window-closed')!.ru).toContain('срок — три месяца с момента передачи');
  });
});

describe('2. a return after its window closed', () => {
  it('does not print a closed window as if open, and warns', () => {
    // Delivered 1 October: seven days end on Thursday 8 October; the claim is dated 22 November.
    const document = built(base);
    const text = documentText(document);
    expect(document.deadlines[0]).toMatchObject({ id: 'return-window', date: '2026-10-08', passed: true });
    expect(text).not.toContain('08.10.2026');
    expect(noteIds(document)).toContain('return-window-closed');
    expect(document.notes.find((n) => n.id === 'return-window-closed')).toMatchObject({ level: 'warning', source: { ru: 'п. 4 ст. 26.1 Закона о защите прав потребителей', en: 'Law 2300-1, art. 26.1(4)' } });
    expect(document.notes.find((n) => n.id === 'return-window-closed')!.ru).toContain('Срок для отказа от товара истёк 08.10.2026');
  });

  it('uses the date the buyer withdrew in time (a return request, a chat message)', () => {
    const document = built({ ...base, dates: { delivered: '2026-10-01', withdrawn: '2026-10-05' }, withdrawalVia: 'chat' });
    const text = documentText(document);
    expect(text).toContain(
      'Срок для отказа от товара истекал 08.10.2026; отказ от товара заявлен мною 05.10.2026 (сообщение в чате маркетплейса), то есть в установленный срок.',
    );
    expect(text).toContain('подтверждаю отказ от товара, заявленный 05.10.2026');
    expect(noteIds(document)).not.toContain('return-window-closed');
    // Withdrawn too late: still warned.
    expect(noteIds(built({ ...base, dates: { delivered: '2026-10-01', withdrawn: '2026-10-20' } }))).toContain('return-window-closed');
  });

  it('still gives an open window’s last day', () => {
    expect(documentText(built({ ...base, dates: { delivered: '2026-11-20' } }))).toContain('Срок для отказа от товара истекает 27.11.2026.');
  });
});

describe('3. technically complex goods after fifteen days (art. 18(1), Decree 924)', () => {
  // The defect declared to the seller on 20 November, seven weeks after delivery: past the fifteen days.
  const complex: EscalationInput = {
    ...base,
    situation: 'defect',
    problem: 'Не заряжается.',
    technicallyComplex: true,
    warrantyMonths: 12,
    remedy: 'refund',
    dates: { ...base.dates, demandReceived: '2026-11-20' },
  };

  it('asks for the ground of a refund or replacement, and offers only a repair or a price reduction without one', () => {
    expect(buildDocument(complex)).toEqual({ ok: false, reason: 'missing', missing: [], asked: ['complex-ground'] });
    expect(buildDocument({ ...complex, remedy: 'replace' })).toMatchObject({ asked: ['complex-ground'] });
    expect(remediesFor(complex)).toEqual(['repair', 'repair-costs', 'discount']);
    expect(remediesFor({ ...complex, complexGround: 'substantial-defect' })).toEqual(['refund', 'replace', 'replace-other', 'repair', 'repair-costs', 'discount']);
    // Within fifteen days of delivery, any remedy.
    expect(remediesFor({ ...complex, dates: { delivered: '2026-11-15', demandReceived: '2026-11-20' } })).toEqual(['refund', 'replace', 'replace-other', 'repair', 'repair-costs', 'discount']);
    // What counts is the day the demand was made, not the day the claim is drawn: made on the tenth day,
    // a refund stays open though the claim is written weeks later.
    expect(remediesFor({ ...complex, dates: { delivered: '2026-10-01', demandMade: '2026-10-11' }, today: '2026-11-22' })).toEqual(['refund', 'replace', 'replace-other', 'repair', 'repair-costs', 'discount']);
    // Nor the day the seller received it (C1: Civil Code art. 194(2)): posted on day 14, received on day 21.
    const posted = { ...complex, dates: { delivered: '2026-10-01', demandMade: '2026-10-15', demandReceived: '2026-10-22' }, today: '2026-11-22' };
    expect(remediesFor(posted)).toEqual(['refund', 'replace', 'replace-other', 'repair', 'repair-costs', 'discount']);
    expect(buildDocument({ ...posted, payment: { method: 'card' } }).ok).toBe(true);
    // Without the day made, the claim itself is the demand: today's, past the fifteen days.
    expect(remediesFor({ ...posted, dates: { delivered: '2026-10-01', demandReceived: '2026-10-22' } })).toEqual(['repair', 'repair-costs', 'discount']);
    expect(built({ ...complex, remedy: 'repair' }).parts.length).toBeGreaterThan(5);
  });

  it('names the ground given', () => {
    const text = documentText(built({ ...complex, complexGround: 'unusable-30-days' }));
    expect(text).toContain(
      'По истечении пятнадцати дней со дня передачи требование о возврате уплаченной суммы или о замене подлежит удовлетворению в случаях, перечисленных в п. 1 ст. 18 Закона; в данном случае основанием является невозможность использования товара в течение каждого года гарантийного срока в совокупности более чем тридцать дней',
    );
    expect(documentText(built({ ...complex, complexGround: 'substantial-defect' }))).toContain('основанием является обнаружение существенного недостатка товара.');
  });

  it('links the Government’s list instead of a hint', () => {
    const note = built({ ...complex, remedy: 'discount', priceCut: 3000 }).notes.find((n) => n.id === 'complex-goods-list')!;
    expect(note.url).toBe(COMPLEX_GOODS_LIST.url);
    expect(note.ru).toContain('постановлением Правительства РФ от 10.11.2011 № 924');
    expect(note.ru).not.toContain('двигател');
  });
});

describe('4–5. art. 21’s three terms and art. 20’s wording, with their penalties', () => {
  const late: DeadlineInput = { situation: 'demand-late', lateBasis: 'defect', remedy: 'replace', dates: { demandReceived: '2026-11-02' }, price: 10000, today: '2026-12-20' };

  it('replacement: seven days, twenty with an extra quality check, a month without goods to replace with', () => {
    expect(remedyTerm('replace')).toEqual({ article: '21', term: { days: 7 } });
    expect([termText({ days: 7 }), termText({ days: 21 }), termText({ days: 11 }), termText({ months: 1 })]).toEqual(['7 дней', '21 дня', '11 дней', 'одного месяца']);
    // 2 November + 7 = Monday 9 November; the penalty runs from the 10th.
    expect(deadlinesFor(late)[0]).toMatchObject({ date: '2026-11-09' });
    expect(penaltyFor(late)).toMatchObject({ since: '2026-11-10', days: 41, amount: 4100 });
    // + 20 = Sunday 22 November, moved to Monday the 23rd; the penalty from the 24th.
    const check = { ...late, replacement: 'extra-check' as const };
    expect(deadlinesFor(check)[0]).toMatchObject({ nominal: '2026-11-22', date: '2026-11-23', moved: true });
    expect(penaltyFor(check)).toMatchObject({ since: '2026-11-24', days: 27, amount: 2700 });
    // + one month = Wednesday 2 December; the penalty from the 3rd.
    const none = { ...late, replacement: 'out-of-stock' as const };
    expect(deadlinesFor(none)[0]).toMatchObject({ date: '2026-12-02', term: { months: 1 } });
    expect(penaltyFor(none)).toMatchObject({ since: '2026-12-03', days: 18, amount: 1800 });
  });

  it('M3: a defect claim demands a replacement in seven days, whatever the form once offered; a late one states the seller’s reason', () => {
    const defect: EscalationInput = { ...base, situation: 'defect', problem: 'Трещина.', warrantyMonths: 12, remedy: 'replace' };
    expect(part(built(defect), 'demand')).toContain('в течение семи дней со дня предъявления требования (п. 1 ст. 21 Закона)');
    // 6f: the twenty days and the month are the seller's to invoke, never the buyer's to grant.
    for (const replacement of ['extra-check', 'out-of-stock'] as const) {
      const text = documentText(built({ ...defect, replacement }));
      expect(text).toContain('в течение семи дней со дня предъявления требования (п. 1 ст. 21 Закона)');
      expect(text).not.toMatch(/двадцати дней|в течение месяца/);
      expect(deadlinesFor({ ...defect, replacement, dates: { delivered: '2026-11-01', demandReceived: '2026-11-02' } }).find((d) => d.id === 'remedy')).toMatchObject({ date: '2026-11-09' });
    }
    const lateText = documentText(built({ ...base, ...late, kind: 'claim', problem: 'Замена не произведена.', replacement: 'out-of-stock' } as EscalationInput));
    expect(lateText).toContain(
      'Согласно п. 1 ст. 21 Закона РФ от 07.02.1992 № 2300-1 «О защите прав потребителей» оно подлежало удовлетворению в течение одного месяца, поскольку продавец сообщил об отсутствии у него товара для замены.',
    );
    expect(lateText).toContain('Срок истёк 02.12.2026.');
  });

  it('M2: a repair with no written term is due without delay and within 45 days at most; past them, the penalty from day 46', () => {
    const defect: EscalationInput = { ...base, situation: 'defect', problem: 'Не включается.', warrantyMonths: 12, remedy: 'repair', dates: { delivered: '2026-10-01', demandReceived: '2026-11-02' } };
    const document = built(defect);
    expect(part(document, 'demand')).toContain(
      'Прошу безвозмездно устранить недостатки товара незамедлительно, то есть в минимальный срок, объективно необходимый для их устранения (п. 1 ст. 20 Закона); срок устранения недостатков в любом случае не может превышать сорока пяти дней.',
    );
    // 2 November + 45 days = Thursday 17 December, the outer limit.
    expect(document.deadlines.find((d) => d.id === 'remedy')).toMatchObject({ article: '20', date: '2026-12-17', outerLimit: true });
    const agreed = built({ ...defect, repairDays: 30 });
    expect(part(agreed, 'demand')).toContain('в срок, согласованный сторонами в письменной форме, — в течение 30 дней со дня предъявления требования (п. 1 ст. 20 Закона: не более сорока пяти дней)');
    expect(agreed.deadlines.find((d) => d.id === 'remedy')).toMatchObject({ article: '20', date: '2026-12-02' });
    expect(agreed.deadlines.find((d) => d.id === 'remedy')!.outerLimit).toBeUndefined();
    expect(buildDocument({ ...defect, repairDays: 60 })).toEqual({ ok: false, reason: 'invalid', problems: ['repair-days-over-45'] });
    // Late: 45 agreed days from 2 November end on 17 December; the penalty from the 18th.
    expect(penaltyFor({ ...late, remedy: 'repair', repairDays: 45 })).toMatchObject({ since: '2026-12-18', days: 3 });
    expect(ARTICLES['20'].ru).toContain('незамедлительно');
  });

  it('6b: a phone in repair since 01.09.2026 with no written term: the 45 days ended 16.10, 37 days of penalty on 22.11', () => {
    const repair: EscalationInput = {
      ...base,
      situation: 'demand-late',
      lateBasis: 'defect',
      remedy: 'repair',
      problem: 'Телефон в ремонте с 01.09.2026.',
      price: 24990,
      dates: { demandReceived: '2026-09-01' },
      today: '2026-11-22',
    };
    const document = built(repair);
    expect(document.penalty).toMatchObject({ article: '23', since: '2026-10-17', until: '2026-11-22', days: 37, amount: 9246.3 });
    const statement = part(document, 'statement');
    expect(statement).toContain(
      'Соглашения о сроке устранения недостатков в письменной форме не заключалось: недостатки подлежали устранению незамедлительно, и в любом случае срок их устранения не может превышать сорока пяти дней (п. 1 ст. 20 Закона).',
    );
    expect(statement).toContain('Срок истёк 16.10.2026.');
    expect(part(document, 'demand')).toContain('неустойку в размере 9\u00a0246,30\u00a0₽ на 22.11.2026');
  });
});

describe('M1. a repair past its term: another of art. 18’s demands in its place (art. 23(1), para 2)', () => {
  // 6a: the repair demanded on 01.09.2026 with 45 days agreed in writing; the claim drawn on 22.11.2026.
  const repair: EscalationInput = {
    ...base,
    situation: 'demand-late',
    lateBasis: 'defect',
    remedy: 'repair',
    repairDays: 45,
    problem: 'Телефон в ремонте с 01.09.2026.',
    price: 24990,
    dates: { demandReceived: '2026-09-01' },
    today: '2026-11-22',
  };

  it('restates the earlier demand truly and states the agreed term as agreed', () => {
    const statement = part(built({ ...repair, newRemedy: 'refund' }), 'statement');
    expect(statement).toContain('01.09.2026 продавцом получено требование безвозмездно устранить недостатки товара (ст. 18 Закона).');
    expect(statement).toContain('Оно подлежало удовлетворению в согласованный сторонами в письменной форме срок — 45 дней (п. 1 ст. 20 Закона: не более сорока пяти дней).');
    expect(statement).not.toContain('требование вернуть уплаченную');
  });

  it('withdraws and asks the money back in ten days, with the penalty for the repair’s delay from day 46 to the claim', () => {
    const document = built({ ...repair, newRemedy: 'refund' });
    expect(part(document, 'demand')).toBe(
      'В связи с нарушением срока устранения недостатков товара на основании абз. 2 п. 1 ст. 23 и п. 1 ст. 18 Закона отказываюсь от исполнения договора купли-продажи и прошу ' +
        'вернуть уплаченную за товар сумму (24\u00a0990\u00a0₽) в течение десяти дней со дня предъявления требования (ст. 22 Закона), а также выплатить неустойку за нарушение срока ' +
        'устранения недостатков товара за период с 17.10.2026 по 22.11.2026 (37 дн.) в размере 9\u00a0246,30\u00a0₽ (п. 1 ст. 23 Закона).',
    );
    // A replacement in its place: seven days, no withdrawal.
    expect(part(built({ ...repair, newRemedy: 'replace' }), 'demand')).toMatch(/^В связи с нарушением срока устранения недостатков товара на основании абз\. 2 п\. 1 ст\. 23 и п\. 1 ст\. 18 Закона прошу заменить товар/);
    // The same demand again is a restatement, as before.
    expect(part(built({ ...repair, newRemedy: 'repair' }), 'demand')).toMatch(/^Прошу незамедлительно безвозмездно устранить недостатки товара и выплатить неустойку/);
  });

  it('a money demand asks where to pay', () => {
    const { payment: _p, ...unpaid } = repair;
    expect(buildDocument({ ...unpaid, newRemedy: 'refund' })).toMatchObject({ ok: false, asked: ['payment'] });
  });
});

describe('6. what follows a refusal: only what the law gives for each case', () => {
  it('threatens no penalty for a return (art. 23 covers arts. 20–22), and says what the regulator does', () => {
    const ret = part(built({ ...base, dates: { delivered: '2026-11-20' } }), 'consequences');
    expect(ret).not.toContain('неустойк');
    expect(ret).toContain('компенсации морального вреда (ст. 15 Закона)');
    expect(ret).toContain('(п. 6 ст. 13 Закона)');
    expect(ret).toContain('Роспотребнадзор, осуществляющий государственный контроль (надзор) за соблюдением обязательных требований в области защиты прав потребителей (ст. 40 Закона)');
    expect(ret).not.toMatch(/Роспотребнадзор[^.]*взыска/);
    const defect = part(built({ ...base, situation: 'defect', problem: 'Трещина.', warrantyMonths: 12, remedy: 'refund', dates: { delivered: '2026-11-20' } }), 'consequences');
    expect(defect).toContain('взыскании неустойки (п. 1 ст. 23 Закона)');
    const late = part(built({ ...base, situation: 'not-delivered', remedy: 'refund', price: undefined, prepayment: 4000, dates: { promised: '2026-10-01' } }), 'consequences');
    // The prepayment itself is claimed too, not only the penalty on it.
    expect(late).toContain('взыскании суммы предварительной оплаты товара (4\u00a0000\u00a0₽), неустойки (п. 3 ст. 23.1 Закона), убытков');
  });
});

describe('7. the warranty cases (arts. 18(6), 19)', () => {
  const defect: EscalationInput = { ...base, situation: 'defect', problem: 'Не включается.', remedy: 'refund', dates: { delivered: '2026-06-01' } };

  it('asks for the warranty', () => {
    expect(buildDocument(defect)).toEqual({ ok: false, reason: 'missing', missing: [], asked: ['warranty'] });
  });

  it('within the warranty the seller proves the buyer caused the defect', () => {
    expect(warrantyCase('2026-06-01', 12, '2026-11-22')).toEqual({ case: 'within-warranty', warrantyEnds: '2027-06-01', twoYearsEnd: '2028-06-01' });
    expect(part(built({ ...defect, warrantyMonths: 12 }), 'statement')).toContain(
      'Недостаток обнаружен в течение гарантийного срока (12 мес. со дня передачи товара, до 01.06.2027), поэтому продавец отвечает за него, если не докажет, что он возник после передачи товара',
    );
  });

  it('counts the warranty to the day the defect was declared, not the day the claim is drawn', () => {
    // Declared to the seller on 20 August, inside a three-month warranty; the claim drawn in November.
    const declaredInTime = { ...defect, warrantyMonths: 3, dates: { delivered: '2026-06-01', demandMade: '2026-08-20' }, today: '2026-11-22' };
    expect(part(built(declaredInTime), 'statement')).toContain('Недостаток обнаружен в течение гарантийного срока (3 мес.');
    // C1: posted on the warranty's last day, received after it — still within the warranty (Civil Code art. 194(2)).
    const lastDay = { ...defect, warrantyMonths: 3, dates: { delivered: '2026-06-01', demandMade: '2026-09-01', demandReceived: '2026-09-08' }, today: '2026-11-22' };
    expect(part(built(lastDay), 'statement')).toContain('Недостаток обнаружен в течение гарантийного срока (3 мес. со дня передачи товара, до 01.09.2026)');
    expect(noteIds(built({ ...lastDay, warrantyMonths: 24, dates: { delivered: '2024-09-01', demandMade: '2026-09-01', demandReceived: '2026-09-08' } }))).not.toContain('warranty-too-late');
  });

  it('withdraws from the contract when it demands the price back for a defect (п. 1 ст. 18)', () => {
    expect(part(built({ ...defect, warrantyMonths: 12 }), 'demand')).toMatch(/^Отказываюсь от исполнения договора купли-продажи и прошу вернуть уплаченную за товар сумму/);
    expect(part(built({ ...defect, warrantyMonths: 12, remedy: 'repair' }), 'demand')).toMatch(/^Прошу безвозмездно устранить/);
  });

  it('after a shorter warranty, within two years, the buyer proves the defect predates delivery', () => {
    expect(warrantyCase('2026-06-01', 3, '2026-11-22')).toMatchObject({ case: 'after-warranty', warrantyEnds: '2026-09-01' });
    const text = part(built({ ...defect, warrantyMonths: 3 }), 'statement');
    expect(text).toContain('Гарантийный срок (3 мес.) истёк 01.09.2026, однако недостаток обнаружен в пределах двух лет со дня передачи товара');
    expect(text).toContain('(п. 5 ст. 19 Закона)');
  });

  it('without a warranty, within two years, the same; past both, a warning', () => {
    expect(part(built({ ...defect, warrantyMonths: 0 }), 'statement')).toContain('Гарантийный срок на товар не установлен; недостаток обнаружен в разумный срок, в пределах двух лет со дня передачи товара (п. 1 ст. 19 Закона)');
    const old = built({ ...defect, warrantyMonths: 12, dates: { delivered: '2024-01-10' } });
    expect(noteIds(old)).toContain('warranty-too-late');
    // Art. 19(6) stays: a substantial defect, to the manufacturer, within the service life (M9).
    const late = old.notes.find((n) => n.id === 'warranty-too-late')!.ru;
    expect(late).toContain('требования к продавцу по ст. 18 Закона предъявить уже нельзя');
    expect(late).toContain('к изготовителю (импортёру)');
    expect(late).toContain('п. 6 ст. 19 Закона');
    expect(late).not.toContain('сроки предъявления этих требований по ст. 19 Закона прошли');
    expect(warrantyCase('2024-01-10', 12, '2026-11-22').case).toBe('too-late');
  });
});

describe('8. the parts a lawyer expects', () => {
  const defect: EscalationInput = { ...base, situation: 'defect', problem: 'Не включается.', remedy: 'refund', warrantyMonths: 12, dates: { delivered: '2026-11-10' } };

  it('a defect: the quality check’s time and place, the wish to attend, the goods offered, carriage over 5 kg', () => {
    const document = built({ ...defect, large: 'heavy' });
    expect(part(document, 'quality-check')).toBe(
      'Прошу заблаговременно сообщить мне дату, время и место проверки качества товара: я желаю участвовать в ней, а в случае экспертизы — присутствовать при её проведении (п. 5 ст. 18 Закона). ' +
        'Товар передам продавцу по его требованию. Вес товара превышает пять килограммов: его доставка для ремонта, уценки, замены и (или) возврата осуществляется силами и за счёт продавца (п. 7 ст. 18 Закона).',
    );
    expect(part(built(defect), 'quality-check')).not.toContain('п. 7 ст. 18');
  });

  it('every demand of money says how to pay, and asks when it is not said', () => {
    expect(buildDocument({ ...defect, payment: undefined })).toEqual({ ok: false, reason: 'missing', missing: [], asked: ['payment'] });
    expect(buildDocument({ ...defect, payment: { method: 'details', details: ' ' } })).toMatchObject({ asked: ['payment-details'] });
    const details = built({ ...defect, payment: { method: 'details', details: 'р/с 40817810000000000001 в ПАО Сбербанк, БИК 044525225' } });
    expect(part(details, 'payment')).toBe('Денежные средства прошу перечислить по следующим реквизитам: р/с 40817810000000000001 в ПАО Сбербанк, БИК 044525225.');
    // A repair demands no money: no payment part, nothing asked.
    expect(built({ ...defect, remedy: 'repair', payment: undefined }).parts.map((p) => p.id)).not.toContain('payment');
  });

  it('a return: presentation and properties kept, the goods offered, the seller’s cost of taking them back deducted', () => {
    expect(part(built({ ...base, dates: { delivered: '2026-11-20' } }), 'return-terms')).toBe(
      'Товарный вид и потребительские свойства товара сохранены; факт и условия покупки подтверждает заказ № 46206571-0591. Товар будет возвращён продавцу способом по моему выбору: ' +
        'через пункт выдачи маркетплейса либо почтовым отправлением (курьерской службой) по адресу продавца (постановление Конституционного Суда РФ от 17.02.2026 № 7-П). ' +
        'Возврату подлежит уплаченная сумма за исключением расходов продавца на доставку от потребителя возвращённого товара (п. 4 ст. 26.1 Закона).',
    );
  });

  it('how to send so that receipt can be proved', () => {
    const note = built(defect).notes.find((n) => n.id === 'how-to-send')!;
    expect(note.ru).toContain('заказным письмом с уведомлением о вручении');
    expect(note.ru).toContain('в чате с самим продавцом на маркетплейсе, сохранив снимок экрана');
    expect(note.ru).toContain('Сообщение в чат поддержки маркетплейса — не требование, полученное продавцом.');
    expect(note.source.en).toContain('art. 165.1');
    expect(note.source.ru).toContain('п. 1 ст. 165.1 ГК РФ');
  });
});

describe('9. goods sellers refuse to take back', () => {
  it('warns, does not block, and says the law’s text and court practice differ', () => {
    const document = built({ ...base, dates: { delivered: '2026-11-20' }, restrictedGoods: 'sim-card' });
    const note = document.notes.find((n) => n.id === 'seller-may-refuse')!;
    expect(note.level).toBe('warning');
    expect(note.ru).toContain('SIM-карта');
    expect(note.ru).toContain('Текст закона и судебная практика по дистанционным возвратам расходятся');
    // An explanation whose document is not cited is not given.
    expect(note.ru).not.toContain('Роспотребнадзор разъясняет');
    expect(built({ ...base, dates: { delivered: '2026-11-20' }, restrictedGoods: 'custom-made', madeToOrder: 'standard' }).notes.find((n) => n.id === 'seller-may-refuse')!.ru).toContain(
      'индивидуально-определёнными свойствами',
    );
  });
});

describe('m10. the commonest refusals: ПП № 2463’s list of goods not subject to exchange', () => {
  it('warns for medicines, cosmetics, underwear and hygiene items, naming the list and that art. 26.1(4) does not refer to it', () => {
    for (const [restrictedGoods, words] of [
      ['medicine', 'лекарственный препарат'],
      ['cosmetics', 'парфюмерно-косметический товар'],
      ['underwear', 'бельё или чулочно-носочное изделие'],
      ['hygiene', 'предмет личной гигиены'],
    ] as const) {
      const document = built({ ...base, dates: { delivered: '2026-11-20' }, restrictedGoods });
      const note = document.notes.find((n) => n.id === 'seller-may-refuse')!.ru;
      expect(note, restrictedGoods).toContain(words);
      expect(note, restrictedGoods).toContain('перечень непродовольственных товаров надлежащего качества, не подлежащих обмену (постановление Правительства РФ от 31.12.2020 № 2463)');
      // A warning, not a refusal: the claim is drawn, with its seven days.
      expect(documentText(document)).toContain('Срок для отказа от товара истекает 27.11.2026.');
    }
    expect(built({ ...base, dates: { delivered: '2026-11-20' }, restrictedGoods: 'sim-card' }).notes.find((n) => n.id === 'seller-may-refuse')!.ru).not.toContain('№ 2463');
    expect(built({ ...base, dates: { delivered: '2026-11-20' }, restrictedGoods: 'digital' }).notes.find((n) => n.id === 'seller-may-refuse')!.ru).toContain('может быть и вовсе не товаром');
  });
});

describe('10. Ozon itself is the seller', () => {
  it('names Internet Resheniya once, as the seller, with no copy line', () => {
    const document = built({ ...base, seller: {}, sellerIsOperator: true, dates: { delivered: '2026-11-20' } });
    expect(part(document, 'to')).toBe(
      'Кому: ООО «Интернет Решения», ИНН 7704217370, ОГРН 1027739244741, адрес: 123112, г. Москва, Пресненская набережная, д. 10 (продавец)',
    );
    // Typed in by hand, it is recognised too.
    const typed = built({ ...base, seller: { name: 'ООО "Интернет Решения"', ids: 'ОГРН 1027739244741', address: '123112, г. Москва, Пресненская наб., д. 10' }, dates: { delivered: '2026-11-20' } });
    expect(part(typed, 'to')).not.toContain('Копия');
    // Ozon's own sale: no aggregator's demand either, the seller's claim under art. 23.1.
    const own = built({ ...base, situation: 'not-delivered', remedy: 'refund', prepaymentTo: 'aggregator', sellerIsOperator: true, seller: {}, prepayment: 4000, dates: { promised: '2026-10-01' } });
    expect(part(own, 'title')).toMatch(/^ПРЕТЕНЗИЯ/);
  });
});

describe('11–12. the complaint: the operator only for its own duties; how to file since 30.03.2025', () => {
  const claimSent: InquiryEvent = { id: 'e5', inquiryId: 'i1', type: 'claim', at: msk('2026-11-07'), detail: 'ПРЕТЕНЗИЯ …' };
  const complaint: EscalationInput = { ...base, kind: 'complaint', events: [sent, claimSent], dates: { delivered: '2026-10-01', withdrawn: '2026-10-05' } };

  it('names the operator only for the seller’s details (art. 9(1.2)) or the prepayment it took (art. 12(2.4))', () => {
    expect(part(built(complaint), 'title')).not.toContain('Интернет Решения');
    const info = built({ ...complaint, operatorFailedSellerInfo: true });
    expect(part(info, 'title')).toContain('; ООО «Интернет Решения» (владелец агрегатора информации о товарах (Ozon)), 123112');
    expect(part(info, 'statement')).toContain('Владелец агрегатора ООО «Интернет Решения» не довёл до сведения потребителя информацию о продавце (п. 1.2 ст. 9 Закона).');
    const prepaid = built({
      ...complaint,
      situation: 'not-delivered',
      remedy: 'refund',
      prepaymentTo: 'aggregator',
      prepayment: 4000,
      dates: { promised: '2026-10-01', withdrawn: '2026-10-05' },
    });
    expect(part(prepaid, 'statement')).toContain('не возвратил её в течение десяти календарных дней со дня предъявления требования: тем самым нарушены обязательные требования п. 2.4 ст. 12 Закона.');
  });

  it('the signature line’s gloss says a complaint is not filed by e-mail, and a claim’s says nothing of e-mail (M12)', () => {
    const signature = (document: LegalDocument) => document.parts.find((p) => p.id === 'signature')?.en ?? '';
    expect(signature(built(complaint))).toContain('a complaint sent by e-mail is not considered (59-FZ art. 4 as amended by 547-FZ)');
    expect(signature(built(complaint))).not.toMatch(/send from your own e-mail/);
    expect(signature(built({ ...complaint, kind: 'claim' }))).toBe('Date and signature line: sign by hand after printing.');
  });

  it('warns when no claim is on record', () => {
    expect(noteIds(built({ ...complaint, events: [sent] }))).toContain('no-claim-on-record');
    expect(noteIds(built(complaint))).not.toContain('no-claim-on-record');
  });

  it('says how to file: Gosuslugi or the agency’s site with identity confirmed, not e-mail; post works', () => {
    const document = built(complaint);
    const note = document.notes.find((n) => n.id === 'how-to-file')!;
    expect(note.ru).toContain('С 30.03.2025 (Федеральный закон от 28.12.2024 № 547-ФЗ, изменивший Федеральный закон от 02.05.2006 № 59-ФЗ)');
    expect(note.ru).toContain('через Госуслуги или официальный сайт');
    expect(note.ru).toContain('по электронной почте не рассматривается');
    expect(note.ru).toContain('почтой или подать лично в территориальный орган');
    expect(part(document, 'to')).toBe('В Управление Федеральной службы по надзору в сфере защиты прав потребителей и благополучия человека (Роспотребнадзора) по субъекту Российской Федерации по месту жительства заявителя');
    expect(document.parts.find((p) => p.id === 'to')!.en).toContain(FILING.en);
    expect(document.parts.find((p) => p.id === 'request')!.en).toContain('does not decide civil disputes');
  });
});

describe('13. dates: legal terms run from the seller’s receipt (Civil Code art. 165.1)', () => {
  it('the answer is due ten days from receipt, worked out once the receipt is known', () => {
    const document = built({ ...base, dates: { delivered: '2026-11-20', claimReceived: '2026-11-27' } });
    expect(part(document, 'deadline')).toBe('Ответ прошу дать в письменной форме в течение десяти дней со дня получения настоящей претензии.');
    // 27 November + 10 = Monday 7 December.
    expect(document.answerDue).toMatchObject({ from: '2026-11-27', date: '2026-12-07', article: 'gk-165.1' });
    expect(answerDue('2026-11-26', '2026-11-22')).toMatchObject({ nominal: '2026-12-06', date: '2026-12-07', moved: true });
    expect(built(base).answerDue).toBeUndefined();
  });

  it('the seller-received date is asked, the first message to support only a hint', () => {
    expect(demandReceivedHint(inquiry)).toEqual({ date: '2026-09-21', channel: 'ozon-support-chat' });
    expect(buildDocument({ ...base, situation: 'demand-late', problem: 'Деньги не вернули.', remedy: 'refund', dates: {} })).toMatchObject({ missing: ['date-demand'] });
    const note = built(base).notes.find((n) => n.id === 'answer-from-receipt')!;
    expect(note.ru).toContain('не дата первого сообщения в поддержку маркетплейса');
  });

  it('the complaint gives the claim’s receipt when known', () => {
    const claimSent: InquiryEvent = { id: 'e5', inquiryId: 'i1', type: 'claim', at: msk('2026-11-07'), detail: 'ПРЕТЕНЗИЯ …' };
    // Received 12.11: the answer was due Monday 23.11, so «no answer» is said from 24.11 (M4).
    const text = documentText(built({ ...base, kind: 'complaint', events: [sent, claimSent], dates: { delivered: '2026-10-01', withdrawn: '2026-10-05', claimReceived: '2026-11-12' }, today: '2026-11-24' }));
    expect(text).toContain('07.11.2026 продавцу направлена претензия, получена им 12.11.2026; ответа на неё не получено.');
  });
});

describe('15. 289-ФЗ on the platform economy', () => {
  it('says plainly what was found, with its source, for orders since 01.10.2026', () => {
    expect(PLATFORM_LAW_289).toMatchObject({ inForce: '2026-10-01', changesThisCore: false });
    expect(PLATFORM_LAW_289.source.en).toContain('289-FZ of 31.07.2025');
    expect(PLATFORM_LAW_289.source.ru).toContain('от 31.07.2025 № 289-ФЗ');
    const recent = built({ ...base, inquiry: { ...inquiry, fields: { ...inquiry.fields, orderDate: '2026-10-02' } }, dates: { delivered: '2026-11-20' } });
    expect(recent.notes.find((n) => n.id === 'platform-law')!.ru).toContain('здесь не проверены');
    expect(noteIds(built({ ...base, dates: { delivered: '2026-11-20' } }))).not.toContain('platform-law');
  });
});

describe('the seller’s numbers and the card as evidence', () => {
  it('reports a wrong ИНН or ОГРН before drawing the document', () => {
    expect(buildDocument({ ...base, seller: { ...base.seller, ids: 'ИНН 7701234561, ОГРН 1027700123450' } })).toEqual({
      ok: false,
      reason: 'invalid',
      problems: ['seller-inn-invalid'],
    });
    expect(buildDocument({ ...base, seller: { ...base.seller, ids: 'ОГРН 1027700123451' } })).toMatchObject({ problems: ['seller-ogrn-invalid'] });
  });

  it('lists the card kept with the inquiry among the attachments, dated', () => {
    const document = built({
      ...base,
      dates: { delivered: '2026-11-20' },
      card: { capturedAt: msk('2026-09-20'), url: 'https://www.ozon.ru/product/555000111/', title: 'Пылесос беспроводной', text: 'Мощность 150 Вт' },
    });
    expect(part(document, 'attachments')).toContain('1. Копия кассового (электронного) чека или страницы заказа, подтверждающих оплату.');
    expect(part(document, 'attachments')).toContain(
      '2. Описание товара на странице маркетплейса по состоянию на 20.09.2026 («Пылесос беспроводной», https://www.ozon.ru/product/555000111/).',
    );
  });

  it('every part keeps its English explanation, every note its source', () => {
    const documents = [
      built({ ...base, large: 'bulky', restrictedGoods: 'food', dates: { delivered: '2026-10-01', withdrawn: '2026-10-03' } }),
      built({ ...base, kind: 'complaint', operatorFailedSellerInfo: true }),
      built({ ...base, situation: 'defect', problem: 'x', warrantyMonths: 0, remedy: 'repair', technicallyComplex: true }),
    ];
    for (const document of documents) {
      expect(document.parts.every((p) => p.en.length > 20)).toBe(true);
      expect(document.notes.every((n) => n.source.ru.length > 10 && n.source.en.length > 10 && n.ru.length > 20 && n.en.length > 20)).toBe(true);
      expect(documentText(document)).not.toMatch(/undefined|null|NaN|07\.03\.1992/);
    }
  });
});

describe('9. the documents speak of the shopper in the gender the profile gives, and neutrally without one', () => {
  const MASCULINE = /(?<![а-яё])(?:я\s+(?:[а-яё]+\s+)?[а-яё]+(?:л|лся)|готов|вынужден)(?![а-яё])/iu;
  const FEMININE = /(?<![а-яё])(?:я\s+(?:[а-яё]+\s+)?[а-яё]+(?:ла|лась)|готова|вынуждена)(?![а-яё])/iu;
  const situations: Record<string, EscalationInput> = {
    'a return withdrawn in time': { ...base, dates: { delivered: '2026-10-01', withdrawn: '2026-10-05' }, withdrawalVia: 'chat' },
    'a defect': { ...base, situation: 'defect', problem: 'Не включается.', remedy: 'refund', warrantyMonths: 12, dates: { delivered: '2026-11-10' } },
    'a late delivery, the prepayment demanded of the aggregator': {
      ...base,
      situation: 'not-delivered',
      remedy: 'refund',
      prepaymentTo: 'aggregator',
      price: undefined,
      prepayment: 4000,
      dates: { promised: '2026-10-01', withdrawn: '2026-10-05', demandReceived: '2026-11-23' },
    },
  };
  const drawn = (input: EscalationInput, gender?: 'female' | 'male') =>
    (['claim', 'complaint'] as const)
      .map((kind) => buildDocument({ ...input, kind, profile: { ...input.profile, gender } }))
      .flatMap((result) => (result.ok ? [documentText(result.document)] : []));

  for (const [name, input] of Object.entries(situations)) {
    it(name, () => {
      const [she, he, anyone] = [drawn(input, 'female'), drawn(input, 'male'), drawn(input)];
      expect(she.length).toBeGreaterThan(0);
      for (const text of [...she, ...he, ...anyone]) expect(text).not.toMatch(/\((?:а|ла|ен|на)\)/);
      for (const text of she) expect(text).not.toMatch(MASCULINE);
      for (const text of he) expect(text).not.toMatch(FEMININE);
      for (const text of anyone) {
        expect(text).not.toMatch(MASCULINE);
        expect(text).not.toMatch(FEMININE);
      }
      // The claim says it in the shopper's own form.
      expect(she[0]).toMatch(FEMININE);
      expect(he[0]).toMatch(MASCULINE);
    });
  }

  it('words each sentence naturally in all three', () => {
    const claim = (input: EscalationInput, gender?: 'female' | 'male') => drawn(input, gender)[0];
    const ret = situations['a return withdrawn in time'];
    expect(claim(ret, 'female')).toContain('об отказе от товара я заявила 05.10.2026 (сообщение в чате маркетплейса)');
    expect(claim(ret, 'female')).toContain('Готова вернуть товар продавцу способом по моему выбору');
    expect(claim(ret, 'male')).toContain('я буду вынужден обратиться в суд');
    expect(claim(ret)).toContain('мне придётся обратиться в суд');
    const late = situations['a late delivery, the prepayment demanded of the aggregator'];
    expect(claim(late, 'female')).toContain('05.10.2026 я уведомила продавца — ООО «Тёплый день», ИНН 7701234560, ОГРН 1027700123450 — об отказе');
    expect(claim(situations['a defect'], 'male')).toContain('Готов передать товар продавцу.');
  });
});

describe('10. the Russian interface cites in Russian', () => {
  /** Latin words of three letters or more, domain names aside. */
  const english = (text: string) => text.replace(/[a-z0-9.-]+\.(?:ru|com|org|info)(?:\/[^\s;)]*)?/gi, '').match(/[A-Za-z]{3,}/g) ?? [];
  it('every rule and note has a Russian citation without English in it', () => {
    const cited = [...Object.values(ARTICLES), COMPLEX_GOODS_LIST, FILING, PLATFORM_LAW_289];
    for (const rule of cited) expect(english(rule.source.ru), rule.source.en).toEqual([]);
    const inputs: EscalationInput[] = [
      { ...base, dates: { delivered: '2026-09-01', withdrawn: '2026-09-20' } },
      { ...base, situation: 'defect', problem: 'Не включается.', remedy: 'repair', warrantyMonths: 0, dates: { delivered: '2023-01-10' } },
      { ...base, kind: 'complaint', situation: 'demand-late', lateBasis: 'return', remedy: 'refund', dates: { delivered: '2026-10-01', demandReceived: '2026-10-05' } },
    ];
    let notes = 0;
    for (const input of inputs) {
      const result = buildDocument(input);
      if (!result.ok) continue;
      for (const note of result.document.notes) {
        notes++;
        expect(english(note.source.ru), note.id).toEqual([]);
        expect(english(note.ru), note.id).toEqual([]);
      }
    }
    expect(notes).toBeGreaterThan(2);
  });
});

describe('M4. no document states a breach before it has happened', () => {
  const late: EscalationInput = {
    ...base,
    situation: 'not-delivered',
    remedy: 'refund',
    prepayment: 4000,
    dates: { promised: '2026-11-25' },
    today: '2026-11-22',
  };
  const aggregator: EscalationInput = { ...late, prepaymentTo: 'aggregator', dates: { promised: '2026-11-10', withdrawn: '2026-11-13' } };
  const refused = (input: EscalationInput) => {
    const result = buildDocument(input);
    return result.ok ? [] : result.reason === 'invalid' ? result.problems : [];
  };

  it('a delay claimed on 22.11 of goods promised for 25.11 is not drawn; from 26.11 it is', () => {
    expect(buildDocument(late)).toEqual({ ok: false, reason: 'invalid', problems: ['promised-not-passed'] });
    expect(refused({ ...late, today: '2026-11-25' })).toEqual(['promised-not-passed']);
    expect(part(built({ ...late, today: '2026-11-26' }), 'statement')).toContain('в установленный срок — 25.11.2026 — не передан');
  });

  it('a withdrawal dated on or before the promised day gives no demand to the aggregator', () => {
    expect(refused({ ...aggregator, dates: { promised: '2026-11-25', withdrawn: '2026-11-20' }, today: '2026-11-27' })).toEqual(['withdrawn-before-promised']);
    expect(refused({ ...aggregator, today: '2026-11-27' })).toEqual([]);
  });

  it('a complaint that the aggregator kept the prepayment waits for its ten days (13.11 → 23.11, a Monday)', () => {
    const complaint: EscalationInput = { ...aggregator, kind: 'complaint', today: '2026-11-22' };
    expect(refused(complaint)).toEqual(['aggregator-term-not-passed']);
    expect(refused({ ...complaint, today: '2026-11-23' })).toEqual(['aggregator-term-not-passed']);
    expect(part(built({ ...complaint, today: '2026-11-24' }), 'statement')).toContain('не возвратил её в течение десяти календарных дней');
  });

  it('over every day around the terms, «не передан» and «не возвратил» are printed only once their day has passed', () => {
    for (let offset = -15; offset <= 15; offset++) {
      const today = addDays('2026-11-25', offset);
      const claim = buildDocument({ ...late, today });
      if (claim.ok) {
        expect(today > '2026-11-25', today).toBe(true);
      } else expect(today <= '2026-11-25', today).toBe(true);
      const complaint = buildDocument({ ...aggregator, kind: 'complaint', today: addDays('2026-11-13', offset + 10) });
      if (complaint.ok && documentText(complaint.document).includes('не возвратил')) {
        expect(addDays('2026-11-13', offset + 10) > '2026-11-23').toBe(true);
      }
    }
  });
});

describe('M8. a claim attaches the proof of payment, and a repair the act that dates it', () => {
  const defect: EscalationInput = { ...base, situation: 'defect', problem: 'Не включается.', remedy: 'repair', warrantyMonths: 12, dates: { delivered: '2026-11-10' } };

  it('a repair demand lists the receipt and the act of acceptance for repair; a refund, the receipt alone', () => {
    const repair = part(built(defect), 'attachments');
    expect(repair).toContain('Копия кассового (электронного) чека или страницы заказа, подтверждающих оплату.');
    expect(repair).toContain('Копия акта (квитанции) приёма товара на ремонт.');
    const refund = part(built({ ...defect, remedy: 'refund' }), 'attachments');
    expect(refund).toContain('Копия кассового (электронного) чека или страницы заказа, подтверждающих оплату.');
    expect(refund).not.toContain('на ремонт');
  });
});
