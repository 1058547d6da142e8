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
import { channelById } from '../../catalogue';
import type { Correction } from '../../catalogue/types';
import { ESCALATION_ANSWER_DAYS } from '../../inquiries/lifecycle';
import type { Inquiry, InquiryEvent } from '../../inquiries/model';
import { moscowDate } from '../../calendar/moscow';
import type { Profile } from '../../templates';
import {
  answerDue,
  deadlinesFor,
  isIsoDate,
  penaltyArithmetic,
  penaltyFor,
  remedyTerm,
  REPAIR_MAX_DAYS,
  rubles,
  termText,
  warrantyCase,
  type Deadline,
  type DeadlineInput,
  type Penalty,
  type Remedy,
  type Situation,
} from '../deadlines';
import {
  ARTICLES,
  COMPLEX_GOODS_LIST,
  FILING,
  foreignOzon,
  isOzonOperator,
  LAW_GENITIVE,
  LAW_INSTRUMENTAL,
  OZON_OPERATOR_IDS,
  ozonOperator,
  PLATFORM_LAW_289,
  type ArticleId,
} from '../law';
import { sellerIdProblems, type SellerProblem } from '../seller-details';

export type DocumentKind = 'claim' | 'complaint';

export interface SellerEntity {
  /** The legal entity (ООО «…», ИП …), not the shop's display name. */
  name?: string;
  /** ИНН or ОГРН (ОГРНИП), as the seller's page gives them. */
  ids?: string;
  address?: string;
}

/**
 * Art. 18(1): after fifteen days from delivery, a refund or a replacement of technically complex goods
 * needs one of these grounds: a substantial defect; the law's repair terms broken; the goods unusable for
 * more than thirty days in a year of the warranty because of repeated repairs.
 */
export type ComplexGround = 'substantial-defect' | 'repair-terms-broken' | 'unusable-30-days';

/** How the money is to be paid: to the card the order was paid with, or to bank details typed in. */
export type Payment = { method: 'card' } | { method: 'details'; details?: string };

/** Goods sellers refuse to take back though the law's text on remote sales may not let them (warned, never blocked). */
export type RestrictedGoods = 'food' | 'custom-made' | 'digital' | 'sim-card' | 'other';

/**
 * What the product page said when the inquiry was saved — the card as evidence: sellers edit cards once
 * a dispute starts. The text is capped at `CARD_TEXT_MAX` characters.
 */
export interface CapturedCard {
  /** When the page was read (ms since the epoch). */
  capturedAt: number;
  url?: string;
  title?: string;
  price?: number;
  seller?: string;
  /** The description and characteristics text the page showed. */
  text?: string;
}

export const CARD_TEXT_MAX = 20_000;

/** A card's text cut to `CARD_TEXT_MAX` characters, for whoever captures it. */
export function capCardText(text: string): string {
  const tidy = text.replace(/[ \t]+/g, ' ').replace(/\n{3,}/g, '\n\n').trim();
  return tidy.length > CARD_TEXT_MAX ? `${tidy.slice(0, CARD_TEXT_MAX - 1)}…` : tidy;
}

export interface EscalationInput extends DeadlineInput {
  kind: DocumentKind;
  inquiry: Inquiry;
  events: InquiryEvent[];
  attachments: { name: string; addedAt: number }[];
  profile: Profile;
  seller: SellerEntity;
  /** What is wrong, in the shopper's words (the defect, what was not delivered). */
  problem?: string;
  /** The shopper's corrections of catalogue entries (the options): the operator's address among them. */
  corrections?: Record<string, Correction>;
  /** The warranty in months, from the goods' papers or the card; 0 when none was set (arts. 18(6), 19). Asked for a defect. */
  warrantyMonths?: number;
  /** The ground for a refund or replacement of technically complex goods after fifteen days (art. 18(1)). */
  complexGround?: ComplexGround;
  /** Goods over five kilograms, or bulky: the seller carries them for repair, replacement or return (art. 18(7)). */
  large?: 'heavy' | 'bulky';
  /** Where the money goes, asked whenever money is demanded. */
  payment?: Payment;
  /** How the buyer withdrew from a return (dates.withdrawn): the marketplace's return request, a chat message, a letter. */
  withdrawalVia?: 'return-request' | 'chat' | 'letter';
  /** Goods sellers often refuse to take back: a warning, not a refusal. */
  restrictedGoods?: RestrictedGoods;
  /** On Ozon: Ozon itself sold the goods (its operator, Internet Resheniya, is the seller). */
  sellerIsOperator?: boolean;
  /** The aggregator's owner that took the prepayment, on a marketplace whose operator this core does not know (Ozon's it does). */
  aggregator?: SellerEntity;
  /** For the complaint: the marketplace did not give the seller's details as art. 9(1.2) asks. */
  operatorFailedSellerInfo?: boolean;
  /** The product page as it was when the inquiry was saved. */
  card?: CapturedCard;
}

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
  | 'problem';

/**
 * What the form asks beyond the fields it had: kept apart from `Missing`, whose every value the page
 * already labels.
 * - warranty: the warranty period (months, or none), for a defect;
 * - complex-ground: the ground for a refund or replacement of technically complex goods after 15 days;
 * - payment / payment-details: how to pay, whenever money is demanded;
 * - date-withdrawn: when the buyer told the seller they withdraw (the aggregator's refund needs it);
 * - aggregator: the aggregator's owner, on a marketplace other than Ozon.
 */
export type Asked = 'warranty' | 'complex-ground' | 'payment' | 'payment-details' | 'date-withdrawn' | 'aggregator';

/** A value given but wrong: said before the document is drawn. */
export type Problem = SellerProblem | 'aggregator-ids-invalid' | 'repair-days-over-45';

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
  | 'platform-law';

/** A warning or advice shown beside the document, never printed in it; each with its source. */
export interface Note {
  id: NoteId;
  level: 'warning' | 'advice';
  ru: string;
  en: string;
  source: string;
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

const MARKETPLACE_NAME = { ozon: 'Ozon', wildberries: 'Wildberries', 'yandex-market': 'Яндекс Маркет' } as const;

/** "22.11.2026", as Russian documents date things. */
export function documentDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

const dateOf = (ms: number) => documentDate(moscowDate(ms));
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);
const filled = (value: string | undefined): value is string => !!value && value.trim() !== '';

/**
 * The seller the document names: on Ozon, when Ozon itself sold the goods, its operator's details fill
 * what was not typed.
 */
export function sellerOf(input: Pick<EscalationInput, 'seller' | 'sellerIsOperator' | 'inquiry' | 'corrections'>): SellerEntity {
  if (!input.sellerIsOperator || input.inquiry.marketplace !== 'ozon') return input.seller;
  const operator = ozonOperator(input.corrections);
  return {
    name: filled(input.seller.name) ? input.seller.name : operator.name,
    ids: filled(input.seller.ids) ? input.seller.ids : `ИНН ${OZON_OPERATOR_IDS.inn}, ОГРН ${OZON_OPERATOR_IDS.ogrn}`,
    address: filled(input.seller.address) ? input.seller.address : operator.address,
  };
}

