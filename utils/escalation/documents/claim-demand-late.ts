/**
 * An earlier demand the seller did not meet in time: the claim restates it and adds the sanction its basis
 * carries — for a defect, the penalty of art. 23 to date; for a return or a prepayment, `claim-late-refund`.
 */
import { penaltyArithmetic, penaltyPerDay, remedyTerm, rubles, termText, type Deadline, type Penalty, type Remedy } from '../deadlines';
import { inWords, RATES } from '../terms';
import { LAW_GENITIVE, type ArticleId } from '../law';
import { REMEDY_DEMAND, remedyTermPhrase } from './claim-defect';
import { documentDate, termEnd } from './format';
import type { EscalationInput } from './input';
import { latePrepaymentRefund, lateReturnRefund } from './claim-late-refund';
import type { DocumentPart } from './result';

/** The penalty of art. 23(1) a day, as the claim writes it: «1 %». */
const P23 = RATES['penalty-23'].words;

const ARTICLE_REF: Partial<Record<ArticleId, string>> = { '20': 'п. 1 ст. 20', '21': 'п. 1 ст. 21', '22': 'ст. 22' };

/** Whose term was broken, after «нарушением срока»: the repair's, the replacement's, the refund's or price cut's. */
const TERM_OF: Record<Remedy, string> = {
  repair: 'устранения недостатков товара',
  replace: 'замены товара',
  'replace-other': 'замены товара',
  'repair-costs': 'возмещения расходов на исправление недостатков товара',
  refund: 'возврата уплаченной за товар суммы',
  discount: 'соразмерного уменьшения покупной цены',
  deliver: 'передачи товара',
};

/**
 * The earlier demand's term as the claim states it, with the fact it rests on: a term agreed in writing, none
 * (the 45 days as the outer limit, M2), the longer replacement terms only as the seller invoked them (M3).
 */
function termSentence(input: EscalationInput, remedy: Remedy): string {
  const { term: given, article, outerLimit } = remedyTerm(remedy, input);
  if (remedy === 'repair' && outerLimit) {
    return (
      'Соглашения о сроке устранения недостатков в письменной форме не заключалось: недостатки подлежали устранению незамедлительно, ' +
      `и в любом случае срок их устранения не может превышать ${inWords('repair-max')} (п. 1 ст. 20 Закона).`
    );
  }
  if (remedy === 'repair') {
    return `Оно подлежало удовлетворению в согласованный сторонами в письменной форме срок — ${termText(given!)} (п. 1 ст. 20 Закона: не более ${inWords('repair-max')}).`;
  }
  const because =
    remedy === 'replace' && input.replacement === 'extra-check'
      ? ', поскольку продавец сообщил о необходимости дополнительной проверки качества товара'
      : remedy === 'replace' && input.replacement === 'out-of-stock'
        ? ', поскольку продавец сообщил об отсутствии у него товара для замены'
        : '';
  return `Согласно ${ARTICLE_REF[article] ?? `ст. ${article}`} ${LAW_GENITIVE} оно подлежало удовлетворению в течение ${termText(given!)}${because}.`;
}

