/**
 * Why the database could not be written or read, in four kinds that the pages word for the shopper
 * (what happened and what to do): the disk is full; another tab of the extension holds an older version
 * open while this one waits to upgrade it ("blocked"); the database cannot be opened at all (a private
 * window, storage refused, a database left by a newer version: "unavailable"); anything else.
 */
export type StorageFailure = 'storage-full' | 'blocked' | 'unavailable' | 'storage';

/** Another page holds the database open at an older version and does not let go, so it cannot be upgraded. */
export class DatabaseBlockedError extends Error {
  override name = 'DatabaseBlockedError';
  constructor() {
    super('The database is held open by another page of the extension and cannot be upgraded');
  }
}

/** The browser refused to open the database (the reason it gave is in the message). */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
  constructor(readonly reason: unknown) {
    super(`The database cannot be opened: ${String((reason as Error)?.message ?? reason)}`);
  }
}

export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name;
  const reasonName = (error as { reason?: { name?: string } } | null)?.reason?.name;
  return (
    name === 'QuotaExceededError' ||
    reasonName === 'QuotaExceededError' ||
    /quota|disk.*full|no space/i.test(String((error as Error)?.message ?? ''))
  );
}

export function storageFailure(error: unknown): StorageFailure {
  if (isQuotaError(error)) return 'storage-full';
  const name = (error as { name?: string } | null)?.name;
  if (name === 'DatabaseBlockedError') return 'blocked';
  if (name === 'DatabaseUnavailableError') return 'unavailable';
  return 'storage';
}
