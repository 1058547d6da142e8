/**
 * The history's figures, measured inside one of the extension's own pages (bundled by bench/history.mjs
 * and run in options.html of the test build): the extension's own functions — the import as the options
 * page calls it, the popup's first rows, the search, the summary, the export — beside a raw IndexedDB
 * floor on the same records in the same database (its own connection, no library): one transaction
 * writing them all into the emptied database, one index read of the newest rows, one `getAll`. Each read
 * figure is a median of runs alternated with its floor's, each from a fresh connection.
 */
import { closeDb, DB_NAME, firstInquiries, listInquiries } from '../utils/db';
import type { Inquiry, InquiryEvent } from '../utils/inquiries/model';
import { findInquiries, prepareSearch } from '../utils/inquiries/search';
import { isOverdue } from '../utils/inquiries/lifecycle';
import { summarise } from '../utils/inquiries/summary';
import { exportBackup, importBackup } from '../utils/transfer/backup';

/** What the popup and the history draw first (components/InquiryList.tsx, PAGE). */
export const FIRST_ROWS = 30;
const EVENTS = 5;

/**
 * `count` inquiries with 5 events each: a fifth of them answered, a third followed up, pairs sharing an
 * order. `version` 1 is the old format: no figures kept on the inquiries, its sends and replies in the
 * events alone (the import works them out).
 */
export function syntheticRecords(count: number, version: 1 | 2): { inquiries: Inquiry[]; events: InquiryEvent[] } {
  const start = Date.parse('2025-01-10T10:00:00+03:00');
  const inquiries: Inquiry[] = [];
  const events: InquiryEvent[] = [];
  const statuses = ['not-sent', 'sent', 'answered', 'resolved', 'closed'] as const;
  for (let n = 0; n < count; n++) {
    const id = `bench-${String(n).padStart(6, '0')}`;
    const at = start + n * 3_600_000;
    const orderId = `${String(40000000 + (n >> 1))}-${String((n >> 1) % 10000).padStart(4, '0')}`;
    const status = statuses[n % statuses.length];
    const sentOnce = status !== 'not-sent';
    const answered = status === 'answered' || status === 'resolved' || status === 'closed';
    const sends = sentOnce ? 1 + (n % 3 === 0 ? 1 : 0) : 0;
    const replyAt = at + ((n % 48) + 1) * 3_600_000;
    const url = `https://www.ozon.ru/my/orderdetails/?order=${orderId}`;
    const inquiry = {
      id,
      marketplace: 'ozon',
      pageUrl: url,
      context: { marketplace: 'ozon', kind: 'order', url, orderId, sources: { orderId: 'address' } },
      fields: { orderId, title: `Товар номер ${n}: чайник, кружка или фильтр` },
      recipient: 'support',
      topic: 'delivery-late',
      channel: 'ozon-support-chat',
      subject: `Срок доставки прошёл: заказ № ${orderId}`,
      message: `Здравствуйте!\n\nЗаказ № ${orderId}.\n\nСрок доставки уже прошёл, а заказ до меня не дошёл. Подскажите, пожалуйста, где он сейчас.\n\nСпасибо!`,
      language: 'ru',
      status,
      createdAt: at,
      updatedAt: at,
      ...(sentOnce && { firstSentAt: at, sentAt: at }),
      ...(status === 'sent' && { dueAt: at + 86_400_000 }),
      ...(version === 2 && {
        sendCount: sends,
        ...(sentOnce && { firstSentChannel: n % 2 ? 'ozon-support-chat' : 'ozon-email' }),
        ...(answered && { firstReplyAt: replyAt }),
      }),
    } as unknown as Inquiry;
    inquiries.push(inquiry);
    const own: InquiryEvent[] = [{ id: `${id}-e0`, inquiryId: id, type: 'created', at }];
    for (let s = 0; s < sends; s++) own.push({ id: `${id}-s${s}`, inquiryId: id, type: 'sent', at: at + s, detail: n % 2 ? 'ozon-support-chat' : 'ozon-email' } as InquiryEvent);
    if (answered) own.push({ id: `${id}-r`, inquiryId: id, type: 'reply', at: replyAt } as InquiryEvent);
    for (let e = own.length; e < EVENTS; e++) own.push({ id: `${id}-e${e}`, inquiryId: id, type: 'note', at: at + e, detail: `Заметка ${e}` } as InquiryEvent);
    events.push(...own);
  }
  return { inquiries, events };
}