export function lateDemandStatementAndDemand(input: EscalationInput, deadlines: Deadline[], penalty: Penalty | undefined): DocumentPart[] {
  if (input.lateBasis === 'return') return lateReturnRefund(input, deadlines);
  if (input.lateBasis === 'prepayment') return latePrepaymentRefund(input, deadlines, penalty);
  const term = deadlines.find((d) => d.id === 'remedy');
  const remedy = input.remedy ?? 'refund';
  // Art. 23(1), para 2: once the term is broken the buyer may make another of art. 18's demands (M1).
  const next = input.newRemedy && input.newRemedy !== remedy ? input.newRemedy : undefined;
  const { article } = remedyTerm(remedy, input);
  const ref = ARTICLE_REF[article] ?? `ст. ${article}`;
  const end = term && termEnd(term);
  // A last day in a year without a bundled calendar is the earliest it can be: the penalty is then given
  // per day, from the day after the term, never as a sum to date.
  const late = penalty?.approximate
    ? ` Последний день срока — ${end!.ru}. Неустойка по п. 1 ст. 23 Закона начисляется со дня, следующего за последним днём срока, ` +
      `в размере ${P23} цены товара (${rubles(penaltyPerDay(penalty))}) за каждый день просрочки.`
    : penalty
      ? ` Срок истёк ${end!.ru}. На ${documentDate(input.today)} просрочка составляет ${penalty.days} дн., ` +
        `неустойка по п. 1 ст. 23 Закона (${P23} цены товара за каждый день): ${penaltyArithmetic(penalty)}.`
      : end
        ? ` Срок его удовлетворения истекает ${end.ru}.`
        : '';
  const uncertain = end && term!.approximate ? ` The term’s last day falls in a year whose production calendar is not bundled: it is given as ${end.en}${penalty ? ', and the penalty per day, not as a sum' : ''}.` : '';
  return [
    {
      id: 'statement',
      text:
        `${documentDate(input.dates.demandReceived!)} продавцом получено требование ${REMEDY_DEMAND[remedy]}${remedy === 'repair' ? '' : ' в связи с недостатком товара'} (ст. 18 Закона). ` +
        termSentence(input, remedy) +
        late,
      en:
        `The ground: your earlier demand was due within its term from the seller’s receipt (art. ${article}${remedy === 'repair' ? '; with no term agreed in writing, 45 days are treated as the outer limit' : ''}); once late, art. 23 adds 1 % of the price for each day${uncertain ? '.' : ', worked out here to today.'}` +
        uncertain,
    },
    next ? switchedDemand(input, remedy, next, penalty) : sameDemand(input, remedy, ref, article, penalty),
  ];
}

/** The earlier demand, restated, with the penalty to date and for each further day. */
function sameDemand(input: EscalationInput, remedy: Remedy, ref: string, article: ArticleId, penalty: Penalty | undefined): DocumentPart {
  const sum = remedy === 'refund' && input.price ? ` (${rubles(input.price)})` : '';
  return {
    id: 'demand',
    text:
      `Прошу незамедлительно ${REMEDY_DEMAND[remedy]}${sum}` +
      (penalty?.approximate
        ? ` и выплатить неустойку в размере ${P23} цены товара (${rubles(penaltyPerDay(penalty))}) за каждый день просрочки со дня, следующего за последним днём срока, до дня удовлетворения требования`
        : penalty
          ? ` и выплатить неустойку в размере ${rubles(penalty.amount)} на ${documentDate(input.today)}, а также за каждый последующий день просрочки до дня удовлетворения требования`
          : '') +
      ` (${ref}, п. 1 ст. 23 Закона).`,
    en: penalty?.approximate
      ? `The demand: meet the original demand now and pay the penalty of 1 % of the price for each day from the day after the term (arts. ${article} and 23); no sum is given until the term’s last day is certain.`
      : `The demand: meet the original demand now and pay the penalty to date and for each further day (arts. ${article} and 23).`,
  };
}

/**
 * Another of art. 18's demands in place of the late one (art. 23(1), para 2): a refund withdraws from the
 * contract; the penalty for the broken term runs to this claim's day, when the earlier demand is dropped.
 */
function switchedDemand(input: EscalationInput, remedy: Remedy, next: Remedy, penalty: Penalty | undefined): DocumentPart {
  const sum = next === 'refund' && input.price ? ` (${rubles(input.price)})` : '';
  const withdraw = next === 'refund' ? 'отказываюсь от исполнения договора купли-продажи и прошу' : 'прошу';
  const forDelay = penalty?.approximate
    ? `, а также выплатить неустойку в размере ${P23} цены товара (${rubles(penaltyPerDay(penalty))}) за каждый день нарушения срока ${TERM_OF[remedy]} со дня, следующего за последним днём срока, по ${documentDate(input.today)}`
    : penalty
      ? `, а также выплатить неустойку за нарушение срока ${TERM_OF[remedy]} за период с ${documentDate(penalty.since)} по ${documentDate(penalty.until)} ` +
        `(${penalty.days} дн.) в размере ${rubles(penalty.amount)}`
      : '';
  return {
    id: 'demand',
    text:
      `В связи с нарушением срока ${TERM_OF[remedy]} на основании абз. 2 п. 1 ст. 23 и п. 1 ст. 18 Закона ${withdraw} ` +
      `${REMEDY_DEMAND[next]}${sum} ${remedyTermPhrase(input, next).ru}${forDelay} (п. 1 ст. 23 Закона).`,
    en: `The demand: the term was broken, so you make another of art. 18’s demands in its place (art. 23(1), para 2), with its own term, and the penalty for the delay up to today.`,
  };
}
