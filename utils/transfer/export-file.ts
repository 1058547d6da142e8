/**
 * Export: everything as JSON (this extension's own format, checked on the way back in by `check.ts`); the
 * CSV for a spreadsheet is `csv.ts`.
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
