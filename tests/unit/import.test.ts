/**
 * The import's check, field by field; its plan, in time linear in the file; its progress; and its
 * outcome in the shopper's words.
 */
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importOutcomeText } from '../../entrypoints/options/import-text';
import { closeDb, deleteInquiry, everything } from '../../utils/db';
import { importPlan, importRecords } from '../../utils/inquiries/import';
import type { Inquiry, InquiryEvent } from '../../utils/inquiries/model';
import { checkImport, MAX_IMPORT_BYTES, type ImportProgress } from '../../utils/transfer/check';
import { importBackupFile } from '../../utils/transfer/backup';
import { EXPORT_FORMAT } from '../../utils/transfer/export-file';

const PRODUCT_URL = 'https://www.ozon.ru/product/termokruzhka-987654321/';

/** An inquiry with every field an inquiry can have filled in. */
function fullInquiry(id = 'i1'): Inquiry {
  return {
    id,
    marketplace: 'ozon',
    pageUrl: PRODUCT_URL,
    context: {
      marketplace: 'ozon',
      kind: 'product',
      url: PRODUCT_URL,
      article: '987654321',
      productId: '987654321',
      title: 'Термокружка',
      seller: 'Тёплый дом',
      sellerUrl: 'https://www.ozon.ru/seller/teplyy-dom-1/',
      price: 990,
      currency: 'RUB',
      orderId: '46206571-0591',
      orderDate: '2026-09-17',
      orderStatus: 'Доставлен',
      deliveredDate: '2026-09-20',
      items: [{ article: '987654321', title: 'Термокружка', shipmentId: '46206571-0591-1', orderId: '46206571-0591', status: 'Доставлен' }],
      orders: [{ orderId: '46206571-0591', orderDate: '2026-09-17', status: 'Доставлен' }],
      sources: { article: 'address' },
      missed: { seller: ['json-ld'] },
    },
    fields: { article: '987654321', title: 'Термокружка', seller: 'Тёплый дом', orderId: '46206571-0591', orderDate: '2026-09-17' },
    recipient: 'seller',
    topic: 'product-question',
    channel: 'ozon-seller-question',
    subject: 'Вопрос о товаре',
    message: 'Здравствуйте! Есть ли запасная крышка?',
    language: 'ru',
    status: 'sent',
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    firstSentAt: 1_700_000_000_000,
    firstSentChannel: 'ozon-seller-question',
    sendCount: 1,
    firstReplyAt: 1_700_000_100_000,
    sentAt: 1_700_000_000_000,
    dueAt: 1_700_300_000_000,
    dueApproximate: false,
    dueIsDefault: true,
    card: { capturedAt: 1_700_000_000_000, text: 'Держит тепло' },
  };
}

const event = (id: string, inquiryId: string, type: InquiryEvent['type'], at: number, detail?: string): InquiryEvent => ({
  id,
  inquiryId,
  type,
  at,
  ...(detail !== undefined && { detail }),
});

function file(change: Record<string, unknown> = {}) {
  return {
    format: EXPORT_FORMAT,
    version: 2,
    exportedAt: '2026-12-01T10:00:00.000Z',
    inquiries: [fullInquiry()],
    events: [event('e1', 'i1', 'created', 1_700_000_000_000), event('e2', 'i1', 'sent', 1_700_000_000_000, 'ozon-seller-question')],
    attachments: [{ id: 'a1', inquiryId: 'i1', name: 'фото.png', type: 'image/png', size: 3, addedAt: 1_700_000_000_000, data: 'AAEC' }],
    ...change,
  };
}

/** Every leaf of an object, as a dotted path (`context.items.0.title`). */
function leaves(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => leaves(inner, prefix ? `${prefix}.${key}` : key));
}

function withValue<T>(record: T, path: string, value: unknown): T {
  const copy = structuredClone(record) as Record<string, unknown>;
  const keys = path.split('.');
  let at = copy;
  for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[keys.at(-1)!] = value;
  return copy as T;
}

