/**
 * An earlier demand the seller did not meet in time: the claim restates it and adds the sanction its basis
 * carries — for a defect, the penalty of art. 23 to date; for a return or a prepayment, `claim-late-refund`.
 */
import { penaltyArithmetic, penaltyPerDay, remedyTerm, rubles, termText, type Deadline, type Penalty } from '../deadlines';
import { LAW_GENITIVE, type ArticleId } from '../law';
import { REMEDY_DEMAND } from './claim-defect';
import { documentDate, termEnd } from './format';
import type { EscalationInput } from './input';
import { latePrepaymentRefund, lateReturnRefund } from './claim-late-refund';
import type { DocumentPart } from './result';

const ARTICLE_REF: Partial<Record<ArticleId, string>> = { '20': 'п. 1 ст. 20', '21': 'п. 1 ст. 21', '22': 'ст. 22' };

export function lateDemandStatementAndDemand(input: EscalationInput, deadlines: Deadline[], penalty: Penalty | undefined): DocumentPart[] {
  if (input.lateBasis === 'return') return lateReturnRefund(input, deadlines);
  if (input.lateBasis === 'prepayment') return latePrepaymentRefund(input, deadlines, penalty);
  const term = deadlines.find((d) => d.id === 'remedy');
  const remedy = input.remedy ?? 'refund';
  const { term: given, article } = remedyTerm(remedy, input);
  const ref = ARTICLE_REF[article] ?? `ст. ${article}`;
  const end = term && termEnd(term);
  // A last day in a year without a bundled calendar is the earliest it can be: the penalty is then given
  // per day, from the day after the term, never as a sum to date.
  const late = penalty?.approximate
    ? ` Последний день срока — ${end!.ru}. Неустойка по п. 1 ст. 23 Закона начисляется со дня, следующего за последним днём срока, ` +
      `в размере 1 % цены товара (${rubles(penaltyPerDay(penalty))}) за каждый день просрочки.`
    : penalty
      ? ` Срок истёк ${end!.ru}. На ${documentDate(input.today)} просрочка составляет ${penalty.days} дн., ` +
        `неустойка по п. 1 ст. 23 Закона (1 % цены товара за каждый день): ${penaltyArithmetic(penalty)}.`
      : end
        ? ` Срок его удовлетворения истекает ${end.ru}.`
        : '';
  const uncertain = end && term!.approximate ? ` The term’s last day falls in a year whose production calendar is not bundled: it is given as ${end.en}${penalty ? ', and the penalty per day, not as a sum' : ''}.` : '';
  const due = given ? `в течение ${termText(given)}` : 'незамедлительно';
  return [
    {
      id: 'statement',
      text:
        `${documentDate(input.dates.demandReceived!)} продавцом получено требование ${REMEDY_DEMAND[remedy]}${remedy === 'repair' ? '' : ' в связи с недостатком товара'} (ст. 18 Закона). ` +
        `Согласно ${ref} ${LAW_GENITIVE} оно подлежало удовлетворению ${due}.` +
        late,
      en: given
        ? `The ground: your earlier demand was due within ${given.months ? `${given.months} month` : `${given.days} days`} of the seller receiving it (art. ${article}); once late, art. 23 adds 1 % of the price for each day${uncertain ? '.' : ', worked out here to today.'}` +
          uncertain
        : 'The ground: a repair with no term agreed in writing is due without delay (art. 20(1)); no date is given to count the penalty from, so none is worked out.',
    },
    {
      id: 'demand',
      text:
        `Прошу незамедлительно ${REMEDY_DEMAND[remedy]}${remedy === 'refund' && input.price ? ` ${rubles(input.price)}` : ''}` +
        (penalty?.approximate
          ? ` и выплатить неустойку в размере 1 % цены товара (${rubles(penaltyPerDay(penalty))}) за каждый день просрочки со дня, следующего за последним днём срока, до дня удовлетворения требования`
          : penalty
            ? ` и выплатить неустойку в размере ${rubles(penalty.amount)} на ${documentDate(input.today)}, а также за каждый последующий день просрочки до дня удовлетворения требования`
            : '') +
        ` (${ref}, п. 1 ст. 23 Закона).`,
      en: penalty?.approximate
        ? `The demand: meet the original demand now and pay the penalty of 1 % of the price for each day from the day after the term (arts. ${article} and 23); no sum is given until the term’s last day is certain.`
        : `The demand: meet the original demand now and pay the penalty to date and for each further day (arts. ${article} and 23).`,
    },
  ];
}
