/**
 * Prepaid goods not delivered on time: a new date or the prepayment back from the seller (art. 23.1), or
 * the prepayment back from the aggregator's owner that took it (art. 12(2.4)).
 */
import { byGender, genderOf } from '@/utils/templates';
import { penaltyArithmetic, rubles, type Penalty } from '../deadlines';
import { inWords, RATES } from '../terms';
import { LAW_GENITIVE } from '../law';
import { documentDate } from './format';
import type { EscalationInput } from './input';
import { aggregatorDemand, aggregatorOf, sellerOf } from './parties';
import { sellerLine } from './parts';
import type { DocumentPart } from './result';

export function notDeliveredStatementAndDemand(input: EscalationInput, penalty: Penalty | undefined): DocumentPart[] {
  const base = input.prepayment ?? input.price!;
  if (aggregatorDemand(input)) {
    const aggregator = aggregatorOf(input)!;
    const seller = sellerOf(input);
    return [
      {
        id: 'statement',
        text:
          `Товар оплачен заранее: сумма предварительной оплаты ${rubles(base)} получена владельцем агрегатора информации о товарах — ` +
          `${aggregator.name!.trim()}. В установленный срок — ${documentDate(input.dates.promised!)} — товар не передан. ` +
          `${documentDate(input.dates.withdrawn!)} ${byGender(
            {
              female: `я уведомила продавца — ${sellerLine(seller, false)} —`,
              male: `я уведомил продавца — ${sellerLine(seller, false)} —`,
              neutral: `продавец — ${sellerLine(seller, false)} — уведомлён мною`,
            },
            genderOf(input.profile),
          )} об отказе от исполнения ` +
          `договора в связи с нарушением срока передачи товара. Согласно п. 2.4 ст. 12 ${LAW_GENITIVE} в этом случае владелец ` +
          `агрегатора, получивший предварительную оплату, обязан возвратить её потребителю в течение ${inWords('aggregator-refund')} со дня ` +
          'предъявления требования.',
        en: 'The ground: art. 12(2.4) — the goods were not delivered on time and you told the seller you withdraw; the aggregator’s owner that took the prepayment must refund it within 10 calendar days of your demand.',
      },
      {
        id: 'demand',
        text:
          `Прошу возвратить сумму предварительной оплаты ${rubles(base)} в течение ${inWords('aggregator-refund')} со дня предъявления настоящего требования (п. 2.4 ст. 12 Закона). ` +
          // Legal review m13: the seller's copy carries the notice of withdrawal again, so its receipt is proved with the demand's.
          'Продавцу, получающему копию настоящего требования, настоящим повторно сообщаю об отказе от исполнения договора купли-продажи ' +
          'в связи с нарушением срока передачи предварительно оплаченного товара (п. 2 ст. 23.1 Закона).',
        en: 'The demand: the prepayment back within 10 calendar days (art. 12(2.4)); the seller’s copy repeats your notice of withdrawal, so its receipt is proved too (art. 23.1(2)). The penalty for late delivery is the seller’s to pay (art. 23.1(3)), not the aggregator’s, and is not demanded here.',
      },
    ];
  }
  const remedy = input.remedy === 'refund' ? 'refund' : 'deliver';
  const late = penalty
    ? ` На ${documentDate(input.today)} просрочка составляет ${penalty.days} дн., неустойка по п. 3 ст. 23.1 Закона ` +
      `(${RATES['penalty-23.1'].words} суммы предварительной оплаты за каждый день, не более суммы предоплаты): ${penaltyArithmetic(penalty)}.`
    : '';
  return [
    {
      id: 'statement',
      text:
        `Товар оплачен заранее (${rubles(base)}), однако в установленный срок — ${documentDate(input.dates.promised!)} — не передан. ` +
        `Согласно ст. 23.1 ${LAW_GENITIVE} в этом случае потребитель вправе потребовать передачи товара в новый срок либо возврата ` +
        'суммы предварительной оплаты, а продавец уплачивает неустойку.' + late,
      en: 'The ground: art. 23.1 — prepaid goods not delivered on time: a new delivery date or the prepayment back, and 0.5 % of the prepayment per day of delay, at most the prepayment.',
    },
    {
      id: 'demand',
      text:
        (remedy === 'refund'
          ? `Прошу вернуть сумму предварительной оплаты ${rubles(base)} в течение ${inWords('prepayment-refund')} со дня предъявления настоящего требования (пп. 2, 4 ст. 23.1 Закона)`
          : `Прошу передать оплаченный товар в установленный мною новый срок — не позднее ${documentDate(input.dates.newDelivery!)} (п. 2 ст. 23.1 Закона)`) +
        (penalty
          ? ` и выплатить неустойку в размере ${rubles(penalty.amount)} на ${documentDate(input.today)}` +
            // Legal review m5: the penalty runs on to the handing over or the refund (абз. 2 п. 3 ст. 23.1), up to the prepayment.
            (penalty.capped
              ? ' (п. 3 ст. 23.1 Закона).'
              : `, а также по ${RATES['penalty-23.1'].words} суммы предварительной оплаты за каждый последующий день до дня ${remedy === 'refund' ? 'возврата предварительной оплаты' : 'передачи товара'}, ` +
                'но не более суммы предварительной оплаты (абз. 2 п. 3 ст. 23.1 Закона).')
          : '.'),
      en: 'The demand: delivery by a new date you set (art. 23.1(2)), or the prepayment back within 10 days (art. 23.1(2) and (4)), and the penalty to date and for each further day until the goods or the money reach you, at most the prepayment (art. 23.1(3)).',
    },
  ];
}