beforeEach(async () => {
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => closeDb());

describe('the import check, on every field', () => {
  it('takes a file with every field filled in', async () => {
    const result = await checkImport(JSON.stringify(file()));
    expect(result).toMatchObject({ ok: true, version: 2 });
    expect(result.ok && result.records.inquiries).toEqual([fullInquiry()]);
    expect(result.ok && [...new Uint8Array(await result.records.attachments[0].blob.arrayBuffer())]).toEqual([0, 1, 2]);
  });

  const inquiryFields = leaves(fullInquiry());
  it('covers the inquiry’s fields', () => expect(inquiryFields.length).toBeGreaterThan(50));
  for (const path of inquiryFields) {
    it(`refuses inquiries.${path} of the wrong kind, naming the record and the field`, async () => {
      const broken = withValue(fullInquiry(), path, { deep: [[[]]] });
      const result = await checkImport(JSON.stringify(file({ inquiries: [fullInquiry('i0'), broken] })));
      expect(result).toMatchObject({ ok: false, reason: 'damaged', problem: { list: 'inquiries', index: 1, field: path } });
    });
  }

  const eventFields = leaves(event('e1', 'i1', 'reply', 1, 'Ответ'));
  for (const path of eventFields) {
    it(`refuses events.${path} of the wrong kind`, async () => {
      const events = [withValue(event('e1', 'i1', 'reply', 1, 'Ответ'), path, 12.5)];
      if (path === 'at') events[0].at = -1;
      expect(await checkImport(JSON.stringify(file({ events })))).toMatchObject({ ok: false, problem: { list: 'events', index: 0, field: path } });
    });
  }

  for (const path of ['id', 'inquiryId', 'name', 'type', 'size', 'addedAt', 'data']) {
    it(`refuses attachments.${path} of the wrong kind`, async () => {
      const attachments = [withValue(file().attachments[0], path, path === 'size' ? -1 : path === 'addedAt' ? 'вчера' : 7)];
      expect(await checkImport(JSON.stringify(file({ attachments })))).toMatchObject({
        ok: false,
        problem: { list: 'attachments', index: 0, field: path },
      });
    });
  }

  const objects = ['', 'context', 'context.items.0', 'context.orders.0', 'fields', 'card'];
  for (const at of objects) {
    it(`refuses a field exports do not have, in inquiries.${at || '(record)'}`, async () => {
      const inquiry = structuredClone(fullInquiry()) as unknown as Record<string, unknown>;
      const target = at ? (at.split('.').reduce((o: any, k) => o[k], inquiry) as Record<string, unknown>) : inquiry;
      // A field the record cannot hold: as deep as a browser refuses to store.
      target.extra = 'DEEP';
      const text = JSON.stringify(file({ inquiries: [inquiry] })).replace('"DEEP"', `${'['.repeat(20_000)}${']'.repeat(20_000)}`);
      const result = await checkImport(text);
      expect(result).toMatchObject({ ok: false, problem: { field: at ? `${at}.extra` : 'extra', code: 'unknown-field' } });
    });
  }

  it('refuses a field the file’s header does not have, and an event or a file of no inquiry', async () => {
    expect(await checkImport(JSON.stringify({ ...file(), settings: {} }))).toMatchObject({
      ok: false,
      problem: { list: 'file', field: 'settings', code: 'unknown-field' },
    });
    expect(await checkImport(JSON.stringify(file({ events: [event('e1', 'nobody', 'note', 1)] })))).toMatchObject({
      ok: false,
      problem: { list: 'events', index: 0, field: 'inquiryId', code: 'orphan' },
    });
  });

  const addresses: [string, string, string, string][] = [
    ['a script as the page address', 'pageUrl', 'javascript:alert(1)', 'not-an-address'],
    ['a data: page address', 'pageUrl', 'data:text/html,<b>x</b>', 'not-an-address'],
    ['a page of another site', 'pageUrl', 'https://evil.example/ozon.ru/product/1/', 'foreign-page'],
    ['a page of another marketplace', 'pageUrl', 'https://www.wildberries.ru/catalog/1/detail.aspx', 'foreign-page'],
    ['a reading of another site', 'context.url', 'https://evil.example/', 'foreign-page'],
    ['a script as the seller’s page', 'context.sellerUrl', 'javascript:alert(1)', 'not-an-address'],
  ];
  for (const [what, path, value, code] of addresses) {
    it(`refuses ${what}`, async () => {
      const result = await checkImport(JSON.stringify(file({ inquiries: [withValue(fullInquiry(), path, value)] })));
      expect(result).toMatchObject({ ok: false, problem: { list: 'inquiries', index: 0, field: path, code } });
    });
  }

  it('refuses text over its length and a list given as text', async () => {
    expect(await checkImport(JSON.stringify(file({ inquiries: [withValue(fullInquiry(), 'fields.title', 'я'.repeat(2_000_000))] })))).toMatchObject({
      ok: false,
      problem: { field: 'fields.title', code: 'too-long' },
    });
    expect(await checkImport(JSON.stringify(file({ inquiries: [withValue(fullInquiry(), 'context.items', 'Термокружка')] })))).toMatchObject({
      ok: false,
      problem: { field: 'context.items', code: 'wrong-type' },
    });
  });

  it('refuses a file over the size limit before reading it', async () => {
    const huge = { size: MAX_IMPORT_BYTES + 1, text: () => Promise.reject(new Error('read')) } as unknown as Blob;
    expect(await importBackupFile(huge)).toEqual({ ok: false, reason: 'too-large' });
  });
});

describe('the import, written', () => {
  it('brings back an inquiry deleted here as the copy changed last has it, with the events of both', async () => {
    const { actOnInquiry } = await import('../../utils/inquiries/act');
    const sent = event('e2', 'i1', 'sent', 1_700_000_000_000, 'ozon-seller-question');
    const exported = { ...fullInquiry(), firstReplyAt: undefined, status: 'sent' as const };
    delete exported.firstReplyAt;
    await importRecords({ inquiries: [exported], events: [sent], attachments: [] });
    // This browser then got a reply (answered, no longer due), and the inquiry was deleted here.
    const answered = await actOnInquiry('i1', { type: 'reply', text: 'Крышка есть', receivedAt: 1_700_000_500_000 }, 1_700_000_500_000);
    expect(answered).toMatchObject({ ok: true, inquiry: { status: 'answered' } });
    await deleteInquiry('i1', 1_700_000_600_000);
    // The file, exported before the reply, brings it back: this browser's copy is the newer one.
    expect(await importRecords({ inquiries: [exported], events: [sent], attachments: [] })).toEqual({ inquiries: 1, events: 0, attachments: 0 });
    const [back] = (await everything()).inquiries;
    expect(back).toMatchObject({ id: 'i1', status: 'answered', firstReplyAt: 1_700_000_500_000, sendCount: 1 });
    expect(back.deletedAt).toBeUndefined();
    expect(back.dueAt).toBeUndefined();

    // Deleted again; a file changed later elsewhere (closed there) wins, and counts the reply kept here.
    await deleteInquiry('i1', 1_700_000_700_000);
    const closedElsewhere = { ...exported, status: 'closed' as const, updatedAt: 1_700_000_800_000 };
    const note = event('e9', 'i1', 'note', 1_700_000_800_000, 'Закрыто в другом браузере');
    expect(await importRecords({ inquiries: [closedElsewhere], events: [sent, note], attachments: [] })).toEqual({ inquiries: 1, events: 1, attachments: 0 });
    const [again] = (await everything()).inquiries;
    expect(again).toMatchObject({ status: 'closed', firstReplyAt: 1_700_000_500_000, updatedAt: 1_700_000_800_000 });
    expect((await everything()).events.map((e) => e.type).sort()).toEqual(['note', 'reply', 'sent']);
  });

  it('grafts nothing onto an inquiry this browser has: its events and files stay as they are', async () => {
    await importRecords({ inquiries: [fullInquiry()], events: [], attachments: [] });
    const records = await checkImport(JSON.stringify(file()));
    if (!records.ok) throw new Error(records.reason);
    expect(await importRecords(records.records)).toEqual({ inquiries: 0, events: 0, attachments: 0 });
    expect((await everything()).events).toEqual([]);
  });

  it('reports its progress while it checks and writes a long file', async () => {
    // Each of its own order and article, as a real history has them.
    const inquiries = Array.from({ length: 5_000 }, (_, n) => {
      const inquiry = fullInquiry(`i${n}`);
      return { ...inquiry, fields: { ...inquiry.fields, article: String(n), orderId: `${n}-0001` } };
    });
    const seen: ImportProgress[] = [];
    const { importBackup } = await import('../../utils/transfer/backup');
    const { onInquiriesWritten } = await import('../../utils/inquiries/writes');
    let told = 0;
    const stop = onInquiriesWritten(() => told++);
    const outcome = await importBackup(JSON.stringify(file({ inquiries, events: [], attachments: [] })), (p) => seen.push({ ...p })).finally(stop);
    expect(told).toBe(1);
    expect(outcome).toEqual({ ok: true, added: { inquiries: 5_000, events: 0, attachments: 0 } });
    const checking = seen.filter((p) => p.stage === 'checking');
    const writing = seen.filter((p) => p.stage === 'writing');
    expect(checking.map((p) => p.done)).toEqual([2_000, 4_000, 5_000]);
    expect(writing.at(-1)).toEqual({ stage: 'writing', done: 5_000, total: 5_000 });
    expect(writing.length).toBeGreaterThan(1);
  });
});

describe('the import plan, in time linear in the file', () => {
  /** A file of the old format (no figures kept): each inquiry with a created, a sent and a reply event. */
  function oldFormat(count: number) {
    const inquiries: Inquiry[] = [];
    const events: InquiryEvent[] = [];
    const { sendCount, firstReplyAt, firstSentChannel, ...template } = fullInquiry();
    void [sendCount, firstReplyAt, firstSentChannel];
    for (let n = 0; n < count; n++) {
      const old = { ...template, id: `i${n}` };
      inquiries.push(old);
      events.push(event(`c${n}`, old.id, 'created', n), event(`s${n}`, old.id, 'sent', n + 1, 'ozon-seller-question'));
    }
    // The replies come after all the sends, as in a file where events are not grouped by inquiry.
    for (let n = 0; n < count; n++) events.push(event(`r${n}`, `i${n}`, 'reply', n + 5, 'Ответ'));
    return { inquiries, events };
  }

  /** How many times the plan reads an event of the file: each read counted, and stopped past `limit`. */
  function reads(count: number, limit: number) {
    const { inquiries, events } = oldFormat(count);
    let n = 0;
    const counted = new Proxy(events, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key) && ++n > limit) throw new Error(`more than ${limit} reads of ${target.length} events`);
        return Reflect.get(target, key, receiver);
      },
    });
    const plan = importPlan(
      { inquiries, events: counted, attachments: [] },
      { inquiries: new Set(), deleted: new Map(), events: new Set(), attachments: new Set() },
    );
    return { plan, reads: n, events: events.length };
  }

  it('reads each event of 100 000 old-format inquiries a bounded number of times, and gives each its figures', () => {
    const small = reads(10_000, 30_000 * 2);
    const large = reads(100_000, 300_000 * 2);
    // Each event is read once to group it: ten times the file, ten times the reads.
    expect(small.reads).toBe(small.events);
    expect(large.reads).toBe(large.events);
    expect(large.plan.inquiries).toHaveLength(100_000);
    expect(large.plan.events).toHaveLength(300_000);
    expect(large.plan.inquiries[99_999].record).toMatchObject({ sendCount: 1, firstSentChannel: 'ozon-seller-question', firstReplyAt: 100_004 });
  }, 120_000);
});

