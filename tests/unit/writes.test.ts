/** Every write of an inquiry from an extension page tells the background, so the badge never goes stale. */
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addInquiry, closeDb, getInquiry } from '../../utils/db';
import type { Inquiry } from '../../utils/inquiries/model';
import { anInquiry } from '../support/builders';
import { sendMessage } from '../../utils/messages';
import { act, addRecords, attach, onInquiriesWritten, remove, removeAll, restore, restoreMany } from '../../utils/inquiries/writes';

// What an extension page sends the background: the message itself is @webext-core/messaging's to carry.
vi.mock('../../utils/messages', () => ({ sendMessage: vi.fn(async () => 0) }));

const inquiry = (id: string): Inquiry => anInquiry({ id, sendCount: 0 });

beforeEach(async () => {
  fakeBrowser.reset();
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
  await addInquiry(inquiry('a'), []);
});
afterEach(async () => {
  await closeDb();
});

describe('writes of inquiries', () => {
  it('each tell the background once they have landed', async () => {
    const told: string[] = [];
    const stop = onInquiriesWritten(async () => {
      told.push((await getInquiry('a'))?.status ?? 'deleted');
    });
    try {
      await act('a', { type: 'mark-sent', channel: 'ozon-support-chat' }, 2000);
      await attach('a', Object.assign(new Blob(['x'], { type: 'image/png' }), { name: 'photo.png' }), 3000);
      await remove('a', 4000);
      await restore('a');
      const ids = await removeAll(5000);
      await restoreMany(ids);
      await addRecords({ inquiries: [inquiry('b')], events: [], attachments: [] });
      // Each listener call saw the write already made (the status after it, or the inquiry gone).
      expect(told).toEqual(['sent', 'sent', 'deleted', 'sent', 'deleted', 'sent', 'sent']);
    } finally {
      stop();
    }
  });

  it('ask the background by message from an extension page', async () => {
    vi.mocked(sendMessage).mockClear();
    await act('a', { type: 'note', text: 'Позвонил курьер.' }, 2000);
    await remove('a', 3000);
    expect(vi.mocked(sendMessage).mock.calls).toEqual([['remindersChanged'], ['remindersChanged']]);
  });
});
