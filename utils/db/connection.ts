/**
 * The one connection to the database, opened only by the background and the extension's own pages —
 * never by a content script, whose IndexedDB would belong to the marketplace. It steps aside when a newer
 * version is waiting in another page, so that the upgrade is not blocked; when it is itself blocked, or
 * cannot open, it says which (./errors.ts).
 */
import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, type HelpdeskDb, type HelpdeskSchema } from './schema';
import { DatabaseBlockedError, DatabaseUnavailableError } from './errors';
import { UPGRADES } from './upgrades';

let dbPromise: Promise<HelpdeskDb> | undefined;

/** `onBlocked`: another page holds an older version open and does not let go (the open waits on). */
export function openHelpdeskDb(version = DB_VERSION, onBlocked?: () => void): Promise<HelpdeskDb> {
  return openDB<HelpdeskSchema>(DB_NAME, version, {
    async upgrade(db, oldVersion, newVersion, tx) {
      // Each step is typed by its own version's shape, not today's.
      const untyped = db as unknown as IDBPDatabase<unknown>;
      for (let step = oldVersion + 1; step <= (newVersion ?? version); step++) {
        await UPGRADES[step]?.(untyped, tx as unknown as Parameters<(typeof UPGRADES)[number]>[1]);
      }
    },
    blocked() {
      onBlocked?.();
    },
    blocking() {
      // A newer version is waiting in another page: step aside so it can upgrade.
      void dbPromise?.then((db) => db.close(), () => {});
      dbPromise = undefined;
    },
    terminated() {
      dbPromise = undefined;
    },
  });
}

/**
 * The connection, opened once. An open that another page blocks fails at once with
 * `DatabaseBlockedError` (the shopper is told to close that page) and goes on waiting: until it opens,
 * every call fails the same way at once (a second open would only queue behind it); once it opens, the
 * next call has it. An open the browser refuses fails with `DatabaseUnavailableError`, and the next call
 * tries again.
 */
export function db(): Promise<HelpdeskDb> {
  if (dbPromise) return dbPromise;
  if (blockedOpen) return Promise.reject(new DatabaseBlockedError());
  dbPromise = open();
  return dbPromise;
}

/** An open that another page blocks, still waiting for it to let go. */
let blockedOpen = false;

function open(): Promise<HelpdeskDb> {
  let blocked = false;
  const opening: Promise<HelpdeskDb> = new Promise((resolve, reject) => {
    openHelpdeskDb(DB_VERSION, () => {
      blocked = blockedOpen = true;
      reject(new DatabaseBlockedError());
    }).then(
      (opened) => {
        if (blocked) blockedOpen = false;
        resolve(opened);
        if (dbPromise === opening) return;
        // The callers were told it was blocked; the connection, open now, serves the next ones.
        if (dbPromise === undefined) dbPromise = Promise.resolve(opened);
        else opened.close();
      },
      (error) => {
        if (blocked) blockedOpen = false;
        reject(new DatabaseUnavailableError(error));
      },
    );
  });
  opening.catch(() => {
    if (dbPromise === opening) dbPromise = undefined;
  });
  return opening;
}

/** Forget the open connection (tests give each case a fresh IndexedDB). */
export async function closeDb(): Promise<void> {
  const open = dbPromise;
  dbPromise = undefined;
  if (open) (await open.catch(() => undefined))?.close();
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
