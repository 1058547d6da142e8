/**
 * An earlier demand the seller did not meet in time: the claim restates it and adds the sanction its basis
 * carries — for a defect, the penalty of art. 23 to date; for a return or a prepayment, `claim-late-refund`.
 */
import { penaltyArithmetic, remedyTerm, rubles, termText, type Deadline, type Penalty } from '../deadlines';
import { LAW_GENITIVE, type ArticleId } from '../law';
import { REMEDY_DEMAND } from './claim-defect';
import { documentDate } from './format';
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
  const late = penalty
    ? ` Срок истёк ${documentDate(term!.date)}. На ${documentDate(input.today)} просрочка составляет ${penalty.days} дн., ` +
      `неустойка по п. 1 ст. 23 Закона (1 % цены товара за каждый день): ${penaltyArithmetic(penalty)}.`
    : term
      ? ` Срок его удовлетворения истекает ${documentDate(term.date)}.`
      : '';
  const due = given ? `в течение ${termText(given)}` : 'незамедлительно';
  return [
    {
      id: 'statement',
      text:
        `${documentDate(input.dates.demandReceived!)} продавцом получено требование ${REMEDY_DEMAND[remedy]}${remedy === 'repair' ? '' : ' в связи с недостатком товара'} (ст. 18 Закона). ` +
        `Согласно ${ref} ${LAW_GENITIVE} оно подлежало удовлетворению ${due}.` +
        late,
      en: given
        ? `The ground: your earlier demand was due within ${given.months ? `${given.months} month` : `${given.days} days`} of the seller receiving it (art. ${article}); once late, art. 23 adds 1 % of the price for each day, worked out here to today.`
        : 'The ground: a repair with no term agreed in writing is due without delay (art. 20(1)); no date is given to count the penalty from, so none is worked out.',
    },
    {
      id: 'demand',
      text:
        `Прошу незамедлительно ${REMEDY_DEMAND[remedy]}` +
        (penalty ? ` и выплатить неустойку в размере ${rubles(penalty.amount)} на ${documentDate(input.today)}, а также за каждый последующий день просрочки до дня удовлетворения требования` : '') +
        ` (${ref}, п. 1 ст. 23 Закона).`,
      en: `The demand: meet the original demand now and pay the penalty to date and for each further day (arts. ${article} and 23).`,
    },
  ];
}
