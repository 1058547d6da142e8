/** The database's shape today: its stores, their keys and indexes. Upgrade steps keep their own shapes. */
import type { DBSchema, IDBPDatabase } from 'idb';
import type { Attachment, Inquiry, InquiryEvent } from '@/utils/inquiries/model';

export const DB_NAME = 'market-helpdesk';
export const DB_VERSION = 5;

/** Deleted inquiries stay this long in the recently deleted list (undo, restore), then are erased. */
export const DELETED_KEPT_DAYS = 30;
export const DELETED_KEPT_MS = DELETED_KEPT_DAYS * 24 * 60 * 60 * 1000;

export interface HelpdeskSchema extends DBSchema {
  inquiries: {
    key: string;
    value: Inquiry;
    indexes: { createdAt: number; article: string; orderId: string; dueAt: number; deletedAt: number };
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