/** Ozon's own sale: Internet Resheniya is the seller, named once. */
const ozonSells = (input: EscalationInput) => input.inquiry.marketplace === 'ozon' && isOzonOperator(sellerOf(input));

/** The prepayment is demanded of the aggregator's owner that took it (art. 12(2.4)), not of the seller. */
export function aggregatorDemand(input: EscalationInput): boolean {
  return input.situation === 'not-delivered' && input.remedy === 'refund' && input.prepaymentTo === 'aggregator' && !ozonSells(input);
}

/** The aggregator's owner the demand goes to: Ozon's operator, or the one typed in. */
function aggregatorOf(input: EscalationInput): SellerEntity | undefined {
  if (input.inquiry.marketplace === 'ozon') {
    const operator = ozonOperator(input.corrections);
    return { name: operator.name, ids: `ИНН ${OZON_OPERATOR_IDS.inn}, ОГРН ${OZON_OPERATOR_IDS.ogrn}`, address: operator.address };
  }
  const a = input.aggregator;
  return a && filled(a.name) && filled(a.address) ? a : undefined;
}

/** Fifteen days from delivery have passed for technically complex goods (art. 18(1)), counted as the deadline list counts them. */
function complexAfterFifteenDays(input: EscalationInput): boolean {
  return deadlinesFor(input).some((d) => d.id === 'complex-goods' && d.passed);
}

/**
 * The remedies the buyer may choose for a defect: all four, except technically complex goods past
 * fifteen days with no ground given — then only a repair or a price reduction (art. 18(1)).
 */
export function remediesFor(input: EscalationInput): Remedy[] {
  if (complexAfterFifteenDays(input) && !input.complexGround) return ['repair', 'discount'];
  return ['refund', 'replace', 'repair', 'discount'];
}

/** Whether the claim demands money: then it says where to pay. */
function moneyDemanded(input: EscalationInput, penalty: Penalty | undefined): boolean {
  if (input.situation === 'return') return true;
  if (input.remedy === 'refund' || input.remedy === 'discount') return true;
  // The penalty to date is demanded where the claim works it out: a late demand, a late delivery.
  return (input.situation === 'demand-late' || input.situation === 'not-delivered') && penalty !== undefined && !aggregatorDemand(input);
}

/** What the document needs and the inquiry and form do not give. */
export function missingFor(input: EscalationInput): Missing[] {
  const missing: Missing[] = [];
  const { profile, inquiry, dates, situation } = input;
  const seller = sellerOf(input);
  if (!filled(profile.name)) missing.push('profile-name');
  if (!filled(profile.phone) && !filled(profile.email)) missing.push('profile-contact');
  if (!filled(profile.address)) missing.push('profile-address');
  if (!filled(seller.name)) missing.push('seller-name');
  if (!filled(seller.ids)) missing.push('seller-ids');
  if (input.kind === 'claim' && !aggregatorDemand(input) && !filled(seller.address)) missing.push('seller-address');
  if (!filled(inquiry.fields.title) && !filled(inquiry.fields.article)) missing.push('product');
  if (situation === 'not-delivered') {
    if (!(input.prepayment ?? input.price)) missing.push('prepayment');
    if (!dates.promised) missing.push('date-promised');
    if (input.remedy !== 'refund' && !dates.newDelivery) missing.push('date-new-delivery');
  } else if (!input.price) missing.push('price');
  if ((situation === 'return' || situation === 'defect') && !dates.delivered) missing.push('date-delivered');
  if (situation === 'demand-late' && !dates.demandReceived) missing.push('date-demand');
  if ((situation === 'defect' || situation === 'demand-late') && !filled(input.problem)) missing.push('problem');
  return missing;
}

/** What the form must ask beyond `missingFor`'s list. */
export function askedFor(input: EscalationInput): Asked[] {
  const asked: Asked[] = [];
  if (input.situation === 'defect' && (input.warrantyMonths === undefined || !(input.warrantyMonths >= 0))) asked.push('warranty');
  if (
    complexAfterFifteenDays(input) &&
    !input.complexGround &&
    (input.remedy === undefined || input.remedy === 'refund' || input.remedy === 'replace')
  ) {
    asked.push('complex-ground');
  }
  if (aggregatorDemand(input)) {
    if (!input.dates.withdrawn) asked.push('date-withdrawn');
    if (!aggregatorOf(input)) asked.push('aggregator');
  }
  if (input.kind === 'claim' && moneyDemanded(input, penaltyFor(input))) {
    if (!input.payment) asked.push('payment');
    else if (input.payment.method === 'details' && !filled(input.payment.details)) asked.push('payment-details');
  }
  return asked;
}

/** Values given but wrong: the seller's (or the aggregator's) numbers by their control digits, a repair term over 45 days. */
export function problemsFor(input: EscalationInput): Problem[] {
  const problems: Problem[] = [...sellerIdProblems(sellerOf(input).ids)];
  if (aggregatorDemand(input) && input.inquiry.marketplace !== 'ozon' && sellerIdProblems(input.aggregator?.ids).length) {
    problems.push('aggregator-ids-invalid');
  }
  if (input.situation !== 'not-delivered' && input.remedy === 'repair' && (input.repairDays ?? 0) > REPAIR_MAX_DAYS) {
    problems.push('repair-days-over-45');
  }
  return problems;
}

/**
 * The seller-received date the form offers as a hint, never as a value: the first message sent on the
 * inquiry often went to the marketplace's support, which is not a demand the seller received.
 */
export function demandReceivedHint(inquiry: Inquiry): { date: string; channel?: string } | undefined {
  if (inquiry.firstSentAt === undefined) return undefined;
  return { date: moscowDate(inquiry.firstSentAt), channel: inquiry.firstSentChannel };
}

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

// ------------------------------------------------------------------------------------------ shared parts

function sellerLine(seller: SellerEntity, withAddress: boolean): string {
  return [seller.name!.trim(), seller.ids!.trim(), withAddress && filled(seller.address) ? `адрес: ${seller.address.trim()}` : undefined]
    .filter(Boolean)
    .join(', ');
}

function fromPart(profile: Profile): DocumentPart {
  const contacts = [profile.phone?.trim() && `тел. ${profile.phone.trim()}`, profile.email?.trim() && `эл. почта ${profile.email.trim()}`]
    .filter(Boolean)
    .join(', ');
  return {
    id: 'from',
    text: `От: ${profile.name!.trim()}\nАдрес: ${profile.address!.trim()}\n${contacts}`,
    en: 'From: your name, postal address and contacts, from your profile. A claim without them cannot be answered.',
  };
}

