/**
 * The shopper's settings, in the extension's own storage (browser.storage.local), readable by the pages
 * and the panel's frame without waking the background: the interface language, the profile used to sign
 * messages, corrections to catalogue entries, where the launcher is hidden, reminders and the default
 * answer time.
 *
 * Each setting is a key of its own (`SETTING_KEYS`), so that two changes of different settings at once
 * both land. A change computed from a setting's present value — the launcher hidden on one more
 * marketplace, one more correction — is made inside the one writer (./writer.ts: Web Locks across the
 * extension's pages, a queue within one), so two of those at once both land too. Per-entry keys were the
 * other way; they were not taken because the content script would then have to list keys to find the
 * hidden launchers, and listing reads the profile's key among the rest.
 *
 * The content script opens no storage: it asks the background, which answers with `getLauncherSettings`
 * — the language and the hidden launchers alone — and tells it when those two change (`settingsChanged`);
 * it never listens to storage changes (the browser hands every listener every change, the profile's
 * included).
 *
 * Versions before the split kept one object under `settings`: it is moved into the keys once (the
 * background on install and update, and any extension page that still finds it), a key already written
 * winning over the old object's value, and read in the meantime as the values missing from the keys.
 */
import { SETTING_KEYS, STORAGE_KEYS } from './keys';
import { readKeys, removeKeys, watchKeys, writeKeys } from './local';
import { serialized } from './writer';
import type { Correction } from '@/utils/catalogue/types';
import type { Language } from '@/utils/platform/i18n';
import type { MarketplaceId } from '@/utils/marketplaces/types';
import { genderOf, type Profile } from '@/utils/templates';

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

/** What the content script may know of the settings; never the profile. */
export type LauncherSettings = Pick<Settings, 'language' | 'hiddenLaunchers'>;

export const DEFAULT_SETTINGS: Settings = {
  language: 'ru',
  profile: {},
  corrections: {},
  hiddenLaunchers: [],
  reminders: false,
  defaultAnswerDays: 3,
};

const LEGACY = STORAGE_KEYS.legacySettings;
const NAMES = Object.keys(SETTING_KEYS) as (keyof Settings)[];
const ALL_KEYS = NAMES.map((name) => SETTING_KEYS[name]);
/** One writer for all the settings' keys and the migration: each change is small. */
const WRITER = 'settings';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A stored value taken only when it has the setting's shape; anything else reads as the default. */
const VALID: { [K in keyof Settings]: (value: unknown) => boolean } = {
  language: (value) => value === 'ru' || value === 'en',
  profile: isRecord,
  corrections: isRecord,
  hiddenLaunchers: (value) => Array.isArray(value) && value.every((m) => typeof m === 'string'),
  reminders: (value) => typeof value === 'boolean',
  defaultAnswerDays: (value) => typeof value === 'number' && Number.isFinite(value),
};

/**
 * A stored profile as the texts may use it: a gender other than the two known ones (or none, as every
 * profile stored before it was asked) is left out, and the texts read it as not given (neutral wording).
 */
function cleanProfile(profile: Profile): Profile {
  const { gender: _stored, ...rest } = profile;
  const gender = genderOf(profile);
  return gender ? { ...rest, gender } : rest;
}

function valueOf<K extends keyof Settings>(name: K, stored: Record<string, unknown>, legacy: unknown): Settings[K] {
  const own = stored[SETTING_KEYS[name]];
  const old = isRecord(legacy) ? legacy[name] : undefined;
  const value = own !== undefined && VALID[name](own) ? own : old !== undefined && VALID[name](old) ? old : DEFAULT_SETTINGS[name];
  return (name === 'profile' ? cleanProfile(value as Profile) : value) as Settings[K];
}

function fromStored(stored: Record<string, unknown>): Settings {
  const legacy = stored[LEGACY];
  return Object.fromEntries(NAMES.map((name) => [name, valueOf(name, stored, legacy)])) as unknown as Settings;
}

async function readSettings(): Promise<{ settings: Settings; legacy: boolean }> {
  const stored = await readKeys([...ALL_KEYS, LEGACY]);
  return { settings: fromStored(stored), legacy: stored[LEGACY] !== undefined };
}

