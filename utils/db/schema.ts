/** The database's shape today: its stores, their keys and indexes. Upgrade steps keep their own shapes. */
import type { DBSchema, IDBPDatabase } from 'idb';
import type { Attachment, Inquiry, InquiryEvent } from '../inquiries/model';

export const DB_NAME = 'market-helpdesk';
export const DB_VERSION = 3;

/** Deleted inquiries are kept this long for "undo", then purged. */
export const UNDO_WINDOW_MS = 10 * 60 * 1000;

export interface HelpdeskSchema extends DBSchema {
  inquiries: {
    key: string;
    value: Inquiry;
    indexes: { createdAt: number; article: string; orderId: string; dueAt: number };
  };
  events: {
    key: string;
    value: InquiryEvent;
    indexes: { inquiryId: string };
  };
  attachments: {
    key: string;
    value: Attachment;
    indexes: { inquiryId: string };
  };
}

export type HelpdeskDb = IDBPDatabase<HelpdeskSchema>;
