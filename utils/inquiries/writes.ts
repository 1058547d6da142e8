/**
 * Every change to the saved inquiries that an extension page makes goes through here: each write, once it
 * has landed, tells the background, which rebuilds the badge and the reminder alarm — so no caller can
 * forget to. The background registers its own rebuilding instead of a message to itself.
 *
 * Who may open IndexedDB: the background and the extension's own pages (popup, case file, options, the
 * panel's frame through the background). Never a content script: its IndexedDB would be the marketplace's.
 */
import { addAttachment, deleteAll, deleteInquiry, eraseDeleted, undeleteInquiry, undeleteMany } from '@/utils/db';
import { sendMessage } from '@/utils/messages';
import { actOnInquiry } from './act';
import { importRecords } from './import';

type Listener = () => unknown;

/** From an extension page: ask the background to rebuild (a failure to reach it loses no data). */
let listener: Listener = () => sendMessage('remindersChanged').catch(() => 0);

/** The background rebuilds in place; tests listen. Returns the function that puts back the previous one. */
export function onInquiriesWritten(next: Listener): () => void {
  const previous = listener;
  listener = next;
  return () => {
    listener = previous;
  };
}

async function written<T>(write: Promise<T>): Promise<T> {
  const result = await write;
  await listener();
  return result;
}

export const act = (...args: Parameters<typeof actOnInquiry>) => written(actOnInquiry(...args));
export const remove = (...args: Parameters<typeof deleteInquiry>) => written(deleteInquiry(...args));
export const restore = (...args: Parameters<typeof undeleteInquiry>) => written(undeleteInquiry(...args));
export const removeAll = (...args: Parameters<typeof deleteAll>) => written(deleteAll(...args));
export const restoreMany = (...args: Parameters<typeof undeleteMany>) => written(undeleteMany(...args));
export const erase = (...args: Parameters<typeof eraseDeleted>) => written(eraseDeleted(...args));
export const addRecords = (...args: Parameters<typeof importRecords>) => written(importRecords(...args));
export const attach = (...args: Parameters<typeof addAttachment>) => written(addAttachment(...args));
