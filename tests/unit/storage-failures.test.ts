/**
 * Storage that is full, a database blocked by another tab during an upgrade, a database that cannot be
 * opened: each is recognised, said in the shopper's words in Russian and English, and loses no draft.
 */
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createEnvironment, type DraftProblem } from '../../entrypoints/panel/environment';
import { saveErrorText } from '../../entrypoints/panel/save-errors';
import {
  closeDb,
  DatabaseBlockedError,
  DatabaseUnavailableError,
  db,
  DB_NAME,
  listInquiries,
  openHelpdeskDb,
  storageFailure,
  type StorageFailure,
} from '../../utils/db';
import { describeLoadFailure, describeSaveFailure } from '../../utils/db/failure-text';
import type { SaveInquiryRequest } from '../../utils/inquiries/model';
import { saveInquiry } from '../../utils/inquiries/save';
import type { PageContext } from '../../utils/marketplaces/types';
import { t } from '../../utils/platform/i18n';
import { draftKey, loadDraft, type Draft } from '../../utils/storage/drafts';

// The panel reaches the background by a runtime message: here, the background's save itself.
vi.mock('../../utils/messages', async () => {
  const { saveInquiry } = await import('../../utils/inquiries/save');
  return { sendMessage: vi.fn(async (type: string, data: unknown) => (type === 'saveInquiry' ? saveInquiry(data) : undefined)) };
});

const url = 'https://www.ozon.ru/product/termokruzhka-987654321/';
const context: PageContext = { marketplace: 'ozon', kind: 'product', url, article: '987654321', sources: { article: 'address' } } as PageContext;
const request: SaveInquiryRequest = {
  pageUrl: url,
  context,
  fields: { article: '987654321' },
  recipient: 'seller',
  topic: 'product-question',
  channel: 'ozon-seller-question',
  subject: 'Вопрос о товаре (артикул 987654321)',
  message: 'Здравствуйте! Есть ли запасная крышка?',
  language: 'ru',
  channelOpened: false,
};
const draft: Draft = {
  recipient: 'seller',
  topic: 'product-question',
  channel: 'ozon-seller-question',
  fields: {},
  message: 'Здравствуйте! Есть ли запасная крышка?',
  edited: true,
  updatedAt: Date.now(),
};

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const FAILURES: StorageFailure[] = ['storage-full', 'blocked', 'unavailable', 'storage'];

beforeEach(async () => {
  fakeBrowser.reset();
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await closeDb();
});

describe('the kind of a storage failure', () => {
  it('is told from what the browser threw', () => {
    expect(storageFailure(quota())).toBe('storage-full');
    expect(storageFailure(new Error('IO error: No space left on device'))).toBe('storage-full');
    expect(storageFailure(new DatabaseUnavailableError(quota()))).toBe('storage-full');
    expect(storageFailure(new DatabaseBlockedError())).toBe('blocked');
    expect(storageFailure(new DatabaseUnavailableError(new DOMException('The requested version (3) is less than the existing version (99).', 'VersionError')))).toBe('unavailable');
    expect(storageFailure(new DOMException('Internal error.', 'UnknownError'))).toBe('storage');
    expect(storageFailure('something')).toBe('storage');
    // Errors that crossed a message have lost their class, not their name.
    expect(storageFailure({ name: 'DatabaseBlockedError', message: '' })).toBe('blocked');
  });

  it('is "blocked" when another page holds an older version open, and the open goes on to serve the next call', async () => {
    // An old page of the extension, at version 1, that does not step aside.
    const old = await openHelpdeskDb(1);
    await expect(db()).rejects.toBeInstanceOf(DatabaseBlockedError);
    expect(await saveInquiry(request)).toMatchObject({ ok: false, error: 'blocked' });
    // That page is closed: the upgrade goes ahead, and saving works again.
    old.close();
    await vi.waitFor(async () => expect(await saveInquiry(request)).toMatchObject({ ok: true }));
    expect(await listInquiries()).toHaveLength(1);
  });

  it('is "unavailable" when the database cannot be opened at all', async () => {
    // Left by a newer version of the extension: this one cannot open it.
    await new Promise<void>((resolve, reject) => {
      const opening = indexedDB.open(DB_NAME, 99);
      opening.onsuccess = () => {
        opening.result.close();
        resolve();
      };
      opening.onerror = () => reject(opening.error);
    });
    await expect(db()).rejects.toBeInstanceOf(DatabaseUnavailableError);
    expect(await saveInquiry(request)).toMatchObject({ ok: false, error: 'unavailable' });
    await expect(listInquiries()).rejects.toSatisfy((error) => storageFailure(error) === 'unavailable');
  });

  it('is "storage-full" when the disk is full', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw quota();
    });
    expect(await saveInquiry(request)).toMatchObject({ ok: false, error: 'storage-full' });
  });
});

