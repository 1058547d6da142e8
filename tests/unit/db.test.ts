import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addInquiry,
  closeDb,
  countInquiriesAbout,
  DB_NAME,
  DB_VERSION,
  deleteInquiry,
  eventsOf,
  getInquiry,
  inquiriesAbout,
  latestInquiryAbout,
  listInquiries,
  openHelpdeskDb,
  purgeDeleted,
  undeleteInquiry,
  DELETED_KEPT_MS,
  UPGRADES,
} from '../../utils/db';
import type { Inquiry } from '../../utils/inquiries/model';
import { aProductInquiry } from '../support/builders';

const inquiry = (id: string, createdAt: number, fields: Inquiry['fields'] = {}): Inquiry =>
  aProductInquiry({ id, createdAt, fields, message: 'Здравствуйте!' });

beforeEach(async () => {
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => closeDb());

describe('the database module', () => {
  it('runs a new upgrade step on a database of the version before, and keeps its data', async () => {
    // A stand-in for the next schema change, run on a database of the current version with data in it.
    const next = DB_VERSION + 1;
    let ran = false;
    try {
      const old = await openHelpdeskDb(DB_VERSION);
      await old.add('inquiries', inquiry('kept', 1000, { article: '987654321' }));
      old.close();
      UPGRADES[next] = () => {
        ran = true;
      };
      const upgraded = await openHelpdeskDb(next);
      expect(ran).toBe(true);
      expect(upgraded.version).toBe(next);
      expect((await upgraded.get('inquiries', 'kept'))?.fields.article).toBe('987654321');
      upgraded.close();
    } finally {
      delete UPGRADES[next];
    }
  });

  it('writes an inquiry with its events, reads it back and lists newest first', async () => {
    await addInquiry(inquiry('a', 1000, { article: '987654321' }), [
      { id: 'e1', inquiryId: 'a', type: 'created', at: 1000 },
      { id: 'e2', inquiryId: 'a', type: 'sent', at: 1001, detail: 'ozon-seller-question' },
    ]);
    await addInquiry(inquiry('b', 3000, { orderId: '46206571-0591' }), []);
    await addInquiry(inquiry('c', 2000, { article: '987654321' }), []);
    expect((await getInquiry('a'))?.fields.article).toBe('987654321');
    expect((await listInquiries()).map((i) => i.id)).toEqual(['b', 'c', 'a']);
    expect((await eventsOf('a')).map((e) => e.type)).toEqual(['created', 'sent']);
    expect(await countInquiriesAbout({ article: '987654321' })).toBe(2);
    expect(await countInquiriesAbout({ orderId: '46206571-0591', article: '987654321' })).toBe(3);
    expect(await countInquiriesAbout({ orderId: '00000000-0000' })).toBe(0);
  });

  it('finds the inquiries about an order or a product on one marketplace, each once, newest first', async () => {
    await addInquiry(inquiry('product-old', 1000, { article: '987654321' }), []);
    await addInquiry(inquiry('order', 2000, { orderId: '46206571-0591' }), []);
    // An item of the order: about the order and the product both, found once.
    await addInquiry(inquiry('item', 3000, { orderId: '46206571-0591', article: '987654321' }), []);
    await addInquiry({ ...inquiry('other-market', 4000, { article: '987654321' }), marketplace: 'wildberries' }, []);
    await addInquiry(inquiry('deleted', 5000, { article: '987654321' }), []);
    await deleteInquiry('deleted', 6000);
    const ids = async (keys: Parameters<typeof inquiriesAbout>[0]) => (await inquiriesAbout(keys)).map((i) => i.id);
    expect(await ids({ marketplace: 'ozon', article: '987654321' })).toEqual(['item', 'product-old']);
    expect(await ids({ marketplace: 'ozon', orderId: '46206571-0591' })).toEqual(['item', 'order']);
    expect(await ids({ marketplace: 'ozon', orderId: '46206571-0591', article: '987654321' })).toEqual(['item', 'order', 'product-old']);
    expect(await ids({ marketplace: 'wildberries', article: '987654321' })).toEqual(['other-market']);
    expect(await ids({ marketplace: 'ozon' })).toEqual([]);
    expect((await latestInquiryAbout({ marketplace: 'ozon', orderId: '46206571-0591' }))?.id).toBe('item');
  });

  it('writes all of an inquiry or nothing', async () => {
    await addInquiry(inquiry('a', 1000), [{ id: 'e1', inquiryId: 'a', type: 'created', at: 1000 }]);
    // The same event id again: the event fails, so the second inquiry must not stay either.
    await expect(addInquiry(inquiry('b', 2000), [{ id: 'e1', inquiryId: 'b', type: 'created', at: 2000 }])).rejects.toThrow();
    expect((await listInquiries()).map((i) => i.id)).toEqual(['a']);
  });

  it('deletes into the recently deleted list, undoes, and purges after the time it is kept', async () => {
    await addInquiry(inquiry('a', 1000, { article: '1' }), [{ id: 'e1', inquiryId: 'a', type: 'created', at: 1000 }]);
    await deleteInquiry('a', 5000);
    expect(await listInquiries()).toEqual([]);
    expect(await countInquiriesAbout({ article: '1' })).toBe(0);
    expect(await undeleteInquiry('a')).toBe('restored');
    expect(await undeleteInquiry('a')).toBe('already-back');
    expect((await listInquiries()).map((i) => i.id)).toEqual(['a']);

    await deleteInquiry('a', 5000);
    expect(await purgeDeleted(5000 + DELETED_KEPT_MS - 1)).toBe(0);
    expect(await purgeDeleted(5000 + DELETED_KEPT_MS)).toBe(1);
    expect(await undeleteInquiry('a')).toBe('gone');
    expect(await eventsOf('a')).toEqual([]);
  });

  it('keeps a recently deleted list, the last deleted first, counted from its index', async () => {
    const { countDeleted, eraseDeleted, recentlyDeleted, undeleteMany, addAttachment, allAttachments } = await import('../../utils/db');
    for (const [id, at] of [['a', 1000], ['b', 2000], ['c', 3000]] as const) {
      await addInquiry(inquiry(id, at), [{ id: `e-${id}`, inquiryId: id, type: 'created', at }]);
    }
    await addAttachment('b', Object.assign(new Blob(['x'], { type: 'image/png' }), { name: 'x.png' }), 2500);
    await deleteInquiry('a', 10_000);
    await deleteInquiry('b', 20_000);
    expect(await deleteInquiry('b', 30_000)).toBe(false);
    expect((await recentlyDeleted(30_000)).map((i) => [i.id, i.deletedAt])).toEqual([
      ['b', 20_000],
      ['a', 10_000],
    ]);
    expect(await countDeleted()).toBe(2);
    // Erasing for good takes only what is in the list: 'c' is not deleted and stays.
    expect(await eraseDeleted(['b', 'c'])).toBe(1);
    expect(await eventsOf('b')).toEqual([]);
    expect(await allAttachments()).toEqual([]);
    expect((await listInquiries()).map((i) => i.id)).toEqual(['c']);
    // An undo of what was erased meanwhile says so: one of two came back; one of another list was back already.
    expect(await undeleteMany(['a', 'b'])).toEqual({ restored: 1, 'already-back': 0, gone: 1 });
    expect(await undeleteMany(['a', 'c'])).toEqual({ restored: 0, 'already-back': 2, gone: 0 });
    expect(await countDeleted()).toBe(0);
  });

  it('keeps a deleted inquiry through a restart of the database, until its time is up', async () => {
    const { recentlyDeleted } = await import('../../utils/db');
    await addInquiry(inquiry('a', 1000), []);
    await deleteInquiry('a', 5000);
    await closeDb();
    expect(await purgeDeleted(5000 + DELETED_KEPT_MS - 1)).toBe(0);
    expect((await recentlyDeleted(5000 + DELETED_KEPT_MS - 1)).map((i) => i.id)).toEqual(['a']);
    // Past its time it is no longer listed, even before the purge has run.
    expect(await recentlyDeleted(5000 + DELETED_KEPT_MS)).toEqual([]);
    expect(DELETED_KEPT_MS).toBe(30 * 24 * 60 * 60 * 1000);
  });

  it('upgrades a version 1 database: sent inquiries get the due time of their channel', async () => {
    const old = await openHelpdeskDb(1);
    const sentFriday = Date.parse('2026-11-20T15:00:00+03:00');
    await old.add('inquiries', { ...inquiry('chat', sentFriday), status: 'sent', channel: 'ozon-support-chat' });
    await old.add('inquiries', { ...inquiry('mail', sentFriday), status: 'sent', channel: 'ozon-email' });
    await old.add('inquiries', inquiry('draft', sentFriday));
    old.close();
    const chat = await getInquiry('chat');
    // One working day for the chat: Monday 23 November, end of day in Moscow.
    expect(new Date(chat!.dueAt!).toISOString()).toBe('2026-11-23T20:59:59.999Z');
    expect(chat).toMatchObject({ sentAt: sentFriday, dueIsDefault: false });
    // The extension's default, three working days, where the channel gives none: Wednesday 25.
    const mail = await getInquiry('mail');
    expect(new Date(mail!.dueAt!).toISOString()).toBe('2026-11-25T20:59:59.999Z');
    expect(mail?.dueIsDefault).toBe(true);
    expect((await getInquiry('draft'))?.dueAt).toBeUndefined();
  });

  it('upgrades a version 1 database across the year end into a year without a calendar: weekends only, and says so', async () => {
    const old = await openHelpdeskDb(1);
    const sent = Date.parse('2026-12-30T12:00:00+03:00');
    await old.add('inquiries', { ...inquiry('late', sent), status: 'sent', channel: 'ozon-email' });
    old.close();
    // Three working days: 31 December 2026 is a day off; 2027's calendar is not bundled, so 1, 4 and 5
    // January count.
    const late = await getInquiry('late');
    expect(new Date(late!.dueAt!).toISOString()).toBe('2027-01-05T20:59:59.999Z');
    expect(late?.dueApproximate).toBe(true);
  });

  it('upgrades a version 2 database: the summary\'s figures are taken from each inquiry\'s events', async () => {
    const old = await openHelpdeskDb(2);
    const sent = Date.parse('2026-11-20T15:00:00+03:00');
    await old.add('inquiries', { ...inquiry('asked', sent), status: 'answered', channel: 'ozon-email' });
    await old.add('events', { id: 'e1', inquiryId: 'asked', type: 'sent', at: sent, detail: 'ozon-support-chat' });
    await old.add('events', { id: 'e2', inquiryId: 'asked', type: 'sent', at: sent + 5000, detail: 'ozon-email' });
    await old.add('events', { id: 'e3', inquiryId: 'asked', type: 'reply', at: sent + 7200_000, detail: 'Ответ' });
    old.close();
    expect(await getInquiry('asked')).toMatchObject({
      firstSentAt: sent,
      firstSentChannel: 'ozon-support-chat',
      sendCount: 2,
      firstReplyAt: sent + 7200_000,
    });
  });

  it('upgrades a version 4 database: a card keeps its text and date, not a second copy of the reading', async () => {
    const old = await openHelpdeskDb(4);
    const card = { capturedAt: 2000, title: 'Термокружка', price: 990, currency: 'RUB', seller: 'Тёплый дом', text: 'Держит тепло' };
    await old.add('inquiries', { ...inquiry('with-card', 1000), card } as Inquiry);
    await old.add('inquiries', { ...inquiry('bare-card', 1000), card: { capturedAt: 3000, title: 'Кружка' } } as Inquiry);
    await old.add('inquiries', inquiry('no-card', 1000));
    old.close();
    expect((await getInquiry('with-card'))?.card).toEqual({ capturedAt: 2000, text: 'Держит тепло' });
    expect((await getInquiry('bare-card'))?.card).toEqual({ capturedAt: 3000 });
    expect(await getInquiry('no-card')).not.toHaveProperty('card');
  });

  it('upgrades a database of every earlier version to the current one with its data intact', async () => {
    for (let version = 1; version <= DB_VERSION; version++) {
      await closeDb();
      globalThis.indexedDB = new IDBFactory();
      const old = await openHelpdeskDb(version);
      await old.add('inquiries', inquiry(`made-in-v${version}`, 1000, { article: '987654321' }));
      await old.add('events', { id: 'e1', inquiryId: `made-in-v${version}`, type: 'created', at: 1000 });
      old.close();

      const current = await openDB(DB_NAME);
      expect(current.version).toBe(version);
      current.close();
      expect((await listInquiries()).map((i) => i.id)).toEqual([`made-in-v${version}`]);
      expect(await countInquiriesAbout({ article: '987654321' })).toBe(1);
      expect((await eventsOf(`made-in-v${version}`)).length).toBe(1);
      const upgraded = await openDB(DB_NAME);
      expect(upgraded.version).toBe(DB_VERSION);
      expect([...upgraded.objectStoreNames].sort()).toEqual(['attachments', 'events', 'inquiries']);
      upgraded.close();
    }
  });
});
