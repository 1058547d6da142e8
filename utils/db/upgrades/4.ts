/**
 * Version 4 (shipped; never edit): deleted inquiries stay in a "recently deleted" list for a while; an
 * index on when each was deleted finds them (and counts them) without reading the whole history. An
 * inquiry not deleted has no `deletedAt` and so is not in the index.
 */
import type { IDBPTransaction } from 'idb';

export function upgradeTo4(tx: IDBPTransaction<unknown, string[], 'versionchange'>): void {
  tx.objectStore('inquiries').createIndex('deletedAt', 'deletedAt');
}
