/**
 * Records from an export file, joined to the history here: what to write (`importPlan`, pure) and the
 * writing, in one transaction of the database's (`writeImport`).
 */
import { writeImport, type ImportPlan, type IncomingRecords, type LocalRecords } from '@/utils/db';
import { figuresFromEvents } from './lifecycle';
import type { InquiryEvent } from './model';

/**
 * What to write, in time linear in the file's size (the events are grouped by inquiry once, not looked
 * up for each inquiry). An inquiry this browser has is left as it is, and so are its events and files:
 * nothing of the file is grafted onto it. An inquiry new here is written with its events and files. One
 * deleted here comes back as the copy changed last has it (this browser's, or the file's) — so its status
 * and due time agree with its newest events — with the events of both, and its figures counted again
 * from all of them. An inquiry of the old format (before the figures were kept) gets them from its events.
 */
export function importPlan(records: IncomingRecords, local: LocalRecords): ImportPlan {
  const eventsOf = new Map<string, InquiryEvent[]>();
  for (const event of records.events) {
    const list = eventsOf.get(event.inquiryId);
    if (list) list.push(event);
    else eventsOf.set(event.inquiryId, [event]);
  }
  const plan: ImportPlan = { inquiries: [], events: [], attachments: [] };
  const written = new Set<string>();
  for (const inquiry of records.inquiries) {
    const replace = local.deleted.has(inquiry.id);
    if (local.inquiries.has(inquiry.id) && !replace) continue;
    written.add(inquiry.id);
    const own = eventsOf.get(inquiry.id) ?? [];
    let onlyHere: InquiryEvent[] = [];
    let base = inquiry;
    // The figures are counted again when the copy kept has not seen every event it now has.
    let recount = false;
    if (replace) {
      const here = local.deleted.get(inquiry.id)!;
      const fileIds = new Set(own.map((e) => e.id));
      const hereIds = new Set(here.events.map((e) => e.id));
      onlyHere = here.events.filter((e) => !fileIds.has(e.id));
      if (here.inquiry.updatedAt > inquiry.updatedAt) {
        const { deletedAt, ...kept } = here.inquiry;
        void deletedAt;
        base = kept;
        recount = own.some((e) => !hereIds.has(e.id));
      } else {
        recount = onlyHere.length > 0;
      }
    }
    const record = recount || base.sendCount === undefined ? figuresFromEvents(base, [...own, ...onlyHere]) : base;
    plan.inquiries.push({ record, replace });
    for (const event of own) if (!local.events.has(event.id)) plan.events.push(event);
  }
  for (const attachment of records.attachments) {
    if (written.has(attachment.inquiryId) && !local.attachments.has(attachment.id)) plan.attachments.push(attachment);
  }
  return plan;
}

/**
 * Adds what is not there yet, matching by id: everything of the file or, should any write fail, nothing.
 * Importing the same file twice changes nothing.
 */
export function importRecords(
  records: IncomingRecords,
  onProgress?: (done: number, total: number) => void,
): Promise<{ inquiries: number; events: number; attachments: number }> {
  return writeImport(records, importPlan, onProgress);
}
