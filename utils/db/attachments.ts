/** The attachments store: files kept as evidence with an inquiry, as Blobs. */
import type { Attachment } from '@/utils/inquiries/model';
import { db, newEventId, newId } from './connection';

import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES } from './attachment-limits';

export { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES };

export type AttachResult = { ok: true; attachment: Attachment } | { ok: false; error: 'too-large' | 'type' | 'no-inquiry' };

/**
 * Keeps a file with an inquiry. Written from the extension's pages (a runtime message cannot carry a
 * Blob); refused above MAX_ATTACHMENT_BYTES or when it is not an image or a PDF.
 */
export async function addAttachment(inquiryId: string, file: Blob & { name?: string }, now: number): Promise<AttachResult> {
  if (file.size > MAX_ATTACHMENT_BYTES) return { ok: false, error: 'too-large' };
  if (!ATTACHMENT_TYPES.test(file.type)) return { ok: false, error: 'type' };
  const tx = (await db()).transaction(['inquiries', 'attachments', 'events'], 'readwrite');
  const inquiry = await tx.objectStore('inquiries').get(inquiryId);
  if (!inquiry || inquiry.deletedAt) {
    tx.abort();
    await tx.done.catch(() => {});
    return { ok: false, error: 'no-inquiry' };
  }
  const attachment: Attachment = {
    id: newId(),
    inquiryId,
    name: file.name || 'file',
    type: file.type,
    size: file.size,
    addedAt: now,
    blob: file,
  };
  await Promise.all([
    tx.objectStore('attachments').add(attachment),
    tx.objectStore('events').add({ id: newEventId(now), inquiryId, type: 'attachment', at: now, detail: attachment.name }),
    tx.objectStore('inquiries').put({ ...inquiry, updatedAt: now }),
    tx.done,
  ]);
  return { ok: true, attachment };
}

export async function attachmentsOf(inquiryId: string): Promise<Attachment[]> {
  const list = await (await db()).getAllFromIndex('attachments', 'inquiryId', inquiryId);
  return list.sort((a, b) => a.addedAt - b.addedAt);
}

export async function allAttachments(): Promise<Attachment[]> {
  return (await db()).getAll('attachments');
}
