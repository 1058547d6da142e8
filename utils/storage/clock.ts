/**
 * The extension's "now". Reminders and due times are computed from it, and a test or a demo can move it
 * forward by storing an offset (`clockOffsetMs` in storage.local); a shopper never needs to.
 */
import { STORAGE_KEYS } from './keys';
import { readKey, watchKey } from './local';

const KEY = STORAGE_KEYS.clockOffset;
let offset = 0;

export function now(): number {
  return Date.now() + offset;
}

/** The real time at which the extension's clock will show `extensionTime` (for alarms). */
export function realTimeOf(extensionTime: number): number {
  return extensionTime - offset;
}

export async function loadClock(): Promise<void> {
  const stored = await readKey<unknown>(KEY);
  offset = typeof stored === 'number' && Number.isFinite(stored) ? stored : 0;
}

/** Calls back when the offset changes, after taking it. */
export function watchClock(callback: () => void): () => void {
  return watchKey(KEY, (value) => {
    offset = typeof value === 'number' && Number.isFinite(value) ? value : 0;
    callback();
  });
}
