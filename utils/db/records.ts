/** Every store at once: what an export holds, and what an import adds. */
import { unwrap } from 'idb';
import type { Attachment, Inquiry, InquiryEvent } from '@/utils/inquiries/model';
import { db } from './connection';

/** Everything, deleted or not, with every event: what an export holds. */
export async function everything(): Promise<{ inquiries: Inquiry[]; events: InquiryEvent[] }> {
  const database = await db();
  const [all, events] = await Promise.all([database.getAll('inquiries'), database.getAll('events')]);
  const inquiries = all.filter((i) => !i.deletedAt);
  const kept = new Set(inquiries.map((i) => i.id));
  return { inquiries, events: events.filter((e) => kept.has(e.inquiryId)) };
}

/** What an import brings, checked (`utils/transfer/check.ts`). */
export interface IncomingRecords {
  inquiries: Inquiry[];
  events: InquiryEvent[];
  attachments: Attachment[];
}

/** What this browser has of the ids an import brings. */
export interface LocalRecords {
  inquiries: Set<string>;
  /** Inquiries deleted here (still in the recently deleted list) that the file brings back, with their events. */
  deleted: Map<string, { inquiry: Inquiry; events: InquiryEvent[] }>;
  events: Set<string>;
  attachments: Set<string>;
}

export interface ImportPlan {
  /** Inquiries to write; `replace` for one deleted here, which the file's copy takes the place of. */
  inquiries: { record: Inquiry; replace: boolean }[];
  events: InquiryEvent[];
  attachments: Attachment[];
}

/** Writes between two progress reports. */
const STEP = 2_000;

/**
 * Writes what `planFor` makes of the records and of what is here, in one transaction: everything it
 * plans or, should any write fail, nothing — a throw aborts the transaction before it can commit what
 * was queued (utils/inquiries/import.ts plans it).
 */
export async function writeImport(
  records: IncomingRecords,
  planFor: (records: IncomingRecords, local: LocalRecords) => ImportPlan,
  onProgress?: (done: number, total: number) => void,
): Promise<{ inquiries: number; events: number; attachments: number }> {
  // Relaxed durability: the file being imported is still there should the machine fail mid-commit, and
  // a large import is several times faster without waiting for the disk on every write.
  const tx = (await db()).transaction(['inquiries', 'events', 'attachments'], 'readwrite', { durability: 'relaxed' });
  try {
    const [inquiryKeys, eventKeys, attachmentKeys] = await Promise.all([
      tx.objectStore('inquiries').getAllKeys(),
      tx.objectStore('events').getAllKeys(),
      tx.objectStore('attachments').getAllKeys(),
    ]);
    const present = new Set(inquiryKeys);
    // The recently deleted ones, from their index; of those, only the ones the file brings are read.
    const deletedHere = new Set(await tx.objectStore('inquiries').index('deletedAt').getAllKeys());
    const deleted: LocalRecords['deleted'] = new Map();
    for (const { id } of records.inquiries) {
      if (!deletedHere.has(id)) continue;
      const [inquiry, events] = await Promise.all([tx.objectStore('inquiries').get(id), tx.objectStore('events').index('inquiryId').getAll(id)]);
      if (inquiry) deleted.set(id, { inquiry, events });
    }
    const plan = planFor(records, {
      inquiries: present,
      deleted,
      events: new Set(eventKeys),
      attachments: new Set(attachmentKeys),
    });
    // Tens of thousands of writes: the plain requests, without a promise each; one failure aborts all.
    const total = plan.inquiries.length + plan.events.length + plan.attachments.length;
    let queued = 0;
    const report = (request: IDBRequest) => {
      queued++;
      if (onProgress && queued % STEP === 0) {
        const done = queued;
        request.onsuccess = () => onProgress(done, total);
      }
    };
    const inquiries = unwrap(tx.objectStore('inquiries'));
    for (const { record, replace } of plan.inquiries) report(replace ? inquiries.put(record) : inquiries.add(record));
    const events = unwrap(tx.objectStore('events'));
    for (const event of plan.events) report(events.add(event));
    const attachments = unwrap(tx.objectStore('attachments'));
    for (const attachment of plan.attachments) report(attachments.add(attachment));
    await tx.done;
    onProgress?.(total, total);
    return { inquiries: plan.inquiries.length, events: plan.events.length, attachments: plan.attachments.length };
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failure itself.
    }
    await tx.done.catch(() => {});
    throw error;
  }
}