function factsPart(input: EscalationInput): DocumentPart {
  const { inquiry } = input;
  const f = inquiry.fields;
  const where = `на маркетплейсе ${MARKETPLACE_NAME[inquiry.marketplace]}`;
  const order = f.orderId ? `заказ № ${f.orderId}${f.orderDate ? ` от ${documentDate(f.orderDate)}` : ''}` : 'заказ';
  const product = [f.title && `«${f.title}»`, f.article && `артикул ${f.article}`].filter(Boolean).join(', ');
  const lines = [`Мною ${where} оформлен ${order} на товар ${product}${input.price ? `, стоимостью ${rubles(input.price)}` : ''}.`];
  if (input.situation === 'not-delivered') lines.push(`Предварительно оплачено: ${rubles((input.prepayment ?? input.price)!)}.`);
  if (input.dates.delivered) lines.push(`Товар получен ${documentDate(input.dates.delivered)}.`);
  if (input.dates.promised) lines.push(`Срок передачи товара, указанный продавцом: ${documentDate(input.dates.promised)}.`);
  if (filled(input.problem)) lines.push(`Суть проблемы: ${input.problem.trim()}`);
  return {
    id: 'facts',
    text: lines.join('\n'),
    en: 'The facts: the order number and date, the product and its article, the price, and what is wrong, from the inquiry and what you typed.',
  };
}

/** What happened and when, from the timeline: inquiries sent, replies, earlier claims. */
function timelinePart(input: EscalationInput): DocumentPart | undefined {
  const lines: string[] = [];
  for (const event of [...input.events].sort((a, b) => a.at - b.at)) {
    if (event.type === 'sent') {
      const channel = channelById(event.detail ?? '')?.name.ru ?? event.detail;
      lines.push(`${dateOf(event.at)} — обращение к продавцу или в поддержку маркетплейса${channel ? ` (${channel})` : ''}.`);
    } else if (event.type === 'reply' && event.detail) {
      // A quoted sentence's own full stop gives way to the one after the quotes.
      lines.push(`${dateOf(event.at)} — получен ответ: «${clip(event.detail.replace(/\s+/g, ' ').trim(), 300).replace(/\.$/, '')}».`);
    } else if (event.type === 'claim') {
      lines.push(`${dateOf(event.at)} — направлена претензия.`);
    } else if (event.type === 'complaint') {
      lines.push(`${dateOf(event.at)} — подана жалоба в Роспотребнадзор.`);
    }
  }
  if (!lines.length) return undefined;
  return {
    id: 'timeline',
    text: `Хронология обращений:\n${lines.join('\n')}`,
    en: 'What happened and when: each time you wrote, each reply (quoted), earlier claims — from the inquiry’s timeline.',
  };
}

/** The card as it was when the inquiry was saved: the seller may have edited it since. */
function cardAttachment(card: CapturedCard | undefined): string | undefined {
  if (!card || !Number.isFinite(card.capturedAt)) return undefined;
  const what = [card.title && `«${clip(card.title.trim(), 120)}»`, card.url].filter(Boolean).join(', ');
  return `Описание товара на странице маркетплейса по состоянию на ${dateOf(card.capturedAt)}${what ? ` (${what})` : ''}.`;
}

function attachmentsPart(input: EscalationInput, extra: string[] = []): DocumentPart | undefined {
  const replies = input.events.filter((e) => e.type === 'reply').sort((a, b) => a.at - b.at);
  const card = cardAttachment(input.card);
  const list = [
    ...extra,
    ...(card ? [card] : []),
    ...replies.map((e) => `Ответ продавца или поддержки от ${dateOf(e.at)} (копия переписки).`),
    ...input.attachments.map((a) => `${a.name} (от ${dateOf(a.addedAt)}).`),
  ];
  if (!list.length) return undefined;
  return {
    id: 'attachments',
    text: `Приложения:\n${list.map((item, i) => `${i + 1}. ${item}`).join('\n')}`,
    en:
      'Attachments: the replies on the timeline and the files kept with the inquiry' +
      (card ? ', and the product card as the page showed it when you saved the inquiry (print it from the case file: sellers edit cards once a dispute starts)' : '') +
      '. Attach copies, keep the originals.',
  };
}

function signaturePart(input: EscalationInput): DocumentPart {
  return {
    id: 'signature',
    text: `${documentDate(input.today)}\n\n____________________ / ${input.profile.name!.trim()} /`,
    en: 'Date and signature line: sign by hand after printing (or send from your own e-mail).',
  };
}

/** Where the money goes (asked whenever money is demanded). */
function paymentPart(input: EscalationInput): DocumentPart {
  const payment = input.payment!;
  return payment.method === 'card'
    ? {
        id: 'payment',
        text: 'Денежные средства прошу перечислить на банковскую карту, с которой был оплачен заказ.',
        en: 'How to pay: to the card the order was paid with.',
      }
    : {
        id: 'payment',
        text: `Денежные средства прошу перечислить по следующим реквизитам: ${payment.details!.trim()}.`,
        en: 'How to pay: to the bank details you typed in.',
      };
}

// -------------------------------------------------------------------------------------------------- claim

const REMEDY_DEMAND: Record<Remedy, string> = {
  refund: 'вернуть уплаченную за товар сумму',
  discount: 'соразмерно уменьшить покупную цену товара',
  replace: 'заменить товар на товар этой же марки (модели, артикула)',
  repair: 'безвозмездно устранить недостатки товара',
  deliver: 'передать оплаченный товар',
};

const ARTICLE_REF: Partial<Record<ArticleId, string>> = { '20': 'п. 1 ст. 20', '21': 'п. 1 ст. 21', '22': 'ст. 22' };

/** "в течение семи дней со дня предъявления требования (п. 1 ст. 21 Закона)": each remedy's own term, as its article gives it. */
function remedyTermPhrase(input: EscalationInput, remedy: Remedy): { ru: string; en: string } {
  if (remedy === 'replace') {
    const r = input.replacement ?? 'in-stock';
    if (r === 'extra-check') {
      return {
        ru: 'в течение двадцати дней со дня предъявления требования — срок, установленный п. 1 ст. 21 Закона на случай дополнительной проверки качества товара',
        en: 'within 20 days of the demand, the term art. 21(1) gives when the seller needs an extra quality check',
      };
    }
    if (r === 'out-of-stock') {
      return {
        ru: 'в течение месяца со дня предъявления требования — срок, установленный п. 1 ст. 21 Закона на случай отсутствия у продавца товара для замены',
        en: 'within one month of the demand, the term art. 21(1) gives when the seller has no goods to replace with',
      };
    }
    return { ru: 'в течение семи дней со дня предъявления требования (п. 1 ст. 21 Закона)', en: 'within 7 days of the demand (art. 21(1))' };
  }
  if (remedy === 'repair') {
    if (input.repairDays && input.repairDays > 0) {
      return {
        ru: `в срок, согласованный сторонами в письменной форме, — в течение ${termText({ days: input.repairDays })} со дня предъявления требования (п. 1 ст. 20 Закона: не более сорока пяти дней)`,
        en: `within the ${input.repairDays} days agreed in writing (art. 20(1): such a term may not exceed 45 days)`,
      };
    }
    return {
      ru: 'незамедлительно, то есть в минимальный срок, объективно необходимый для их устранения (п. 1 ст. 20 Закона)',
      en: 'without delay, in the shortest time the repair objectively needs (art. 20(1)); 45 days is only the most a written agreement may set',
    };
  }
  return { ru: 'в течение десяти дней со дня предъявления требования (ст. 22 Закона)', en: 'within 10 days of the demand (art. 22)' };
}

