/**
 * What the complaint says was demanded, which term ran out and which mandatory requirement was thereby
 * broken (legal review M5). Rospotrebnadzor examines breaches of mandatory requirements (art. 40 of the
 * law), and an appeal must state «суть предложения, заявления или жалобы» (59-ФЗ, ч. 1 ст. 7): the demand
 * with its sum, the term with its article and last day, and the article broken once that day has passed.
 * Nothing is said to be broken before its day, nor on a day a year without a bundled calendar may still move.
 */
import { byGender, genderOf } from '@/utils/templates';
import { remedyTerm, rubles, termText, type Deadline, type DeadlineId } from '../deadlines';
import { inDigits } from '../terms';
import { REMEDY_DEMAND } from './claim-defect';
import { documentDate, termEnd } from './format';
import type { EscalationInput } from './input';
import { aggregatorDemand } from './parties';

interface Demanded {
  /** After «потребовала»: the demand with its sum. */
  demand: string;
  /** The term's deadline, where the dates give one. */
  term?: DeadlineId;
  /** The term in words when no date is known: «10 дней со дня предъявления требования». */
  rule: string;
  /** The provision that sets the term: «ст. 22», «п. 4 ст. 26.1». */
  article: string;
}

const REMEDY_ARTICLE = { '20': 'п. 1 ст. 20', '21': 'п. 1 ст. 21', '22': 'ст. 22' } as const;

function demanded(input: EscalationInput): Demanded | undefined {
  const price = input.price ? ` ${rubles(input.price)}` : '';
  const prepayment = rubles((input.prepayment ?? input.price) ?? 0);
  const fromDemand = 'со дня предъявления требования';
  const basis = input.situation === 'demand-late' ? input.lateBasis : input.situation;
  if (aggregatorDemand(input)) {
    return { demand: `вернуть сумму предварительной оплаты ${prepayment}`, term: 'prepayment-refund', rule: `${inDigits('aggregator-refund')} ${fromDemand}`, article: 'п. 2.4 ст. 12' };
  }
  switch (basis) {
    case 'return':
      return {
        demand: `вернуть уплаченную за товар сумму${price} в связи с отказом от товара надлежащего качества`,
        term: 'refund',
        rule: `${inDigits('return-refund')} ${fromDemand}`,
        article: 'п. 4 ст. 26.1',
      };
    case 'prepayment':
    case 'not-delivered':
      if (input.situation === 'not-delivered' && input.remedy !== 'refund') {
        const by = input.dates.newDelivery;
        return by ? { demand: `передать оплаченный товар в новый срок — не позднее ${documentDate(by)}`, rule: '', article: 'п. 2 ст. 23.1' } : undefined;
      }
      return { demand: `вернуть сумму предварительной оплаты ${prepayment}`, term: 'prepayment-refund', rule: `${inDigits('prepayment-refund')} ${fromDemand}`, article: 'п. 2 ст. 23.1' };
    case 'defect': {
      const remedy = input.remedy ?? 'refund';
      const { term, article } = remedyTerm(remedy, input);
      return {
        demand: `${REMEDY_DEMAND[remedy]}${remedy === 'refund' ? price : ''}`,
        term: term ? 'remedy' : undefined,
        rule: term ? `${termText(term)} ${fromDemand}` : 'незамедлительно',
        article: REMEDY_ARTICLE[article as keyof typeof REMEDY_ARTICLE] ?? `ст. ${article}`,
      };
    }
    default:
      return undefined;
  }
}

/** «В претензии я потребовала …; срок, установленный ст. 22 Закона, истёк 23.11.2026 …»: '' when the case names no demand. */
export function breachSentence(input: EscalationInput, deadlines: Deadline[], inWriting: boolean): { ru: string; breached: boolean } {
  const d = demanded(input);
  if (!d) return { ru: '', breached: false };
  const who = byGender({ female: 'я потребовала', male: 'я потребовал', neutral: 'мною заявлено требование' }, genderOf(input.profile));
  const lead = inWriting ? `${aggregatorDemand(input) ? 'В требовании' : 'В претензии'} ${who}` : who.charAt(0).toUpperCase() + who.slice(1);
  const broken = ` Тем самым нарушены обязательные требования ${d.article} Закона.`;
  // A new delivery date is a date the buyer set, not a term: it is not moved off a day off.
  if (!d.term && d.rule === '') {
    const by = input.dates.newDelivery!;
    const passed = input.today > by;
    return { ru: `${lead} ${d.demand} (${d.article} Закона).${passed ? ` Новый срок истёк, товар не передан.${broken}` : ''}`, breached: passed };
  }
  const term = d.term && deadlines.find((x) => x.id === d.term);
  // A late demand's own statement already gives the term and its last day.
  const restated = input.situation === 'demand-late';
  let state: string;
  let breached = false;
  if (!term) state = restated ? '' : ` Срок удовлетворения требования — ${d.rule} (${d.article} Закона).`;
  else if (term.approximate) state = restated ? '' : ` Срок, установленный ${d.article} Закона, — ${d.rule}; последний день срока — ${termEnd(term).ru}.`;
  else if (!term.passed) state = restated ? '' : ` Срок, установленный ${d.article} Закона, истекает ${documentDate(term.date)}.`;
  else {
    breached = true;
    state = `${restated ? '' : ` Срок, установленный ${d.article} Закона (${d.rule}), истёк ${documentDate(term.date)};`} ${restated ? 'Требование' : 'требование'} не удовлетворено.${broken}`;
  }
  return { ru: `${lead} ${d.demand}.${state}`, breached };
}
