/**
 * The inquiry's shapes, as schemas: what the panel sends to be saved, the inquiry kept, its events and
 * files. The types in `model.ts` are inferred from these, so a field is declared once, with its limits.
 */
import * as v from 'valibot';
import { ContextSchema, httpUrl, isoDate, MarketplaceSchema, optionalText, text } from '@/utils/marketplaces/context-schema';
import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES } from '@/utils/db/attachment-limits';
import { LIMITS } from './limits';

export { LIMITS };

export const INQUIRY_STATUSES = ['not-sent', 'sent', 'answered', 'resolved', 'escalated', 'closed'] as const;
export const EVENT_TYPES = ['created', 'sent', 'status', 'reply', 'note', 'attachment', 'claim', 'complaint'] as const;

const ms = v.pipe(v.number(), v.integer(), v.minValue(0));

export { MarketplaceSchema };
export const RecipientSchema = v.picklist(['seller', 'support']);
export const LanguageSchema = v.picklist(['ru', 'en']);

/** The values the message was built from: the page's, or typed in where the page had none. */
export const FieldsSchema = v.strictObject({
  article: optionalText(LIMITS.field),
  title: optionalText(LIMITS.field),
  seller: optionalText(LIMITS.field),
  orderId: optionalText(LIMITS.field),
  orderDate: v.optional(v.union([isoDate, v.literal('')])),
});

/**
 * What the product page said of the product when the inquiry was saved: the evidence of what was
 * offered, should the seller change the card later. Text only, never the page's markup.
 */
export const CardSchema = v.strictObject({
  /** ms since the epoch */
  capturedAt: ms,
  /** The description and the characteristics, as the page shows them. */
  text: optionalText(LIMITS.cardText),
});

/** The card as the panel sends it; the background dates it when it saves the inquiry. */
export const CardRequestSchema = v.omit(CardSchema, ['capturedAt']);

/** The problem codes a save request's check reports; the interface words them. */
export type ProblemCode =
  | 'missing'
  | 'wrong-type'
  | 'empty'
  | 'too-long'
  | 'not-allowed'
  | 'not-an-address'
  | 'unknown-topic'
  | 'unknown-channel'
  | 'channel-not-for-topic'
  | 'sent-without-channel'
  | 'recipient-mismatch'
  | 'foreign-page'
  /** A field the shape does not have. */
  | 'unknown-field'
  /** An import file: an id that an earlier record of the same list already has. */
  | 'duplicate'
  /** An import file: an event or a file of an inquiry the file does not hold. */
  | 'orphan'
  /** The request came from outside this extension. */
  | 'foreign-sender';

/** The message's custom checks name their code, so an issue says which one failed. */
const EMPTY: ProblemCode = 'empty';

/** What the panel sends to have an inquiry saved. */
export const SaveInquirySchema = v.strictObject({
  /** The address of the page it was written on. */
  pageUrl: httpUrl,
  /** What the reader found on that page. */
  context: ContextSchema,
  fields: FieldsSchema,
  recipient: RecipientSchema,
  topic: text(64),
  /** The channel used or chosen; empty when none was. */
  channel: text(64),
  subject: text(LIMITS.subject),
  message: v.pipe(v.string(), v.check((s) => s.trim().length > 0, EMPTY), v.maxLength(LIMITS.message)),
  language: LanguageSchema,
  /** A channel was opened (or its page control shown) before saving: the inquiry starts as sent. */
  channelOpened: v.boolean(),
  /** The product card, asked of the page at save time, on a product page. */
  card: v.optional(CardRequestSchema),
  /**
   * Chosen by the panel for one save and kept for its retries: it becomes the inquiry's id, so a retry of
   * a save that was written (the service worker stopped before it answered) is answered, not written twice.
   */
  requestId: v.optional(v.pipe(v.string(), v.uuid())),
});

/**
 * An inquiry as kept (and as exported). Its text's limits are looser than a save request's: an inquiry
 * lives on, and a file exported by an earlier version must still come back in.
 */
export const InquirySchema = v.strictObject({
  id: text(100),
  marketplace: MarketplaceSchema,
  /** A web address on the marketplace's own site (checked with the record: `pageProblems`). */
  pageUrl: httpUrl,
  context: ContextSchema,
  fields: FieldsSchema,
  recipient: RecipientSchema,
  topic: text(64),
  channel: text(64),
  subject: text(1_000),
  message: text(20_000),
  language: LanguageSchema,
  status: v.picklist(INQUIRY_STATUSES),
  /** ms since the epoch */
  createdAt: ms,
  updatedAt: ms,
  /** When it was first sent: a follow-up refers to this date. */
  firstSentAt: v.optional(ms),
  /** The channel it was first sent through. */
  firstSentChannel: optionalText(64),
  /** How many times it was sent (the first time and each follow-up). */
  sendCount: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  /** When the first reply came. */
  firstReplyAt: v.optional(ms),
  /** When it was (last) sent: the answer is due from here. */
  sentAt: v.optional(ms),
  /** When an answer is due (end of a Moscow day), while one is awaited. */
  dueAt: v.optional(ms),
  /** The due date counts a year whose production calendar is not bundled: weekends only. */
  dueApproximate: v.optional(v.boolean()),
  /** The due date comes from the extension's default answer time, not from the channel's own. */
  dueIsDefault: v.optional(v.boolean()),
  /** Set when deleted: kept a while for undo, then purged. */
  deletedAt: v.optional(ms),
  /** What the product page said of the product when the inquiry was saved. */
  card: v.optional(CardSchema),
});

/**
 * How a document was sent: a registered letter with a list of contents, the marketplace's personal account
 * (which a marketplace may require, as reported of a Supreme Court ruling of December 2025), the chat with
 * the seller, by hand against a signature, Госуслуги or the regulator's site (a complaint), another way.
 */
export const DOCUMENT_VIA = ['registered-letter', 'personal-account', 'seller-chat', 'by-hand', 'gosuslugi', 'other'] as const;
export type DocumentVia = (typeof DOCUMENT_VIA)[number];

/** One row per event, so that two writers add events without overwriting each other's. */
export const EventSchema = v.strictObject({
  id: text(200),
  inquiryId: text(100),
  type: v.picklist(EVENT_TYPES),
  /** ms since the epoch */
  at: ms,
  /**
   * Channel for "sent", new status for "status", text for "reply" and "note", file name for
   * "attachment", the document's full text for "claim" and "complaint".
   */
  detail: optionalText(100_000),
  /** How a claim or complaint was sent, as the shopper recorded it: the proof of its receipt rests on it. */
  via: v.optional(v.picklist(DOCUMENT_VIA)),
  /** Where a reply was saved from: the address of the page its text was selected on (as the browser gave it). */
  source: optionalText(2_000),
});

/** A file kept as evidence, without its bytes: what an attachment and its exported form share. */
export const AttachmentInfoSchema = v.strictObject({
  id: text(100),
  inquiryId: text(100),
  name: text(300),
  /** MIME type */
  type: v.pipe(v.string(), v.regex(ATTACHMENT_TYPES)),
  size: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_ATTACHMENT_BYTES)),
  /** ms since the epoch */
  addedAt: ms,
});

/** A file kept as evidence with an inquiry: a photo, a receipt (image or PDF), a screenshot. */
export const AttachmentSchema = v.strictObject({ ...AttachmentInfoSchema.entries, blob: v.blob() });