const COMPLEX_GROUND_TEXT: Record<ComplexGround, string> = {
  'substantial-defect': 'обнаружение существенного недостатка товара',
  'repair-terms-broken': 'нарушение установленных Законом сроков устранения недостатков товара',
  'unusable-30-days':
    'невозможность использования товара в течение каждого года гарантийного срока в совокупности более чем тридцать дней вследствие неоднократного устранения его различных недостатков',
};

/** Art. 19's case for the defect, in the claim's words (the seller's burden within the warranty, the buyer's after). */
function warrantySentence(input: EscalationInput): string {
  const months = input.warrantyMonths!;
  const w = warrantyCase(input.dates.delivered!, months, input.today);
  switch (w.case) {
    case 'within-warranty':
      return (
        ` Недостаток обнаружен в течение гарантийного срока (${months} мес. со дня передачи товара, до ${documentDate(w.warrantyEnds!)}), ` +
        'поэтому продавец отвечает за него, если не докажет, что он возник после передачи товара вследствие нарушения ' +
        'потребителем правил использования, хранения или транспортировки товара, действий третьих лиц или непреодолимой силы ' +
        '(п. 6 ст. 18 Закона).'
      );
    case 'after-warranty':
      return (
        ` Гарантийный срок (${months} мес.) истёк ${documentDate(w.warrantyEnds!)}, однако недостаток обнаружен в пределах двух лет ` +
        'со дня передачи товара: он возник до передачи товара или по причинам, возникшим до этого момента (п. 5 ст. 19 Закона).'
      );
    case 'no-warranty':
      return (
        ' Гарантийный срок на товар не установлен; недостаток обнаружен в разумный срок, в пределах двух лет со дня передачи ' +
        'товара (п. 1 ст. 19 Закона), и возник до его передачи или по причинам, возникшим до этого момента (п. 6 ст. 18 Закона).'
      );
    case 'too-late':
      return '';
  }
}

function warrantyEn(input: EscalationInput): string {
  const w = warrantyCase(input.dates.delivered!, input.warrantyMonths!, input.today);
  return {
    'within-warranty': ' Within the warranty the seller must prove you caused the defect (art. 18(6)).',
    'after-warranty': ' The warranty has ended but two years have not: you must prove the defect predates delivery (art. 19(5)) — an expert’s report does.',
    'no-warranty': ' With no warranty, within two years of delivery, you must prove the defect predates delivery (arts. 18(6), 19(1)).',
    'too-late': ' The warranty and two years from delivery have passed: the law’s terms for these demands have run out (art. 19).',
  }[w.case];
}

