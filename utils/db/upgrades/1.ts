/**
 * Version 1 (shipped; never edit): inquiries and their timeline events, each in a store of its own.
 * Written against its own shape, so that today's code cannot change what it did.
 */
import type { IDBPDatabase } from 'idb';

export function upgradeTo1(db: IDBPDatabase<unknown>): void {
  const inquiries = db.createObjectStore('inquiries', { keyPath: 'id' });
  inquiries.createIndex('createdAt', 'createdAt');
  inquiries.createIndex('article', 'fields.article');
  inquiries.createIndex('orderId', 'fields.orderId');
  const events = db.createObjectStore('events', { keyPath: 'id' });
  events.createIndex('inquiryId', 'inquiryId');
}
