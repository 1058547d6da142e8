/** The claim, the complaint, their deadlines and penalties, on fixed dates. */
import { describe, expect, it } from 'vitest';
import { deadlinesFor, penaltyArithmetic, penaltyFor, type DeadlineInput } from '../../utils/escalation/deadlines';
import {
  buildDocument,
  documentHtml,
  documentText,
  type EscalationInput,
  type LegalDocument,
} from '../../utils/escalation/documents';
import type { Inquiry, InquiryEvent } from '../../utils/inquiries/model';
import { built, msk, orderInquiry } from '../support/escalation';

const NBSP = '\u00a0';

const inquiry: Inquiry = orderInquiry();

const events: InquiryEvent[] = [
  { id: 'e1', inquiryId: 'i1', type: 'created', at: msk('2026-11-02') },
  { id: 'e2', inquiryId: 'i1', type: 'sent', at: msk('2026-11-02'), detail: 'ozon-support-chat' },
  { id: 'e3', inquiryId: 'i1', type: 'reply', at: msk('2026-11-05'), detail: 'В возврате отказано: товар надлежащего качества.' },
  { id: 'e4', inquiryId: 'i1', type: 'note', at: msk('2026-11-06'), detail: 'Моя заметка, не для продавца' },
];

const base: EscalationInput = {
  kind: 'claim',
  situation: 'return',
  termsInWriting: 'yes',
  inquiry,
  events,
  attachments: [{ name: 'photo-chainik.png', addedAt: msk('2026-11-06') }],
  profile: { name: 'Иванова Анна Сергеевна', phone: '+7 900 000-00-00', email: 'anna@example.ru', address: '101000, г. Москва, ул. Лесная, д. 1, кв. 2' },
  // Our own sample numbers, with the control digits the algorithm gives.
  seller: { name: 'ООО «Тёплый день»', ids: 'ИНН 7701234560, ОГРН 1027700123450', address: '101000, г. Москва, ул. Садовая, д. 5' },
  dates: { delivered: '2026-11-15' },
  price: 12990,
  payment: { method: 'card' },
  today: '2026-11-22',
};


const RETURN_PARTS = ['to', 'from', 'title', 'facts', 'timeline', 'statement', 'demand', 'return-terms', 'payment', 'deadline', 'consequences', 'attachments', 'signature'];
const DEFECT_PARTS = ['to', 'from', 'title', 'facts', 'timeline', 'statement', 'demand', 'quality-check', 'deadline', 'consequences', 'attachments', 'signature'];

