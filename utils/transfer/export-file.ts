/**
 * Export: everything as JSON (this extension's own format, checked on the way back in by `check.ts`), and a
 * CSV for a spreadsheet (UTF-8 with BOM, `;` between cells, formulas defused).
 */
import type { Attachment, Inquiry, InquiryEvent } from '@/utils/inquiries/model';

export const EXPORT_FORMAT = 'market-helpdesk-export' as const;
/**
 * 1: inquiries and events; 2: and attachments, their files as base64; 3: a product card keeps its text and
 * date alone (the title, price and seller are the context's).
 */
export const EXPORT_VERSION = 3;

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

/** An attachment in an export: its details, and the file's bytes as base64. */
export type ExportedAttachment = Omit<Attachment, 'blob'> & { data: string };

/** The export file (`check.ts` reads it back). */
export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  inquiries: Inquiry[];
  events: InquiryEvent[];
  attachments?: ExportedAttachment[];
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