function statementAndDemand(input: EscalationInput, deadlines: Deadline[], penalty: Penalty | undefined): DocumentPart[] {
  const price = rubles(input.price ?? 0);
  switch (input.situation) {
    case 'return': {
      const window = deadlines.find((d) => d.id === 'return-window');
      const withdrawn = isIsoDate(input.dates.withdrawn) ? input.dates.withdrawn : undefined;
      const inTime = !!window && !!withdrawn && withdrawn <= window.date;
      const via = { 'return-request': 'заявка на возврат на маркетплейсе', chat: 'сообщение в чате маркетплейса', letter: 'письменное заявление' }[
        input.withdrawalVia ?? 'return-request'
      ];
      const when = !window
        ? ''
        : inTime
          ? ` Срок для отказа от товара истекал ${documentDate(window.date)}; об отказе от товара я заявил(а) ${documentDate(withdrawn!)} (${via}), то есть в установленный срок.`
          : window.passed
            ? ''
            : ` Срок для отказа от товара истекает ${documentDate(window.date)}.`;
      return [
        {
          id: 'statement',
          text:
            `Согласно п. 4 ст. 26.1 ${LAW_GENITIVE} потребитель вправе отказаться от товара, приобретённого дистанционным способом, ` +
            'в любое время до его передачи, а после передачи — в течение семи дней; если информация о порядке и сроках ' +
            'возврата товара надлежащего качества не была предоставлена в письменной форме в момент доставки, — в течение трёх ' +
            'месяцев с момента передачи товара.' +
            when,
          en:
            'The ground: art. 26.1(4) lets you return goods of proper quality bought remotely — 7 days after delivery, 3 months if the return terms were not given to you in writing at delivery.' +
            (inTime ? ' You withdrew in time: the date of your return request or message is given.' : ''),
        },
        {
          id: 'demand',
          text: inTime
            ? `На основании изложенного подтверждаю отказ от товара, заявленный ${documentDate(withdrawn!)}, и прошу вернуть уплаченную за него сумму ${price} ` +
              'в течение десяти дней со дня предъявления требования (п. 4 ст. 26.1 Закона).'
            : `На основании изложенного заявляю об отказе от товара и прошу вернуть уплаченную за него сумму ${price} ` +
              'в течение десяти дней со дня предъявления настоящего требования (п. 4 ст. 26.1 Закона).',
          en: 'The demand: you withdraw from the purchase and ask for the money back within 10 days (art. 26.1(4)).',
        },
        {
          id: 'return-terms',
          text:
            'Товарный вид и потребительские свойства товара сохранены' +
            (input.inquiry.fields.orderId ? `; факт и условия покупки подтверждает заказ № ${input.inquiry.fields.orderId}` : '') +
            '. Готов(а) вернуть товар продавцу. Возврату подлежит уплаченная сумма за исключением расходов продавца на доставку ' +
            'от потребителя возвращённого товара (п. 4 ст. 26.1 Закона).',
          en: 'The return’s conditions (art. 26.1(4)): the goods keep their presentation and properties; you offer them back; the seller may deduct only its cost of taking the goods back.',
        },
      ];
    }
    case 'defect': {
      const remedy = input.remedy ?? 'refund';
      const phrase = remedyTermPhrase(input, remedy);
      const list = `перечень технически сложных товаров утверждён постановлением Правительства РФ от 10.11.2011 № 924`;
      const moneyOrReplace = remedy === 'refund' || remedy === 'replace';
      const complex = !input.technicallyComplex
        ? ''
        : !complexAfterFifteenDays(input)
          ? ` Товар является технически сложным (${list}): в течение пятнадцати дней со дня передачи потребитель вправе ` +
            'отказаться от исполнения договора и потребовать возврата уплаченной суммы либо замены товара при любом недостатке (п. 1 ст. 18 Закона).'
          : moneyOrReplace
            ? ` Товар является технически сложным (${list}). По истечении пятнадцати дней со дня передачи требование о возврате ` +
              `уплаченной суммы или о замене подлежит удовлетворению в случаях, перечисленных в п. 1 ст. 18 Закона; в данном случае основанием является ` +
              `${COMPLEX_GROUND_TEXT[input.complexGround!]}.`
            : ` Товар является технически сложным (${list}).`;
      return [
        {
          id: 'statement',
          text:
            `В товаре обнаружен недостаток, о котором продавец меня не предупредил. Согласно п. 1 ст. 18 ${LAW_GENITIVE} ` +
            'потребитель вправе по своему выбору потребовать замены товара, соразмерного уменьшения цены, безвозмездного ' +
            'устранения недостатков либо отказаться от исполнения договора и потребовать возврата уплаченной суммы.' +
            complex +
            warrantySentence(input),
          en:
            'The ground: art. 18 gives you the choice of remedy for a defect. For technically complex goods (Decree 924’s list) a refund or replacement is yours within 15 days of delivery; later only on a ground art. 18(1) lists, which the claim names.' +
            warrantyEn(input),
        },
        {
          id: 'demand',
          text:
            `Прошу ${REMEDY_DEMAND[remedy]}${remedy === 'refund' ? ` (${price})` : ''} ${phrase.ru}. За нарушение этого срока ` +
            'продавец уплачивает неустойку в размере 1 % цены товара за каждый день просрочки (п. 1 ст. 23 Закона).',
          en: `The demand: the remedy you chose, ${phrase.en}, with the 1 % a day penalty of art. 23(1) named.`,
        },
        {
          id: 'quality-check',
          text:
            'Прошу заблаговременно сообщить мне дату, время и место проверки качества товара: я желаю участвовать в ней, а в случае ' +
            'экспертизы — присутствовать при её проведении (п. 5 ст. 18 Закона). Готов(а) передать товар продавцу.' +
            (input.large
              ? ` ${input.large === 'heavy' ? 'Вес товара превышает пять килограммов' : 'Товар является крупногабаритным'}: его доставка для ремонта, ` +
                'уценки, замены и (или) возврата осуществляется силами и за счёт продавца (п. 7 ст. 18 Закона).'
              : ''),
          en:
            'The quality check (art. 18(5)): you ask to be told when and where it takes place, to attend it (and any expert examination), and you offer the goods.' +
            (input.large ? ' Goods over 5 kg or bulky are carried by the seller, at its cost (art. 18(7)).' : ''),
        },
      ];
    }
    case 'demand-late': {
      const term = deadlines.find((d) => d.id === 'remedy');
      const remedy = input.remedy ?? 'refund';
      const { term: given, article } = remedyTerm(remedy, input);
      const ref = ARTICLE_REF[article] ?? `ст. ${article}`;
      const late = penalty
        ? ` Срок истёк ${documentDate(term!.date)}. На ${documentDate(input.today)} просрочка составляет ${penalty.days} дн., ` +
          `неустойка по п. 1 ст. 23 Закона (1 % цены товара за каждый день): ${penaltyArithmetic(penalty)}.`
        : term
          ? ` Срок его удовлетворения истекает ${documentDate(term.date)}.`
          : '';
      const due = given ? `в течение ${termText(given)}` : 'незамедлительно';
      return [
        {
          id: 'statement',
          text:
            `${documentDate(input.dates.demandReceived!)} продавцом получено требование ${REMEDY_DEMAND[remedy]}. ` +
            `Согласно ${ref} ${LAW_GENITIVE} оно подлежало удовлетворению ${due}.` +
            late,
          en: given
            ? `The ground: your earlier demand was due within ${given.months ? `${given.months} month` : `${given.days} days`} of the seller receiving it (art. ${article}); once late, art. 23 adds 1 % of the price for each day, worked out here to today.`
            : 'The ground: a repair with no term agreed in writing is due without delay (art. 20(1)); no date is given to count the penalty from, so none is worked out.',
        },
        {
          id: 'demand',
          text:
            `Прошу незамедлительно ${REMEDY_DEMAND[remedy]}` +
            (penalty ? ` и выплатить неустойку в размере ${rubles(penalty.amount)} на ${documentDate(input.today)}, а также за каждый последующий день просрочки до дня удовлетворения требования` : '') +
            ` (${ref}, п. 1 ст. 23 Закона).`,
          en: `The demand: meet the original demand now and pay the penalty to date and for each further day (arts. ${article} and 23).`,
        },
      ];
    }
    case 'not-delivered': {
      const base = input.prepayment ?? input.price!;
      if (aggregatorDemand(input)) {
        const aggregator = aggregatorOf(input)!;
        const seller = sellerOf(input);
        return [
          {
            id: 'statement',
            text:
              `Товар оплачен заранее: сумма предварительной оплаты ${rubles(base)} получена владельцем агрегатора информации о товарах — ` +
              `${aggregator.name!.trim()}. В установленный срок — ${documentDate(input.dates.promised!)} — товар не передан. ` +
              `${documentDate(input.dates.withdrawn!)} я уведомил(а) продавца — ${sellerLine(seller, false)} — об отказе от исполнения ` +
              `договора в связи с нарушением срока передачи товара. Согласно п. 2.4 ст. 12 ${LAW_GENITIVE} в этом случае владелец ` +
              'агрегатора, получивший предварительную оплату, обязан возвратить её потребителю в течение десяти календарных дней со дня ' +
              'предъявления требования.',
            en: 'The ground: art. 12(2.4) — the goods were not delivered on time and you told the seller you withdraw; the aggregator’s owner that took the prepayment must refund it within 10 calendar days of your demand.',
          },
          {
            id: 'demand',
            text: `Прошу возвратить сумму предварительной оплаты ${rubles(base)} в течение десяти календарных дней со дня предъявления настоящего требования (п. 2.4 ст. 12 Закона).`,
            en: 'The demand: the prepayment back within 10 calendar days (art. 12(2.4)). The penalty for late delivery is the seller’s to pay (art. 23.1(3)), not the aggregator’s, and is not demanded here.',
          },
        ];
      }
      const remedy = input.remedy === 'refund' ? 'refund' : 'deliver';
      const late = penalty
        ? ` На ${documentDate(input.today)} просрочка составляет ${penalty.days} дн., неустойка по п. 3 ст. 23.1 Закона ` +
          `(0,5 % суммы предварительной оплаты за каждый день, не более суммы предоплаты): ${penaltyArithmetic(penalty)}.`
        : '';
      return [
        {
          id: 'statement',
          text:
            `Товар оплачен заранее (${rubles(base)}), однако в установленный срок — ${documentDate(input.dates.promised!)} — не передан. ` +
            `Согласно ст. 23.1 ${LAW_GENITIVE} в этом случае потребитель вправе потребовать передачи товара в новый срок либо возврата ` +
            'суммы предварительной оплаты, а продавец уплачивает неустойку.' + late,
          en: 'The ground: art. 23.1 — prepaid goods not delivered on time: a new delivery date or the prepayment back, and 0.5 % of the prepayment per day of delay, at most the prepayment.',
        },
        {
          id: 'demand',
          text:
            (remedy === 'refund'
              ? `Прошу вернуть сумму предварительной оплаты ${rubles(base)} в течение десяти дней со дня предъявления настоящего требования (пп. 2, 4 ст. 23.1 Закона)`
              : `Прошу передать оплаченный товар в установленный мною новый срок — не позднее ${documentDate(input.dates.newDelivery!)} (п. 2 ст. 23.1 Закона)`) +
            (penalty ? ` и выплатить неустойку в размере ${rubles(penalty.amount)} на ${documentDate(input.today)} (п. 3 ст. 23.1 Закона).` : '.'),
          en: 'The demand: delivery by a new date you set (art. 23.1(2)), or the prepayment back within 10 days (art. 23.1(2) and (4)), and the penalty to date (art. 23.1(3)).',
        },
      ];
    }
  }
}