describe('the words for it', () => {
  it('say, in Russian and English, what happened and what to do, each its own, with no browser message', () => {
    for (const language of ['ru', 'en'] as const) {
      const saves = FAILURES.map((failure) => saveErrorText({ ok: false, error: failure, detail: 'QuotaExceededError: raw' }, language));
      const loads = FAILURES.map((failure) => describeLoadFailure(failure, language));
      expect(new Set(saves).size).toBe(FAILURES.length);
      expect(new Set(loads).size).toBe(FAILURES.length);
      for (const text of [...saves, ...loads]) {
        expect(text).not.toMatch(/raw|Error|\$\d/);
        expect(text).toMatch(language === 'ru' ? /[а-я]/ : /^[^а-яё]*$/i);
      }
      // A save says the text was not lost.
      for (const text of saves) expect(text).toMatch(language === 'ru' ? /текст остался/i : /text is still/i);
    }
    expect(describeSaveFailure('blocked', 'ru')).toMatch(/вкладк/);
    expect(describeSaveFailure('blocked', 'en')).toMatch(/tab/);
    expect(describeSaveFailure('storage-full', 'ru')).toMatch(/места на диске/);
    expect(describeSaveFailure('unavailable', 'en')).toMatch(/restart the browser/);
  });

  it('for a list, come from the error as thrown', () => {
    expect(describeLoadFailure(new DatabaseBlockedError(), 'ru')).toBe(t('loadDbBlocked', 'ru'));
    expect(describeLoadFailure(new DatabaseUnavailableError(new Error('x')), 'en')).toBe(t('loadDbUnavailable', 'en'));
    expect(describeLoadFailure(quota(), 'ru')).toBe(t('loadStorageFull', 'ru'));
    expect(describeLoadFailure(new TypeError('x is undefined'), 'en')).toBe(t('loadStorage', 'en'));
    expect(t('popupError', 'ru', describeLoadFailure(quota(), 'ru'))).toBe(`Не удалось прочитать историю: ${t('loadStorageFull', 'ru')}`);
  });
});

describe('what was typed', () => {
  const page = { targets: () => [], hiddenTargets: () => [], reveal: async () => 'absent' as const, cardText: async () => undefined, insert: async () => 'no-field' as const, selection: async () => undefined };
  /** A browser that vouches for the panel's visibility: nothing is asked. */
  const seen = { mayUse: async () => true, asks: () => false };

  it('a save the blocked database refuses comes back to the panel as blocked, with the draft kept before it', async () => {
    // The background, as the panel reaches it, finds the database blocked by another tab. (That the
    // panel then keeps the draft and the text, and says why, is the end-to-end test of a database that
    // cannot be opened, tests/e2e/storage-failures.spec.ts: the choice is the contact flow's.)
    const old = await openHelpdeskDb(1);
    const env = createEnvironment(context, page, seen);
    env.saveDraft(draft);
    env.flushDraft();
    await vi.waitFor(async () => expect(await loadDraft(draftKey(context))).toEqual(draft));
    const result = await env.save(request);
    expect(result).toMatchObject({ ok: false, error: 'blocked' });
    if (result === 'no-background' || result === 'declined' || result.ok) throw new Error('saved');
    expect(saveErrorText(result, 'ru')).toBe(describeSaveFailure('blocked', 'ru'));
    expect(saveErrorText(result, 'ru')).not.toBe(describeSaveFailure('storage', 'ru'));
    // The other tab lets go: the open that waited serves the next call.
    old.close();
    await vi.waitFor(async () => expect(await listInquiries()).toEqual([]));
  });

  it('a save whose answer is lost is asked once more with the same id, and written once', async () => {
    const { sendMessage } = await import('../../utils/messages');
    const { saveInquiry: save } = await import('../../utils/inquiries/save');
    // The service worker writes the inquiry and stops before it answers.
    vi.mocked(sendMessage).mockImplementationOnce(async (_type: string, data: unknown) => {
      await save(data);
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    const env = createEnvironment(context, page, seen);
    const requestId = '0b8e6f3a-2c4d-4e1f-9a7b-5c6d7e8f9a0b';
    const result = await env.save({ ...request, requestId });
    expect(result).toMatchObject({ ok: true, id: requestId });
    expect(vi.mocked(sendMessage).mock.calls.slice(-2).map(([, data]) => (data as SaveInquiryRequest).requestId)).toEqual([requestId, requestId]);
    expect((await listInquiries()).map((inquiry) => inquiry.id)).toEqual([requestId]);
  });

  it('a save that gets no answer twice says the extension is gone (the flow then copies the text)', async () => {
    const { sendMessage } = await import('../../utils/messages');
    vi.mocked(sendMessage).mockRejectedValueOnce(new Error('gone')).mockRejectedValueOnce(new Error('gone'));
    const env = createEnvironment(context, page, seen);
    expect(await env.save({ ...request, requestId: '1c9f7a4b-3d5e-4f2a-8b8c-6d7e8f9a0b1c' })).toBe('no-background');
    expect(await listInquiries()).toEqual([]);
  });

  it('when the disk is full for the draft itself, the panel is told (and the text stays in the form)', async () => {
    const problems: (DraftProblem | undefined)[] = [];
    const env = createEnvironment(context, page, seen);
    env.onDraftWritten((problem) => problems.push(problem));
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(quota());
    env.saveDraft(draft);
    env.flushDraft();
    await vi.waitFor(() => expect(problems).toEqual(['full']));
    set.mockRejectedValueOnce(new Error('Something went wrong'));
    env.saveDraft({ ...draft, message: 'ещё' });
    env.flushDraft();
    await vi.waitFor(() => expect(problems).toEqual(['full', 'failed']));
    // Space again: the next draft is kept, and the word goes.
    env.saveDraft({ ...draft, message: 'снова' });
    env.flushDraft();
    await vi.waitFor(() => expect(problems).toEqual(['full', 'failed', undefined]));
    expect((await loadDraft(draftKey(context)))?.message).toBe('снова');
  });
});
