/**
 * Small settings in the extension's own storage (browser.storage.local), readable by the content script
 * without waking the background.
 */
import { browser } from 'wxt/browser';
import type { MarketplaceId } from './marketplaces/types';

export interface Settings {
  /** Marketplaces on which the launcher tab is not shown (the keyboard shortcut still opens the panel). */
  hiddenLaunchers: MarketplaceId[];
}

const KEY = 'settings';
const DEFAULTS: Settings = { hiddenLaunchers: [] };

export async function getSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY] as Partial<Settings> | undefined;
  return { ...DEFAULTS, ...stored };
}

export async function setLauncherHidden(marketplace: MarketplaceId, hidden: boolean): Promise<Settings> {
  const settings = await getSettings();
  const others = settings.hiddenLaunchers.filter((m) => m !== marketplace);
  const next = { ...settings, hiddenLaunchers: hidden ? [...others, marketplace] : others };
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

/** Calls back with the new settings whenever they change; returns the function that stops it. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) callback({ ...DEFAULTS, ...(changes[KEY].newValue as Partial<Settings>) });
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
