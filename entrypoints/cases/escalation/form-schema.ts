/**
 * The escalation form's stored draft, read through a schema: a field of the wrong type (a draft written by
 * an older version, or damaged) is read as unset, so the form's own start fills it; the rest of the draft
 * is kept. A draft kept before the return terms were a question holds a checkbox: unticked was the
 * shopper's «нет»; ticked was the old default, asked again.
 */
import * as v from 'valibot';
import type { LateBasis, Remedy, Replacement, Situation, TermsInWriting } from '@/utils/escalation/deadlines';
import type { ComplexGround, DocumentKind, RestrictedGoods } from '@/utils/escalation/documents';
import { STEP_IDS } from './steps';

export const SITUATION_IDS = ['return', 'defect', 'demand-late', 'not-delivered', 'wrong-item', 'incomplete'] as const satisfies readonly Situation[];
const KINDS = ['claim', 'complaint'] as const satisfies readonly DocumentKind[];
const LATE_BASES = ['defect', 'return', 'prepayment'] as const satisfies readonly LateBasis[];
const REMEDY_IDS = ['refund', 'replace', 'replace-other', 'repair', 'repair-costs', 'discount', 'deliver'] as const satisfies readonly Remedy[];
const TERMS = ['yes', 'no', 'unsure'] as const satisfies readonly TermsInWriting[];
const GROUNDS = ['substantial-defect', 'repair-terms-broken', 'unusable-30-days'] as const satisfies readonly ComplexGround[];
const REPLACEMENT_IDS = ['in-stock', 'extra-check', 'out-of-stock'] as const satisfies readonly Replacement[];
const RESTRICTED_IDS = ['food', 'custom-made', 'digital', 'sim-card', 'medicine', 'cosmetics', 'underwear', 'hygiene', 'other'] as const satisfies readonly RestrictedGoods[];

/** A field that, when wrong, is read as unset. */
const unsetIfWrong = <S extends v.GenericSchema>(schema: S) => v.fallback(v.optional(schema), undefined);
const choice = <T extends string>(values: readonly T[]) => unsetIfWrong(v.picklist(values));
const typed = unsetIfWrong(v.string());
const yesNo = unsetIfWrong(v.boolean());

const EntitySchema = unsetIfWrong(v.object({ name: typed, ids: typed, address: typed }));

const DatesSchema = unsetIfWrong(
  v.object({
    delivered: typed,
    demandMade: typed,
    demandReceived: typed,
    promised: typed,
    newDelivery: typed,
    withdrawn: typed,
    claimReceived: typed,
  }),
);

const DraftSchema = v.object({
  kind: choice(KINDS),
  situation: choice(SITUATION_IDS),
  lateBasis: choice(LATE_BASES),
  seller: EntitySchema,
  dates: DatesSchema,
  price: typed,
  prepayment: typed,
  remedy: choice(REMEDY_IDS),
  newRemedy: choice(REMEDY_IDS),
  termsInWriting: unsetIfWrong(v.union([v.picklist(TERMS), v.pipe(v.literal(false), v.transform(() => 'no' as const))])),
  technicallyComplex: yesNo,
  problem: typed,
  mismatch: typed,
  priceCut: typed,
  prepaid: yesNo,
  repairCosts: typed,
  losses: typed,
  lossesWhat: typed,
  substitute: yesNo,
  item: unsetIfWrong(v.pipe(v.number(), v.safeInteger(), v.minValue(0))),
  warranty: typed,
  complexGround: choice(GROUNDS),
  replacement: choice(REPLACEMENT_IDS),
  repairDays: typed,
  prepaymentTo: choice(['seller', 'aggregator'] as const),
  withdrawalVia: choice(['return-request', 'chat', 'letter'] as const),
  paymentMethod: choice(['card', 'details'] as const),
  paymentDetails: typed,
  large: choice(['heavy', 'bulky'] as const),
  restrictedGoods: choice(RESTRICTED_IDS),
  madeToOrder: choice(['standard', 'individual'] as const),
  sellerIsOperator: yesNo,
  aggregator: EntitySchema,
  operatorFailedSellerInfo: yesNo,
  // The page's own place in the steps, and the shopper's wording of the document's parts (document-edits.ts).
  step: choice(STEP_IDS),
  reached: unsetIfWrong(v.pipe(v.number(), v.safeInteger(), v.minValue(0))),
  edits: unsetIfWrong(v.record(v.picklist(KINDS), v.record(v.string(), v.object({ text: v.string(), from: v.string() })))),
});

/** An object without its unset fields, at each level: an unset field must not cover the form's start. */
function withoutUnset(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .map(([key, item]) => [key, typeof item === 'object' && item !== null ? withoutUnset(item as Record<string, unknown>) : item]),
  );
}

/** The draft's fields that were stored with the right type (form.ts checks it is a part of its `Form`). */
export type StoredForm = v.InferOutput<typeof DraftSchema>;

/** The stored draft's fields of the right type; anything else (not an object, a field of the wrong type) is unset. */
export function storedForm(stored: unknown): StoredForm {
  const parsed = v.safeParse(DraftSchema, stored);
  return parsed.success ? (withoutUnset(parsed.output) as StoredForm) : {};
}
