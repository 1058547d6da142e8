/** The escalation form's state, its choices and their labels, and how it becomes the documents' input. */
import { situationOf } from '@/utils/catalogue/topics';
import type { Deadline, EscalationDates, LateBasis, Remedy, Replacement, Situation } from '@/utils/escalation/deadlines';
import { isIsoDate } from '@/utils/escalation/deadlines';
import {
  remediesFor,
  type Asked,
  type ComplexGround,
  type DocumentKind,
  type EscalationInput,
  type Missing,
  type Problem,
  type RestrictedGoods,
  type SellerEntity,
} from '@/utils/escalation/documents';
import type { Attachment, Inquiry, InquiryEvent } from '@/utils/inquiries/model';
import type { MessageKey } from '@/utils/platform/i18n';
import type { Correction } from '@/utils/catalogue/types';
import type { Profile } from '@/utils/templates';
import { aboutItem, amount, wholeNumber } from './form-values';

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
  termsInWriting: boolean;
  technicallyComplex: boolean;
  problem: string;
  /** A wrong item: what came instead; an incomplete order: what is missing, and the price cut asked (rubles, as typed). */
  mismatch: string;
  priceCut: string;
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
  sellerIsOperator: boolean;
  aggregator: SellerEntity;
  operatorFailedSellerInfo: boolean;
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
    ['repair', 'remedyRepair'],
    ['discount', 'remedyDiscount'],
  ],
  'demand-late': [
    ['refund', 'remedyRefund'],
    ['replace', 'remedyReplace'],
    ['repair', 'remedyRepair'],
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

export const MISSING_LABEL: Record<Missing, MessageKey> = {
  'profile-name': 'missingProfileName',
  'profile-contact': 'missingProfileContact',
  'profile-address': 'missingProfileAddress',
  'seller-name': 'missingSellerName',
  'seller-ids': 'missingSellerIds',
  'seller-address': 'missingSellerAddress',
  product: 'missingProduct',
  price: 'missingPrice',
  prepayment: 'missingPrepayment',
  'date-delivered': 'missingDateDelivered',
  'date-demand': 'missingDateDemand',
  'date-promised': 'missingDatePromised',
  'date-new-delivery': 'missingDateNewDelivery',
  problem: 'missingProblem',
  mismatch: 'missingMismatch',
  'price-cut': 'missingPriceCut',
};

export const ASKED_LABEL: Record<Asked, MessageKey> = {
  warranty: 'askedWarranty',
  'complex-ground': 'askedComplexGround',
  payment: 'askedPayment',
  'payment-details': 'askedPaymentDetails',
  'date-withdrawn': 'askedDateWithdrawn',
  aggregator: 'askedAggregator',
  'late-basis': 'askedLateBasis',
  prepaid: 'askedPrepaid',
};

export const PROBLEM_LABEL: Record<Problem, MessageKey> = {
  'seller-inn-invalid': 'problemSellerInn',
  'seller-ogrn-invalid': 'problemSellerOgrn',
  'seller-ogrnip-invalid': 'problemSellerOgrnip',
  'seller-ids-unrecognised': 'problemSellerIdsUnrecognised',
  'aggregator-ids-invalid': 'problemAggregatorIds',
  'repair-days-over-45': 'problemRepairDays',
  'promised-not-passed': 'problemPromisedNotPassed',
  'withdrawn-before-promised': 'problemWithdrawnBeforePromised',
  'aggregator-term-not-passed': 'problemAggregatorTermNotPassed',
  'price-cut-over-price': 'problemPriceCutOverPrice',
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
  ['other', 'restrictedOther'],
];

export const DEADLINE_LABEL: Record<Deadline['id'], MessageKey> = {
  'return-window': 'deadlineReturnWindow',
  refund: 'deadlineRefund',
  'complex-goods': 'deadlineComplexGoods',
  remedy: 'deadlineRemedy',
  delivery: 'deadlineDelivery',
  'prepayment-refund': 'deadlinePrepaymentRefund',
};

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
    termsInWriting: true,
    technicallyComplex: false,
    problem: '',
    mismatch: '',
    priceCut: '',
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
 * The remedies the situation offers; for a defect the core's `remediesFor`, which leaves only a repair or a
 * price cut for technically complex goods past fifteen days without a ground (art. 18(1)).
 */
export function remediesOf(form: Form, input: EscalationInput): [Remedy, MessageKey][] {
  if (!form.situation) return [];
  const all = REMEDIES[form.situation];
  // A late demand offers a defect's remedies only when the earlier demand was about a defect; else it was a refund.
  if (form.situation === 'demand-late') return form.lateBasis === 'defect' ? all : [];
  if (form.situation !== 'defect') return all;
  const allowed = remediesFor(input);
  return all.filter(([r]) => allowed.includes(r));
}

/** The remedy asked for, or the first offered where the one kept does not apply. */
const remedyAmong = (form: Form, offered: [Remedy, MessageKey][]): Remedy | undefined =>
  offered.some(([r]) => r === form.remedy) ? form.remedy : offered[0]?.[0];

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
  const draft = draftInput(form, situation, { ...evidence, remedy: remedyAmong(form, REMEDIES[situation]) });
  const refundOnly = situation === 'demand-late' && (form.lateBasis === 'return' || form.lateBasis === 'prepayment');
  return { ...draft, remedy: refundOnly ? 'refund' : remedyAmong(form, remediesOf(form, draft)) };
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
    termsInWriting: form.termsInWriting,
    technicallyComplex: form.technicallyComplex,
    problem: form.problem,
    corrections,
    today,
    ...(form.situation === 'defect' && warrantyMonths !== undefined && { warrantyMonths }),
    ...(form.situation === 'defect' && form.technicallyComplex && form.complexGround && { complexGround: form.complexGround }),
    ...(form.situation === 'defect' && form.large && { large: form.large }),
    ...((situation === 'wrong-item' || situation === 'incomplete') && { mismatch: form.mismatch }),
    ...(situation === 'wrong-item' && form.prepaid !== undefined && { prepaid: form.prepaid }),
    ...(situation === 'incomplete' && amount(form.priceCut) !== undefined && { priceCut: amount(form.priceCut) }),
    replacement: form.replacement,
    ...(repairDays !== undefined && repairDays > 0 && { repairDays }),
    prepaymentTo: form.prepaymentTo,
    ...(form.withdrawalVia && { withdrawalVia: form.withdrawalVia }),
    ...(form.paymentMethod === 'card' && { payment: { method: 'card' as const } }),
    ...(form.paymentMethod === 'details' && { payment: { method: 'details' as const, details: form.paymentDetails } }),
    ...(form.situation === 'return' && form.restrictedGoods && { restrictedGoods: form.restrictedGoods }),
    sellerIsOperator: marketplace === 'ozon' && form.sellerIsOperator,
    ...(marketplace !== 'ozon' && { aggregator: form.aggregator }),
    operatorFailedSellerInfo: form.kind === 'complaint' && form.operatorFailedSellerInfo,
    // The product card as the page showed it when the inquiry was saved: listed among the attachments.
    ...(inquiry.card && {
      card: { ...inquiry.card, url: inquiry.pageUrl, title: inquiry.context.title, price: inquiry.context.price, seller: inquiry.context.seller },
    }),
  };
}
