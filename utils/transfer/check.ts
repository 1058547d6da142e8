/**
 * Reading an import file before anything is written: its size, its format, then every record against the
 * schemas that saving uses (strict objects, lengths, web addresses on the marketplace's own site), each id
 * once, each event and file belonging to an inquiry of the file. The first problem found is named with
 * where it is (the list, the record's number, the field), so the shopper's message can say it.
 *
 * Linear in the file's size: each record is looked at once, and ids are kept in sets.
 */
import * as v from 'valibot';
import { MAX_ATTACHMENT_BYTES, type Attachment, type Inquiry, type InquiryEvent, type ProblemCode } from '@/utils/inquiries/model';
import { AttachmentInfoSchema, EventSchema, InquirySchema } from '@/utils/inquiries/schemas';
import { pageProblems, problemsOf } from '@/utils/inquiries/validation';
import { sellerPage } from '@/utils/marketplaces/addresses';
import { EXPORT_FORMAT, EXPORT_VERSION, fromBase64 } from './export-file';

/** Larger files are refused before they are read: a browser tab cannot hold much more as one text. */
export const MAX_IMPORT_BYTES = 256 * 1024 * 1024;

export type ImportList = 'file' | 'inquiries' | 'events' | 'attachments';

/** Where a file is wrong: the list, the record's place in it (from 0), its id when it has one, the field. */
export interface ImportProblem {
  list: ImportList;
  index: number;
  id?: string;
  field: string;
  code: ProblemCode;
}

export interface ImportProgress {
  stage: 'checking' | 'writing';
  done: number;
  total: number;
}
export type OnImportProgress = (progress: ImportProgress) => void;

export interface ImportRecords {
  inquiries: Inquiry[];
  events: InquiryEvent[];
  attachments: Attachment[];
}

export type ImportCheck =
  | { ok: true; version: number; records: ImportRecords }
  | { ok: false; reason: 'too-large' | 'not-json' | 'not-ours' | 'newer' | 'damaged'; problem?: ImportProblem };

/** An attachment in an export: the file's bytes as base64. */
export const ExportedAttachmentSchema = v.strictObject({
  ...AttachmentInfoSchema.entries,
  data: v.pipe(v.string(), v.maxLength(Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4), v.regex(/^[A-Za-z0-9+/]*={0,2}$/)),
});

/** The file around the records; the records are checked one by one, to say which one is wrong. */
const EnvelopeSchema = v.strictObject({
  format: v.literal(EXPORT_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(EXPORT_VERSION)),
  exportedAt: v.pipe(v.string(), v.maxLength(64)),
  inquiries: v.array(v.unknown()),
  events: v.array(v.unknown()),
  attachments: v.optional(v.array(v.unknown())),
});

/**
 * A card of a file before version 3 kept the reading's title, price, currency and seller a second time
 * (the inquiry's context has them, from the same reading): they are dropped, the rest checked as it is.
 */
function withCardOfVersion3(raw: unknown): unknown {
  const card = (raw as { card?: unknown } | null)?.card;
  if (typeof card !== 'object' || card === null) return raw;
  const { title: _title, price: _price, currency: _currency, seller: _seller, ...kept } = card as Record<string, unknown>;
  return { ...(raw as object), card: kept };
}

/** Records checked between two looks at the clock: a long file shows its progress and keeps the page alive. */
const STEP = 2_000;

/** A yield to the page that a tab in the background does not throttle, as it does timers. */
const pause = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });

