/**
 * The shopper's settings, in the extension's own storage (browser.storage.local), readable by the content
 * script and the dialog without waking the background: the interface language, the profile used to sign
 * messages, corrections to catalogue entries, and where the launcher is hidden.
 */
import { STORAGE_KEYS } from './keys';
import { readKey, removeKeys, watchKey, writeKey } from './local';
import type { Correction } from '../catalogue/types';
import type { Language } from '../platform/i18n';
import type { MarketplaceId } from '../marketplaces/types';
import type { Profile } from '../templates';

export interface Settings {
  /** Russian unless the shopper chooses English, whatever language the browser speaks. */
  language: Language;
  profile: Profile;
  /** Channel id → the shopper's correction of its number, address or link. */
  corrections: Record<string, Correction>;
  /** Marketplaces on which the launcher tab is not shown (the keyboard shortcut still opens the panel). */
  hiddenLaunchers: MarketplaceId[];
  /** Notify when an answer is overdue (needs the optional notifications permission). */
  reminders: boolean;
  /** Working days to wait for an answer where a channel's source gives no answer time. */
  defaultAnswerDays: number;
}

const KEY = STORAGE_KEYS.settings;
export const DEFAULT_SETTINGS: Settings = {
  language: 'ru',
  profile: {},
  corrections: {},
  hiddenLaunchers: [],
  reminders: false,
  defaultAnswerDays: 3,
};

function withDefaults(stored: Partial<Settings> | undefined): Settings {
  return { ...DEFAULT_SETTINGS, ...stored };
}

export async function getSettings(): Promise<Settings> {
  return withDefaults(await readKey<Partial<Settings>>(KEY));
}

export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = { ...(await getSettings()), ...change };
  await writeKey(KEY, next);
  return next;
}

export async function setLauncherHidden(marketplace: MarketplaceId, hidden: boolean): Promise<Settings> {
  const settings = await getSettings();
  const others = settings.hiddenLaunchers.filter((m) => m !== marketplace);
  return updateSettings({ hiddenLaunchers: hidden ? [...others, marketplace] : others });
}

/** Back to the defaults: profile, language, corrections and launchers. Inquiries are not touched. */
export async function resetSettings(): Promise<Settings> {
  await removeKeys(KEY);
  return DEFAULT_SETTINGS;
}

/** Calls back with the new settings whenever they change; returns the function that stops it. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return watchKey(KEY, (value) => callback(withDefaults(value as Partial<Settings> | undefined)));
}
