/**
 * The legal deadlines of an escalation and the penalty to date, from the inquiry's dates. Terms are in
 * calendar days (or months), counted from the day after the event; one whose last day is not a working
 * day ends on the next working day (Civil Code art. 193). Dates are Moscow calendar days, YYYY-MM-DD.
 */
import { addDays, addMonths, daysBetween, isIsoDate, onWorkingDay } from '@/utils/calendar';

export { addMonths, daysBetween, isIsoDate } from '@/utils/calendar';
import type { ArticleId } from './law';
import { round2 } from './money';
import { termDigits, termWords } from './numerals';
import { RATES, TERMS, termSpan, type TermId } from './terms';

export { penaltyArithmetic, penaltyPerDay, rubles } from './money';

import type { Remedy, Situation } from '@/utils/catalogue/types';

export type { Remedy, Situation };

export interface EscalationDates {
  /** The goods were handed over. */
  delivered?: string;
  /**
   * The buyer made the demand: posted the letter (by midnight of the day: Civil Code art. 194(2)), sent the
   * message to the seller. The buyer's own terms are met by it — the fifteen days of technically complex
   * goods, the warranty (art. 18(1), art. 19(1)) — not by the day the seller received it.
   */
  demandMade?: string;
  /** The seller received the demand (or the claim): the seller's own terms (arts. 20–22) and the penalties run from it. */
  demandReceived?: string;
  /** The delivery date the seller promised. */
  promised?: string;
  /** The new delivery date the buyer sets (art. 23.1(2)). */
  newDelivery?: string;
  /**
   * The buyer told the seller they withdraw: for a return, the return request on the marketplace or the
   * chat message (art. 26.1(4)); for goods not delivered, the notice the aggregator's refund needs
   * (art. 12(2.4)).
   */
  withdrawn?: string;
  /** The seller (or the aggregator) received this claim: the answer's ten days run from it (Civil Code art. 165.1). */
  claimReceived?: string;
}

/**
 * What the earlier demand a late demand restates rested on; its article, its term and the sanction follow
 * from it: a defect (art. 18: the terms of arts. 20–22, the penalty of art. 23(1)); a return of goods of
 * proper quality (art. 26.1(4): the refund within 10 days; art. 23 does not cover it, interest under Civil
 * Code art. 395 does); a prepayment for goods not handed over (art. 23.1: the refund within 10 days, 0.5 %
 * of the prepayment a day, at most the prepayment).
 */
export type LateBasis = 'defect' | 'return' | 'prepayment';

export type TermsInWriting = 'yes' | 'no' | 'unsure';

/** Art. 21(1): why the seller may take longer than seven days to replace the goods. */
export type Replacement = 'in-stock' | 'extra-check' | 'out-of-stock';

export interface DeadlineInput {
  situation: Situation;
  dates: EscalationDates;
  remedy?: Remedy;
  /** For a late demand: what the earlier demand rested on. Unset, no term and no sanction are worked out. */
  lateBasis?: LateBasis;
  /**
   * Whether the return terms were handed over in writing at delivery, as the shopper answers (art. 26.1(4)):
   * seven days for "yes", three months for "no" and "не помню" — whether terms shown only on the site count
   * is disputed, so nothing is presumed against the buyer (legal review C3). Unset: asked, no window worked out.
   */
  termsInWriting?: TermsInWriting;
  technicallyComplex?: boolean;
  /** Art. 21(1): 7 days with goods in stock (the default), 20 with an extra quality check, a month without goods. */
  replacement?: Replacement;
  /** Art. 20(1): the repair term agreed in writing, in days (at most 45); without it, repair is due without delay. */
  repairDays?: number;
  /** A wrong item: the order was paid before it was handed over, so art. 23.1 applies to the goods ordered. */
  prepaid?: boolean;
  /** Who took the prepayment of goods not delivered: the aggregator's owner (art. 12(2.4)) or the seller. */
  prepaymentTo?: 'seller' | 'aggregator';
  price?: number;
  prepayment?: number;
  today: string;
}

export type DeadlineId = 'return-window' | 'refund' | 'complex-goods' | 'remedy' | 'delivery' | 'prepayment-refund';

export interface Deadline {
  id: DeadlineId;
  article: ArticleId;
  /** The date the term counts from (its day does not count). */
  from: string;
  /** "7 days", "3 months": the term as the law gives it. */
  term: { days?: number; months?: number };
  /** The term's last day before any move off a day off. */
  nominal: string;
  /** The last day, moved to the next working day when needed. */
  date: string;
  moved: boolean;
  passed: boolean;
  /** Whole days left (0 on the last day), or days since it passed (negative). */
  daysLeft: number;
  /** The production calendar of the last day's year is not bundled: only weekends were skipped. */
  approximate: boolean;
  /** A repair with no term agreed in writing: the 45 days are the outer limit, not an agreed term (art. 20(1)). */
  outerLimit?: boolean;
}