describe('the outcome, in the shopper’s words', () => {
  it('names the record and the field of a damaged file, in Russian and in English', async () => {
    const outcome = await checkImport(JSON.stringify(file({ inquiries: [fullInquiry('i0'), withValue(fullInquiry(), 'pageUrl', 'javascript:alert(1)')] })));
    if (outcome.ok) throw new Error('taken');
    expect(importOutcomeText(outcome, 'ru')).toBe(
      'Файл повреждён: обращение № 2, поле «pageUrl» — это не веб-адрес (нужен http:// или https://). Ничего не изменено.',
    );
    expect(importOutcomeText(outcome, 'en')).toBe(
      'The file is damaged: inquiry no. 2, field “pageUrl” — not a web address (http:// or https:// is needed). Nothing was changed.',
    );
  });

  it('states the size limit', () => {
    expect(importOutcomeText({ ok: false, reason: 'too-large' }, 'ru')).toBe('Файл больше 256 МБ: такой загрузить нельзя. Ничего не изменено.');
  });
});

describe('restore, in the shopper’s words', () => {
  it('says an undo failed only when something was erased for good', async () => {
    const { restoredNotice } = await import('../../utils/db/restore-text');
    expect(restoredNotice({ restored: 2, 'already-back': 0, gone: 0 }, 'ru')).toEqual({ text: 'Возвращено обращений: 2.' });
    expect(restoredNotice({ restored: 0, 'already-back': 1, gone: 0 }, 'ru')).toEqual({ text: 'Обращение уже вернули: оно снова в списке.' });
    expect(restoredNotice({ restored: 0, 'already-back': 0, gone: 1 }, 'ru')).toEqual({ text: 'Не удалось вернуть: обращение уже стёрто навсегда.', error: true });
    expect(restoredNotice({ restored: 1, 'already-back': 1, gone: 1 }, 'ru')).toEqual({ text: 'Вернулось 2 из 3: остальные уже стёрты навсегда.', error: true });
  });
});