export function exportText(records: { inquiries: Inquiry[]; events: InquiryEvent[] }, version: 1 | 2): string {
  return JSON.stringify({
    format: 'market-helpdesk-export',
    version,
    exportedAt: new Date().toISOString(),
    ...records,
    ...(version === 2 && { attachments: [] }),
  });
}

// ------------------------------------------------------------------------------------------- the floor

const request = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
const done = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = tx.onabort = () => reject(tx.error);
  });

let floor: IDBDatabase | undefined;

/** The extension's own database, opened raw (at whatever version it is: the extension made it). */
async function floorDb(): Promise<IDBDatabase> {
  floor ??= await request(indexedDB.open(DB_NAME));
  return floor;
}

/** One transaction writing every record, without a promise each. */
async function floorWrite(records: { inquiries: Inquiry[]; events: InquiryEvent[] }): Promise<void> {
  const tx = (await floorDb()).transaction(['inquiries', 'events'], 'readwrite', { durability: 'relaxed' });
  const inquiries = tx.objectStore('inquiries');
  const events = tx.objectStore('events');
  for (const inquiry of records.inquiries) inquiries.add(inquiry);
  for (const event of records.events) events.add(event);
  await done(tx);
}

/** One index read: the newest rows, by the creation index. */
async function floorNewest(count: number): Promise<Inquiry[]> {
  const tx = (await floorDb()).transaction('inquiries');
  const cursor = tx.objectStore('inquiries').index('createdAt').openCursor(null, 'prev');
  const rows: Inquiry[] = [];
  await new Promise<void>((resolve, reject) => {
    cursor.onsuccess = () => {
      const at = cursor.result;
      if (!at || rows.length >= count) return resolve();
      rows.push(at.value);
      at.continue();
    };
    cursor.onerror = () => reject(cursor.error);
  });
  return rows;
}

async function floorGetAll(store: 'inquiries' | 'events'): Promise<unknown[]> {
  return request((await floorDb()).transaction(store).objectStore(store).getAll());
}

async function clear(database: IDBDatabase): Promise<void> {
  const tx = database.transaction(['inquiries', 'events', 'attachments'], 'readwrite');
  for (const store of ['inquiries', 'events', 'attachments']) tx.objectStore(store).clear();
  await done(tx);
}

// ------------------------------------------------------------------------------------------ the figures

const time = async (work: () => Promise<unknown> | unknown): Promise<number> => {
  const start = performance.now();
  await work();
  return performance.now() - start;
};

/** The extension's database emptied. */
export async function reset(): Promise<void> {
  await clear(await floorDb());
}

let prepared: { count: number; version: 1 | 2; records: { inquiries: Inquiry[]; events: InquiryEvent[] }; text: string } | undefined;

/** Makes the records and their export file, here in the page (a 100 MB file is not sent over the wire). */
export function prepare(count: number, version: 1 | 2): { bytes: number } {
  const records = syntheticRecords(count, version);
  prepared = { count, version, records, text: exportText(records, version) };
  return { bytes: prepared.text.length };
}

/** The floor: the prepared records, already in memory, written in one transaction into the emptied database. */
export async function floorImport(): Promise<number> {
  if (!prepared) throw new Error('nothing prepared');
  const { records } = prepared;
  await reset();
  return time(() => floorWrite(records));
}

/** The import as the options page calls it, of the prepared file's text, into the emptied database. */
export async function importFigure(): Promise<{ ours: number; added: number }> {
  if (!prepared) throw new Error('nothing prepared');
  const { text } = prepared;
  await reset();
  let added = 0;
  const ours = await time(async () => {
    const outcome = await importBackup(text);
    if (!outcome.ok) throw new Error(`the import refused the file: ${JSON.stringify(outcome)}`);
    added = outcome.added.inquiries;
  });
  return { ours, added };
}