export interface Penalty {
  article: '23' | '23.1';
  /** The base the rate applies to: the price (art. 23) or the prepayment (art. 23.1). */
  base: number;
  /** Per day, as a fraction: 0.01 or 0.005. */
  rate: number;
  /** The first day of delay and today. */
  since: string;
  until: string;
  days: number;
  /** Rounded to kopecks; capped at the prepayment under art. 23.1. */
  amount: number;
  capped: boolean;
  /**
   * The term it runs after ends in a year without a bundled calendar: `since`, `days` and `amount` are
   * estimates, and no document prints them as a sum (the rate per day only).
   */
  approximate: boolean;
}

function deadline(id: DeadlineId, article: ArticleId, from: string, term: Deadline['term'], today: string, move = true): Deadline {
  const nominal = term.months ? addMonths(from, term.months) : addDays(from, term.days ?? 0);
  const { date, approximate } = move ? onWorkingDay(nominal) : { date: nominal, approximate: false };
  const daysLeft = daysBetween(today, date);
  return { id, article, from, term, nominal, date, moved: date !== nominal, passed: daysLeft < 0, daysLeft, approximate };
}

/** A deadline of the table's term `term`, from `from`: its span, its article, whether a day off moves it. */
function termDeadline(id: DeadlineId, term: TermId, from: string, today: string): Deadline {
  const row = TERMS[term];
  return deadline(id, row.article, from, termSpan(term), today, row.moves);
}

/** The most a written agreement may set for a repair (art. 20(1)). */
export const REPAIR_MAX_DAYS = TERMS['repair-max'].amount;

/**
 * How long the seller has to meet a demand of art. 18, and the article that says so: a refund or a price
 * reduction 10 days (art. 22); a replacement 7 days, 20 with an extra quality check, a month without goods
 * to replace with (art. 21(1)) — the longer two only where the seller invoked them; a repair without
 * delay, or the term agreed in writing (art. 20(1)). A repair with no agreed term is counted to the
 * 45 days the law allows an agreement at most (`outerLimit`): the prevailing practice treats them as the
 * outer limit of any repair (legal review M2, from practitioners' pages; no Supreme Court act read).
 */
export function remedyTerm(
  remedy: Remedy | undefined,
  options: { replacement?: Replacement; repairDays?: number } = {},
): { article: ArticleId; term?: Deadline['term']; outerLimit?: boolean } {
  switch (remedy) {
    case 'replace':
    case 'replace-other':
      return {
        article: TERMS.replace.article,
        term: termSpan(options.replacement === 'out-of-stock' ? 'replace-out-of-stock' : options.replacement === 'extra-check' ? 'replace-extra-check' : 'replace'),
      };
    case 'repair':
      return options.repairDays && options.repairDays > 0
        ? { article: TERMS['repair-max'].article, term: { days: options.repairDays } }
        : { article: TERMS['repair-max'].article, term: termSpan('repair-max'), outerLimit: true };
    default:
      return { article: TERMS.refund.article, term: termSpan('refund') };
  }
}

/** "7 дней", "21 дня", "одного месяца": a term as a document writes it after «в течение». */
export function termText(term: Deadline['term']): string {
  if (term.months) return term.months === 1 ? termWords(1, 'months', 'genitive') : termDigits(term.months, 'months');
  return termDigits(term.days ?? 0, 'days');
}

/**
 * The term of a demand about a defect (arts. 20–22), from the seller's receipt of it. A new demand for a
 * replacement is given seven days: the longer terms are the seller's to invoke, never the buyer's to grant
 * (legal review M3); a late demand counts the term the seller said it needed.
 */
function remedyDeadline(input: DeadlineInput): Deadline[] {
  if (!isIsoDate(input.dates.demandReceived)) return [];
  const replacement = input.situation === 'demand-late' ? input.replacement : undefined;
  const { term, article, outerLimit } = remedyTerm(input.remedy, { ...input, replacement });
  return term ? [{ ...deadline('remedy', article, input.dates.demandReceived, term, input.today), ...(outerLimit && { outerLimit }) }] : [];
}

