/** The escalation form's state, its choices and their labels, and how it becomes the documents' input. */
import { moscowDate } from '../../../utils/calendar';
import { situationOf } from '../../../utils/catalogue/topics';
import type { Deadline, Remedy, Situation } from '../../../utils/escalation/deadlines';
import { isIsoDate } from '../../../utils/escalation/deadlines';
import type { DocumentKind, EscalationInput, Missing, SellerEntity } from '../../../utils/escalation/documents';
import type { Attachment, Inquiry, InquiryEvent } from '../../../utils/inquiries/model';
import type { MessageKey } from '../../../utils/platform/i18n';
import type { Correction } from '../../../utils/catalogue/types';
import type { Profile } from '../../../utils/templates';

export interface Form {
  kind: DocumentKind;
  situation: Situation;
  seller: SellerEntity;
  dates: { delivered?: string; demandReceived?: string; promised?: string; newDelivery?: string };
  price: string;
  prepayment: string;
  remedy: Remedy;
  termsInWriting: boolean;
  technicallyComplex: boolean;
  problem: string;
  /** On an order of several items, which one the document is about. */
  item: number;
}

export const SITUATIONS: [Situation, MessageKey][] = [
  ['return', 'situationReturn'],
  ['defect', 'situationDefect'],
  ['demand-late', 'situationDemandLate'],
  ['not-delivered', 'situationNotDelivered'],
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
};

export const DEADLINE_LABEL: Record<Deadline['id'], MessageKey> = {
  'return-window': 'deadlineReturnWindow',
  refund: 'deadlineRefund',
  'complex-goods': 'deadlineComplexGoods',
  remedy: 'deadlineRemedy',
  delivery: 'deadlineDelivery',
  'prepayment-refund': 'deadlinePrepaymentRefund',
};

export function initialForm(inquiry: Inquiry): Form {
  const sent = inquiry.firstSentAt;
  return {
    kind: 'claim',
    situation: situationOf(inquiry.topic),
    seller: {},
    dates: {
      ...(inquiry.context.deliveredDate && { delivered: inquiry.context.deliveredDate }),
      ...(sent !== undefined && { demandReceived: moscowDate(sent) }),
    },
    price: inquiry.context.price ? String(inquiry.context.price) : '',
    prepayment: inquiry.context.price ? String(inquiry.context.price) : '',
    remedy: 'refund',
    termsInWriting: true,
    technicallyComplex: false,
    problem: '',
    item: 0,
  };
}

/** An inquiry about a whole order, narrowed to the item chosen, where it names no product of its own. */
export function aboutItem(inquiry: Inquiry, index: number): Inquiry {
  const item = inquiry.context.items?.[index];
  if (!item || inquiry.fields.article || inquiry.fields.title) return inquiry;
  return { ...inquiry, fields: { ...inquiry.fields, article: item.article, title: item.title } };
}

export const amount = (text: string) => {
  const value = Number(text.replace(/\s/g, '').replace(',', '.'));
  return Number.isFinite(value) && value > 0 ? value : undefined;
};

/** The remedy asked for, or the situation's first where the one kept from another situation does not apply. */
export const remedyOf = (form: Form): Remedy | undefined =>
  REMEDIES[form.situation].some(([r]) => r === form.remedy) ? form.remedy : REMEDIES[form.situation][0]?.[0];

export interface Evidence {
  inquiry: Inquiry;
  events: InquiryEvent[];
  files: Attachment[];
  profile: Profile;
  corrections: Record<string, Correction>;
  today: string;
}

export function inputOf(form: Form, { inquiry, events, files, profile, corrections, today }: Evidence): EscalationInput {
  return {
    kind: form.kind,
    situation: form.situation,
    inquiry: aboutItem(inquiry, form.item),
    events,
    attachments: files.map((f) => ({ name: f.name, addedAt: f.addedAt })),
    profile,
    seller: form.seller,
    dates: Object.fromEntries(Object.entries(form.dates).filter(([, v]) => isIsoDate(v))),
    price: amount(form.price),
    prepayment: amount(form.prepayment),
    remedy: remedyOf(form),
    termsInWriting: form.termsInWriting,
    technicallyComplex: form.technicallyComplex,
    problem: form.problem,
    corrections,
    today,
  };
}
