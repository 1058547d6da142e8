/**
 * The extension's "now". Reminders and due times are computed from it, and a test or a demo can move it
 * forward by storing an offset (`clockOffsetMs` in storage.local); a shopper never needs to.
 */
import { browser } from 'wxt/browser';

const KEY = 'clockOffsetMs';
let offset = 0;

export function now(): number {
  return Date.now() + offset;
}

/** The real time at which the extension's clock will show `extensionTime` (for alarms). */
export function realTimeOf(extensionTime: number): number {
  return extensionTime - offset;
}

export async function loadClock(): Promise<void> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  offset = typeof stored === 'number' && Number.isFinite(stored) ? stored : 0;
}

/** Calls back when the offset changes, after taking it. */
export function watchClock(callback: () => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(KEY in changes)) return;
    const value = changes[KEY].newValue;
    offset = typeof value === 'number' && Number.isFinite(value) ? value : 0;
    callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