/** Reads an import file: its own format, whole and consistent, or the first thing wrong with it. */
export async function checkImport(content: string, onProgress?: OnImportProgress): Promise<ImportCheck> {
  if (content.length > MAX_IMPORT_BYTES) return { ok: false, reason: 'too-large' };
  let data: unknown;
  try {
    data = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== EXPORT_FORMAT) {
    return { ok: false, reason: 'not-ours' };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > EXPORT_VERSION) return { ok: false, reason: 'newer' };
  const envelope = v.safeParse(EnvelopeSchema, data);
  if (!envelope.success) {
    const [first] = problemsOf(envelope.issues);
    return { ok: false, reason: 'damaged', problem: { list: 'file', index: 0, ...first } };
  }
  const file = envelope.output;
  const total = file.inquiries.length + file.events.length + (file.attachments?.length ?? 0);
  let done = 0;
  const tick = async () => {
    done++;
    if (onProgress && done % STEP === 0) {
      onProgress({ stage: 'checking', done, total });
      await pause();
    }
  };
  const damaged = (problem: ImportProblem): ImportCheck => ({ ok: false, reason: 'damaged', problem });
  const idOf = (raw: unknown) => {
    const id = (raw as { id?: unknown } | null)?.id;
    return typeof id === 'string' ? id.slice(0, 100) : undefined;
  };

  const inquiries: Inquiry[] = [];
  const inquiryIds = new Set<string>();
  for (const [index, raw] of file.inquiries.entries()) {
    const parsed = v.safeParse(InquirySchema, file.version < 3 ? withCardOfVersion3(raw) : raw);
    const where = { list: 'inquiries' as const, index, id: idOf(raw) };
    if (!parsed.success) return damaged({ ...where, ...problemsOf(parsed.issues)[0] });
    const inquiry = parsed.output;
    const [page] = pageProblems(inquiry);
    if (page) return damaged({ ...where, ...page });
    // A seller's link to another site (earlier readers kept any): dropped, the record kept.
    if (inquiry.context.sellerUrl !== undefined && !sellerPage(inquiry.context)) {
      delete inquiry.context.sellerUrl;
      delete inquiry.context.sources.sellerUrl;
    }
    if (inquiryIds.has(inquiry.id)) return damaged({ ...where, field: 'id', code: 'duplicate' });
    inquiryIds.add(inquiry.id);
    // An export holds what was not deleted; a deletion mark in a file is not taken.
    delete inquiry.deletedAt;
    inquiries.push(inquiry);
    await tick();
  }

  const events: InquiryEvent[] = [];
  const eventIds = new Set<string>();
  for (const [index, raw] of file.events.entries()) {
    const parsed = v.safeParse(EventSchema, raw);
    const where = { list: 'events' as const, index, id: idOf(raw) };
    if (!parsed.success) return damaged({ ...where, ...problemsOf(parsed.issues)[0] });
    const event = parsed.output;
    if (eventIds.has(event.id)) return damaged({ ...where, field: 'id', code: 'duplicate' });
    if (!inquiryIds.has(event.inquiryId)) return damaged({ ...where, field: 'inquiryId', code: 'orphan' });
    eventIds.add(event.id);
    events.push(event);
    await tick();
  }

  const attachments: Attachment[] = [];
  const attachmentIds = new Set<string>();
  for (const [index, raw] of (file.attachments ?? []).entries()) {
    const parsed = v.safeParse(ExportedAttachmentSchema, raw);
    const where = { list: 'attachments' as const, index, id: idOf(raw) };
    if (!parsed.success) return damaged({ ...where, ...problemsOf(parsed.issues)[0] });
    const { data: base64, ...info } = parsed.output;
    if (attachmentIds.has(info.id)) return damaged({ ...where, field: 'id', code: 'duplicate' });
    if (!inquiryIds.has(info.inquiryId)) return damaged({ ...where, field: 'inquiryId', code: 'orphan' });
    let blob: Blob;
    try {
      blob = fromBase64(base64, info.type);
    } catch {
      return damaged({ ...where, field: 'data', code: 'wrong-type' });
    }
    // The size is the file's own, never the number written beside it.
    if (blob.size > MAX_ATTACHMENT_BYTES) return damaged({ ...where, field: 'data', code: 'too-long' });
    attachmentIds.add(info.id);
    attachments.push({ ...info, size: blob.size, blob });
    await tick();
  }
  onProgress?.({ stage: 'checking', done: total, total });
  return { ok: true, version: file.version, records: { inquiries, events, attachments } };
}
