/**
 * The extension's database (IndexedDB through idb), opened only by the background script and the
 * extension's own pages — never by a content script, whose IndexedDB would belong to the marketplace.
 *
 * Schema changes are new versions with their own upgrade step below; a shipped step is never edited.
 */
import { openDB, unwrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Attachment, Inquiry, InquiryEvent } from '../inquiries/model';
import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES } from '../inquiries/model';
import { applyAction, dueFor, figuresFromEvents, isOverdue, type DueOptions, type InquiryAction } from '../inquiries/lifecycle';

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

type UpgradeTransaction = IDBPTransaction<HelpdeskSchema, StoreNames<HelpdeskSchema>[], 'versionchange'>;

/** Upgrade steps, by the version they bring the database to. Never edit a step once it has shipped. */
export const UPGRADES: Record<number, (db: IDBPDatabase<HelpdeskSchema>, tx: UpgradeTransaction) => void | Promise<void>> = {
  1: (db) => {
    const inquiries = db.createObjectStore('inquiries', { keyPath: 'id' });
    inquiries.createIndex('createdAt', 'createdAt');
    inquiries.createIndex('article', 'fields.article');
    inquiries.createIndex('orderId', 'fields.orderId');
    const events = db.createObjectStore('events', { keyPath: 'id' });
    events.createIndex('inquiryId', 'inquiryId');
  },
  // Version 2: inquiries await an answer by a due time. Those already sent get one, counted from when
  // they were saved, with the extension's default answer time where their channel has none.
  2: async (_db, tx) => {
    const store = tx.objectStore('inquiries');
    store.createIndex('dueAt', 'dueAt');
    for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
      const inquiry = cursor.value;
      if (inquiry.status !== 'sent' || inquiry.dueAt !== undefined) continue;
      const sentAt = inquiry.sentAt ?? inquiry.createdAt;
      await cursor.update({ ...inquiry, firstSentAt: sentAt, sentAt, ...dueFor(inquiry.channel, sentAt) });
    }
  },
  // Version 3: files kept as evidence, as Blobs beside their inquiry; and what the summary counts —
  // first send, its channel, number of sends, first reply — kept on the inquiry, taken from its events.
  3: async (db, tx) => {
    const attachments = db.createObjectStore('attachments', { keyPath: 'id' });
    attachments.createIndex('inquiryId', 'inquiryId');
    const events = tx.objectStore('events').index('inquiryId');
    const store = tx.objectStore('inquiries');
    for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
      await cursor.update(figuresFromEvents(cursor.value, await events.getAll(cursor.value.id)));
    }
  },
};

let dbPromise: Promise<HelpdeskDb> | undefined;

export function openHelpdeskDb(version = DB_VERSION): Promise<HelpdeskDb> {
  return openDB<HelpdeskSchema>(DB_NAME, version, {
    async upgrade(db, oldVersion, newVersion, tx) {
      for (let step = oldVersion + 1; step <= (newVersion ?? version); step++) await UPGRADES[step]?.(db, tx);
    },
    blocking() {
      // A newer version is waiting in another page: step aside so it can upgrade.
      void dbPromise?.then((db) => db.close());
      dbPromise = undefined;
    },
    terminated() {
      dbPromise = undefined;
    },
  });
}

export function db(): Promise<HelpdeskDb> {
  dbPromise ??= openHelpdeskDb().catch((error) => {
    dbPromise = undefined;
    throw error;
  });
  return dbPromise;
}

/** Forget the open connection (tests give each case a fresh IndexedDB). */
export async function closeDb(): Promise<void> {
  const open = dbPromise;
  dbPromise = undefined;
  if (open) (await open).close();
}

export function newId(): string {
  return crypto.randomUUID();
}

let eventSequence = 0;

/** Event ids sort in the order the events were made, for events of the same millisecond. */
export function newEventId(at: number): string {
  eventSequence = (eventSequence + 1) % 1_000_000;
  return `${String(at).padStart(15, '0')}-${String(eventSequence).padStart(6, '0')}-${crypto.randomUUID()}`;
}

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

/** Inquiries not deleted, newest first. */
export async function listInquiries(): Promise<Inquiry[]> {
  const all = await (await db()).getAllFromIndex('inquiries', 'createdAt');
  return all.filter((inquiry) => !inquiry.deletedAt).reverse();
}

