/**
 * A case worked out once: from the situation, the dates, the goods and the parties, whom the document
 * goes to, which terms run from what, the penalty or the interest with its base, dates and cap, the
 * remedies the law allows, what is attached, the notes, and what stops a document from being drawn. The
 * documents (index.ts `buildDocument`) and the page's side panel (Deadlines.tsx) read this result; neither
 * works the law out again.
 */
import { addDays } from '@/utils/calendar';
import { answerDue, deadlinesFor, isIsoDate, penaltyFor, type Deadline, type Penalty, type Remedy } from '../deadlines';
import { foreignOzon } from '../law';
import { TERMS } from '../terms';
import { claimAttachments, complaintAttachments } from './attachments';
import type { EscalationInput, SellerEntity } from './input';
import { notesFor } from './notes';
import { aggregatorDemand, aggregatorOf, ozonSells, sellerOf } from './parties';
import { askedFor, missingFor, moneyDemanded, problemsFor, remediesFor } from './requirements';
import type { Asked, Missing, Note, Problem } from './result';

/** Whom the document is addressed to. */
export interface Parties {
  /** The seller as the document names it (Ozon's operator's details fill what was not typed when Ozon sold). */
  seller: SellerEntity;
  /** Ozon itself sold the goods: its operator is the seller, named once. */
  ozonSells: boolean;
  /** The claim goes to the aggregator's owner that took the prepayment (art. 12(2.4)), the seller in copy. */
  toAggregator: boolean;
  /** That owner, once known (Ozon's operator, or the one typed in). */
  aggregator?: SellerEntity;
}

/**
 * Interest under Civil Code art. 395 on a late refund of a return (art. 23 does not cover art. 26.1): from
 * the day after the refund's term, on the price, at the Bank of Russia's key rate — not bundled, so no sum.
 */
export interface Interest {
  article: 'gk-395';
  base?: number;
  since: string;
  /** The term ends in a year without a bundled calendar: `since` is the earliest it can be. */
  approximate: boolean;
}

export interface ResolvedCase {
  /** Ozon's site abroad: Russian consumer law does not apply, nothing else is worked out. */
  foreign?: 'ozon.by' | 'ozon.kz';
  parties: Parties;
  deadlines: Deadline[];
  penalty?: Penalty;
  interest?: Interest;
  /** The remedies the buyer may choose for a defect here (art. 18(1)). */
  remedies: Remedy[];
  /** The claim demands money: it says where to pay. */
  moneyDemanded: boolean;
  /** The claim's answer is due ten days from the seller's receipt, once it is known (Civil Code art. 165.1). */
  answerDue?: ReturnType<typeof answerDue>;
  /** What stops a document: values missing, questions to ask, values given but wrong. */
  missing: Missing[];
  asked: Asked[];
  problems: Problem[];
  /** Nothing stops a document: then the notes beside it and what it always attaches are worked out. */
  ready: boolean;
  notes: Note[];
  attachments: string[];
}

const NO_CASE = { deadlines: [], remedies: [], moneyDemanded: false, missing: [], asked: [], problems: [], ready: false, notes: [], attachments: [] };

/** The interest of a late refund of a return, once the refund's term has passed (art. 26.1(4); ГК ст. 395). */
function interestOf(input: EscalationInput, deadlines: Deadline[]): Interest | undefined {
  if (input.situation !== 'demand-late' || input.lateBasis !== 'return') return undefined;
  const refund = deadlines.find((d) => d.id === 'refund' && d.passed);
  return refund && { article: 'gk-395', ...(input.price && { base: input.price }), since: addDays(refund.date, 1), approximate: refund.approximate };
}

export function resolveCase(input: EscalationInput): ResolvedCase {
  const toAggregator = aggregatorDemand(input);
  const parties: Parties = {
    seller: sellerOf(input),
    ozonSells: ozonSells(input),
    toAggregator,
    ...(toAggregator && { aggregator: aggregatorOf(input) }),
  };
  const foreign = foreignOzon(input.inquiry.pageUrl || input.inquiry.context.url);
  if (foreign) return { ...NO_CASE, foreign, parties };
  const deadlines = deadlinesFor(input);
  const penalty = penaltyFor(input, deadlines);
  const missing = missingFor(input);
  const asked = askedFor(input, deadlines, penalty);
  const problems = problemsFor(input);
  const ready = !missing.length && !asked.length && !problems.length;
  const interest = interestOf(input, deadlines);
  const received = input.dates.claimReceived;
  return {
    parties,
    deadlines,
    ...(penalty && { penalty }),
    ...(interest && { interest }),
    remedies: remediesFor(input, deadlines),
    moneyDemanded: moneyDemanded(input, penalty),
    ...(input.kind === 'claim' && isIsoDate(received) && { answerDue: answerDue(received, input.today, TERMS['claim-answer'].amount) }),
    missing,
    asked,
    problems,
    ready,
    notes: ready ? notesFor(input, deadlines) : [],
    attachments: ready ? (input.kind === 'claim' ? claimAttachments(input) : complaintAttachments(input)) : [],
  };
}
