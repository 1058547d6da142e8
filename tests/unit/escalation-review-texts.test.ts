/**
 * The legal review's document-text defects, each on its own case: the complaint says what was demanded,
 * which term ran out and which requirement was broken (M5); the aggregator's demand and the return claim
 * name what a court adds (M6, M7); the return goes back by the buyer's chosen means (7-П); no return claim
 * for goods only the buyer can use (M10); and the minor ones (m1, m2, m4, m5).
 */
import { describe, expect, it } from 'vitest';
import { buildDocument, type EscalationInput, type LegalDocument } from '../../utils/escalation/documents';
import type { InquiryEvent } from '../../utils/inquiries/model';
import { built, msk, orderInquiry } from '../support/escalation';

const NBSP = '\u00a0';
/** Rubles as the documents write them, with no-break spaces: «12 990 ₽». */
const sum = (text: string) => text.replace(/(\d) (\d{3})/g, `$1${NBSP}$2`).replace(/ ₽/g, `${NBSP}₽`);
const part = (document: LegalDocument, id: string) => document.parts.find((p) => p.id === id)?.text ?? '';

const claimSent: InquiryEvent = { id: 'e2', inquiryId: 'i1', type: 'claim', at: msk('2026-11-10'), detail: 'ПРЕТЕНЗИЯ …' };

const base: EscalationInput = {
  kind: 'complaint',
  situation: 'defect',
  inquiry: orderInquiry({ topic: 'defect' }),
  events: [{ id: 'e1', inquiryId: 'i1', type: 'sent', at: msk('2026-11-02'), detail: 'ozon-support-chat' }, claimSent],
  attachments: [],
  profile: { name: 'Иванова Анна Сергеевна', gender: 'female', phone: '+7 900 000-00-00', address: '101000, г. Москва, ул. Лесная, д. 1, кв. 2' },
  // Our own sample numbers, with the control digits the algorithm gives.
  seller: { name: 'ООО «Тёплый день»', ids: 'ИНН 7701234560, ОГРН 1027700123450', address: '101000, г. Москва, ул. Садовая, д. 5' },
  problem: 'Чайник перестал включаться.',
  remedy: 'refund',
  warrantyMonths: 12,
  dates: { delivered: '2026-10-01', demandReceived: '2026-11-12' },
  price: 12990,
  payment: { method: 'card' },
  today: '2026-11-30',
};

describe('M5. the complaint says what was demanded, which term ran out and which requirement was broken', () => {
  it('8a, a defect: the refund of 12 990 ₽, art. 22’s ten days from 12.11 ended on Monday 23.11, art. 22 broken', () => {
    const statement = part(built(base), 'statement');
    expect(statement).toContain('10.11.2026 продавцу направлена претензия; ответа на неё не получено.');
    expect(statement).toContain(sum('В претензии я потребовала вернуть уплаченную за товар сумму 12 990 ₽.'));
    expect(statement).toContain(
      'Срок, установленный ст. 22 Закона (10 дней со дня предъявления требования), истёк 23.11.2026; требование не удовлетворено. ' +
        'Тем самым нарушены обязательные требования ст. 22 Закона.',
    );
  });

  it('a replacement names art. 21(1); a term not yet over is stated, not called broken', () => {
    const replace = part(built({ ...base, remedy: 'replace' }), 'statement');
    expect(replace).toContain('В претензии я потребовала заменить товар на товар этой же марки (модели, артикула).');
    expect(replace).toContain('Срок, установленный п. 1 ст. 21 Закона (7 дней со дня предъявления требования), истёк 19.11.2026');
    const early = part(built({ ...base, today: '2026-11-20' }), 'statement');
    expect(early).toContain('Срок, установленный ст. 22 Закона, истекает 23.11.2026.');
    expect(early).not.toContain('нарушены');
  });

  it('4g, a return: the refund under art. 26.1(4), ten days from 05.10 ended 15.10', () => {
    const statement = part(built({ ...base, situation: 'return', termsInWriting: 'yes', remedy: undefined, dates: { delivered: '2026-10-01', withdrawn: '2026-10-03', demandReceived: '2026-10-05' } }), 'statement');
    expect(statement).toContain(sum('В претензии я потребовала вернуть уплаченную за товар сумму 12 990 ₽ в связи с отказом от товара надлежащего качества.'));
    expect(statement).toContain('Срок, установленный п. 4 ст. 26.1 Закона (10 дней со дня предъявления требования), истёк 15.10.2026');
    expect(statement).toContain('Тем самым нарушены обязательные требования п. 4 ст. 26.1 Закона.');
  });

  it('1e, the aggregator: the demand went to Ozon’s operator, not to the seller; art. 12(2.4) broken on 23.11', () => {
    const aggregator: EscalationInput = {
      ...base,
      situation: 'not-delivered',
      prepaymentTo: 'aggregator',
      price: undefined,
      prepayment: 12990,
      dates: { promised: '2026-11-01', withdrawn: '2026-11-10', demandReceived: '2026-11-11' },
    };
    const statement = part(built(aggregator), 'statement');
    expect(statement).toContain('10.11.2026 владельцу агрегатора ООО «Интернет Решения» направлено требование о возврате суммы предварительной оплаты; ответа на него не получено.');
    expect(statement).not.toContain('продавцу направлена претензия');
    expect(statement).toContain(sum('В требовании я потребовала вернуть сумму предварительной оплаты 12 990 ₽.'));
    expect(statement).toContain('Срок, установленный п. 2.4 ст. 12 Закона (10 календарных дней со дня предъявления требования), истёк 23.11.2026');
    expect(statement).toContain('Тем самым нарушены обязательные требования п. 2.4 ст. 12 Закона.');
  });

  it('a prepayment refund from the seller breaks art. 23.1(2); the shopper without a claim on record still says what she demanded', () => {
    const seller: EscalationInput = { ...base, situation: 'not-delivered', price: undefined, prepayment: 4000, dates: { promised: '2026-11-01', demandReceived: '2026-11-11' } };
    expect(part(built(seller), 'statement')).toContain('Тем самым нарушены обязательные требования п. 2 ст. 23.1 Закона.');
    const unsent = part(built({ ...base, events: base.events.slice(0, 1) }), 'statement');
    expect(unsent).toContain(sum('Я потребовала вернуть уплаченную за товар сумму 12 990 ₽.'));
  });
});

