/** What a document needs before it is drawn: the values missing, the questions to ask, the values that are wrong. */
import { addDays, isIsoDate, onWorkingDay } from '@/utils/calendar';
import { moscowDate } from '@/utils/calendar/moscow';
import type { Inquiry } from '@/utils/inquiries/model';
import { answerDue, deadlinesFor, penaltyFor, REPAIR_MAX_DAYS, type Deadline, type Penalty, type Remedy } from '../deadlines';
import { sellerIdProblems } from '../seller-details';
import { TERMS } from '../terms';
import { filled } from './format';
import { customMadeAsked, customMadeProblems } from './custom-made';
import type { EscalationInput } from './input';
import { aggregatorDemand, aggregatorOf, sellerOf } from './parties';
import type { Asked, Missing, Problem } from './result';

/**
 * The day the buyer declared the defect, for the law's tests of the buyer's own terms (the warranty: art.
 * 19(1) asks that the defect be found within it): the day the demand was made where the shopper gave it;
 * else the inquiry's first sending, else the day it was saved — the inquiry shows the defect was known by
 * then. Never the day the seller received the demand (legal review C1: Civil Code art. 194(2)).
 */
export function defectDeclaredOn(input: EscalationInput): string {
  if (isIsoDate(input.dates.demandMade)) return input.dates.demandMade;
  return moscowDate(input.inquiry.firstSentAt ?? input.inquiry.createdAt);
}

/**
 * The day the refund or replacement of technically complex goods was demanded, for the fifteen days of
 * art. 18(1): the day the shopper says the demand was made, else this claim's own day — a first message to
 * the marketplace's support is not a demand, so it is offered in the form, never assumed.
 */
export function demandMadeOn(input: EscalationInput): string {
  return isIsoDate(input.dates.demandMade) ? input.dates.demandMade : input.today;
}

/** Fifteen days from delivery had passed for technically complex goods when the defect was declared (art. 18(1)). */
export function complexAfterFifteenDays(input: EscalationInput, deadlines: Deadline[] = deadlinesFor(input)): boolean {
  const term = deadlines.find((d) => d.id === 'complex-goods');
  return term !== undefined && demandMadeOn(input) > term.date;
}

/**
 * The remedies the buyer may choose for a defect: all four, except technically complex goods past
 * fifteen days with no ground given — then only a repair or a price reduction (art. 18(1)).
 */
export function remediesFor(input: EscalationInput, deadlines: Deadline[] = deadlinesFor(input)): Remedy[] {
  if (complexAfterFifteenDays(input, deadlines) && !input.complexGround) return ['repair', 'repair-costs', 'discount'];
  return ['refund', 'replace', 'replace-other', 'repair', 'repair-costs', 'discount'];
}

/** Whether the claim demands money: then it says where to pay. */
export function moneyDemanded(input: EscalationInput, penalty: Penalty | undefined): boolean {
  if (input.situation === 'return') return true;
  if (input.situation === 'demand-late' && (input.lateBasis === 'return' || input.lateBasis === 'prepayment')) return true;
  const demanded = input.situation === 'demand-late' && input.newRemedy ? input.newRemedy : input.remedy;
  if (demanded === 'refund' || demanded === 'discount' || demanded === 'repair-costs' || (input.losses ?? 0) > 0) return true;
  // The penalty to date is demanded where the claim works it out: a late demand, a late delivery, the goods ordered not yet handed over.
  const late = input.situation === 'demand-late' || input.situation === 'not-delivered' || input.situation === 'wrong-item';
  return late && penalty !== undefined && !aggregatorDemand(input);
}

/** What the document needs and the inquiry and form do not give. */
export function missingFor(input: EscalationInput): Missing[] {
  const missing: Missing[] = [];
  const { profile, inquiry, dates, situation } = input;
  const seller = sellerOf(input);
  if (!filled(profile.name)) missing.push('profile-name');
  if (!filled(profile.phone) && !filled(profile.email)) missing.push('profile-contact');
  if (!filled(profile.address)) missing.push('profile-address');
  if (!filled(seller.name)) missing.push('seller-name');
  if (!filled(seller.ids)) missing.push('seller-ids');
  if (input.kind === 'claim' && !aggregatorDemand(input) && !filled(seller.address)) missing.push('seller-address');
  if (!filled(inquiry.fields.title) && !filled(inquiry.fields.article)) missing.push('product');
  // A late refund of a prepayment rests on the prepayment and the promised date, as goods not delivered do.
  const prepaid = situation === 'not-delivered' || (situation === 'demand-late' && input.lateBasis === 'prepayment');
  if (prepaid) {
    if (!(input.prepayment ?? input.price)) missing.push('prepayment');
    if (!dates.promised) missing.push('date-promised');
    if (situation === 'not-delivered' && input.remedy !== 'refund' && !dates.newDelivery) missing.push('date-new-delivery');
  } else if (!input.price) missing.push('price');
  const mismatch = situation === 'wrong-item' || situation === 'incomplete';
  if ((situation === 'return' || situation === 'defect' || mismatch) && !dates.delivered) missing.push('date-delivered');
  // What came instead of the goods ordered, or what is missing; a new date for the goods ordered; the price cut's sum.
  if (mismatch && !filled(input.mismatch)) missing.push('mismatch');
  if (situation === 'wrong-item' && input.remedy === 'deliver' && !dates.newDelivery) missing.push('date-new-delivery');
  // A price cut names its sum (legal review m3), for a defect as for an incomplete order.
  const cut = situation === 'incomplete' || situation === 'defect';
  if (cut && input.remedy === 'discount' && !(input.priceCut && input.priceCut > 0)) missing.push('price-cut');
  if (situation === 'defect' && input.remedy === 'repair-costs' && !(input.repairCosts && input.repairCosts > 0)) missing.push('repair-costs');
  if (situation === 'demand-late' && !dates.demandReceived) missing.push('date-demand');
  if ((situation === 'defect' || situation === 'demand-late') && !filled(input.problem)) missing.push('problem');
  return missing;
}

