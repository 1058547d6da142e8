/**
 * The shopper's backup: everything out as one JSON file (with the files), and back in — checked first, then
 * written in one transaction, so a refused or failed import changes nothing.
 */
import { allAttachments, everything } from '../db';
import { addRecords } from '../inquiries/writes';
import { importedAttachments, readExportFile, toExportFile, type ImportCheck } from './format';

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
export async function importBackup(content: string): Promise<ImportOutcome> {
  const checked = readExportFile(content);
  if (!checked.ok) return checked;
  const added = await addRecords({ ...checked.file, attachments: importedAttachments(checked.file) });
  return { ok: true, added };
}
