/** The escalation form's state, its choices and their labels, and how it becomes the documents' input. */
import { situationOf } from '@/utils/catalogue/topics';
import type { EscalationDates, LateBasis, Remedy, Replacement, Situation, TermsInWriting } from '@/utils/escalation/deadlines';
import { isIsoDate } from '@/utils/escalation/deadlines';
import {
  type ComplexGround,
  type DocumentKind,
  type EscalationInput,
  type RestrictedGoods,
  type SellerEntity,
} from '@/utils/escalation/documents';
import type { Attachment, Inquiry, InquiryEvent } from '@/utils/inquiries/model';
import type { MessageKey } from '@/utils/platform/i18n';
import type { Correction } from '@/utils/catalogue/types';
import type { Profile } from '@/utils/templates';
import { aboutItem, amount, wholeNumber } from './form-values';
import type { DocumentEdits } from './document-edits';
import type { StepId } from './steps';
import { storedForm } from './form-schema';

export { aboutItem, amount, wholeNumber } from './form-values';

export interface Form {
  kind: DocumentKind;
  /** Unset for a topic no claim follows from: the shopper says what happened, nothing is assumed. */
  situation?: Situation;
  /** For a late demand: what the earlier demand rested on; asked, never assumed (art. 22 is a defect's). */
  lateBasis?: LateBasis;
  seller: SellerEntity;
  dates: EscalationDates;
  price: string;
  prepayment: string;
  remedy: Remedy;
  /** For a late demand about a defect: another demand in place of the late one; unset, the same again (M1). */
  newRemedy?: Remedy;
  /** Asked for a return, never presumed: «да», «нет» or «не помню» (legal review C3). */
  termsInWriting?: TermsInWriting;
  technicallyComplex: boolean;
  problem: string;
  /** A wrong item: what came instead; an incomplete order: what is missing, and the price cut asked (rubles, as typed). */
  mismatch: string;
  priceCut: string;
  /** For a defect (M11): the buyer's repair costs, losses and what they were, as typed; a substitute asked for. */
  repairCosts: string;
  losses: string;
  lossesWhat: string;
  substitute: boolean;
  /** A wrong item: paid before it was handed over; unset until the shopper says. */
  prepaid?: boolean;
  /** On an order of several items, which one the document is about. */
  item: number;
  /** Months, as typed; "0" when there is no warranty, empty when not yet said. */
  warranty: string;
  complexGround?: ComplexGround;
  replacement: Replacement;
  /** The repair term agreed in writing, in days, as typed. */
  repairDays: string;
  prepaymentTo: 'seller' | 'aggregator';
  withdrawalVia?: 'return-request' | 'chat' | 'letter';
  paymentMethod?: 'card' | 'details';
  paymentDetails: string;
  large?: 'heavy' | 'bulky';
  restrictedGoods?: RestrictedGoods;
  madeToOrder?: 'standard' | 'individual';
  sellerIsOperator: boolean;
  aggregator: SellerEntity;
  operatorFailedSellerInfo: boolean;
  /** The step the shopper is on, and the furthest reached: kept with the draft (steps.ts). */
  step?: StepId;
  reached?: number;
  /** The shopper's own wording of the document's parts (document-edits.ts). */
  edits?: DocumentEdits;
}

export const SITUATIONS: [Situation, MessageKey][] = [
  ['return', 'situationReturn'],
  ['defect', 'situationDefect'],
  ['demand-late', 'situationDemandLate'],
  ['not-delivered', 'situationNotDelivered'],
  ['wrong-item', 'situationWrongItem'],
  ['incomplete', 'situationIncomplete'],
];

/** «Что вы требовали раньше?»: the basis of a late demand, in the shopper's words. */
export const LATE_BASES: [LateBasis, MessageKey][] = [
  ['defect', 'lateBasisDefect'],
  ['return', 'lateBasisReturn'],
  ['prepayment', 'lateBasisPrepayment'],
];

export const REMEDIES: Record<Situation, [Remedy, MessageKey][]> = {
  return: [],
  defect: [
    ['refund', 'remedyRefund'],
    ['replace', 'remedyReplace'],
    ['replace-other', 'remedyReplaceOther'],
    ['repair', 'remedyRepair'],
    ['repair-costs', 'remedyRepairCosts'],
    ['discount', 'remedyDiscount'],
  ],
  'demand-late': [
    ['refund', 'remedyRefund'],
    ['replace', 'remedyReplace'],
    ['replace-other', 'remedyReplaceOther'],
    ['repair', 'remedyRepair'],
    ['repair-costs', 'remedyRepairCosts'],
    ['discount', 'remedyDiscount'],
  ],
  'not-delivered': [
    ['deliver', 'remedyDeliver'],
    ['refund', 'remedyRefund'],
  ],
  'wrong-item': [
    ['deliver', 'remedyDeliverOrdered'],
    ['refund', 'remedyRefund'],
  ],
  incomplete: [
    ['deliver', 'remedyComplete'],
    ['discount', 'remedyPriceCut'],
    ['refund', 'remedyRefund'],
  ],
};

