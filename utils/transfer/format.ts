/**
 * Export and import: everything as JSON (this extension's own format, checked on the way back in), and a
 * CSV for a spreadsheet (UTF-8 with BOM, `;` between cells, formulas defused).
 */
import * as v from 'valibot';
import { MAX_ATTACHMENT_BYTES, type Attachment, type Inquiry, type InquiryEvent } from '../inquiries/model';
import { AttachmentInfoSchema, EventSchema, InquirySchema } from '../inquiries/schemas';

export const EXPORT_FORMAT = 'market-helpdesk-export';
/** 1: inquiries and events; 2: and attachments, their files as base64. */
export const EXPORT_VERSION = 2;

async function toBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(data: string, type: string): Blob {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}

export async function toExportFile(
  records: { inquiries: Inquiry[]; events: InquiryEvent[]; attachments?: Attachment[] },
  now = Date.now(),
): Promise<ExportFile> {
  const attachments = await Promise.all(
    (records.attachments ?? []).map(async ({ blob, ...rest }) => ({ ...rest, data: await toBase64(blob) })),
  );
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    inquiries: records.inquiries,
    events: records.events,
    attachments,
  };
}

/** The attachments of an import file, as Blobs again. */
export function importedAttachments(file: ExportFile): Attachment[] {
  // The size is the file's own, never the number written beside it.
  return (file.attachments ?? [])
    .map(({ data, ...rest }) => {
      const blob = fromBase64(data, rest.type);
      return { ...rest, size: blob.size, blob };
    })
    .filter((a) => a.size <= MAX_ATTACHMENT_BYTES);
}

/** An attachment in an export: the file's bytes as base64. */
const ExportedAttachmentSchema = v.object({
  ...AttachmentInfoSchema.entries,
  data: v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/]*={0,2}$/)),
});

/** The export file; an inquiry, an event and a file's details are checked as they are kept. */
const ExportSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(EXPORT_VERSION)),
  exportedAt: v.string(),
  inquiries: v.array(InquirySchema),
  events: v.array(EventSchema),
  attachments: v.optional(v.array(ExportedAttachmentSchema)),
});

export type ExportedAttachment = v.InferOutput<typeof ExportedAttachmentSchema>;
export type ExportFile = v.InferOutput<typeof ExportSchema>;

export type ImportCheck =
  | { ok: true; file: ExportFile }
  | { ok: false; reason: 'not-json' | 'not-ours' | 'newer' | 'damaged'; detail?: string };

/** Reads an import file: its own format, whole and consistent, or a reason it is refused. */
export function readExportFile(content: string): ImportCheck {
  let data: unknown;
  try {
    data = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  const format = (data as { format?: unknown } | null)?.format;
  if (format !== EXPORT_FORMAT) return { ok: false, reason: 'not-ours' };
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > EXPORT_VERSION) return { ok: false, reason: 'newer' };
  const parsed = v.safeParse(ExportSchema, data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    return { ok: false, reason: 'damaged', detail: path ? `${path}: ${issue.message}` : issue.message };
  }
  const file = parsed.output;
  for (const inquiry of file.inquiries) delete inquiry.deletedAt;
  const ids = new Set(file.inquiries.map((i) => i.id));
  const orphan = [...file.events, ...(file.attachments ?? [])].find((e) => !ids.has(e.inquiryId));
  if (orphan) return { ok: false, reason: 'damaged', detail: `${orphan.id} belongs to no inquiry in the file` };
  return { ok: true, file };
}

const CSV_COLUMNS: [string, (i: Inquiry) => string][] = [
  ['id', (i) => i.id],
  ['created', (i) => new Date(i.createdAt).toISOString()],
  ['marketplace', (i) => i.marketplace],
  ['status', (i) => i.status],
  ['due', (i) => (i.dueAt ? new Date(i.dueAt).toISOString() : '')],
  ['recipient', (i) => i.recipient],
  ['topic', (i) => i.topic],
  ['channel', (i) => i.channel],
  ['order', (i) => i.fields.orderId ?? ''],
  ['article', (i) => i.fields.article ?? ''],
  ['title', (i) => i.fields.title ?? ''],
  ['subject', (i) => i.subject],
  ['message', (i) => i.message],
  ['page', (i) => i.pageUrl],
];

/** A cell a spreadsheet reads as text: formulas defused, quotes doubled, quoted when needed. */
/**
 * Every cell quoted, so that a spreadsheet splitting on commas (or on semicolons) keeps `a,=1+1` in one
 * cell; a cell that would start a formula (`= + - @`, a tab or a return) is defused with an apostrophe.
 */
export function csvCell(value: string): string {
  const cell = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${cell.replace(/"/g, '""')}"`;
}

export function toCsv(inquiries: Inquiry[]): string {
  const rows = [CSV_COLUMNS.map(([name]) => name), ...inquiries.map((i) => CSV_COLUMNS.map(([, get]) => get(i)))];
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}