export async function eventsOf(inquiryId: string): Promise<InquiryEvent[]> {
  const events = await (await db()).getAllFromIndex('events', 'inquiryId', inquiryId);
  return events.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
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

/** Everything, deleted or not, with every event: what an export holds. */
export async function everything(): Promise<{ inquiries: Inquiry[]; events: InquiryEvent[] }> {
  const database = await db();
  const [all, events] = await Promise.all([database.getAll('inquiries'), database.getAll('events')]);
  const inquiries = all.filter((i) => !i.deletedAt);
  const kept = new Set(inquiries.map((i) => i.id));
  return { inquiries, events: events.filter((e) => kept.has(e.inquiryId)) };
}

/**
 * What a list shows first, read without loading the whole history: the overdue inquiries (from the
 * due-time index) and the newest `limit` others.
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
  for (let cursor = await tx.store.index('createdAt').openCursor(null, 'prev'); cursor && newest.length < limit; cursor = await cursor.continue()) {
    if (!cursor.value.deletedAt && !seen.has(cursor.value.id)) newest.push(cursor.value);
  }
  return [...overdue, ...newest];
}

/**
 * Adds what is not there yet, matching by id: an inquiry or event already present is left as it is, so
 * importing the same file twice changes nothing. All in one transaction.
 */
export async function importRecords(records: {
  inquiries: Inquiry[];
  events: InquiryEvent[];
  attachments?: Attachment[];
}): Promise<{ inquiries: number; events: number; attachments: number }> {
  // Relaxed durability: the file being imported is still there should the machine fail mid-commit, and
  // a large import is several times faster without waiting for the disk on every write.
  const tx = (await db()).transaction(['inquiries', 'events', 'attachments'], 'readwrite', { durability: 'relaxed' });
  const [inquiryKeys, knownEvents, knownAttachments] = await Promise.all([
    tx.objectStore('inquiries').getAllKeys(),
    tx.objectStore('events').getAllKeys(),
    tx.objectStore('attachments').getAllKeys(),
  ]);
  // An inquiry deleted here (still within its undo time) counts as absent: the file brings it back. Only
  // the ids the file shares with this browser are looked at.
  const present = new Set(inquiryKeys);
  const shared = records.inquiries.filter((i) => present.has(i.id));
  const deletedHere = new Set<string>();
  for (const inquiry of shared) {
    if ((await tx.objectStore('inquiries').get(inquiry.id))?.deletedAt !== undefined) deletedHere.add(inquiry.id);
  }
  const knownInquiries = inquiryKeys.filter((id) => !deletedHere.has(id));
  // Tens of thousands of writes: the plain requests, without a promise each; one failure aborts all.
  const added = { inquiries: 0, events: 0, attachments: 0 };
  const write = <T extends { id: string }>(name: 'inquiries' | 'events' | 'attachments', list: T[], known: string[]) => {
    const have = new Set(known);
    const store = unwrap(tx.objectStore(name));
    for (const record of list) {
      if (have.has(record.id)) continue;
      if (name === 'inquiries' && deletedHere.has(record.id)) store.put(record);
      else store.add(record);
      added[name]++;
    }
  };
  // Inquiries exported before they kept their summary figures get them from the file's events.
  write(
    'inquiries',
    records.inquiries.map((i) => (i.sendCount === undefined ? figuresFromEvents(i, records.events) : i)),
    knownInquiries,
  );
  write('events', records.events, knownEvents);
  write('attachments', records.attachments ?? [], knownAttachments);
  await tx.done;
  return added;
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

export type AttachResult = { ok: true; attachment: Attachment } | { ok: false; error: 'too-large' | 'type' | 'no-inquiry' };

/**
 * Keeps a file with an inquiry. Written from the extension's pages (a runtime message cannot carry a
 * Blob); refused above MAX_ATTACHMENT_BYTES or when it is not an image or a PDF.
 */
export async function addAttachment(inquiryId: string, file: Blob & { name?: string }, now: number): Promise<AttachResult> {
  if (file.size > MAX_ATTACHMENT_BYTES) return { ok: false, error: 'too-large' };
  if (!ATTACHMENT_TYPES.test(file.type)) return { ok: false, error: 'type' };
  const tx = (await db()).transaction(['inquiries', 'attachments', 'events'], 'readwrite');
  const inquiry = await tx.objectStore('inquiries').get(inquiryId);
  if (!inquiry || inquiry.deletedAt) {
    tx.abort();
    await tx.done.catch(() => {});
    return { ok: false, error: 'no-inquiry' };
  }
  const attachment: Attachment = {
    id: newId(),
    inquiryId,
    name: file.name || 'file',
    type: file.type,
    size: file.size,
    addedAt: now,
    blob: file,
  };
  await Promise.all([
    tx.objectStore('attachments').add(attachment),
    tx.objectStore('events').add({ id: newEventId(now), inquiryId, type: 'attachment', at: now, detail: attachment.name }),
    tx.objectStore('inquiries').put({ ...inquiry, updatedAt: now }),
    tx.done,
  ]);
  return { ok: true, attachment };
}

export async function attachmentsOf(inquiryId: string): Promise<Attachment[]> {
  const list = await (await db()).getAllFromIndex('attachments', 'inquiryId', inquiryId);
  return list.sort((a, b) => a.addedAt - b.addedAt);
}

export async function allAttachments(): Promise<Attachment[]> {
  return (await db()).getAll('attachments');
}