/** What the form must ask beyond `missingFor`'s list; the case's deadlines and penalty, when worked out already. */
export function askedFor(input: EscalationInput, deadlines: Deadline[] = deadlinesFor(input), penalty: Penalty | undefined = penaltyFor(input, deadlines)): Asked[] {
  const asked: Asked[] = [];
  // No basis is assumed: a late refund of a return or of a prepayment is not art. 22's.
  if (input.situation === 'demand-late' && !input.lateBasis) asked.push('late-basis');
  if (input.situation === 'return' && !input.termsInWriting) asked.push('terms-in-writing');
  if (input.situation === 'defect' && (input.warrantyMonths === undefined || !(input.warrantyMonths >= 0))) asked.push('warranty');
  // Art. 23.1 and its penalty rest on a prepayment: asked, never assumed (an order may be paid on receipt).
  if (input.situation === 'wrong-item' && input.prepaid === undefined) asked.push('prepaid');
  if (
    complexAfterFifteenDays(input, deadlines) &&
    !input.complexGround &&
    (input.remedy === undefined || input.remedy === 'refund' || input.remedy === 'replace' || input.remedy === 'replace-other')
  ) {
    asked.push('complex-ground');
  }
  asked.push(...customMadeAsked(input));
  if (aggregatorDemand(input)) {
    if (!input.dates.withdrawn) asked.push('date-withdrawn');
    if (!aggregatorOf(input)) asked.push('aggregator');
  }
  if (input.kind === 'claim' && moneyDemanded(input, penalty)) {
    if (!input.payment) asked.push('payment');
    else if (input.payment.method === 'details' && !filled(input.payment.details)) asked.push('payment-details');
  }
  return asked;
}

/** Values given but wrong: the seller's (or the aggregator's) numbers by their control digits, a repair term over 45 days. */
export function problemsFor(input: EscalationInput): Problem[] {
  const problems: Problem[] = [...sellerIdProblems(sellerOf(input).ids)];
  if (aggregatorDemand(input) && input.inquiry.marketplace !== 'ozon' && sellerIdProblems(input.aggregator?.ids).length) {
    problems.push('aggregator-ids-invalid');
  }
  if (input.situation !== 'not-delivered' && input.remedy === 'repair' && (input.repairDays ?? 0) > REPAIR_MAX_DAYS) {
    problems.push('repair-days-over-45');
  }
  const cut = input.situation === 'incomplete' || input.situation === 'defect';
  if (cut && input.remedy === 'discount' && input.priceCut && input.price && input.priceCut >= input.price) {
    problems.push('price-cut-over-price');
  }
  problems.push(...breachNotYet(input), ...answerNotDue(input), ...customMadeProblems(input));
  return problems;
}

/**
 * A document must not state a breach before it has happened (legal review M4): the goods are late only
 * from the day after the promised date; the buyer may withdraw for the delay only then; and the
 * aggregator's owner has kept the prepayment only once its ten calendar days (moved off a day off, ГК
 * ст. 193) from the withdrawal are over.
 */
function breachNotYet(input: EscalationInput): Problem[] {
  const { promised, withdrawn } = input.dates;
  const late = input.situation === 'not-delivered' || (input.situation === 'demand-late' && input.lateBasis === 'prepayment');
  if (!late || !isIsoDate(promised)) return [];
  const problems: Problem[] = [];
  if (input.today <= promised) problems.push('promised-not-passed');
  if (isIsoDate(withdrawn) && withdrawn <= promised && aggregatorDemand(input)) problems.push('withdrawn-before-promised');
  if (input.kind === 'complaint' && aggregatorDemand(input) && isIsoDate(withdrawn) && input.today <= onWorkingDay(addDays(withdrawn, TERMS['aggregator-refund'].amount)).date) {
    problems.push('aggregator-term-not-passed');
  }
  return problems;
}

/**
 * A complaint says the claim went unanswered only once the ten days to answer it, from its receipt (Civil
 * Code art. 165.1) and moved off a day off (art. 193), are over (legal review M4: complaint 8a, received
 * 12.11, answer due 23.11). A reply already received is a ground at once: the complaint then says the
 * answer does not meet the demands.
 */
function answerNotDue(input: EscalationInput): Problem[] {
  const received = input.dates.claimReceived;
  if (input.kind !== 'complaint' || !isIsoDate(received)) return [];
  const claim = input.events.filter((e) => e.type === 'claim').sort((a, b) => a.at - b.at)[0];
  if (!claim || input.events.some((e) => e.type === 'reply' && e.at >= claim.at)) return [];
  return answerDue(received, input.today, TERMS['claim-answer'].amount).passed ? [] : ['answer-not-due'];
}

/**
 * The seller-received date the form offers as a hint, never as a value: the first message sent on the
 * inquiry often went to the marketplace's support, which is not a demand the seller received.
 */
export function demandReceivedHint(inquiry: Inquiry): { date: string; channel?: string } | undefined {
  if (inquiry.firstSentAt === undefined) return undefined;
  return { date: moscowDate(inquiry.firstSentAt), channel: inquiry.firstSentChannel };
}
