/**
 * The escalation documents: a pre-trial claim (претензия) to the seller — with Ozon's operator in copy
 * for an Ozon order, unless Ozon itself sold the goods — or, for a prepayment the aggregator's owner took,
 * a demand to that owner (art. 12(2.4)); and a complaint to Rospotrebnadzor. They are built from the
 * inquiry (its page reading, timeline, replies, files and the card kept as evidence) and what the shopper
 * types in. The documents are in Russian; each
 * part carries an English explanation for the page to show beside it, and the warnings and advice come as
 * notes beside the document, each with its source. Nothing is printed blank: a document that lacks a
 * required value is not built, and the caller is told what to ask for (`missing`, `asked`) or what is
 * wrong (`problems`).
 */
import { ESCALATION_ANSWER_DAYS } from '@/utils/inquiries/lifecycle';
import { answerDue, deadlinesFor, isIsoDate, penaltyFor } from '../deadlines';
import { foreignOzon } from '../law';
import { claimParts } from './claim';
import { complaintParts } from './complaint';
import type { EscalationInput } from './input';
import { notesFor } from './notes';
import { askedFor, missingFor, problemsFor } from './requirements';
import type { BuildResult } from './result';

export type { Deadline, LateBasis, Penalty, Remedy, Situation } from '../deadlines';
export { documentDate } from './format';
export {
  type CapturedCard,
  type ComplexGround,
  type DocumentKind,
  type EscalationInput,
  type Payment,
  type RestrictedGoods,
  type SellerEntity,
} from './input';
export { aggregatorDemand, sellerOf } from './parties';
export { documentHtml, documentText } from './render';
export { askedFor, demandReceivedHint, missingFor, problemsFor, remediesFor } from './requirements';
export type { Asked, BuildResult, DocumentPart, LegalDocument, Missing, Note, NoteId, Problem } from './result';

export function buildDocument(input: EscalationInput): BuildResult {
  const country = foreignOzon(input.inquiry.pageUrl || input.inquiry.context.url);
  if (country) return { ok: false, reason: 'foreign', country };
  const missing = missingFor(input);
  const asked = askedFor(input);
  if (missing.length || asked.length) return { ok: false, reason: 'missing', missing, asked };
  const problems = problemsFor(input);
  if (problems.length) return { ok: false, reason: 'invalid', problems };
  const deadlines = deadlinesFor(input);
  const penalty = penaltyFor(input, deadlines);
  const parts = input.kind === 'claim' ? claimParts(input, deadlines, penalty) : complaintParts(input, deadlines, penalty);
  const received = input.dates.claimReceived;
  return {
    ok: true,
    document: {
      kind: input.kind,
      date: input.today,
      parts,
      deadlines,
      penalty,
      notes: notesFor(input, deadlines),
      ...(input.kind === 'claim' && isIsoDate(received) && { answerDue: answerDue(received, input.today, ESCALATION_ANSWER_DAYS.claim) }),
    },
  };
}