/** What the law gives in each case if the claim is refused: only that, and what the regulator does. */
function consequencesPart(input: EscalationInput): DocumentPart {
  const regulator =
    ', а также сообщить о нарушении в Роспотребнадзор, осуществляющий государственный контроль (надзор) за соблюдением ' +
    'обязательных требований в области защиты прав потребителей (ст. 40 Закона).';
  const fine =
    'компенсации морального вреда (ст. 15 Закона) и штрафа в размере 50 % от присуждённой суммы за отказ добровольно ' +
    'удовлетворить требования потребителя (п. 6 ст. 13 Закона)';
  const regulatorEn = ' Rospotrebnadzor supervises the law’s mandatory requirements (art. 40); it does not decide civil disputes or collect money for you — a court does.';
  if (aggregatorDemand(input)) {
    return {
      id: 'consequences',
      text:
        'В случае невозврата суммы предварительной оплаты в указанный срок я буду вынужден(а) обратиться в суд с требованием о её ' +
        'взыскании. Неустойку за нарушение срока передачи предварительно оплаченного товара (п. 3 ст. 23.1 Закона) я вправе требовать от продавца.',
      en: 'What follows if the prepayment is not refunded: a court claim for it. The late-delivery penalty (art. 23.1(3)) is claimed from the seller.',
    };
  }
  const start = 'В случае отказа или неполучения ответа в указанный срок я буду вынужден(а) обратиться в суд с требованием ';
  switch (input.situation) {
    case 'return':
      return {
        id: 'consequences',
        text: `${start}о взыскании уплаченной за товар суммы, ${fine}${regulator}`,
        en: 'What follows if nobody answers: a court claim for the price, moral damages (art. 15) and the 50 % fine (art. 13(6)). No penalty: art. 23’s 1 % a day covers the demands of arts. 20–22, not a return of goods of proper quality.' + regulatorEn,
      };
    case 'not-delivered':
      return {
        id: 'consequences',
        text: `${start}о взыскании неустойки (п. 3 ст. 23.1 Закона), ${fine}${regulator}`,
        en: 'What follows if nobody answers: a court claim with the penalty of art. 23.1(3), moral damages (art. 15) and the 50 % fine (art. 13(6)).' + regulatorEn,
      };
    default:
      return {
        id: 'consequences',
        text: `${start}об удовлетворении изложенного требования, взыскании неустойки (п. 1 ст. 23 Закона), ${fine}${regulator}`,
        en: 'What follows if nobody answers: a court claim for the remedy with the penalty of art. 23(1), moral damages (art. 15) and the 50 % fine (art. 13(6)).' + regulatorEn,
      };
  }
}

function claimParts(input: EscalationInput, deadlines: Deadline[], penalty: Penalty | undefined): DocumentPart[] {
  const { inquiry } = input;
  const seller = sellerOf(input);
  const operator = ozonOperator(input.corrections);
  const toAggregator = aggregatorDemand(input);
  const to: string[] = [];
  let toEn: string;
  if (toAggregator) {
    const aggregator = aggregatorOf(input)!;
    to.push(`Кому: ${sellerLine(aggregator, true)} (владелец агрегатора, получивший предварительную оплату)`);
    to.push(`Копия: ${sellerLine(seller, true)} (продавец)`);
    toEn = 'To: the aggregator’s owner that took your prepayment (art. 12(2.4)), with the seller in copy.';
  } else {
    to.push(`Кому: ${sellerLine(seller, true)} (продавец)`);
    if (inquiry.marketplace === 'ozon' && !ozonSells(input)) to.push(`Копия: ${operator.name}, ${operator.role}, ${operator.address}`);
    toEn =
      'To: the seller as a legal entity (name, ИНН or ОГРН, address — from the seller’s page on the marketplace; a shop’s display name is not an addressee)' +
      (inquiry.marketplace === 'ozon'
        ? ozonSells(input)
          ? '. Ozon itself sold the goods: Internet Resheniya LLC is the seller and is named once.'
          : ', and Ozon’s platform operator, Internet Resheniya LLC, as co-addressee (in copy).'
        : '.');
  }
  const money = moneyDemanded(input, penalty);
  const parts: (DocumentPart | undefined)[] = [
    { id: 'to', text: to.join('\n'), en: toEn },
    fromPart(input.profile),
    toAggregator
      ? {
          id: 'title',
          text: `ТРЕБОВАНИЕ\nо возврате суммы предварительной оплаты товара (п. 2.4 ст. 12 ${LAW_GENITIVE})`,
          en: 'Title: a demand for the prepayment back, under art. 12(2.4) of the consumer-rights law.',
        }
      : {
          id: 'title',
          text: `ПРЕТЕНЗИЯ\n(досудебная, в соответствии с ${LAW_INSTRUMENTAL})`,
          en: 'Title: a pre-trial claim under the consumer-rights law.',
        },
    factsPart(input),
    timelinePart(input),
    ...statementAndDemand(input, deadlines, penalty),
    money ? paymentPart(input) : undefined,
    {
      id: 'deadline',
      text: `Ответ прошу дать в письменной форме в течение ${ESCALATION_ANSWER_DAYS.claim === 10 ? 'десяти' : ESCALATION_ANSWER_DAYS.claim} дней со дня получения ${toAggregator ? 'настоящего требования' : 'настоящей претензии'}.`,
      en: `The deadline: an answer in writing within ${ESCALATION_ANSWER_DAYS.claim} calendar days of the day the ${toAggregator ? 'aggregator' : 'seller'} receives this (Civil Code art. 165.1: a demand takes effect on delivery), not of today — a registered letter arrives days later. Keep the proof of delivery.`,
    },
    consequencesPart(input),
    attachmentsPart(input, toAggregator ? [`Копия уведомления продавцу об отказе от исполнения договора от ${documentDate(input.dates.withdrawn!)}.`] : []),
    signaturePart(input),
  ];
  return parts.filter((p): p is DocumentPart => p !== undefined);
}

