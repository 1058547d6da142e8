/**
 * The shopper's backup: everything out as one JSON file (with the files), and back in — checked first
 * (`check.ts`), then written in one transaction, so a refused or failed import changes nothing.
 */
import { allAttachments, everything } from '@/utils/db';
import { addRecords } from '@/utils/inquiries/writes';
import { checkImport, MAX_IMPORT_BYTES, type ImportCheck, type OnImportProgress } from './check';
import { toExportFile } from './export-file';

/** Everything not deleted, with its events and files, as the export file's text. */
export async function exportBackup(now: number): Promise<string> {
  const records = await everything();
  const kept = new Set(records.inquiries.map((i) => i.id));
  const attachments = (await allAttachments()).filter((a) => kept.has(a.inquiryId));
  return JSON.stringify(await toExportFile({ ...records, attachments }, now));
}

export type ImportOutcome =
  | { ok: true; added: { inquiries: number; events: number; attachments: number } }
  | Extract<ImportCheck, { ok: false }>;

/** Reads an export file and adds what this browser does not have yet. Throws only when writing fails. */
export async function importBackup(content: string, onProgress?: OnImportProgress): Promise<ImportOutcome> {
  const checked = await checkImport(content, onProgress);
  if (!checked.ok) return checked;
  const added = await addRecords(checked.records, (done, total) => onProgress?.({ stage: 'writing', done, total }));
  return { ok: true, added };
}

/** The same, from the file the shopper chose: one too large is refused before it is read. */
export async function importBackupFile(file: Blob, onProgress?: OnImportProgress): Promise<ImportOutcome> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, reason: 'too-large' };
  return importBackup(await file.text(), onProgress);
}