/** Nothing left unfilled: no template hole, no "undefined", no blank line but the signature's. */
function expectNoPlaceholder(document: LegalDocument) {
  const text = documentText(document);
  expect(text).not.toMatch(/undefined|null|NaN|\[object|\{|\}|\$\{|«»|: \n|: $/m);
  const underscored = text.split('\n').filter((line) => line.includes('__'));
  expect(underscored).toEqual([`____________________ / ${base.profile.name} /`]);
}

describe('the claim, for each situation', () => {
  it('return of goods bought remotely (art. 26.1): every part, the facts, the reply and the file, the seven days', () => {
    const document = built(base);
    expect(document.parts.map((p) => p.id)).toEqual(RETURN_PARTS);
    const text = documentText(document);
    for (const fact of [
      'Кому: ООО «Тёплый день», ИНН 7701234560, ОГРН 1027700123450, адрес: 101000, г. Москва, ул. Садовая, д. 5 (продавец)',
      'Копия: ООО «Интернет Решения», владелец агрегатора информации о товарах (Ozon), 123112',
      'От: Иванова Анна Сергеевна',
      'тел. +7 900 000-00-00, эл. почта anna@example.ru',
      'ПРЕТЕНЗИЯ\n(досудебная, в соответствии с Законом РФ от 07.02.1992 № 2300-1 «О защите прав потребителей»)',
      'заказ № 46206571-0591 от 17.09.2026',
      '«Чайник электрический 1,7 л, стекло», артикул 555000111',
      `стоимостью 12${NBSP}990${NBSP}₽`,
      'Товар получен 15.11.2026.',
      '02.11.2026 — обращение в поддержку Ozon (Чат с поддержкой Ozon)',
      '05.11.2026 — получен ответ: «В возврате отказано: товар надлежащего качества».',
      'Согласно п. 4 ст. 26.1 Закона РФ от 07.02.1992 № 2300-1 «О защите прав потребителей»',
      'Срок для отказа от товара истекает 23.11.2026.',
      'в течение десяти дней со дня предъявления настоящего требования (п. 4 ст. 26.1 Закона)',
      'Ответ прошу дать в письменной форме в течение десяти дней со дня получения настоящей претензии.',
      'Денежные средства прошу перечислить на банковскую карту, с которой был оплачен заказ.',
      'п. 6 ст. 13 Закона',
      '1. Копия кассового (электронного) чека или страницы заказа, подтверждающих оплату.',
      '2. Ответ поддержки Ozon от 05.11.2026 (копия переписки).',
      '3. photo-chainik.png (от 06.11.2026).',
      '22.11.2026',
    ]) {
      expect(text).toContain(fact);
    }
    // The shopper's own notes stay theirs.
    expect(text).not.toContain('Моя заметка');
    expect(text).not.toContain('07.03.1992');
    // The answer's ten days run from the seller's receipt, not from the claim's date.
    expect(text).not.toContain('не позднее');
    expectNoPlaceholder(document);
    // Seven days from 15 November end on Sunday 22 November: the term moves to Monday the 23rd.
    expect(document.deadlines[0]).toMatchObject({ id: 'return-window', nominal: '2026-11-22', date: '2026-11-23', moved: true, passed: false, daysLeft: 1 });
    expect(document.penalty).toBeUndefined();
    // Every part has its English explanation.
    expect(document.parts.every((p) => p.en.length > 20 && /[a-z]/.test(p.en))).toBe(true);
  });

  it('return without the terms given in writing: three months, into a year without a bundled calendar', () => {
    const [window] = deadlinesFor({ ...base, termsInWriting: 'no' });
    expect(window).toMatchObject({ id: 'return-window', nominal: '2027-02-15', date: '2027-02-15', approximate: true });
  });

  it('a defect in technically complex goods (art. 18): the fifteen days, the remedy chosen with its term, the penalty', () => {
    const document = built({
      ...base,
      situation: 'defect',
      problem: 'Чайник не включается.',
      technicallyComplex: true,
      remedy: 'replace',
      warrantyMonths: 12,
      dates: { delivered: '2026-11-10', demandReceived: '2026-11-12' },
    });
    const text = documentText(document);
    expect(document.parts.map((p) => p.id)).toEqual(DEFECT_PARTS);
    expect(text).toContain('Недостаток товара: Чайник не включается. Недостаток обнаружен не позднее 02.11.2026.');
    expect(text).toContain('п. 1 ст. 18');
    expect(text).toContain('Товар является технически сложным (перечень технически сложных товаров утверждён постановлением Правительства РФ от 10.11.2011 № 924): в течение пятнадцати дней');
    expect(text).toContain('заменить товар на товар этой же марки (модели, артикула) в течение семи дней со дня предъявления требования (п. 1 ст. 21 Закона)');
    expect(text).toContain('п. 1 ст. 23 Закона');
    expect(document.deadlines.map((d) => [d.id, d.article, d.date, d.passed])).toEqual([
      ['complex-goods', '18', '2026-11-25', false],
      ['remedy', '21', '2026-11-19', true],
    ]);
    // 20, 21 and 22 November: three days at 1 % of 12 990.
    expect(document.penalty).toMatchObject({ article: '23', since: '2026-11-20', until: '2026-11-22', days: 3, amount: 389.7 });
    expectNoPlaceholder(document);
  });

  it('a demand not met in time (arts. 22 and 23), across the New Year holidays', () => {
    const input: EscalationInput = {
      ...base,
      situation: 'demand-late',
      lateBasis: 'defect',
      problem: 'Возврат денег за бракованный чайник.',
      remedy: 'refund',
      dates: { demandReceived: '2025-12-26' },
      today: '2026-01-20',
    };
    const document = built(input);
    // Ten days from 26 December end on 5 January, inside the holidays (1–11 January 2026): moved to the 12th.
    expect(document.deadlines).toEqual([
      expect.objectContaining({ id: 'remedy', article: '22', nominal: '2026-01-05', date: '2026-01-12', moved: true, passed: true, daysLeft: -8 }),
    ]);
    expect(document.penalty).toMatchObject({ since: '2026-01-13', until: '2026-01-20', days: 8, amount: 1039.2, approximate: false });
    expect(penaltyArithmetic(document.penalty!)).toBe(`12${NBSP}990${NBSP}₽ × 1 % × 8 дн. = 1${NBSP}039,20${NBSP}₽`);
    const text = documentText(document);
    // The date is the seller's receipt of the demand (Civil Code art. 165.1).
    expect(text).toContain('26.12.2025 продавцом получено требование вернуть уплаченную за товар сумму');
    expect(text).toContain('Срок истёк 12.01.2026. На 20.01.2026 просрочка составляет 8 дн.');
    expect(text).toContain(`выплатить неустойку в размере 1${NBSP}039,20${NBSP}₽ на 20.01.2026`);
    expect(text).toContain('(ст. 22, п. 1 ст. 23 Закона)');
    // A late replacement cites the replacement's own article.
    expect(documentText(built({ ...input, remedy: 'replace' }))).toContain('(п. 1 ст. 21, п. 1 ст. 23 Закона)');
    expectNoPlaceholder(document);
  });

  it('prepaid goods not delivered on time (art. 23.1): half a percent a day, never more than the prepayment', () => {
    const input: EscalationInput = { ...base, situation: 'not-delivered', remedy: 'refund', price: undefined, prepayment: 4000, dates: { promised: '2026-10-01' } };
    const document = built(input);
    // 2 October to 22 November: 52 days × 0.5 % × 4 000 ₽.
    expect(document.penalty).toMatchObject({ article: '23.1', since: '2026-10-02', days: 52, amount: 1040, capped: false });
    const text = documentText(document);
    expect(text).toContain(`Товар оплачен заранее (4${NBSP}000${NBSP}₽), однако в установленный срок — 01.10.2026 — не передан.`);
    expect(text).toContain(`артикул 555000111.\nПредварительно оплачено: 4${NBSP}000${NBSP}₽.`);
    expect(text).toContain('п. 3 ст. 23.1 Закона');
    expect(text).toContain('в течение десяти дней со дня предъявления настоящего требования (пп. 2, 4 ст. 23.1 Закона)');
    expectNoPlaceholder(document);

    const long = penaltyFor({ ...input, dates: { promised: '2026-01-01' } } as DeadlineInput);
    expect(long).toMatchObject({ days: 325, amount: 4000, capped: true });
    expect(penaltyArithmetic(long!)).toBe(`4${NBSP}000${NBSP}₽ × 0,5 % × 325 дн. = 6${NBSP}500${NBSP}₽, но не более суммы предоплаты: 4${NBSP}000${NBSP}₽`);
    // Delivery instead of a refund: the buyer sets the new date, and it is asked for.
    expect(buildDocument({ ...input, remedy: 'deliver' })).toMatchObject({ ok: false, missing: ['date-new-delivery'] });
    const deliver = documentText(built({ ...input, remedy: 'deliver', dates: { promised: '2026-10-01', newDelivery: '2026-12-01' } }));
    expect(deliver).toContain('Прошу передать оплаченный товар в установленный мною новый срок — не позднее 01.12.2026 (п. 2 ст. 23.1 Закона)');
    // Not late yet: no penalty.
    expect(penaltyFor({ ...input, dates: { promised: '2026-11-22' } } as DeadlineInput)).toBeUndefined();
  });
});

describe('what the claim needs', () => {
  it('asks for a missing profile name (and contacts, address) instead of printing a blank', () => {
    const result = buildDocument({ ...base, profile: { ...base.profile, name: '  ' } });
    expect(result).toEqual({ ok: false, reason: 'missing', missing: ['profile-name'], asked: [] });
    const empty = buildDocument({ ...base, profile: {}, seller: { name: 'Тёплый день' } });
    expect(empty).toMatchObject({
      ok: false,
      missing: ['profile-name', 'profile-contact', 'profile-address', 'seller-ids', 'seller-address'],
    });
  });

  it('asks for what each situation rests on', () => {
    expect(buildDocument({ ...base, dates: {} })).toMatchObject({ missing: ['date-delivered'] });
    expect(buildDocument({ ...base, situation: 'defect', warrantyMonths: 12 })).toMatchObject({ missing: ['problem'] });
    expect(buildDocument({ ...base, situation: 'demand-late', problem: 'x' })).toMatchObject({ missing: ['date-demand'] });
    expect(buildDocument({ ...base, situation: 'not-delivered', price: undefined })).toMatchObject({
      missing: ['prepayment', 'date-promised', 'date-new-delivery'],
    });
  });

  it('leaves out a co-addressee on other marketplaces and a timeline that has nothing in it', () => {
    const document = built({ ...base, inquiry: { ...inquiry, marketplace: 'wildberries' }, events: [], attachments: [] });
    const text = documentText(document);
    expect(text).not.toContain('Интернет Решения');
    expect(text).toContain('на маркетплейсе Wildberries');
    expect(document.parts.map((p) => p.id)).toEqual(RETURN_PARTS.filter((id) => id !== 'timeline'));
    // With nothing kept, the proof of payment is still attached (M8).
    expect(document.parts.find((p) => p.id === 'attachments')?.text).toBe('Приложения:\n1. Копия кассового (электронного) чека или страницы заказа, подтверждающих оплату.');
    expectNoPlaceholder(document);
  });

  it('addresses Ozon’s operator at the address the shopper corrected in the options, in the claim and the complaint', () => {
    const corrections = { 'ozon-operator': { value: '123317, г. Москва, Пресненская наб., д. 12', at: '2026-11-20' } };
    const claim = documentText(built({ ...base, corrections }));
    expect(claim).toContain('Копия: ООО «Интернет Решения», владелец агрегатора информации о товарах (Ozon), 123317, г. Москва, Пресненская наб., д. 12');
    expect(claim).not.toContain('Пресненская набережная, д. 10');
    // The complaint names the operator for its own duty, here the seller's details it did not show.
    const complaint = documentText(built({ ...base, kind: 'complaint', operatorFailedSellerInfo: true, corrections }));
    expect(complaint).toContain('ООО «Интернет Решения» (владелец агрегатора информации о товарах (Ozon)), 123317, г. Москва, Пресненская наб., д. 12');
    // The prepayment the operator took is demanded of it, at the corrected address.
    const demand = documentText(
      built({ ...base, situation: 'not-delivered', remedy: 'refund', prepaymentTo: 'aggregator', prepayment: 12990, dates: { promised: '2026-11-10', withdrawn: '2026-11-12' }, withdrawalVia: 'chat', corrections }),
    );
    expect(demand).toMatch(/Кому: ООО «Интернет Решения».*123317, г\. Москва, Пресненская наб\., д\. 12/);
    // A correction of another channel leaves the catalogue's address.
    const other = documentText(built({ ...base, corrections: { 'ozon-support-chat': { value: 'https://example.ru', at: '2026-11-20' } } }));
    expect(other).toContain('123112, г. Москва, Пресненская набережная, д. 10');
  });

  it('refuses ozon.by and ozon.kz: Russian consumer law and Rospotrebnadzor do not apply there', () => {
    for (const country of ['ozon.by', 'ozon.kz'] as const) {
      const result = buildDocument({ ...base, inquiry: { ...inquiry, pageUrl: `https://${country}/my/orderdetails/?order=1-1` } });
      expect(result).toEqual({ ok: false, reason: 'foreign', country });
    }
  });
});

describe('the complaint to Rospotrebnadzor', () => {
  it('names the companies, what was asked and that the claim went unanswered, with the claim in its attachments', () => {
    const claimSent: InquiryEvent = { id: 'e5', inquiryId: 'i1', type: 'claim', at: msk('2026-11-07'), detail: 'ПРЕТЕНЗИЯ …' };
    const document = built({ ...base, kind: 'complaint', events: [...events, claimSent] });
    const text = documentText(document);
    expect(document.parts.map((p) => p.id)).toEqual(['to', 'from', 'title', 'facts', 'timeline', 'statement', 'request', 'attachments', 'signature']);
    expect(text).toContain('(Роспотребнадзора) по субъекту Российской Федерации');
    expect(text).toContain('ЖАЛОБА\nна нарушение прав потребителя: ООО «Тёплый день», ИНН 7701234560');
    // Ozon's operator did nothing wrong of its own here: it is not named.
    expect(text).not.toContain('Интернет Решения');
    expect(text).toContain('07.11.2026 — направлена претензия.');
    expect(text).toContain('07.11.2026 продавцу направлена претензия; ответа на неё не получено.');
    expect(text).toContain('1. Копия кассового чека или иного документа об оплате.');
    expect(text).toContain('2. Копия претензии от 07.11.2026 и подтверждение её направления.');
    expect(text).toContain('Прошу рассмотреть жалобу');
    expectNoPlaceholder(document);
  });
});

describe('output', () => {
  it('writes page text into the HTML as text', () => {
    const document = built({ ...base, inquiry: { ...inquiry, fields: { ...inquiry.fields, title: '<img src=x onerror=alert(1)>Чайник' } } });
    const html = documentHtml(document);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;Чайник');
    expect(html).not.toContain('<img');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('@page{size:A4');
  });
});

describe('a term that ends in a year without a bundled calendar (2027)', () => {
  const caveat = '(с учётом нерабочих праздничных дней, ст. 193 ГК РФ; дата уточняется по производственному календарю на 2027 год)';
  /** Every sum of money a document prints. */
  const sums = (text: string) => [...new Set(text.match(/\d[\d\u00a0]*(,\d\d)?\u00a0₽/g))].sort();
  const late: EscalationInput = {
    ...base,
    situation: 'demand-late',
    lateBasis: 'defect',
    problem: 'Возврат денег за бракованный чайник.',
    remedy: 'refund',
    price: 10000,
    dates: { demandReceived: '2026-12-25' },
    today: '2027-01-20',
  };

  it('a refund demand received 25.12.2026: not 04.01.2027 but not before 11.01.2027, and no penalty sum', () => {
    const document = built(late);
    expect(document.deadlines).toEqual([
      expect.objectContaining({ id: 'remedy', nominal: '2027-01-04', date: '2027-01-11', moved: true, passed: true, approximate: true }),
    ]);
    expect(document.penalty).toMatchObject({ article: '23', since: '2027-01-12', approximate: true });
    const text = documentText(document);
    expect(text).toContain(`Последний день срока — не ранее 11.01.2027 ${caveat}.`);
    expect(text).toContain(
      `Неустойка по п. 1 ст. 23 Закона начисляется со дня, следующего за последним днём срока, в размере 1 % цены товара (100${NBSP}₽) за каждый день просрочки.`,
    );
    expect(text).toContain(
      `выплатить неустойку в размере 1 % цены товара (100${NBSP}₽) за каждый день просрочки со дня, следующего за последним днём срока, до дня удовлетворения требования (ст. 22, п. 1 ст. 23 Закона).`,
    );
    // Neither the old date nor a total: the only sums are the price and the penalty for one day.
    expect(text).not.toContain('04.01.2027');
    expect(text).not.toContain('Срок истёк');
    expect(text).not.toContain('просрочка составляет');
    expect(sums(text)).toEqual([`100${NBSP}₽`, `10${NBSP}000${NBSP}₽`]);
    expect(document.parts.find((p) => p.id === 'statement')!.en).toContain('not before 11.01.2027');
    expect(document.parts.find((p) => p.id === 'statement')!.en).not.toContain('worked out here to today');
    expect(document.parts.find((p) => p.id === 'demand')!.en).toContain('no sum is given');
    expectNoPlaceholder(document);
    // The complaint restates the same ground, with the same caveat.
    const complaint = documentText(built({ ...late, kind: 'complaint' }));
    expect(complaint).toContain(`Последний день срока — не ранее 11.01.2027 ${caveat}.`);
    expect(sums(complaint)).toEqual([`100${NBSP}₽`, `10${NBSP}000${NBSP}₽`]);
  });

  it('before the term: it ends not before 11.01.2027', () => {
    const document = built({ ...late, today: '2026-12-28' });
    expect(document.penalty).toBeUndefined();
    expect(documentText(document)).toContain(`Срок его удовлетворения истекает не ранее 11.01.2027 ${caveat}.`);
  });

  it('a return window from a delivery on 27.12.2026 runs to 11.01.2027 at the earliest, and is not closed on the 6th', () => {
    const delivered: EscalationInput = { ...base, dates: { delivered: '2026-12-27' }, today: '2026-12-28' };
    const document = built(delivered);
    expect(document.deadlines[0]).toMatchObject({ id: 'return-window', nominal: '2027-01-03', date: '2027-01-11', approximate: true });
    expect(documentText(document)).toContain(`Срок для отказа от товара истекает не ранее 11.01.2027 ${caveat}.`);
    expect(document.parts.find((p) => p.id === 'statement')!.en).toContain('not before 11.01.2027');
    // On 6 January the window is open (the old count closed it on the 4th): no warning.
    const sixth = built({ ...delivered, today: '2027-01-06' });
    expect(sixth.deadlines[0]).toMatchObject({ passed: false, daysLeft: 5 });
    expect(sixth.notes.map((n) => n.id)).not.toContain('return-window-closed');
    // Withdrawn on 8 January: in time.
    const withdrawn = documentText(built({ ...delivered, today: '2027-01-12', dates: { delivered: '2026-12-27', withdrawn: '2027-01-08' } }));
    expect(withdrawn).toContain(`Последний день срока для отказа от товара — не ранее 11.01.2027 ${caveat}; отказ от товара заявлен мною 08.01.2027, то есть в установленный срок.`);
    // Past the earliest last day, the warning says the window may have closed, not that it did.
    const note = built({ ...delivered, today: '2027-01-12' }).notes.find((n) => n.id === 'return-window-closed')!;
    expect(note.ru).toContain(`Срок для отказа от товара мог истечь: его последний день — не ранее 11.01.2027 ${caveat}.`);
    expect(note.ru).not.toContain('истёк');
    expect(note.en).toContain('may have closed: its last day is not before 11.01.2027');
  });
});
