/** The inquiries store: adding, reading, acting on, deleting (with undo) and purging inquiries. */
import { applyAction, isOverdue, type DueOptions, type InquiryAction } from '../inquiries/lifecycle';
import type { Inquiry, InquiryEvent } from '../inquiries/model';
import { db, newEventId } from './connection';
import { UNDO_WINDOW_MS } from './schema';

/** Writes an inquiry and its first events in one transaction: all of it or nothing. */
export async function addInquiry(inquiry: Inquiry, events: InquiryEvent[]): Promise<void> {
  const tx = (await db()).transaction(['inquiries', 'events'], 'readwrite');
  const requests: Promise<unknown>[] = [];
  try {
    requests.push(tx.objectStore('inquiries').add(inquiry));
    for (const event of events) requests.push(tx.objectStore('events').add(event));
    await Promise.all([...requests, tx.done]);
  } catch (error) {
    // Whatever was queued before the failure must not be committed without the rest.
    for (const request of requests) request.catch(() => {});
    try {
      tx.abort();
    } catch {
      // Already aborted by the failure itself.
    }
    await tx.done.catch(() => {});
    throw error;
  }
}

export async function getInquiry(id: string): Promise<Inquiry | undefined> {
  const inquiry = await (await db()).get('inquiries', id);
  return inquiry && !inquiry.deletedAt ? inquiry : undefined;
}

/**
 * Inquiries not deleted, newest first (the same moment: the greater id first, as the creation index gives
 * them reversed). Read from the store in one pass and sorted here: reading through the index looks each
 * record up by its key, which costs more than the sort.
 */
