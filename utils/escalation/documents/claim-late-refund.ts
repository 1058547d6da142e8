/**
 * A late refund that is not owed for a defect, so art. 23's 1 % does not apply: the refund for a return of
 * goods of proper quality (art. 26.1(4), interest under Civil Code art. 395), and the refund of a
 * prepayment for goods not handed over (art. 23.1(2), the penalty of art. 23.1(3)).
 */
import { addDays } from '@/utils/calendar';
import { penaltyArithmetic, rubles, type Deadline, type Penalty } from '../deadlines';
import { inWords, inWordsAccusative, RATES } from '../terms';
import { LAW_GENITIVE } from '../law';
import { documentDate, termEnd } from './format';
import type { EscalationInput } from './input';
import type { DocumentPart } from './result';

/** The penalty of art. 23.1(3) a day, as the claim writes it: «0,5 %». */
const P231 = RATES['penalty-23.1'].words;

/** The interest of Civil Code art. 395 as the claim states it: how it is counted, never a sum (the key rate is not bundled). */
const INTEREST_RULE =
  'проценты за пользование чужими денежными средствами по ст. 395 Гражданского кодекса РФ, начисляемые на сумму долга по ключевой ставке ' +
  'Банка России, действовавшей в соответствующие периоды';

export function lateReturnRefund(input: EscalationInput, deadlines: Deadline[]): DocumentPart[] {
  const price = rubles(input.price!);
  const term = deadlines.find((d) => d.id === 'refund');
  // A last day in a year without a bundled calendar is the earliest it can be: nothing is said to have
  // passed on it, and the interest runs from the day after the term, whichever day that proves to be.
  const uncertain = term?.approximate === true;
  const since = term?.passed && !uncertain ? addDays(term.date, 1) : undefined;
  const state = !term
    ? ''
    : uncertain
      ? ` Последний день срока — ${termEnd(term).ru}. Со дня, следующего за последним днём срока, по день возврата денежных средств подлежат уплате ${INTEREST_RULE}.`
      : since
        ? ` Срок истёк ${documentDate(term.date)}. С ${documentDate(since)} по день возврата денежных средств подлежат уплате ${INTEREST_RULE}.`
        : ` Срок его удовлетворения истекает ${documentDate(term.date)}.`;
  return [
    {
      id: 'statement',
      text:
        `${documentDate(input.dates.demandReceived!)} продавцом получено требование вернуть уплаченную за товар сумму ${price} в связи с отказом ` +
        `от товара надлежащего качества, приобретённого дистанционным способом. Согласно п. 4 ст. 26.1 ${LAW_GENITIVE} уплаченная сумма ` +
        `подлежала возврату не позднее чем через ${inWordsAccusative('return-refund')} со дня предъявления требования.` +
        state,
      en:
        'The ground: you returned goods of proper quality (art. 26.1(4)); the refund was due within 10 days of your demand. Art. 23’s 1 % a day covers only the demands of arts. 20–22 (defects), so a late refund of a return bears interest under Civil Code art. 395 instead: the sum × the Bank of Russia’s key rate in each period ÷ the days of the year × the days of delay. The key rate is not bundled here, so no amount is worked out: a court, or the Bank of Russia’s published rates, give it.',
    },
    {
      id: 'demand',
      text: since
        ? `Прошу незамедлительно вернуть уплаченную за товар сумму ${price} и уплатить проценты за пользование чужими денежными средствами, ` +
          `начисленные на эту сумму с ${documentDate(since)} по день её возврата (п. 4 ст. 26.1 Закона, п. 1 ст. 395 ГК РФ).`
        : uncertain && term?.passed
          ? `Прошу незамедлительно вернуть уплаченную за товар сумму ${price} и уплатить проценты за пользование чужими денежными средствами, ` +
            'начисленные на эту сумму со дня, следующего за последним днём срока, по день её возврата (п. 4 ст. 26.1 Закона, п. 1 ст. 395 ГК РФ).'
          : `Прошу вернуть уплаченную за товар сумму ${price}${term && !uncertain ? ` не позднее ${documentDate(term.date)}` : ` в течение ${inWords('return-refund')} со дня предъявления требования`} (п. 4 ст. 26.1 Закона).`,
      en: since
        ? 'The demand: the refund now, with art. 395 interest from the day after the term until the money is paid (arts. 26.1(4) of the law and 395 of the Civil Code).'
        : 'The demand: the refund within the law’s term (art. 26.1(4)).',
    },
  ];
}

export function latePrepaymentRefund(input: EscalationInput, deadlines: Deadline[], penalty: Penalty | undefined): DocumentPart[] {
  const base = rubles((input.prepayment ?? input.price)!);
  const term = deadlines.find((d) => d.id === 'prepayment-refund');
  const state =
    (term
      ? term.approximate
        ? ` Последний день срока — ${termEnd(term).ru}.`
        : term.passed
          ? ` Срок истёк ${documentDate(term.date)}.`
          : ` Срок его удовлетворения истекает ${documentDate(term.date)}.`
      : '') +
    (penalty
      ? ` На ${documentDate(input.today)} просрочка передачи товара составляет ${penalty.days} дн., неустойка по п. 3 ст. 23.1 Закона ` +
        `(${P231} суммы предварительной оплаты за каждый день, не более суммы предоплаты): ${penaltyArithmetic(penalty)}.`
      : '');
  return [
    {
      id: 'statement',
      text:
        `Товар оплачен заранее (${base}), однако в установленный срок — ${documentDate(input.dates.promised!)} — не передан. ` +
        `${documentDate(input.dates.demandReceived!)} продавцом получено требование вернуть сумму предварительной оплаты. Согласно п. 2 ст. 23.1 ` +
        `${LAW_GENITIVE} оно подлежало удовлетворению в течение ${inWords('prepayment-refund')} со дня его предъявления.` +
        state,
      en: 'The ground: prepaid goods not handed over on the promised date (art. 23.1); the prepayment was due back within 10 days of your demand, and 0.5 % of the prepayment a day runs from the day after the promised date until it is refunded, at most the prepayment (art. 23.1(3)).',
    },
    {
      id: 'demand',
      text:
        `Прошу незамедлительно вернуть сумму предварительной оплаты ${base}` +
        (penalty
          ? ` и выплатить неустойку в размере ${rubles(penalty.amount)} на ${documentDate(input.today)}` +
            (penalty.capped ? '' : `, а также по ${P231} суммы предварительной оплаты за каждый последующий день до дня её возврата, но не более суммы предварительной оплаты`)
          : '') +
        ' (пп. 2, 3 ст. 23.1 Закона).',
      en: 'The demand: the prepayment back now, and the penalty to date and for each further day until the refund, at most the prepayment (art. 23.1(2) and (3)).',
    },
  ];
}
