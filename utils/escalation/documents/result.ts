/** What building gives: the document with its parts and notes, or what to ask for, or what is wrong. */
import type { Citation } from '../law';
import type { answerDue, Deadline, Penalty } from '../deadlines';
import type { SellerProblem } from '../seller-details';
import type { DocumentKind } from './input';

export type Missing =
  | 'profile-name'
  | 'profile-contact'
  | 'profile-address'
  | 'seller-name'
  | 'seller-ids'
  | 'seller-address'
  | 'product'
  | 'price'
  | 'prepayment'
  | 'date-delivered'
  | 'date-demand'
  | 'date-promised'
  | 'date-new-delivery'
  | 'problem'
  /** A wrong item: what came instead; an incomplete order: what is missing. */
  | 'mismatch'
  /** An incomplete order's price cut: the sum. */
  | 'price-cut'
  | 'repair-costs';

/**
 * What the form asks beyond the fields it had: kept apart from `Missing`, whose every value the page
 * already labels.
 * - warranty: the warranty period (months, or none), for a defect;
 * - complex-ground: the ground for a refund or replacement of technically complex goods after 15 days;
 * - payment / payment-details: how to pay, whenever money is demanded;
 * - date-withdrawn: when the buyer told the seller they withdraw (the aggregator's refund needs it);
 * - aggregator: the aggregator's owner, on a marketplace other than Ozon;
 * - late-basis: for a late demand, what the earlier demand rested on (a defect, a return, a prepayment);
 * - terms-in-writing: for a return, whether the return terms were handed over in writing at delivery
 *   (seven days or three months: art. 26.1(4)); never presumed against the buyer;
 * - made-to-order: for the return of goods made to order, whether they are a standard item or individually defined;
 * - prepaid: for a wrong item, whether the order was paid before it was handed over (art. 23.1).
 */
export type Asked =
  | 'warranty'
  | 'complex-ground'
  | 'payment'
  | 'payment-details'
  | 'date-withdrawn'
  | 'aggregator'
  | 'late-basis'
  | 'terms-in-writing'
  | 'made-to-order'
  | 'prepaid';

/** A value given but wrong: said before the document is drawn. */
export type Problem =
  | SellerProblem
  | 'aggregator-ids-invalid'
  | 'repair-days-over-45'
  /** A delay is claimed on or before the promised day itself: no breach yet (art. 23.1(2)). */
  | 'promised-not-passed'
  /** The withdrawal for a late delivery was made on or before the promised day (art. 23.1(2), art. 12(2.4)). */
  | 'withdrawn-before-promised'
  /** A complaint that the aggregator kept the prepayment, before its ten days are over (art. 12(2.4)). */
  | 'aggregator-term-not-passed'
  /** A complaint that the claim went unanswered, before the ten days from its receipt are over (legal review M4). */
  | 'answer-not-due'
  /** A return of goods with individually defined properties only this buyer can use: art. 26.1(4) excludes it. */
  | 'return-excluded-custom'
  /** An incomplete order's price cut as large as the price: that is a refund (ГК ст. 480). */
  | 'price-cut-over-price';

export type NoteId =
  | 'return-window-closed'
  | 'seller-may-refuse'
  | 'complex-goods-list'
  | 'warranty-too-late'
  | 'repair-no-term'
  | 'how-to-send'
  | 'answer-from-receipt'
  | 'how-to-file'
  | 'no-claim-on-record'
  | 'platform-law'
  | 'mismatch-report'
  | 'price-check'
  | 'term-already-passed';

/** A warning or advice shown beside the document, never printed in it; each with its source. */
export interface Note {
  id: NoteId;
  level: 'warning' | 'advice';
  ru: string;
  en: string;
  /** The rule or text it rests on, cited in each language. */
  source: Citation;
  url?: string;
}

export interface DocumentPart {
  id:
    | 'to'
    | 'from'
    | 'title'
    | 'facts'
    | 'timeline'
    | 'statement'
    | 'demand'
    | 'quality-check'
    | 'substitute'
    | 'goods-back'
    | 'return-terms'
    | 'payment'
    | 'deadline'
    | 'consequences'
    | 'request'
    | 'attachments'
    | 'signature';
  text: string;
  en: string;
}

export interface LegalDocument {
  kind: DocumentKind;
  date: string;
  parts: DocumentPart[];
  deadlines: Deadline[];
  penalty?: Penalty;
  /** Warnings and advice for the page, with their sources. */
  notes: Note[];
  /** The claim's answer is due ten days from the seller's receipt, once it is known (Civil Code art. 165.1). */
  answerDue?: ReturnType<typeof answerDue>;
}

export type BuildResult =
  | { ok: true; document: LegalDocument }
  | { ok: false; reason: 'foreign'; country: 'ozon.by' | 'ozon.kz' }
  | { ok: false; reason: 'missing'; missing: Missing[]; asked: Asked[] }
  | { ok: false; reason: 'invalid'; problems: Problem[] };
