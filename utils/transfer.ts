/**
 * Export and import: everything as JSON (this extension's own format, checked on the way back in), and a
 * CSV for a spreadsheet (UTF-8 with BOM, `;` between cells, formulas defused).
 */
import * as v from 'valibot';
import type { Inquiry, InquiryEvent } from './inquiry';
import { marketplaces } from './marketplaces';

export const EXPORT_FORMAT = 'market-helpdesk-export';
export const EXPORT_VERSION = 1;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  inquiries: Inquiry[];
  events: InquiryEvent[];
}

export function toExportFile(records: { inquiries: Inquiry[]; events: InquiryEvent[] }, now = Date.now()): ExportFile {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date(now).toISOString(), ...records };
}

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const ms = v.pipe(v.number(), v.integer(), v.minValue(0));

const InquirySchema = v.looseObject({
  id: text(100),
  marketplace: v.picklist(marketplaces.map((m) => m.id)),
  pageUrl: text(8_192),
  context: v.looseObject({ marketplace: v.string(), kind: v.string(), url: v.string(), sources: v.record(v.string(), v.string()) }),
  fields: v.record(v.string(), v.string()),
  recipient: v.picklist(['seller', 'support']),
  topic: text(64),
  channel: text(64),
  subject: text(1_000),
  message: text(20_000),
  language: v.picklist(['ru', 'en']),
  status: v.picklist(['not-sent', 'sent', 'answered', 'resolved', 'escalated', 'closed']),
  createdAt: ms,
  updatedAt: ms,
  firstSentAt: v.optional(ms),
  sentAt: v.optional(ms),
  dueAt: v.optional(ms),
  dueApproximate: v.optional(v.boolean()),
  dueIsDefault: v.optional(v.boolean()),
});

const EventSchema = v.object({
  id: text(200),
  inquiryId: text(100),
  type: v.picklist(['created', 'sent', 'status', 'reply', 'note']),
  at: ms,
  detail: v.optional(text(20_000)),
});

const ExportSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(EXPORT_VERSION)),
  exportedAt: v.string(),
  inquiries: v.array(InquirySchema),
  events: v.array(EventSchema),
});

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
  const file = parsed.output as unknown as ExportFile;
  const ids = new Set(file.inquiries.map((i) => i.id));
  const orphan = file.events.find((e) => !ids.has(e.inquiryId));
  if (orphan) return { ok: false, reason: 'damaged', detail: `event ${orphan.id} belongs to no inquiry in the file` };
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
export function csvCell(value: string): string {
  let cell = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  if (/[;"\r\n]/.test(cell)) cell = `"${cell.replace(/"/g, '""')}"`;
  return cell;
}

export function toCsv(inquiries: Inquiry[]): string {
  const rows = [CSV_COLUMNS.map(([name]) => name), ...inquiries.map((i) => CSV_COLUMNS.map(([, get]) => get(i)))];
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}