// ---------------------------------------------------------------------------------------------- complaint

/** The operator's own duties the complaint may name it for: the seller's details (art. 9(1.2)), the prepayment (art. 12(2.4)). */
function operatorDuties(input: EscalationInput): { ru: string[]; en: string[] } {
  const ru: string[] = [];
  const en: string[] = [];
  const aggregator = input.inquiry.marketplace === 'ozon' ? ozonOperator(input.corrections).name : input.aggregator?.name?.trim();
  if (!aggregator || ozonSells(input)) return { ru, en };
  if (input.operatorFailedSellerInfo) {
    ru.push(`Владелец агрегатора ${aggregator} не довёл до сведения потребителя информацию о продавце (п. 1.2 ст. 9 Закона).`);
    en.push('the seller’s details not given (art. 9(1.2))');
  }
  if (aggregatorDemand(input)) {
    ru.push(
      `Владелец агрегатора ${aggregator}, получивший предварительную оплату, не возвратил её в течение десяти календарных дней со дня предъявления требования (п. 2.4 ст. 12 Закона).`,
    );
    en.push('the prepayment not refunded within 10 calendar days (art. 12(2.4))');
  }
  return { ru, en };
}

function complaintParts(input: EscalationInput, deadlines: Deadline[], penalty: Penalty | undefined): DocumentPart[] {
  const { inquiry } = input;
  const seller = sellerOf(input);
  const duties = operatorDuties(input);
  const subjects = [sellerLine(seller, filled(seller.address))];
  if (duties.ru.length) {
    const operator = inquiry.marketplace === 'ozon' ? ozonOperator(input.corrections) : { name: input.aggregator!.name!.trim(), role: 'владелец агрегатора', address: input.aggregator!.address ?? '' };
    subjects.push([`${operator.name} (${operator.role})`, operator.address].filter(Boolean).join(', '));
  }
  const claim = input.events.filter((e) => e.type === 'claim').sort((a, b) => a.at - b.at)[0];
  const replies = input.events.filter((e) => e.type === 'reply');
  const answered = claim ? replies.some((r) => r.at >= claim.at) : replies.length > 0;
  const received = isIsoDate(input.dates.claimReceived) ? input.dates.claimReceived : undefined;
  const asked = statementAndDemand(input, deadlines, penalty).find((p) => p.id === 'statement')!;
  const parts: (DocumentPart | undefined)[] = [
    {
      id: 'to',
      text: 'В Федеральную службу по надзору в сфере защиты прав потребителей и благополучия человека (Роспотребнадзор)',
      en: `To: Rospotrebnadzor, which passes it to the territorial office. ${FILING.en}`,
    },
    fromPart(input.profile),
    {
      id: 'title',
      text: `ЖАЛОБА\nна нарушение прав потребителя: ${subjects.join('; ')}`,
      en: duties.en.length
        ? `Title: a complaint naming the seller, and the marketplace’s operator for its own duties: ${duties.en.join('; ')}.`
        : 'Title: a complaint naming the seller. The marketplace’s operator is named only for its own duties (the seller’s details, art. 9(1.2); a prepayment it took, art. 12(2.4)).',
    },
    factsPart(input),
    timelinePart(input),
    {
      id: 'statement',
      text:
        asked.text +
        (claim
          ? ` ${documentDate(moscowDate(claim.at))} продавцу направлена претензия${received ? `, получена им ${documentDate(received)}` : ''}; ${answered ? 'полученный ответ требований не удовлетворяет' : 'ответа на неё не получено'}.`
          : answered
            ? ' Полученные ответы требований не удовлетворяют.'
            : ' На мои обращения ответа не получено.') +
        (duties.ru.length ? ` ${duties.ru.join(' ')}` : ''),
      en: 'What you asked of the seller and what it answered: the ground for your demand, whether the claim went unanswered or was refused, and the operator’s own breach where there is one.',
    },
    {
      id: 'request',
      text:
        `Прошу провести проверку изложенных фактов, принять меры в отношении нарушителя в соответствии с ${LAW_INSTRUMENTAL} ` +
        'и сообщить мне о результатах рассмотрения жалобы.',
      en: 'The request: an inspection of the facts, measures against the company, and an answer to you. Rospotrebnadzor does not decide civil disputes or collect the money for you (art. 40): that is for a court.',
    },
    attachmentsPart(input, [
      'Копия кассового чека или иного документа об оплате.',
      ...(claim ? [`Копия претензии от ${dateOf(claim.at)} и подтверждение её направления.`] : []),
    ]),
    signaturePart(input),
  ];
  return parts.filter((p): p is DocumentPart => p !== undefined);
}

// -------------------------------------------------------------------------------------------------- notes

const RESTRICTED_RU: Record<RestrictedGoods, string> = {
  food: 'продукты питания',
  'custom-made': 'товар, изготовленный по индивидуальному заказу',
  digital: 'цифровой товар (ключ, код активации)',
  'sim-card': 'SIM-карта',
  other: 'товар, который продавец отказывается принимать обратно',
};

