/** Reading and writing storage.local by key: the one door to it (keys are listed in `./keys`). */
import { browser } from 'wxt/browser';

export async function readKey<T>(key: string): Promise<T | undefined> {
  return (await browser.storage.local.get(key))[key] as T | undefined;
}

export async function writeKey(key: string, value: unknown): Promise<void> {
  await browser.storage.local.set({ [key]: value });
}

export async function removeKeys(keys: string | string[]): Promise<void> {
  await browser.storage.local.remove(keys);
}

/** Calls back with a key's new value whenever it changes; returns the function that stops it. */
export function watchKey(key: string, callback: (value: unknown) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && key in changes) callback(changes[key].newValue);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
