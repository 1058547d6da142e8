/**
 * The one connection to the database, opened only by the background and the extension's own pages —
 * never by a content script, whose IndexedDB would belong to the marketplace. It steps aside when a newer
 * version is waiting in another page, so that the upgrade is not blocked.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, type HelpdeskDb, type HelpdeskSchema } from './schema';
import { UPGRADES } from './upgrades';

let dbPromise: Promise<HelpdeskDb> | undefined;

export function openHelpdeskDb(version = DB_VERSION): Promise<HelpdeskDb> {
  return openDB<HelpdeskSchema>(DB_NAME, version, {
    async upgrade(db, oldVersion, newVersion, tx) {
      // Each step is typed by its own version's shape, not today's.
      const untyped = db as unknown as IDBPDatabase<unknown>;
      for (let step = oldVersion + 1; step <= (newVersion ?? version); step++) {
        await UPGRADES[step]?.(untyped, tx as unknown as Parameters<(typeof UPGRADES)[number]>[1]);
      }
    },
    blocking() {
      // A newer version is waiting in another page: step aside so it can upgrade.
      void dbPromise?.then((db) => db.close());
      dbPromise = undefined;
    },
    terminated() {
      dbPromise = undefined;
    },
  });
}

export function db(): Promise<HelpdeskDb> {
  dbPromise ??= openHelpdeskDb().catch((error) => {
    dbPromise = undefined;
    throw error;
  });
  return dbPromise;
}

/** Forget the open connection (tests give each case a fresh IndexedDB). */
export async function closeDb(): Promise<void> {
  const open = dbPromise;
  dbPromise = undefined;
  if (open) (await open).close();
}

export function newId(): string {
  return crypto.randomUUID();
}

let eventSequence = 0;

/** Event ids sort in the order the events were made, for events of the same millisecond. */
export function newEventId(at: number): string {
  eventSequence = (eventSequence + 1) % 1_000_000;
  return `${String(at).padStart(15, '0')}-${String(eventSequence).padStart(6, '0')}-${crypto.randomUUID()}`;
}
