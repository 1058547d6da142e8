/**
 * Version 5 (shipped; never edit): an inquiry's product card keeps the page's text and when it was read,
 * and no longer a second copy of the reading's title, price, currency and seller, which the inquiry's
 * `context` holds from the same reading.
 */
import type { IDBPTransaction } from 'idb';

interface InquiryV5 {
  card?: { capturedAt: number; text?: string; title?: string; price?: number; currency?: string; seller?: string };
}

export async function upgradeTo5(tx: IDBPTransaction<unknown, string[], 'versionchange'>): Promise<void> {
  const store = tx.objectStore('inquiries');
  for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
    const inquiry = cursor.value as InquiryV5;
    if (!inquiry.card) continue;
    const { capturedAt, text } = inquiry.card;
    await cursor.update({ ...inquiry, card: { capturedAt, ...(text !== undefined && { text }) } });
  }
}
