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
import { resolveCase, type ResolvedCase } from './case';
import { claimParts } from './claim';
import { complaintParts } from './complaint';
import type { EscalationInput } from './input';
import type { BuildResult } from './result';

export type { Deadline, LateBasis, Penalty, Remedy, Situation } from '../deadlines';
export { resolveCase, type Interest, type Parties, type ResolvedCase } from './case';
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

/** The document for the case, or what stops it: read from the case worked out once (`resolveCase`). */
export function buildDocument(input: EscalationInput, resolved: ResolvedCase = resolveCase(input)): BuildResult {
  const { foreign, missing, asked, problems, deadlines, penalty } = resolved;
  if (foreign) return { ok: false, reason: 'foreign', country: foreign };
  if (missing.length || asked.length) return { ok: false, reason: 'missing', missing, asked };
  if (problems.length) return { ok: false, reason: 'invalid', problems };
  const parts =
    input.kind === 'claim'
      ? claimParts(input, deadlines, penalty, resolved.attachments)
      : complaintParts(input, deadlines, penalty, resolved.attachments);
  return {
    ok: true,
    document: {
      kind: input.kind,
      date: input.today,
      parts,
      deadlines,
      penalty,
      notes: resolved.notes,
      ...(resolved.answerDue && { answerDue: resolved.answerDue }),
    },
  };
}