/** Warnings and advice for the page beside the document, each with its source. */
function notesFor(input: EscalationInput, deadlines: Deadline[]): Note[] {
  const notes: Note[] = [];
  const window = deadlines.find((d) => d.id === 'return-window');
  if (input.situation === 'return' && window) {
    const withdrawn = isIsoDate(input.dates.withdrawn) ? input.dates.withdrawn : undefined;
    if ((withdrawn && withdrawn > window.date) || (!withdrawn && window.passed)) {
      notes.push({
        id: 'return-window-closed',
        level: 'warning',
        ru:
          `Срок для отказа от товара истёк ${documentDate(window.date)}. Если вы заявили об отказе раньше (заявка на возврат на ` +
          'маркетплейсе, сообщение в чате), укажите эту дату — иначе продавец вправе отказать в возврате товара надлежащего качества.',
        en: `The window for returning goods of proper quality closed on ${documentDate(window.date)}. If you withdrew earlier (a return request on the marketplace, a chat message), give that date; otherwise the seller may refuse.`,
        source: 'Law 2300-1, art. 26.1(4)',
      });
    }
  }
  if (input.situation === 'return' && input.restrictedGoods) {
    const custom = input.restrictedGoods === 'custom-made';
    notes.push({
      id: 'seller-may-refuse',
      level: 'warning',
      ru:
        `Продавцы часто отказываются принимать обратно такой товар (${RESTRICTED_RU[input.restrictedGoods]}). ` +
        (custom
          ? 'Закон не позволяет отказаться от товара надлежащего качества с индивидуально-определёнными свойствами, если им может пользоваться только покупатель (п. 4 ст. 26.1). '
          : 'Текст п. 4 ст. 26.1 Закона исключает из возврата при дистанционной продаже лишь товар с индивидуально-определёнными свойствами, которым может пользоваться только покупатель; Роспотребнадзор разъясняет, что перечень «невозвратных» товаров (постановление Правительства РФ от 31.12.2020 № 2463) к дистанционной торговле не применяется. ') +
        'Текст закона и судебная практика по дистанционным возвратам расходятся: претензия составлена, но исход не гарантирован.',
      en:
        'Sellers often refuse to take such goods back. ' +
        (custom
          ? 'The law itself bars returning goods of proper quality with individually defined properties that only the buyer can use (art. 26.1(4)). '
          : 'Art. 26.1(4)’s text excludes from distance returns only goods with individually defined properties that only the buyer can use; Rospotrebnadzor says the list of non-returnable goods (Decree 2463 of 31.12.2020) does not apply to distance sales. ') +
        'The law’s text and court practice on distance returns differ: the claim is drawn, the outcome is not certain.',
      source: 'Law 2300-1, art. 26.1(4); Rospotrebnadzor’s explanations on distance sales and Government Decree No. 2463 of 31.12.2020',
    });
  }
  if (input.situation === 'defect' && input.technicallyComplex) {
    notes.push({
      id: 'complex-goods-list',
      level: 'advice',
      ru: 'Технически сложным считается только товар из перечня, утверждённого постановлением Правительства РФ от 10.11.2011 № 924. По истечении пятнадцати дней со дня передачи возврат денег или замену можно требовать лишь по основаниям п. 1 ст. 18 Закона; без них — ремонт или уменьшение цены.',
      en: `Technically complex means on the Government’s list, not “has a motor”: ${COMPLEX_GOODS_LIST.en}. After 15 days from delivery a refund or replacement needs one of art. 18(1)’s grounds; without one, choose a repair or a price reduction.`,
      source: COMPLEX_GOODS_LIST.source,
      url: COMPLEX_GOODS_LIST.url,
    });
  }
  if (input.situation === 'defect' && isIsoDate(input.dates.delivered) && input.warrantyMonths !== undefined) {
    const w = warrantyCase(input.dates.delivered, input.warrantyMonths, input.today);
    if (w.case === 'too-late') {
      notes.push({
        id: 'warranty-too-late',
        level: 'warning',
        ru: 'Гарантийный срок и два года со дня передачи товара истекли: сроки предъявления этих требований по ст. 19 Закона прошли.',
        en: 'The warranty and two years from delivery have passed: art. 19’s terms for these demands have run out.',
        source: 'Law 2300-1, art. 19(1) and (5)',
      });
    }
  }
  if ((input.situation === 'defect' || input.situation === 'demand-late') && input.remedy === 'repair' && !(input.repairDays && input.repairDays > 0)) {
    notes.push({
      id: 'repair-no-term',
      level: 'advice',
      ru: 'Срок ремонта не согласован письменно: недостатки устраняются незамедлительно, и дата для расчёта неустойки не определена. Письменное соглашение может установить срок не более 45 дней.',
      en: 'No repair term agreed in writing: the repair is due without delay, so no date is worked out for the penalty. A written agreement may set at most 45 days.',
      source: ARTICLES['20'].source,
    });
  }
  if (input.kind === 'claim') {
    notes.push({
      id: 'how-to-send',
      level: 'advice',
      ru:
        'Направьте документ так, чтобы можно было доказать его получение: заказным письмом с уведомлением о вручении и описью вложения ' +
        'по адресу адресата или через чат маркетплейса, сохранив снимок экрана с датой. Сроки для ответа считаются со дня получения.',
      en: 'Send it so that receipt can be proved: a registered letter with notice of delivery and a list of contents to the addressee’s address, or the marketplace’s chat with a dated screenshot. The terms run from receipt, and the sender proves it.',
      source: `${ARTICLES['gk-165.1'].source}; Plenum of the Supreme Court No. 25 of 23.06.2015 (the sender proves sending and delivery)`,
    });
    notes.push({
      id: 'answer-from-receipt',
      level: 'advice',
      ru: 'Дата получения требования продавцом — не дата первого сообщения в поддержку маркетплейса: укажите её по уведомлению о вручении или по чату.',
      en: 'The date the seller received the demand is not the date of your first message to the marketplace’s support: take it from the notice of delivery or the chat.',
      source: ARTICLES['gk-165.1'].source,
    });
  } else {
    notes.push({ id: 'how-to-file', level: 'advice', ru: FILING.ru, en: FILING.en, source: FILING.source });
    if (!input.events.some((e) => e.type === 'claim')) {
      notes.push({
        id: 'no-claim-on-record',
        level: 'warning',
        ru: 'Претензия продавцу ещё не записана в хронологии, и жалоба говорит лишь об обращениях в поддержку. Сначала направьте претензию (или отметьте отправленную) и приложите её с подтверждением отправки.',
        en: 'No claim to the seller is on record yet: the complaint can only speak of messages to support. Send a claim first (or record the one you sent) and attach it with proof of sending.',
        source: 'Seed 000, as the catalogue’s Rospotrebnadzor entry gives it: a complaint when the claim went unanswered',
      });
    }
  }
  if (input.inquiry.fields.orderDate && input.inquiry.fields.orderDate >= PLATFORM_LAW_289.inForce) {
    notes.push({ id: 'platform-law', level: 'advice', ru: PLATFORM_LAW_289.ru, en: PLATFORM_LAW_289.en, source: PLATFORM_LAW_289.source });
  }
  return notes;
}

// ---------------------------------------------------------------------------------------------- rendering

export function documentText(document: LegalDocument): string {
  return document.parts.map((p) => p.text).join('\n\n') + '\n';
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A standalone page: the document alone, set for printing on A4. Every value is escaped. */
export function documentHtml(document: LegalDocument): string {
  const title = document.kind === 'claim' ? 'Претензия' : 'Жалоба в Роспотребнадзор';
  const body = document.parts
    .map((p) => `<section class="${p.id}">${p.text.split('\n').map((line) => `<p>${escapeHtml(line) || '&nbsp;'}</p>`).join('')}</section>`)
    .join('\n');
  return (
    `<!doctype html>\n<html lang="ru"><head><meta charset="utf-8"><title>${title} ${documentDate(document.date)}</title>` +
    '<style>@page{size:A4;margin:20mm}body{font:12pt/1.45 "Times New Roman",serif;max-width:170mm;margin:0 auto}' +
    'p{margin:0}section{margin:0 0 10pt}.to,.from{margin-left:45%}.title{text-align:center;font-weight:bold}</style>' +
    `</head><body>\n${body}\n</body></html>\n`
  );
}

export type { Deadline, Penalty, Remedy, Situation };
