/** Records written straight into the extension's database, as an earlier version or another tab left them. */
import type { Page } from '@playwright/test';

export interface SeedFile {
  id: string;
  inquiryId: string;
  name: string;
  type: string;
  bytes: number[];
  addedAt: number;
}

/** Writes the records on a page of the extension (one transaction); files are given as their bytes. */
export async function seed(page: Page, records: { inquiries: unknown[]; events: unknown[]; attachments?: SeedFile[] }) {
  await page.evaluate(
    (records) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('market-helpdesk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['inquiries', 'events', 'attachments'], 'readwrite');
          for (const record of records.inquiries) tx.objectStore('inquiries').put(record);
          for (const record of records.events) tx.objectStore('events').put(record);
          for (const { bytes, ...file } of records.attachments ?? []) {
            const blob = new Blob([new Uint8Array(bytes)], { type: file.type });
            tx.objectStore('attachments').put({ ...file, size: blob.size, blob });
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    records,
  );
}
