/**
 * The law's terms, rates and caps as data: one row per term, read by the deadlines (deadlines.ts) and by
 * every document sentence that states a term, so that «десяти дней» and `10` cannot disagree
 * (tests/unit/escalation-terms.test.ts walks the table and the documents). Terms are counted in calendar
 * days (or months, years) from the day after their event (ГК ст. 191); `moves`: a last day that is not a
 * working day moves to the next working day (ГК ст. 193).
 */
import { ESCALATION_ANSWER_DAYS } from '@/utils/inquiries/lifecycle';
import type { ArticleId, Citation } from './law';
import { termDigits, type TermUnit } from './numerals';

/** The event a term runs from. */
export type TermEvent =
  /** The goods were handed over. */
  | 'delivery'
  /** The seller (or the aggregator's owner) received the buyer's demand. */
  | 'demand-received'
  /** The seller received this claim. */
  | 'claim-received'
  /** The delivery date the seller promised: a date, not a term. */
  | 'promised'
  /** The buyer's demand to the manufacturer (importer). */
  | 'manufacturer-demand'
  /** Each year of the warranty. */
  | 'warranty-year';

export type TermId =
  | 'return-written'
  | 'return-unwritten'
  | 'return-refund'
  | 'refund'
  | 'replace'
  | 'replace-extra-check'
  | 'replace-out-of-stock'
  | 'repair-max'
  | 'substitute'
  | 'complex-goods'
  | 'unusable-30-days'
  | 'delivery'
  | 'prepayment-refund'
  | 'aggregator-refund'
  | 'claim-answer'
  | 'defect-two-years'
  | 'manufacturer-repair'
  | 'service-life-default';

export interface Term {
  id: TermId;
  /** How long, in `unit`s (0 for a date that is not a term). */
  amount: number;
  unit: TermUnit;
  from: TermEvent;
  /** Every term of these articles is in calendar days; the law names working days nowhere here. */
  count: 'calendar';
  /** A last day off moves to the next working day (ГК ст. 193). */
  moves: boolean;
  /** The law's own words say «календарных» (п. 2.4 ст. 12). */
  saysCalendar?: boolean;
  /** As the documents write it: the genitive after «в течение», «в пределах»; the accusative after «срок —». */
  words?: { genitive: string; accusative?: string };
  article: ArticleId;
  source: Citation;
}

const LAW = 'Закона о защите прав потребителей';
const cite = (ru: string, en: string): Citation => ({ ru: `${ru} ${LAW}`, en: `Law 2300-1, ${en}` });

const ROWS: Term[] = [
  { id: 'return-written', amount: 7, unit: 'days', from: 'delivery', count: 'calendar', moves: true, words: { genitive: 'семи дней', accusative: 'семь дней' }, article: '26.1', source: cite('п. 4 ст. 26.1', 'art. 26.1(4)') },
  // The return terms were not handed over in writing at delivery.
  { id: 'return-unwritten', amount: 3, unit: 'months', from: 'delivery', count: 'calendar', moves: true, words: { genitive: 'трёх месяцев', accusative: 'три месяца' }, article: '26.1', source: cite('п. 4 ст. 26.1', 'art. 26.1(4)') },
  { id: 'return-refund', amount: 10, unit: 'days', from: 'demand-received', count: 'calendar', moves: true, words: { genitive: 'десяти дней', accusative: 'десять дней' }, article: '26.1', source: cite('п. 4 ст. 26.1', 'art. 26.1(4)') },
  // A refund or a price reduction for a defect.
  { id: 'refund', amount: 10, unit: 'days', from: 'demand-received', count: 'calendar', moves: true, words: { genitive: 'десяти дней' }, article: '22', source: cite('ст. 22', 'art. 22') },
  { id: 'replace', amount: 7, unit: 'days', from: 'demand-received', count: 'calendar', moves: true, words: { genitive: 'семи дней' }, article: '21', source: cite('п. 1 ст. 21', 'art. 21(1)') },
  // The seller needs an extra quality check: the seller's to invoke, never the buyer's to grant.
  { id: 'replace-extra-check', amount: 20, unit: 'days', from: 'demand-received', count: 'calendar', moves: true, words: { genitive: 'двадцати дней' }, article: '21', source: cite('п. 1 ст. 21', 'art. 21(1)') },
  // The seller has no goods to replace with.
  { id: 'replace-out-of-stock', amount: 1, unit: 'months', from: 'demand-received', count: 'calendar', moves: true, words: { genitive: 'одного месяца' }, article: '21', source: cite('п. 1 ст. 21', 'art. 21(1)') },
  // The most a written agreement may set for a repair; with none agreed, treated as the outer limit (legal review M2).
  { id: 'repair-max', amount: 45, unit: 'days', from: 'demand-received', count: 'calendar', moves: true, words: { genitive: 'сорока пяти дней' }, article: '20', source: cite('п. 1 ст. 20', 'art. 20(1)') },
  // A substitute of durable goods for the time of a repair or replacement, at the buyer's demand (the review's quotation; not checked in a consolidated edition).
  { id: 'substitute', amount: 3, unit: 'days', from: 'demand-received', count: 'calendar', moves: true, words: { genitive: 'трёх дней' }, article: '20', source: cite('абз. 2 п. 2 ст. 20, п. 2 ст. 21 (текст не сверен)', 'arts. 20(2), para 2, and 21(2) (the text not checked)') },
  // Technically complex goods: any of art. 18's demands within these days.
  { id: 'complex-goods', amount: 15, unit: 'days', from: 'delivery', count: 'calendar', moves: true, words: { genitive: 'пятнадцати дней' }, article: '18', source: cite('абз. 8 п. 1 ст. 18', 'art. 18(1), para 8') },
  // Technically complex goods after the fifteen days: unusable for more than these days in a year of the warranty, in all, through repeated repairs.
  { id: 'unusable-30-days', amount: 30, unit: 'days', from: 'warranty-year', count: 'calendar', moves: false, words: { genitive: 'тридцати дней', accusative: 'тридцать дней' }, article: '18', source: cite('п. 1 ст. 18', 'art. 18(1)') },
  // A date the seller promised is a date, not a term: the goods are late from the next day, whatever day it is.
  { id: 'delivery', amount: 0, unit: 'days', from: 'promised', count: 'calendar', moves: false, article: '23.1', source: cite('пп. 2–3 ст. 23.1', 'art. 23.1(2)–(3)') },
  { id: 'prepayment-refund', amount: 10, unit: 'days', from: 'demand-received', count: 'calendar', moves: true, words: { genitive: 'десяти дней' }, article: '23.1', source: cite('п. 2 ст. 23.1', 'art. 23.1(2)') },
  { id: 'aggregator-refund', amount: 10, unit: 'days', from: 'demand-received', count: 'calendar', moves: true, saysCalendar: true, words: { genitive: 'десяти календарных дней' }, article: '12', source: cite('п. 2.4 ст. 12', 'art. 12(2.4)') },
  // The answer the claim asks for: the claim's own term, from its receipt (a demand takes effect on delivery).
  { id: 'claim-answer', amount: ESCALATION_ANSWER_DAYS.claim, unit: 'days', from: 'claim-received', count: 'calendar', moves: true, words: { genitive: 'десяти дней' }, article: 'gk-165.1', source: { ru: 'п. 1 ст. 165.1 ГК РФ', en: 'Civil Code, art. 165.1(1)' } },
  // The defect must be found within it where no warranty was set: a period, not a day to act on — not moved.
  { id: 'defect-two-years', amount: 2, unit: 'years', from: 'delivery', count: 'calendar', moves: false, words: { genitive: 'двух лет', accusative: 'два года' }, article: '19', source: cite('п. 1 ст. 19', 'art. 19(1)') },
  { id: 'manufacturer-repair', amount: 20, unit: 'days', from: 'manufacturer-demand', count: 'calendar', moves: true, words: { genitive: 'двадцати дней', accusative: 'двадцать дней' }, article: '19', source: cite('п. 6 ст. 19 (текст пункта не сверен)', 'art. 19(6) (the text not checked)') },
  { id: 'service-life-default', amount: 10, unit: 'years', from: 'delivery', count: 'calendar', moves: false, words: { genitive: 'десяти лет' }, article: '19', source: cite('п. 6 ст. 19 (текст пункта не сверен)', 'art. 19(6) (the text not checked)') },
];