export const COMPLEX_GROUNDS: [ComplexGround, MessageKey][] = [
  ['substantial-defect', 'complexGroundSubstantial'],
  ['repair-terms-broken', 'complexGroundRepairTerms'],
  ['unusable-30-days', 'complexGroundUnusable'],
];

export const REPLACEMENTS: [Replacement, MessageKey][] = [
  ['in-stock', 'replacementInStock'],
  ['extra-check', 'replacementExtraCheck'],
  ['out-of-stock', 'replacementOutOfStock'],
];

export const WITHDRAWALS: [NonNullable<Form['withdrawalVia']>, MessageKey][] = [
  ['return-request', 'withdrawalReturnRequest'],
  ['chat', 'withdrawalChat'],
  ['letter', 'withdrawalLetter'],
];

export const RESTRICTED: [RestrictedGoods, MessageKey][] = [
  ['food', 'restrictedFood'],
  ['custom-made', 'restrictedCustom'],
  ['digital', 'restrictedDigital'],
  ['sim-card', 'restrictedSim'],
  ['medicine', 'restrictedMedicine'],
  ['cosmetics', 'restrictedCosmetics'],
  ['underwear', 'restrictedUnderwear'],
  ['hygiene', 'restrictedHygiene'],
  ['other', 'restrictedOther'],
];

/**
 * The form as an inquiry starts it. The seller's receipt of the demand is asked, never taken from the first
 * message sent: that often went to the marketplace's support, not to the seller (the page offers it as a hint).
 */
export function initialForm(inquiry: Inquiry): Form {
  return {
    kind: 'claim',
    situation: situationOf(inquiry.topic),
    seller: {},
    dates: {
      ...(inquiry.context.deliveredDate && { delivered: inquiry.context.deliveredDate }),
    },
    price: inquiry.context.price ? String(inquiry.context.price) : '',
    prepayment: inquiry.context.price ? String(inquiry.context.price) : '',
    remedy: 'refund',
    technicallyComplex: false,
    problem: '',
    mismatch: '',
    priceCut: '',
    repairCosts: '',
    losses: '',
    lossesWhat: '',
    substitute: false,
    item: 0,
    warranty: '',
    replacement: 'in-stock',
    repairDays: '',
    prepaymentTo: 'seller',
    paymentDetails: '',
    sellerIsOperator: false,
    aggregator: {},
    operatorFailedSellerInfo: false,
  };
}

/**
 * The form as a stored draft left it, over the inquiry's start; a field the draft holds with the wrong
 * type is read as unset (form-schema.ts), and so are the old checkbox's ticked return terms.
 */
export function restoredForm(inquiry: Inquiry, stored: unknown): Form {
  const kept: Partial<Form> = storedForm(stored);
  return { ...initialForm(inquiry), ...kept };
}

/** «При доставке вам письменно сообщили порядок и сроки возврата?» */
export const TERMS_ANSWERS: [TermsInWriting, MessageKey][] = [
  ['yes', 'termsWrittenYes'],
  ['no', 'termsWrittenNo'],
  ['unsure', 'termsWrittenUnsure'],
];

/**
 * The remedies the situation offers. All four for a defect: one the law does not give on the facts (a refund
 * of technically complex goods past fifteen days with no ground) is kept as chosen and the core asks for
 * the ground or the day the demand was made — never swapped for a repair (legal review C1).
 */
export function remediesOf(form: Form): [Remedy, MessageKey][] {
  if (!form.situation) return [];
  // A late demand offers a defect's remedies only when the earlier demand was about a defect; else it was a refund.
  if (form.situation === 'demand-late' && form.lateBasis !== 'defect') return [];
  return REMEDIES[form.situation];
}

/** The remedy asked for, or the situation's first where the one kept is not among its remedies. */
const remedyAmong = (form: Form, offered: [Remedy, MessageKey][]): Remedy | undefined =>
  offered.some(([r]) => r === form.remedy) ? form.remedy : offered[0]?.[0];

