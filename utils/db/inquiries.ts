/** The inquiries store: adding, reading, acting on, deleting (with undo) and purging inquiries. */
import type { Inquiry, InquiryEvent } from '@/utils/inquiries/model';
import { db, newEventId } from './connection';
import { DELETED_KEPT_MS } from './schema';

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

async function setDeleted(id: string, deletedAt: number): Promise<boolean> {
  const tx = (await db()).transaction('inquiries', 'readwrite');
  const inquiry = await tx.store.get(id);
  if (!inquiry || inquiry.deletedAt !== undefined) {
    await tx.done;
    return false;
  }
  inquiry.deletedAt = deletedAt;
  await Promise.all([tx.store.put(inquiry), tx.done]);
  return true;
}

/** Deletes an inquiry into the recently deleted list, where it stays DELETED_KEPT_MS. */
export function deleteInquiry(id: string, now = Date.now()): Promise<boolean> {
  return setDeleted(id, now);
}

/** What an undo found: brought back now, back already (restored in another page), or erased for good. */
export type Restored = 'restored' | 'already-back' | 'gone';

/** Brings an inquiry back from the recently deleted list. */
export async function undeleteInquiry(id: string): Promise<Restored> {
  const tx = (await db()).transaction('inquiries', 'readwrite');
  const inquiry = await tx.store.get(id);
  if (inquiry?.deletedAt === undefined) {
    await tx.done;
    return inquiry ? 'already-back' : 'gone';
  }
  delete inquiry.deletedAt;
  await Promise.all([tx.store.put(inquiry), tx.done]);
  return 'restored';
}

/**
 * The recently deleted list: what was deleted and is not erased yet, the last deleted first. What is past
 * its time and waits for the next purge is not listed.
 */
export async function recentlyDeleted(now = Date.now()): Promise<Inquiry[]> {
  const kept = IDBKeyRange.lowerBound(now - DELETED_KEPT_MS, true);
  return (await (await db()).getAllFromIndex('inquiries', 'deletedAt', kept)).reverse();
}

/** How many inquiries the recently deleted list holds, from its index alone. */
export async function countDeleted(): Promise<number> {
  return (await db()).countFromIndex('inquiries', 'deletedAt');
}

/**
 * Erases for good, with their events and files, the deleted inquiries that `which` picks: given ids
 * (only those in the recently deleted list; one not deleted is never erased), or those deleted before a
 * time. One transaction.
 */
async function erase(which: { ids: string[] } | { deletedBefore: number }): Promise<number> {
  const tx = (await db()).transaction(['inquiries', 'events', 'attachments'], 'readwrite');
  const inquiries = tx.objectStore('inquiries');
  const ids =
    'ids' in which
      ? (await Promise.all(which.ids.map((id) => inquiries.get(id)))).filter((i) => i?.deletedAt !== undefined).map((i) => i!.id)
      : await inquiries.index('deletedAt').getAllKeys(IDBKeyRange.upperBound(which.deletedBefore));
  for (const id of ids) {
    await inquiries.delete(id);
    for (const key of await tx.objectStore('events').index('inquiryId').getAllKeys(id)) await tx.objectStore('events').delete(key);
    for (const key of await tx.objectStore('attachments').index('inquiryId').getAllKeys(id)) {
      await tx.objectStore('attachments').delete(key);
    }
  }
  await tx.done;
  return ids.length;
}

/** Erases for good the given inquiries of the recently deleted list (the shopper's "erase now"). */
export function eraseDeleted(ids: string[]): Promise<number> {
  return erase({ ids });
}

/** Erases for good what was deleted DELETED_KEPT_MS ago or longer (at or before `now - DELETED_KEPT_MS`). */
export function purgeDeleted(now = Date.now()): Promise<number> {
  return erase({ deletedBefore: now - DELETED_KEPT_MS });
}

/**
 * Changes an inquiry and records the event of the change, in one transaction: two pages changing the same
 * inquiry at once are applied one after the other, and neither is lost. `change` says what it becomes
 * (utils/inquiries/act.ts applies a lifecycle action), or why not; a deleted inquiry is not changed.
 */
export async function changeInquiry<E extends { ok: false; error: string }>(
  id: string,
  change: (inquiry: Inquiry, eventId: string) => { ok: true; inquiry: Inquiry; event: InquiryEvent } | E,
  now: number,
): Promise<{ ok: true; inquiry: Inquiry } | E | { ok: false; error: string }> {
  const tx = (await db()).transaction(['inquiries', 'events'], 'readwrite');
  const inquiry = await tx.objectStore('inquiries').get(id);
  if (!inquiry || inquiry.deletedAt) {
    tx.abort();
    await tx.done.catch(() => {});
    return { ok: false, error: 'no such inquiry' };
  }
  const result = change(inquiry, newEventId(now));
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
export async function firstInquiries(limit: number, now: number, isOverdue: (inquiry: Inquiry, now: number) => boolean): Promise<Inquiry[]> {
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

/** Deletes every inquiry into the recently deleted list; returns their ids for undo. */
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

/** Brings back those of `ids` still in the recently deleted list; counts what each undo found. */
export async function undeleteMany(ids: string[]): Promise<Record<Restored, number>> {
  const tx = (await db()).transaction('inquiries', 'readwrite');
  const found: Record<Restored, number> = { restored: 0, 'already-back': 0, gone: 0 };
  for (const id of ids) {
    const inquiry = await tx.store.get(id);
    if (inquiry?.deletedAt === undefined) {
      found[inquiry ? 'already-back' : 'gone']++;
      continue;
    }
    delete inquiry.deletedAt;
    await tx.store.put(inquiry);
    found.restored++;
  }
  await tx.done;
  return found;
}
