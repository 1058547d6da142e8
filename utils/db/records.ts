/** Every store at once: what an export holds, and what an import adds. */
import { unwrap } from 'idb';
import { figuresFromEvents } from '../inquiries/lifecycle';
import type { Attachment, Inquiry, InquiryEvent } from '../inquiries/model';
import { db } from './connection';

/** Everything, deleted or not, with every event: what an export holds. */
export async function everything(): Promise<{ inquiries: Inquiry[]; events: InquiryEvent[] }> {
  const database = await db();
  const [all, events] = await Promise.all([database.getAll('inquiries'), database.getAll('events')]);
  const inquiries = all.filter((i) => !i.deletedAt);
  const kept = new Set(inquiries.map((i) => i.id));
  return { inquiries, events: events.filter((e) => kept.has(e.inquiryId)) };
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