describe('m1, m2. the complaint goes to the territorial office and asks for what 248-ФЗ allows', () => {
  it('asks to consider it, a warning among the measures, and liability — ч. 1 ст. 14.8 КоАП only for the seller’s details not given', () => {
    const document = built(base);
    expect(part(document, 'to')).toMatch(/^В Управление Федеральной службы .* по субъекту Российской Федерации/);
    expect(document.parts.find((p) => p.id === 'to')!.en).toContain('petition.rospotrebnadzor.ru');
    const request = part(document, 'request');
    expect(request).toContain('Прошу рассмотреть жалобу, принять меры, предусмотренные Федеральным законом от 31.07.2020 № 248-ФЗ');
    expect(request).toContain('в том числе объявить предостережение о недопустимости нарушения обязательных требований');
    expect(request).not.toContain('провести проверку');
    expect(request).not.toContain('14.8');
    expect(part(built({ ...base, operatorFailedSellerInfo: true }), 'request')).toContain('по ч. 1 ст. 14.8 КоАП РФ');
  });
});

describe('M6. the demand to the aggregator’s owner names interest, moral damages and the fine', () => {
  it('1c: ст. 395 ГК, ст. 15, п. 6 ст. 13; the penalty stays the seller’s', () => {
    const demand = built({
      ...base,
      kind: 'claim',
      situation: 'not-delivered',
      prepaymentTo: 'aggregator',
      price: undefined,
      prepayment: 12990,
      dates: { promised: '2026-11-01', withdrawn: '2026-11-10' },
      today: '2026-11-22',
    });
    expect(part(demand, 'title')).toMatch(/^ТРЕБОВАНИЕ/);
    const consequences = part(demand, 'consequences');
    expect(consequences).toContain(
      'в суд с требованием о взыскании суммы предварительной оплаты, процентов за пользование чужими денежными средствами (ст. 395 ГК РФ), ' +
        'компенсации морального вреда (ст. 15 Закона) и штрафа в размере 50 % от присуждённой суммы',
    );
    expect(consequences).toContain('(п. 6 ст. 13 Закона)');
    expect(consequences).toContain('Неустойку за нарушение срока передачи предварительно оплаченного товара (п. 3 ст. 23.1 Закона) я вправе требовать от продавца.');
  });
});