/** Every deadline the dates allow for the situation; a deadline whose date is unknown is left out. */
export function deadlinesFor(input: DeadlineInput): Deadline[] {
  const { dates, today } = input;
  const out: Deadline[] = [];
  const known = (date: string | undefined): date is string => isIsoDate(date);
  switch (input.situation) {
    case 'return':
      if (known(dates.delivered) && input.termsInWriting) {
        out.push(termDeadline('return-window', input.termsInWriting === 'yes' ? 'return-written' : 'return-unwritten', dates.delivered, today));
      }
      if (known(dates.demandReceived)) out.push(termDeadline('refund', 'return-refund', dates.demandReceived, today));
      break;
    case 'demand-late':
      if (input.lateBasis === 'return') {
        if (known(dates.demandReceived)) out.push(termDeadline('refund', 'return-refund', dates.demandReceived, today));
        break;
      }
      if (input.lateBasis === 'prepayment') {
        if (known(dates.promised)) out.push(termDeadline('delivery', 'delivery', dates.promised, today));
        if (known(dates.demandReceived)) out.push(termDeadline('prepayment-refund', 'prepayment-refund', dates.demandReceived, today));
        break;
      }
      // A defect's late demand has the defect's terms; with no basis given, none is assumed.
      if (input.lateBasis === 'defect') out.push(...remedyDeadline(input));
      break;
    case 'defect':
      if (input.technicallyComplex && known(dates.delivered)) {
        out.push(termDeadline('complex-goods', 'complex-goods', dates.delivered, today));
      }
      out.push(...remedyDeadline(input));
      break;
    case 'wrong-item':
      // The goods ordered are still owed: a prepaid order is late from the day after the promised date (art. 23.1).
      if (input.prepaid && known(dates.promised)) out.push(termDeadline('delivery', 'delivery', dates.promised, today));
      if (input.prepaid && known(dates.demandReceived) && input.remedy === 'refund') out.push(termDeadline('prepayment-refund', 'prepayment-refund', dates.demandReceived, today));
      break;
    case 'incomplete':
      // A refund or a price cut: art. 22's ten days; completion has only a reasonable time (ГК ст. 480).
      if (input.remedy === 'refund' || input.remedy === 'discount') out.push(...remedyDeadline(input));
      break;
    case 'not-delivered':
      // A date the seller promised is a date, not a term: it is not moved off a day off.
      if (known(dates.promised)) out.push(termDeadline('delivery', 'delivery', dates.promised, today));
      if (known(dates.demandReceived) && input.remedy === 'refund') {
        out.push(termDeadline('prepayment-refund', input.prepaymentTo === 'aggregator' ? 'aggregator-refund' : 'prepayment-refund', dates.demandReceived, today));
      }
      break;
  }
  return out;
}

/**
 * The ten days the claim gives for an answer, counted from the day the seller received it (Civil Code
 * art. 165.1: a demand takes effect on delivery), not from the claim's date: a letter arrives days later.
 */
export function answerDue(received: string, today: string, days = TERMS['claim-answer'].amount): Omit<Deadline, 'id' | 'article'> & { article: 'gk-165.1' } {
  const { id: _id, article: _article, ...rest } = deadline('refund', '22', received, { days }, today);
  return { ...rest, article: TERMS['claim-answer'].article as 'gk-165.1' };
}

export { warrantyCase, type WarrantyCase } from './warranty';

/**
 * The penalty to date, where the situation has one: art. 23 (1 % of the price a day) once the term for a
 * demand of arts. 20–22 has passed; art. 23.1 (0.5 % of the prepayment a day, at most the prepayment) from
 * the day after the promised delivery date. Undefined while nothing is late or the base is unknown, and
 * for a late refund of a return of goods of proper quality: art. 23 does not cover it (Civil Code art. 395
 * interest does, counted at the Bank of Russia's key rate, which is not bundled here).
 */
export function penaltyFor(input: DeadlineInput, deadlines: Deadline[] = deadlinesFor(input)): Penalty | undefined {
  const { today } = input;
  const late = input.situation === 'demand-late';
  if (late && input.lateBasis !== 'defect' && input.lateBasis !== 'prepayment') return undefined;
  if (input.situation === 'not-delivered' || input.situation === 'wrong-item' || (late && input.lateBasis === 'prepayment')) {
    const promised = deadlines.find((d) => d.id === 'delivery');
    // A wrong item's order was paid in full before it came: the price typed is the prepayment.
    const base = input.situation === 'wrong-item' ? input.price : (input.prepayment ?? input.price);
    if (!promised || !base || base <= 0) return undefined;
    const since = addDays(promised.nominal, 1);
    const days = daysBetween(since, today) + 1;
    if (days <= 0) return undefined;
    const { rate } = RATES['penalty-23.1'];
    const raw = round2(base * rate * days);
    return { article: '23.1', base, rate, since, until: today, days, amount: Math.min(raw, base), capped: raw > base, approximate: false };
  }
  if (input.situation === 'defect' || input.situation === 'demand-late' || input.situation === 'incomplete') {
    const term = deadlines.find((d) => d.id === 'remedy');
    const base = input.price;
    if (!term || !base || base <= 0) return undefined;
    const since = addDays(term.date, 1);
    const days = daysBetween(since, today) + 1;
    if (days <= 0) return undefined;
    const { rate } = RATES['penalty-23'];
    return { article: '23', base, rate, since, until: today, days, amount: round2(base * rate * days), capped: false, approximate: term.approximate };
  }
  return undefined;
}
