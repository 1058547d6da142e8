/**
 * The extension's "now". Reminders and due times are computed from it. In the build for tests and the
 * demo, a test can move it forward by storing an offset in storage.local; the shopper's build has no
 * offset at all — not even the key's name — so no script can move the time at which deleted inquiries
 * are purged for good.
 */
import { TEST_BUILD } from '@/utils/platform/build';
import { STORAGE_KEYS } from './keys';
import { readKey, watchKey } from './local';

// Folded away by the build where it is not the test build: the key, and all that reads it, are gone.
const KEY: string | undefined = TEST_BUILD ? STORAGE_KEYS.clockOffset : undefined;
let offset = 0;

export function now(): number {
  return Date.now() + offset;
}

/** The real time at which the extension's clock will show `extensionTime` (for alarms). */
export function realTimeOf(extensionTime: number): number {
  return extensionTime - offset;
}

export async function loadClock(): Promise<void> {
  if (KEY === undefined) return;
  const stored = await readKey<unknown>(KEY);
  offset = typeof stored === 'number' && Number.isFinite(stored) ? stored : 0;
}

/** Calls back when the offset changes, after taking it. */
export function watchClock(callback: () => void): () => void {
  if (KEY === undefined) return () => {};
  return watchKey(KEY, (value) => {
    offset = typeof value === 'number' && Number.isFinite(value) ? value : 0;
    callback();
  });
}