describe('M7. the return claim: the sum, ст. 395 ГК interest, moral damages, the fine; the goods back by the buyer’s means (7-П)', () => {
  const ret: EscalationInput = { ...base, kind: 'claim', situation: 'return', termsInWriting: 'yes', remedy: undefined, dates: { delivered: '2026-11-20' }, today: '2026-11-22' };

  it('4a: the consequences and the return terms', () => {
    const document = built(ret);
    expect(part(document, 'consequences')).toContain(
      sum('в суд с требованием о взыскании уплаченной за товар суммы (12 990 ₽), процентов за пользование чужими денежными средствами (ст. 395 ГК РФ), компенсации морального вреда (ст. 15 Закона) и штрафа'),
    );
    expect(part(document, 'consequences')).not.toContain('неустойк');
    expect(part(document, 'return-terms')).toContain(
      'Готова вернуть товар продавцу способом по моему выбору: через пункт выдачи маркетплейса либо почтовым отправлением (курьерской службой) по адресу продавца ' +
        '(постановление Конституционного Суда РФ от 17.02.2026 № 7-П).',
    );
  });
});

describe('M10. no return claim for goods only the buyer can use (art. 26.1(4), last sentence)', () => {
  const custom: EscalationInput = { ...base, kind: 'claim', situation: 'return', termsInWriting: 'yes', remedy: undefined, restrictedGoods: 'custom-made', dates: { delivered: '2026-11-20' }, today: '2026-11-22' };

  it('4f: asks whether the item is a standard one; refuses an individually defined one; says so for a standard one', () => {
    expect(buildDocument(custom)).toEqual({ ok: false, reason: 'missing', missing: [], asked: ['made-to-order'] });
    expect(buildDocument({ ...custom, madeToOrder: 'individual' })).toEqual({ ok: false, reason: 'invalid', problems: ['return-excluded-custom'] });
    const statement = part(built({ ...custom, madeToOrder: 'standard' }), 'statement');
    expect(statement).toContain(
      'Товар изготовлен под заказ, однако не имеет индивидуально-определённых свойств: это стандартный товар из ассортимента продавца, ' +
        'которым может пользоваться любой потребитель, поэтому ограничение, установленное последним предложением п. 4 ст. 26.1 Закона, к нему не применяется.',
    );
    // Other goods sellers refuse are not asked about, and a defect claim is not affected.
    expect(buildDocument({ ...custom, restrictedGoods: 'food' }).ok).toBe(true);
    expect(buildDocument({ ...custom, kind: 'claim', situation: 'defect', remedy: 'refund' }).ok).toBe(true);
  });
});

describe('m4, m5. the sums and the running penalty', () => {
  it('m4, 5a: the late demand’s refund names the sum', () => {
    const late = built({ ...base, kind: 'claim', situation: 'demand-late', lateBasis: 'defect', dates: { demandReceived: '2026-11-02' }, today: '2026-11-22' });
    expect(part(late, 'demand')).toContain(sum('Прошу незамедлительно вернуть уплаченную за товар сумму (12 990 ₽) и выплатить неустойку'));
  });

  it('m5, 1a/1b: the penalty runs on to the refund or the delivery; a new date claims the goods, not the prepayment; losses under art. 23.1(2)', () => {
    const notDelivered: EscalationInput = { ...base, kind: 'claim', situation: 'not-delivered', price: undefined, prepayment: 4000, dates: { promised: '2026-11-01' }, today: '2026-11-22' };
    const refund = built(notDelivered);
    expect(part(refund, 'demand')).toContain(
      'а также по 0,5 % суммы предварительной оплаты за каждый последующий день до дня возврата предварительной оплаты, но не более суммы предварительной оплаты (абз. 2 п. 3 ст. 23.1 Закона).',
    );
    expect(part(refund, 'consequences')).toContain('убытков, причинённых нарушением срока передачи товара (п. 2 ст. 23.1 Закона)');
    const deliver = built({ ...notDelivered, remedy: 'deliver', dates: { promised: '2026-11-01', newDelivery: '2026-12-01' } });
    expect(part(deliver, 'demand')).toContain('до дня передачи товара, но не более суммы предварительной оплаты');
    expect(part(deliver, 'consequences')).toContain('в суд с требованием о передаче оплаченного товара, о взыскании неустойки (п. 3 ст. 23.1 Закона)');
    expect(part(deliver, 'consequences')).not.toContain('предварительной оплаты');
    // Capped at the prepayment: nothing more runs.
    const capped = built({ ...notDelivered, today: '2027-06-01' });
    expect(part(capped, 'demand')).not.toContain('каждый последующий день');
  });
});