export async function getSettings(): Promise<Settings> {
  const { settings, legacy } = await readSettings();
  // Found the old object: moved now, in the background of this read (what was read already counts it).
  if (legacy) void migrateSettings().catch(() => {});
  return settings;
}

/** The language and the hidden launchers alone, which the background answers the content script with: never the profile. */
export async function getLauncherSettings(): Promise<LauncherSettings> {
  const stored = await readKeys([SETTING_KEYS.language, SETTING_KEYS.hiddenLaunchers]);
  return { language: valueOf('language', stored, undefined), hiddenLaunchers: valueOf('hiddenLaunchers', stored, undefined) };
}

/**
 * Moves the old single object into the keys, once: a key already written is kept (it is newer), the
 * others take the old object's values, then the old object goes. Stopped halfway, it is done again
 * from where it was, losing nothing.
 */
export function migrateSettings(): Promise<void> {
  return serialized(WRITER, async () => {
    const stored = await readKeys([...ALL_KEYS, LEGACY]);
    const legacy = stored[LEGACY];
    if (legacy === undefined) return;
    if (isRecord(legacy)) {
      const missing: Record<string, unknown> = {};
      for (const name of NAMES) {
        if (stored[SETTING_KEYS[name]] === undefined && legacy[name] !== undefined && VALID[name](legacy[name])) {
          missing[SETTING_KEYS[name]] = legacy[name];
        }
      }
      if (Object.keys(missing).length) await writeKeys(missing);
    }
    await removeKeys(LEGACY);
  });
}

/**
 * Changes some settings, each in its own key: the others are not touched, so a change made elsewhere at
 * the same time is not undone. Every change goes through the one writer — a whole value too, so that the
 * move of the old settings object (which reads the keys, then writes those it found missing) cannot
 * write an old value over one changed in between. `change` may be a function of the present settings:
 * it is read and written inside the writer, so no change made in between is lost. Answers with the
 * settings as they now are.
 */
export async function updateSettings(change: Partial<Settings> | ((current: Settings) => Partial<Settings>)): Promise<Settings> {
  if (typeof change !== 'function') {
    return serialized(WRITER, async () => {
      await writeKeys(entriesOf(change));
      return (await readSettings()).settings;
    });
  }
  return serialized(WRITER, async () => {
    await writeKeys(entriesOf(change((await readSettings()).settings)));
    return (await readSettings()).settings;
  });
}

function entriesOf(change: Partial<Settings>): Record<string, unknown> {
  const entries: Record<string, unknown> = {};
  for (const name of NAMES) if (change[name] !== undefined) entries[SETTING_KEYS[name]] = change[name];
  return entries;
}

export function setLauncherHidden(marketplace: MarketplaceId, hidden: boolean): Promise<Settings> {
  return updateSettings(({ hiddenLaunchers }) => {
    const others = hiddenLaunchers.filter((m) => m !== marketplace);
    return { hiddenLaunchers: hidden ? [...others, marketplace] : others };
  });
}

/** One channel's correction, or none (`undefined`: the catalogue's value again); the others stay. */
export function setCorrection(channelId: string, correction: Correction | undefined): Promise<Settings> {
  return updateSettings(({ corrections }) => {
    const { [channelId]: _dropped, ...others } = corrections;
    return { corrections: correction ? { ...others, [channelId]: correction } : others };
  });
}

/** Back to the defaults: profile, language, corrections and launchers. Inquiries are not touched. */
export function resetSettings(): Promise<Settings> {
  return serialized(WRITER, async () => {
    await removeKeys([...ALL_KEYS, LEGACY]);
    return DEFAULT_SETTINGS;
  });
}

/**
 * Calls back with the whole settings whenever any of them changes; returns the function that stops it.
 * For the extension's pages: the content script must not listen (see above).
 */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  let asked = 0;
  return watchKeys([...ALL_KEYS, LEGACY], () => {
    // Read again, and only the latest read is given: changes close together arrive in order.
    const mine = ++asked;
    void readSettings().then(
      ({ settings }) => {
        if (mine === asked) callback(settings);
      },
      () => {},
    );
  });
}

/** Calls back when the language or the hidden launchers change (the background's, to tell the tabs). */
export function watchLauncherSettings(callback: () => void): () => void {
  return watchKeys([SETTING_KEYS.language, SETTING_KEYS.hiddenLaunchers], callback);
}