export const TERMS = Object.fromEntries(ROWS.map((row) => [row.id, row])) as Record<TermId, Term>;

/** The term as a deadline counts it: `{ days }` or `{ months }` (years are counted as months). */
export function termSpan(id: TermId): { days?: number; months?: number } {
  const { amount, unit } = TERMS[id];
  return unit === 'days' ? { days: amount } : { months: unit === 'years' ? amount * 12 : amount };
}

/** The term in the genitive, after «в течение»: «десяти дней». */
export function inWords(id: TermId): string {
  const words = TERMS[id].words;
  if (!words) throw new Error(`The term ${id} has no words`);
  return words.genitive;
}

/** The term in the accusative, after «срок —»: «три месяца». */
export function inWordsAccusative(id: TermId): string {
  const accusative = TERMS[id].words?.accusative;
  if (!accusative) throw new Error(`The term ${id} has no accusative`);
  return accusative;
}

/** The term in digits, as a document writes it in brackets: «10 дней», «10 календарных дней». */
export function inDigits(id: TermId): string {
  const { amount, unit, saysCalendar } = TERMS[id];
  return termDigits(amount, unit, saysCalendar);
}

export type RateId = 'penalty-23' | 'penalty-23.1' | 'fine-13.6';

export interface Rate {
  id: RateId;
  /** A fraction: 0.01 a day, 0.005 a day, 0.5 once. */
  rate: number;
  per: 'day' | 'once';
  /** What the rate applies to. */
  base: 'price' | 'prepayment' | 'award';
  /** The most it may come to, where the law caps it. */
  cap?: 'prepayment';
  /** As the documents write it: «1 %», «0,5 %», «50 %». */
  words: string;
  article: ArticleId;
  source: Citation;
}

const RATE_ROWS: Rate[] = [
  // For the demands of arts. 20–22 only: not a refund of a return (ст. 26.1) nor of a prepayment (ст. 23.1).
  { id: 'penalty-23', rate: 0.01, per: 'day', base: 'price', words: '1 %', article: '23', source: cite('п. 1 ст. 23', 'art. 23(1)') },
  { id: 'penalty-23.1', rate: 0.005, per: 'day', base: 'prepayment', cap: 'prepayment', words: '0,5 %', article: '23.1', source: cite('п. 3 ст. 23.1', 'art. 23.1(3)') },
  // Of the sum a court awards, for not meeting the consumer's demands of one's own accord.
  { id: 'fine-13.6', rate: 0.5, per: 'once', base: 'award', words: '50 %', article: '13.6', source: cite('п. 6 ст. 13', 'art. 13(6)') },
];

export const RATES = Object.fromEntries(RATE_ROWS.map((row) => [row.id, row])) as Record<RateId, Rate>;