/** Drops the prepared file (it may be 100 MB). */
export function release(): void {
  prepared = undefined;
}

/** Runs `ours` and `floor` alternately, `runs` times each; the times of each. */
async function alternate(runs: number, ours: () => Promise<unknown>, floorWork: () => Promise<unknown>) {
  const times = { ours: [] as number[], floor: [] as number[] };
  for (let run = 0; run < runs; run++) {
    if (run % 2) {
      times.floor.push(await time(floorWork));
      times.ours.push(await time(ours));
    } else {
      times.ours.push(await time(ours));
      times.floor.push(await time(floorWork));
    }
  }
  return times;
}

/**
 * The popup's first rows (overdue first, then the newest, from the indexes) against the newest rows by
 * one index read; the summary (every inquiry read, then counted) against one `getAll`; the export
 * (everything read and written out as the file's text) against a `getAll` of each store and
 * `JSON.stringify`. Each from a fresh connection, as a page opening has.
 */
export async function readFigures(runs: number, withExport: boolean) {
  const now = Date.now();
  const fresh = async () => {
    await closeDb();
    floor?.close();
    floor = undefined;
  };
  // The first rows cost milliseconds: read more often than the rest (at 100 000 `runs` is 2, and a
  // median of two is their mean), after one unmeasured read of each — the first read of a database just
  // written in bulk pays once for what every later one finds ready.
  const firstRuns = Math.max(runs, 7);
  await fresh();
  await firstInquiries(FIRST_ROWS, now, isOverdue);
  await fresh();
  await floorNewest(FIRST_ROWS);
  const firstList = await alternate(
    firstRuns,
    async () => {
      await fresh();
      const rows = await firstInquiries(FIRST_ROWS, now, isOverdue);
      if (rows.length < Math.min(FIRST_ROWS, 1)) throw new Error('no first rows');
    },
    async () => {
      await fresh();
      await floorNewest(FIRST_ROWS);
    },
  );
  const summary = await alternate(
    runs,
    async () => {
      await fresh();
      summarise(await listInquiries(), now);
    },
    async () => {
      await fresh();
      await floorGetAll('inquiries');
    },
  );
  const exported = !withExport ? undefined : await alternate(
    Math.max(1, Math.ceil(runs / 2)),
    async () => {
      await fresh();
      await exportBackup(now);
    },
    async () => {
      await fresh();
      JSON.stringify({ inquiries: await floorGetAll('inquiries'), events: await floorGetAll('events') });
    },
  );
  return { firstList, summary, exported };
}

/**
 * The search as the popup runs it, over the whole history already read (the popup holds it), for a text
 * that finds one inquiry: the records' texts made while idle once the list is read (`prepareSearch`, as
 * the popup does), its first keystroke after that, then the next ones; against a plain `includes` over
 * the same texts. Also the first keystroke with nothing prepared (a shopper typing before it is done).
 * Returns how many it found.
 */
export async function searchFigures(runs: number, text: string) {
  const now = Date.now();
  // Records read anew are other objects: nothing of them is prepared.
  const unprepared = await listInquiries();
  const cold = await time(() => findInquiries(unprepared, { text }, now));
  const all = await listInquiries();
  let found = 0;
  const needle = text.toLowerCase();
  const prepared = await time(() => prepareSearch(all));
  const first = await time(() => (found = findInquiries(all, { text }, now).length));
  const next: number[] = [];
  const floorTimes: number[] = [];
  for (let run = 0; run < runs; run++) {
    next.push(await time(() => findInquiries(all, { text }, now)));
    floorTimes.push(
      await time(() =>
        all.filter((i) => `${i.fields.title}\n${i.fields.orderId}\n${i.subject}\n${i.message}`.toLowerCase().includes(needle)),
      ),
    );
  }
  return { cold, prepared, first, next, floor: floorTimes, found };
}