export async function listInquiries(): Promise<Inquiry[]> {
  const all = await (await db()).getAll('inquiries');
  return all
    .filter((inquiry) => !inquiry.deletedAt)
    .sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

/** The inquiries (not deleted) about an order or a product on one marketplace, newest first. */
export async function inquiriesAbout(keys: {
  marketplace: Inquiry['marketplace'];
  orderId?: string;
  article?: string;
}): Promise<Inquiry[]> {
  const database = await db();
  const found = new Map<string, Inquiry>();
  for (const inquiry of [
    ...(keys.orderId ? await database.getAllFromIndex('inquiries', 'orderId', keys.orderId) : []),
    ...(keys.article ? await database.getAllFromIndex('inquiries', 'article', keys.article) : []),
  ]) {
    if (!inquiry.deletedAt && inquiry.marketplace === keys.marketplace) found.set(inquiry.id, inquiry);
  }
  return [...found.values()].sort((a, b) => b.createdAt - a.createdAt);
}

/** The newest inquiry (not deleted) about an order or a product. */
export async function latestInquiryAbout(keys: {
  marketplace: Inquiry['marketplace'];
  orderId?: string;
  article?: string;
}): Promise<Inquiry | undefined> {
  return (await inquiriesAbout(keys))[0];
}

/** How many inquiries (not deleted) concern an order or a product. */
export async function countInquiriesAbout(keys: { orderId?: string; article?: string }): Promise<number> {
  const database = await db();
  const ids = new Set<string>();
  if (keys.orderId) {
    for (const i of await database.getAllFromIndex('inquiries', 'orderId', keys.orderId)) if (!i.deletedAt) ids.add(i.id);
  }
  if (keys.article) {
    for (const i of await database.getAllFromIndex('inquiries', 'article', keys.article)) if (!i.deletedAt) ids.add(i.id);
  }
  return ids.size;
}

async function setDeleted(id: string, deletedAt: number | undefined): Promise<boolean> {
  const tx = (await db()).transaction('inquiries', 'readwrite');
  const inquiry = await tx.store.get(id);
  if (!inquiry) return false;
  if (deletedAt === undefined) delete inquiry.deletedAt;
  else inquiry.deletedAt = deletedAt;
  await tx.store.put(inquiry);
  await tx.done;
  return true;
}

/** Deletes an inquiry, recoverably for UNDO_WINDOW_MS. */
export function deleteInquiry(id: string, now = Date.now()): Promise<boolean> {
  return setDeleted(id, now);
}

export function undeleteInquiry(id: string): Promise<boolean> {
  return setDeleted(id, undefined);
}

/** Removes for good what was deleted longer ago than the undo window, with its events. */
export async function purgeDeleted(now = Date.now()): Promise<number> {
  const tx = (await db()).transaction(['inquiries', 'events', 'attachments'], 'readwrite');
  let purged = 0;
  for (const inquiry of await tx.objectStore('inquiries').getAll()) {
    if (inquiry.deletedAt === undefined || now - inquiry.deletedAt < UNDO_WINDOW_MS) continue;
    await tx.objectStore('inquiries').delete(inquiry.id);
    for (const key of await tx.objectStore('events').index('inquiryId').getAllKeys(inquiry.id)) {
      await tx.objectStore('events').delete(key);
    }
    for (const key of await tx.objectStore('attachments').index('inquiryId').getAllKeys(inquiry.id)) {
      await tx.objectStore('attachments').delete(key);
    }
    purged++;
  }
  await tx.done;
  return purged;
}

/**
 * Applies a lifecycle action to an inquiry and records its event, in one transaction: two pages acting on
 * the same inquiry at once are applied one after the other, and neither is lost.
 */
export async function actOnInquiry(
  id: string,
  action: InquiryAction,
  now: number,
  options: DueOptions = {},
): Promise<{ ok: true; inquiry: Inquiry } | { ok: false; error: string }> {
  const tx = (await db()).transaction(['inquiries', 'events'], 'readwrite');
  const inquiry = await tx.objectStore('inquiries').get(id);
  if (!inquiry || inquiry.deletedAt) {
    tx.abort();
    await tx.done.catch(() => {});
    return { ok: false, error: 'no such inquiry' };
  }
  const result = applyAction(inquiry, action, now, newEventId(now), options);
  if (!result.ok) {
    tx.abort();
    await tx.done.catch(() => {});
    return result;
  }
  await Promise.all([tx.objectStore('inquiries').put(result.inquiry), tx.objectStore('events').add(result.event), tx.done]);
  return { ok: true, inquiry: result.inquiry };
}

/**
 * What a list shows first, read without loading the whole history: `limit` rows, the overdue inquiries
 * first (from the due-time index, the longest overdue first, as the list sorts them) and then the newest
 * others — no row more than the list draws before the whole history is read.
 */
export async function firstInquiries(limit: number, now: number): Promise<Inquiry[]> {
  const tx = (await db()).transaction('inquiries');
  const overdue: Inquiry[] = [];
  const due = IDBKeyRange.upperBound(now);
  for (let cursor = await tx.store.index('dueAt').openCursor(due); cursor && overdue.length < limit; cursor = await cursor.continue()) {
    if (isOverdue(cursor.value, now)) overdue.push(cursor.value);
  }
  const seen = new Set(overdue.map((i) => i.id));
  const newest: Inquiry[] = [];
  const wanted = limit - overdue.length;
  if (wanted > 0) {
    for (let cursor = await tx.store.index('createdAt').openCursor(null, 'prev'); cursor && newest.length < wanted; cursor = await cursor.continue()) {
      if (!cursor.value.deletedAt && !seen.has(cursor.value.id)) newest.push(cursor.value);
    }
  }
  return [...overdue, ...newest];
}

/** Deletes every inquiry, recoverably for UNDO_WINDOW_MS; returns their ids for undo. */
export async function deleteAll(now = Date.now()): Promise<string[]> {
  const tx = (await db()).transaction('inquiries', 'readwrite');
  const ids: string[] = [];
  for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
    if (cursor.value.deletedAt !== undefined) continue;
    ids.push(cursor.value.id);
    await cursor.update({ ...cursor.value, deletedAt: now });
  }
  await tx.done;
  return ids;
}

export async function undeleteMany(ids: string[]): Promise<void> {
  const tx = (await db()).transaction('inquiries', 'readwrite');
  for (const id of ids) {
    const inquiry = await tx.store.get(id);
    if (inquiry?.deletedAt === undefined) continue;
    delete inquiry.deletedAt;
    await tx.store.put(inquiry);
  }
  await tx.done;
}
