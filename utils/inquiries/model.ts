/** An inquiry: what the shopper wrote, to whom, about what, and where it stands. */
import type { Language } from '../platform/i18n';
import type { MarketplaceId, PageContext } from '../marketplaces/types';
import type { MessageFields } from '../templates';
import type { Recipient } from '../catalogue/types';

export type InquiryStatus = 'not-sent' | 'sent' | 'answered' | 'resolved' | 'escalated' | 'closed';

/** What the panel sends to have an inquiry saved. */
export interface SaveInquiryRequest {
  /** The address of the page it was written on. */
  pageUrl: string;
  /** What the reader found on that page. */
  context: PageContext;
  /** The values the message was built from: the page's, or typed in where the page had none. */
  fields: MessageFields;
  recipient: Recipient;
  topic: string;
  /** The channel used or chosen; empty when none was. */
  channel: string;
  subject: string;
  message: string;
  language: Language;
  /** A channel was opened (or its page control shown) before saving: the inquiry starts as sent. */
  channelOpened: boolean;
}

export interface Inquiry extends Omit<SaveInquiryRequest, 'channelOpened'> {
  id: string;
  marketplace: MarketplaceId;
  status: InquiryStatus;
  /** ms since the epoch */
  createdAt: number;
  updatedAt: number;
  /** When it was first sent: a follow-up refers to this date. */
  firstSentAt?: number;
  /** The channel it was first sent through. */
  firstSentChannel?: string;
  /** How many times it was sent (the first time and each follow-up). */
  sendCount?: number;
  /** When the first reply came. */
  firstReplyAt?: number;
  /** When it was (last) sent: the answer is due from here. */
  sentAt?: number;
  /** When an answer is due (end of a Moscow day), while one is awaited. */
  dueAt?: number;
  /** The due date counts a year whose production calendar is not bundled: weekends only. */
  dueApproximate?: boolean;
  /** The due date comes from the extension's default answer time, not from the channel's own. */
  dueIsDefault?: boolean;
  /** Set when deleted: kept a while for undo, then purged. */
  deletedAt?: number;
}

export type InquiryEventType = 'created' | 'sent' | 'status' | 'reply' | 'note' | 'attachment' | 'claim' | 'complaint';

/** One row per event, so that two writers add events without overwriting each other's. */
export interface InquiryEvent {
  id: string;
  inquiryId: string;
  type: InquiryEventType;
  /** ms since the epoch */
  at: number;
  /**
   * Channel for "sent", new status for "status", text for "reply" and "note", file name for "attachment", the
   * document's full text for "claim" and "complaint".
   */
  detail?: string;
}

/**
 * - invalid: the request failed validation (`detail` lists what);
 * - storage-full: the disk or the browser's quota is full;
 * - storage: any other failure to write.
 * Nothing is written when saving fails.
 */
export type SaveInquiryResult =
  | { ok: true; id: string; status: InquiryStatus }
  | { ok: false; error: 'invalid' | 'storage-full' | 'storage'; detail: string };

/** A file kept as evidence with an inquiry: a photo, a receipt (image or PDF), a screenshot. */
export interface Attachment {
  id: string;
  inquiryId: string;
  name: string;
  /** MIME type */
  type: string;
  size: number;
  /** ms since the epoch */
  addedAt: number;
  blob: Blob;
}

/** Files larger than this are refused, with a message that says so. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const ATTACHMENT_TYPES = /^(image\/(png|jpeg|webp|gif)|application\/pdf)$/;
