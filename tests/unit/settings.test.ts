/** The settings, one storage key each: concurrent changes all land, the old single object is moved, and the content script's reader never reads the profile. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SETTING_KEYS, STORAGE_KEYS } from '../../utils/storage/keys';
import * as door from '../../utils/storage/local';
import {
  DEFAULT_SETTINGS,
  getLauncherSettings,
  getSettings,
  migrateSettings,
  resetSettings,
  setCorrection,
  setLauncherHidden,
  updateSettings,
  watchSettings,
  type Settings,
} from '../../utils/storage/settings';
import { repoRoot } from '../support/pages';

// The one door to storage.local, watched: every key asked of it is recorded.
vi.mock('../../utils/storage/local', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../utils/storage/local')>();
  return {
    ...actual,
    readKey: vi.fn(actual.readKey),
    readKeys: vi.fn(actual.readKeys),
    listKeys: vi.fn(actual.listKeys),
    watchKey: vi.fn(actual.watchKey),
    watchKeys: vi.fn(actual.watchKeys),
  };
});

const stored = () => fakeBrowser.storage.local.get(null) as Promise<Record<string, unknown>>;
const correction = (value: string) => ({ value, at: '2026-11-01' });

beforeEach(() => {
  fakeBrowser.reset();
  vi.clearAllMocks();
});

describe('settings written at once', () => {
  it('all land: different settings, and entries of the same one, changed in the same moment', async () => {
    await Promise.all([
      updateSettings({ language: 'en' }),
      updateSettings({ profile: { name: 'Анна Смирнова' } }),
      updateSettings({ reminders: true }),
      updateSettings({ defaultAnswerDays: 5 }),
      setLauncherHidden('ozon', true),
      setLauncherHidden('wildberries', true),
      setLauncherHidden('yandex-market', true),
      setCorrection('ozon-hotline', correction('8 800 555-35-35')),
      setCorrection('ozon-email', correction('help@example.ru')),
      updateSettings(({ corrections }) => ({ corrections: { ...corrections, 'wb-chat': correction('https://example.ru/') } })),
    ]);
    const settings = await getSettings();
    expect(settings).toMatchObject({ language: 'en', profile: { name: 'Анна Смирнова' }, reminders: true, defaultAnswerDays: 5 });
    expect([...settings.hiddenLaunchers].sort()).toEqual(['ozon', 'wildberries', 'yandex-market']);
    expect(Object.keys(settings.corrections).sort()).toEqual(['ozon-email', 'ozon-hotline', 'wb-chat']);
  });

  it('removes entries at once as well, the other entries staying', async () => {
    await Promise.all([setLauncherHidden('ozon', true), setLauncherHidden('wildberries', true)]);
    await Promise.all([setLauncherHidden('ozon', false), setLauncherHidden('yandex-market', true), setCorrection('a', correction('1'))]);
    await Promise.all([setCorrection('a', undefined), setCorrection('b', correction('2'))]);
    const settings = await getSettings();
    expect([...settings.hiddenLaunchers].sort()).toEqual(['wildberries', 'yandex-market']);
    expect(settings.corrections).toEqual({ b: correction('2') });
  });

  it('keeps each setting in its own key, and a change touches only its own', async () => {
    await updateSettings({ language: 'en', reminders: true });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await updateSettings({ profile: { name: 'Анна' } });
    expect(set.mock.calls.map(([entries]) => Object.keys(entries as object))).toEqual([[SETTING_KEYS.profile]]);
    expect(await stored()).toEqual({
      [SETTING_KEYS.language]: 'en',
      [SETTING_KEYS.reminders]: true,
      [SETTING_KEYS.profile]: { name: 'Анна' },
    });
  });

  it('reads a value of the wrong shape as the default', async () => {
    await fakeBrowser.storage.local.set({ [SETTING_KEYS.language]: 'de', [SETTING_KEYS.hiddenLaunchers]: 'ozon', [SETTING_KEYS.defaultAnswerDays]: 'x' });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('reads a profile kept before the gender was asked as one without it, and an unknown gender as none', async () => {
    await fakeBrowser.storage.local.set({ [SETTING_KEYS.profile]: { name: 'Анна Смирнова', phone: '+7 900 000-00-00' } });
    expect((await getSettings()).profile).toEqual({ name: 'Анна Смирнова', phone: '+7 900 000-00-00' });
    await fakeBrowser.storage.local.set({ [SETTING_KEYS.profile]: { name: 'Анна Смирнова', gender: 'f' } });
    expect((await getSettings()).profile).toEqual({ name: 'Анна Смирнова' });
    await updateSettings({ profile: { name: 'Анна Смирнова', gender: 'female' } });
    expect((await getSettings()).profile).toEqual({ name: 'Анна Смирнова', gender: 'female' });
  });

  it('reset removes them all, the old object too', async () => {
    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.legacySettings]: { language: 'en' } });
    await updateSettings({ profile: { name: 'Анна' }, defaultAnswerDays: 7 });
    expect(await resetSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await stored()).toEqual({});
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('go through the browser\'s Web Locks where there are some, one lock for every page of the extension', async () => {
    const names: string[] = [];
    let held = 0;
    let most = 0;
    vi.stubGlobal('navigator', {
      locks: {
        async request<T>(name: string, task: () => Promise<T>): Promise<T> {
          names.push(name);
          // A lock as the browser keeps it: one holder at a time.
          while (held) await new Promise((resolve) => setTimeout(resolve, 1));
          held++;
          most = Math.max(most, held);
          try {
            return await task();
          } finally {
            held--;
          }
        },
      },
    });
    try {
      await Promise.all([setLauncherHidden('ozon', true), setLauncherHidden('wildberries', true)]);
    } finally {
      vi.unstubAllGlobals();
    }
    expect(names).toEqual(['market-helpdesk:settings', 'market-helpdesk:settings']);
    expect(most).toBe(1);
    expect([...(await getSettings()).hiddenLaunchers].sort()).toEqual(['ozon', 'wildberries']);
  });

  it('are followed by watchSettings, whole', async () => {
    const seen: Settings[] = [];
    const stop = watchSettings((settings) => seen.push(settings));
    await updateSettings({ profile: { name: 'Анна' } });
    await vi.waitFor(() => expect(seen.at(-1)?.profile).toEqual({ name: 'Анна' }));
    await setLauncherHidden('ozon', true);
    await vi.waitFor(() => expect(seen.at(-1)).toMatchObject({ profile: { name: 'Анна' }, hiddenLaunchers: ['ozon'] }));
    stop();
  });
});

describe('the old single settings object', () => {
  const old: Settings = {
    language: 'en',
    profile: { name: 'Анна Смирнова', phone: '+7 900 000-00-00', email: 'anna@example.ru' },
    corrections: { 'ozon-hotline': correction('8 800 555-35-35') },
    hiddenLaunchers: ['wildberries'],
    reminders: true,
    defaultAnswerDays: 4,
  };

  it('is moved into the keys once, losing nothing, and removed', async () => {
    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.legacySettings]: old });
    await migrateSettings();
    const after = await stored();
    expect(after[STORAGE_KEYS.legacySettings]).toBeUndefined();
    expect(after).toEqual(Object.fromEntries(Object.entries(old).map(([name, value]) => [SETTING_KEYS[name as keyof Settings], value])));
    expect(await getSettings()).toEqual(old);
    await migrateSettings();
    expect(await getSettings()).toEqual(old);
  });

  it('is read before it is moved, and moved by the first page that reads it', async () => {
    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.legacySettings]: old });
    expect(await getSettings()).toEqual(old);
    await vi.waitFor(async () => expect((await stored())[STORAGE_KEYS.legacySettings]).toBeUndefined());
    expect(await getSettings()).toEqual(old);
  });

  it('gives way to a key already written (it is newer), and a move stopped halfway is finished', async () => {
    // Stopped after writing some keys, before removing the object; meanwhile the language was changed.
    await fakeBrowser.storage.local.set({
      [STORAGE_KEYS.legacySettings]: old,
      [SETTING_KEYS.profile]: old.profile,
      [SETTING_KEYS.language]: 'ru',
    });
    expect((await getSettings()).language).toBe('ru');
    await migrateSettings();
    expect(await getSettings()).toEqual({ ...old, language: 'ru' });
    expect((await stored())[STORAGE_KEYS.legacySettings]).toBeUndefined();
  });

  it('keeps the defaults for what it did not hold (an older version had fewer settings)', async () => {
    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.legacySettings]: { language: 'en', profile: { name: 'Анна' } } });
    await migrateSettings();
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, language: 'en', profile: { name: 'Анна' } });
  });

  it('lands with a change made at the same moment', async () => {
    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.legacySettings]: old });
    await Promise.all([migrateSettings(), setLauncherHidden('ozon', true), setCorrection('wb-chat', correction('https://example.ru/'))]);
    const settings = await getSettings();
    expect([...settings.hiddenLaunchers].sort()).toEqual(['ozon', 'wildberries']);
    expect(Object.keys(settings.corrections).sort()).toEqual(['ozon-hotline', 'wb-chat']);
    expect(settings.profile).toEqual(old.profile);
  });
});

describe("the content script's reader", () => {
  it('reads the language and the hidden launchers alone, never the profile nor the old object', async () => {
    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.legacySettings]: { profile: { name: 'Анна' } } });
    await updateSettings({ language: 'en', profile: { name: 'Анна Смирнова', phone: '+7 900 000-00-00' } });
    await setLauncherHidden('ozon', true);
    vi.clearAllMocks();
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');

    expect(await getLauncherSettings()).toEqual({ language: 'en', hiddenLaunchers: ['ozon'] });

    const allowed = [SETTING_KEYS.language, SETTING_KEYS.hiddenLaunchers];
    const asked = [
      ...vi.mocked(door.readKey).mock.calls.map(([key]) => [key]),
      ...vi.mocked(door.readKeys).mock.calls.map(([keys]) => keys),
    ].flat();
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((key) => !allowed.includes(key as (typeof allowed)[number]))).toEqual([]);
    expect(door.listKeys).not.toHaveBeenCalled();
    expect(door.watchKey).not.toHaveBeenCalled();
    expect(door.watchKeys).not.toHaveBeenCalled();
    // Nor around the door: the browser was asked for those two keys alone.
    for (const [keys] of get.mock.calls) expect([keys].flat().sort()).toEqual([...allowed].sort());
  });

  it('is all the content script uses of the settings: no whole settings, no listening to storage', () => {
    const dir = join(repoRoot, 'entrypoints/marketplace.content');
    const code = readdirSync(dir)
      .filter((name) => name.endsWith('.ts'))
      .map((name) => readFileSync(join(dir, name), 'utf8'))
      .join('\n')
      // The code, not what its comments say.
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|[^:])\/\/.*$/gm, '$1');
    expect(code).toContain("sendMessage('launcherSettings')");
    // No storage at all: the background reads the two settings (getLauncherSettings) and answers.
    for (const name of ['getLauncherSettings', 'getSettings', 'watchSettings', 'updateSettings', 'onChanged', 'storage/local', 'storage.local', 'profile']) {
      expect(code, name).not.toContain(name);
    }
  });

  it('asks the background, which answers with the two settings read as above', async () => {
    const { serveLauncherSettings } = await import('../../entrypoints/background/storage');
    const { askLauncherSettings, LAUNCHER_DEFAULTS } = await import('../../entrypoints/marketplace.content/launcher-settings');
    // The runtime's messages, as the messaging library reaches them (`chrome.runtime`), delivered to the
    // background's listener with the content script as their sender.
    const sender = { id: fakeBrowser.runtime.id, url: 'https://www.ozon.ru/product/x-1/', tab: { id: 3 } };
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
    const answers: unknown[] = [];
    vi.stubGlobal('chrome', {
      runtime: {
        onMessage: fakeBrowser.runtime.onMessage,
        sendMessage: (message: unknown, answer: (response: unknown) => void) =>
          void trigger(message, sender, (response: unknown) => {
            answers.push(response);
            answer(response);
          }),
      },
    });
    serveLauncherSettings();
    await updateSettings({ language: 'en', profile: { name: 'Анна Смирнова' } });
    await setLauncherHidden('wildberries', true);
    expect(await askLauncherSettings()).toEqual({ language: 'en', hiddenLaunchers: ['wildberries'] });
    // What left the background, as sent: those two, and nothing of the profile.
    expect(answers).toEqual([{ res: { language: 'en', hiddenLaunchers: ['wildberries'] } }]);
    // What stands before the answer is what the settings default to.
    expect(LAUNCHER_DEFAULTS).toEqual({ language: DEFAULT_SETTINGS.language, hiddenLaunchers: DEFAULT_SETTINGS.hiddenLaunchers });
    vi.unstubAllGlobals();
  });

  it('takes no answer, or an odd one, as none: the defaults stand', async () => {
    const messages = await import('../../utils/messages');
    const { askLauncherSettings } = await import('../../entrypoints/marketplace.content/launcher-settings');
    const send = vi.spyOn(messages, 'sendMessage');
    send.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await askLauncherSettings()).toBeUndefined();
    for (const odd of [null, 'en', { language: 'de', hiddenLaunchers: [] }, { language: 'ru', hiddenLaunchers: 'ozon' }, { language: 'ru', hiddenLaunchers: [1] }]) {
      send.mockResolvedValueOnce(odd as never);
      expect(await askLauncherSettings(), JSON.stringify(odd)).toBeUndefined();
    }
    send.mockResolvedValueOnce({ language: 'ru', hiddenLaunchers: ['ozon'], profile: { name: 'x' } } as never);
    expect(await askLauncherSettings()).toEqual({ language: 'ru', hiddenLaunchers: ['ozon'] });
  });
});
