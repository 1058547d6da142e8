/**
 * The extension's database (IndexedDB through idb): its schema, its one connection, its upgrade steps
 * (frozen once shipped) and one module per store. Opened only by the background and the extension's own
 * pages — never by a content script. Pages write inquiries through `utils/inquiries/writes.ts`, which also
 * tells the background (badge, alarms).
 */
export * from './attachments';
export * from './connection';
export * from './errors';
export * from './events';
export * from './inquiries';
export * from './records';
export * from './schema';
export { UPGRADES } from './upgrades';
