/** Reading and writing storage.local by key: the one door to it (keys are listed in `./keys`). */
import { browser } from 'wxt/browser';

export async function readKey<T>(key: string): Promise<T | undefined> {
  return (await browser.storage.local.get(key))[key] as T | undefined;
}

/** These keys alone, in one read (a key that is not stored is absent from the answer). */
export async function readKeys(keys: string[]): Promise<Record<string, unknown>> {
  return browser.storage.local.get(keys);
}

/** Every key stored: their names only where the browser can say (`getKeys`), else read whole. */
export async function listKeys(): Promise<string[]> {
  const local = browser.storage.local as typeof browser.storage.local & { getKeys?: () => Promise<string[]> };
  if (typeof local.getKeys === 'function') return local.getKeys();
  return Object.keys(await browser.storage.local.get(null));
}

export async function writeKey(key: string, value: unknown): Promise<void> {
  await browser.storage.local.set({ [key]: value });
}

/** Several keys in one write: all of them land or none. */
export async function writeKeys(entries: Record<string, unknown>): Promise<void> {
  await browser.storage.local.set(entries);
}

export async function removeKeys(keys: string | string[]): Promise<void> {
  await browser.storage.local.remove(keys);
}

/** Calls back with a key's new value whenever it changes; returns the function that stops it. */
export function watchKey(key: string, callback: (value: unknown) => void): () => void {
  return watchKeys([key], (changes) => callback(changes[key]?.newValue));
}

/**
 * Calls back whenever any of these keys changes, with the changes of those keys alone. The browser gives
 * every listener every change, so a script that must not see a key (the content script, the profile)
 * must not listen at all: see settings.ts.
 */
export function watchKeys(keys: string[], callback: (changes: Record<string, { newValue?: unknown }>) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const ours = Object.fromEntries(Object.entries(changes).filter(([key]) => keys.includes(key)));
    if (Object.keys(ours).length) callback(ours);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