/** A defect's sums and asks beyond the remedy (M11): only what the shopper gave. */
function defectExtras(form: Form): Partial<EscalationInput> {
  const repairCosts = amount(form.repairCosts);
  const losses = amount(form.losses);
  return {
    ...(form.remedy === 'repair-costs' && repairCosts !== undefined && { repairCosts }),
    ...(losses !== undefined && { losses, lossesWhat: form.lossesWhat }),
    ...(form.substitute && { substitute: true }),
  };
}

export interface Evidence {
  inquiry: Inquiry;
  events: InquiryEvent[];
  files: Attachment[];
  profile: Profile;
  corrections: Record<string, Correction>;
  today: string;
}

/** The documents' input, once the situation is said: the page asks it first (`index.tsx`). */
export function inputOf(form: Form, evidence: Evidence): EscalationInput {
  const situation = form.situation;
  if (!situation) throw new Error('The escalation form has no situation yet');
  const refundOnly = situation === 'demand-late' && (form.lateBasis === 'return' || form.lateBasis === 'prepayment');
  return draftInput(form, situation, { ...evidence, remedy: refundOnly ? 'refund' : remedyAmong(form, REMEDIES[situation]) });
}

function draftInput(
  form: Form,
  situation: Situation,
  { inquiry, events, files, profile, corrections, today, remedy }: Evidence & { remedy?: Remedy },
): EscalationInput {
  const warrantyMonths = wholeNumber(form.warranty);
  const repairDays = wholeNumber(form.repairDays);
  const marketplace = inquiry.marketplace;
  return {
    kind: form.kind,
    situation,
    ...(situation === 'demand-late' && form.lateBasis && { lateBasis: form.lateBasis }),
    inquiry: aboutItem(inquiry, form.item),
    events,
    attachments: files.map((f) => ({ name: f.name, addedAt: f.addedAt })),
    profile,
    seller: form.seller,
    dates: Object.fromEntries(Object.entries(form.dates).filter(([, v]) => isIsoDate(v))),
    price: amount(form.price),
    prepayment: amount(form.prepayment),
    remedy,
    ...(situation === 'return' && form.termsInWriting && { termsInWriting: form.termsInWriting }),
    technicallyComplex: form.technicallyComplex,
    problem: form.problem,
    corrections,
    today,
    ...(form.situation === 'defect' && warrantyMonths !== undefined && { warrantyMonths }),
    ...(form.situation === 'defect' && form.technicallyComplex && form.complexGround && { complexGround: form.complexGround }),
    ...(form.situation === 'defect' && form.large && { large: form.large }),
    // The longer replacement terms are the seller's to invoke: only a late demand states them (M3).
    ...(situation === 'demand-late' && { replacement: form.replacement }),
    ...(situation === 'demand-late' && form.lateBasis === 'defect' && form.newRemedy && { newRemedy: form.newRemedy }),
    ...((situation === 'wrong-item' || situation === 'incomplete') && { mismatch: form.mismatch }),
    ...(situation === 'wrong-item' && form.prepaid !== undefined && { prepaid: form.prepaid }),
    ...((situation === 'incomplete' || situation === 'defect') && amount(form.priceCut) !== undefined && { priceCut: amount(form.priceCut) }),
    ...(situation === 'defect' && defectExtras(form)),
    ...(repairDays !== undefined && repairDays > 0 && { repairDays }),
    prepaymentTo: form.prepaymentTo,
    ...(form.withdrawalVia && { withdrawalVia: form.withdrawalVia }),
    ...(form.paymentMethod === 'card' && { payment: { method: 'card' as const } }),
    ...(form.paymentMethod === 'details' && { payment: { method: 'details' as const, details: form.paymentDetails } }),
    ...(form.situation === 'return' && form.restrictedGoods && { restrictedGoods: form.restrictedGoods }),
    ...(form.situation === 'return' && form.restrictedGoods === 'custom-made' && form.madeToOrder && { madeToOrder: form.madeToOrder }),
    sellerIsOperator: marketplace === 'ozon' && form.sellerIsOperator,
    ...(marketplace !== 'ozon' && { aggregator: form.aggregator }),
    operatorFailedSellerInfo: form.kind === 'complaint' && form.operatorFailedSellerInfo,
    // The product card as the page showed it when the inquiry was saved: listed among the attachments.
    ...(inquiry.card && {
      card: { ...inquiry.card, url: inquiry.pageUrl, title: inquiry.context.title, price: inquiry.context.price, seller: inquiry.context.seller },
    }),
  };
}
