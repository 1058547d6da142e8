import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDb, deleteAll, everything, listInquiries, undeleteMany } from '../../utils/db';
import { actOnInquiry } from '../../utils/inquiries/act';
import { importRecords } from '../../utils/inquiries/import';
import type { SaveInquiryRequest } from '../../utils/inquiries/model';
import { findInquiries, prepareSearch } from '../../utils/inquiries/search';
import { reminderState } from '../../utils/inquiries/lifecycle';
import { saveInquiry } from '../../utils/inquiries/save';
import { followUpMessage } from '../../utils/templates';
import { checkImport } from '../../utils/transfer/check';
import { csvCell, moscowDateTime, toCsv } from '../../utils/transfer/csv';
import { toExportFile } from '../../utils/transfer/export-file';
import { importFailureText, importProgressText } from '../../entrypoints/options/import-text';
import { DatabaseBlockedError } from '../../utils/db/errors';
import { describeLoadFailure } from '../../utils/db/failure-text';
import { t } from '../../utils/platform/i18n';

/** The records of a file that passes the check. */
async function checked(content: string) {
  const result = await checkImport(content);
  if (!result.ok) throw new Error(`${result.reason} ${JSON.stringify(result.problem)}`);
  return result.records;
}

const url = 'https://www.ozon.ru/my/orderdetails/?order=46206571-0591';
const request = (change: Partial<SaveInquiryRequest> = {}): SaveInquiryRequest => ({
  pageUrl: url,
  context: { marketplace: 'ozon', kind: 'order', url, orderId: '46206571-0591', sources: { orderId: 'address' } },
  fields: { orderId: '46206571-0591', orderDate: '2026-09-17', title: 'Чайник' },
  recipient: 'support',
  topic: 'delivery-late',
  channel: 'ozon-support-chat',
  subject: 'Срок доставки прошёл: заказ № 46206571-0591',
  message: 'Здравствуйте! Заказ не пришёл.',
  language: 'ru',
  channelOpened: true,
  ...change,
});
const monday = Date.parse('2026-11-23T10:00:00+03:00');

beforeEach(async () => {
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => closeDb());

async function fill() {
  const a = await saveInquiry(request(), monday);
  const b = await saveInquiry(request({ fields: { article: '987654321', title: 'Термокружка' }, channelOpened: false }), monday + 1000);
  if (!a.ok || !b.ok) throw new Error('not saved');
  await actOnInquiry(a.id, { type: 'reply', text: 'Заказ в пути', receivedAt: monday + 3600_000 }, monday + 7200_000);
  await actOnInquiry(a.id, { type: 'note', text: 'Проверить в среду' }, monday + 7300_000);
  return [a.id, b.id];
}

describe('export and import', () => {
  it('round-trips: export, delete everything, import → the same records', async () => {
    await fill();
    const before = await everything();
    const file = JSON.stringify(await toExportFile(before, monday));
    await deleteAll(monday);
    expect(await listInquiries()).toEqual([]);
    await closeDb();
    globalThis.indexedDB = new IDBFactory();
    expect(await importRecords(await checked(file))).toEqual({ inquiries: 2, events: before.events.length, attachments: 0 });
    const after = await everything();
    const byId = <T extends { id: string }>(list: T[]) => [...list].sort((x, y) => x.id.localeCompare(y.id));
    expect(byId(after.inquiries)).toEqual(byId(before.inquiries));
    expect(byId(after.events)).toEqual(byId(before.events));
  });

  it('carries the product card kept with an inquiry, and refuses a damaged one', async () => {
    const card = { text: 'Описание\nДержит тепло 8 часов' };
    const saved = await saveInquiry(request({ card }), monday);
    if (!saved.ok) throw new Error('not saved');
    const exported = await toExportFile(await everything(), monday);
    expect((await checked(JSON.stringify(exported))).inquiries[0].card).toEqual({ capturedAt: monday, ...card });
    const damaged = structuredClone(exported);
    (damaged.inquiries[0].card as { text: unknown }).text = 'x'.repeat(20_001);
    expect(await checkImport(JSON.stringify(damaged))).toMatchObject({
      ok: false,
      reason: 'damaged',
      problem: { list: 'inquiries', index: 0, field: 'card.text', code: 'too-long' },
    });
    (damaged.inquiries[0].card as { text: unknown }).text = { html: '<b>x</b>' };
    expect(await checkImport(JSON.stringify(damaged))).toMatchObject({ ok: false, reason: 'damaged', problem: { field: 'card.text', code: 'wrong-type' } });
  });

  it('takes a card of a version 2 file without its second copy of the reading; refuses one in a version 3 file', async () => {
    const saved = await saveInquiry(request({ card: { text: 'Держит тепло' } }), monday);
    if (!saved.ok) throw new Error('not saved');
    const exported = await toExportFile(await everything(), monday);
    expect(exported.version).toBe(3);
    const copy = { title: 'Термокружка', price: 990, currency: 'RUB', seller: 'Тёплый дом' };
    const old = structuredClone(exported);
    Object.assign(old.inquiries[0].card!, copy);
    expect((await checked(JSON.stringify({ ...old, version: 2 }))).inquiries[0].card).toEqual({ capturedAt: monday, text: 'Держит тепло' });
    expect(await checkImport(JSON.stringify(old))).toMatchObject({
      ok: false,
      reason: 'damaged',
      problem: { list: 'inquiries', index: 0, field: 'card.title', code: 'unknown-field' },
    });
  });

  it('brings back, from the file, an inquiry deleted here', async () => {
    await fill();
    const records = await checked(JSON.stringify(await toExportFile(await everything(), monday)));
    await deleteAll(monday);
    expect(await importRecords(records)).toEqual({ inquiries: 2, events: 0, attachments: 0 });
    expect((await listInquiries()).length).toBe(2);
  });

  it('gives inquiries from a file without summary figures their figures from the file\'s events', async () => {
    const [id] = await fill();
    const file = await toExportFile(await everything(), monday);
    for (const inquiry of file.inquiries) {
      delete inquiry.sendCount;
      delete inquiry.firstReplyAt;
      delete inquiry.firstSentChannel;
    }
    await closeDb();
    globalThis.indexedDB = new IDBFactory();
    await importRecords(await checked(JSON.stringify({ ...file, version: 1, attachments: undefined })));
    const back = (await listInquiries()).find((i) => i.id === id);
    expect(back).toMatchObject({ sendCount: 1, firstSentChannel: 'ozon-support-chat', firstReplyAt: monday + 3600_000 });
  });

  it('matches records by id: importing twice duplicates nothing', async () => {
    await fill();
    expect(await importRecords(await checked(JSON.stringify(await toExportFile(await everything(), monday))))).toEqual({ inquiries: 0, events: 0, attachments: 0 });
    expect((await listInquiries()).length).toBe(2);
  });

  const refused: [string, string, string][] = [
    ['not JSON', 'hello', 'not-json'],
    ['someone else’s JSON', JSON.stringify({ orders: [] }), 'not-ours'],
    ['a newer format', JSON.stringify({ format: 'market-helpdesk-export', version: 99 }), 'newer'],
    ['an attachment that is not a file we keep', JSON.stringify({ format: 'market-helpdesk-export', version: 2, exportedAt: 'x', inquiries: [], events: [], attachments: [{ id: 'a', inquiryId: 'i', name: 'x.exe', type: 'application/x-msdownload', size: 1, addedAt: 1, data: 'AA==' }] }), 'damaged'],
    ['a damaged inquiry', JSON.stringify({ format: 'market-helpdesk-export', version: 1, exportedAt: 'x', inquiries: [{ id: 1 }], events: [] }), 'damaged'],
    ['an event of no inquiry', JSON.stringify({ format: 'market-helpdesk-export', version: 1, exportedAt: 'x', inquiries: [], events: [{ id: 'e', inquiryId: 'nobody', type: 'note', at: 1 }] }), 'damaged'],
  ];
  for (const [what, content, reason] of refused) {
    it(`refuses ${what}, changing nothing`, async () => {
      const { importBackup } = await import('../../utils/transfer/backup');
      await fill();
      const before = await everything();
      expect(await importBackup(content)).toMatchObject({ ok: false, reason });
      expect(await everything()).toEqual(before);
    });
  }

  it('refuses a file that has one id twice, naming the record, and changes nothing', async () => {
    const { exportBackup, importBackup } = await import('../../utils/transfer/backup');
    await fill();
    const twice = JSON.parse(await exportBackup(monday));
    twice.events.push({ ...twice.events[1] });
    const before = await everything();
    expect(await importBackup(JSON.stringify(twice))).toEqual({
      ok: false,
      reason: 'damaged',
      problem: { list: 'events', index: twice.events.length - 1, id: twice.events[1].id, field: 'id', code: 'duplicate' },
    });
    expect(await everything()).toEqual(before);
  });

  it('writes nothing of a file when one write fails: the throw aborts the whole transaction', async () => {
    await fill();
    const before = await everything();
    const records = await checked(JSON.stringify(await toExportFile(before, monday)));
    const fresh = records.inquiries.map((i) => ({ ...i, id: `${i.id}-new` }));
    // The second record cannot be stored (a browser cannot clone a function): the first must not stay.
    const broken = { ...fresh[1], subject: (() => 'x') as unknown as string };
    const thrown = await importRecords({ inquiries: [fresh[0], broken], events: [], attachments: [] }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(thrown).toBeInstanceOf(Error);
    expect(await everything()).toEqual(before);
    // The options page says it in the shopper's words, and never the browser's own message.
    for (const language of ['ru', 'en'] as const) {
      const text = importFailureText(thrown, language);
      expect(text).toBe(t('importFailed', language));
      expect(text).not.toContain((thrown as Error).message);
    }
  });

  it('says a full disk and a blocked database as such, and counts the progress as a person reads it', () => {
    expect(importFailureText(new DOMException('Quota exceeded', 'QuotaExceededError'), 'ru')).toBe(
      'Не хватило места на диске: ничего не изменено. Освободите место и загрузите файл снова.',
    );
    expect(importFailureText(new DatabaseBlockedError(), 'en')).toBe(t('importFailedBecause', 'en', describeLoadFailure('blocked', 'en')));
    expect(importFailureText(new DatabaseBlockedError(), 'ru')).not.toBe(t('importFailed', 'ru'));
    expect(importProgressText({ stage: 'writing', done: 1500, total: 100_000 }, 'ru')).toBe('Сохранение: 1\u00a0500 из 100\u00a0000…');
    expect(importProgressText({ stage: 'checking', done: 3, total: 10 }, 'en')).toBe(t('importChecking', 'en', '3', '10'));
    expect(importProgressText('reading', 'ru')).toBe('Чтение файла…');
  });

  it('writes a CSV a spreadsheet opens as text: every cell quoted, formulas defused', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+7 900')).toBe(`"'+7 900"`);
    expect(csvCell('-5')).toBe(`"'-5"`);
    expect(csvCell('@user')).toBe(`"'@user"`);
    expect(csvCell('a;b')).toBe('"a;b"');
    // A spreadsheet that splits on commas keeps this in one cell, not a formula after the comma.
    expect(csvCell('a,=1+1')).toBe('"a,=1+1"');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('Чайник')).toBe('"Чайник"');
  });

  it('starts the CSV with a BOM and separates with semicolons', async () => {
    await fill();
    const csv = toCsv((await everything()).inquiries);
    expect(csv.startsWith('\uFEFF"Создано (мск)";"Маркетплейс";"Статус";"Ждать ответа до (мск)";"Кому";"О чём";"Как связались";')).toBe(true);
    expect(csv.split('\r\n').length).toBe(4);
  });

  it('writes the CSV in the shopper\'s words: names, not codes; Moscow times as дд.мм.гггг чч:мм', async () => {
    await fill();
    const { inquiries } = await everything();
    const rows = (language: 'ru' | 'en') => toCsv(inquiries, language).replace(/^\uFEFF/, '').split('\r\n').filter(Boolean).map((row) => row.split(';'));
    const ru = rows('ru');
    const answered = ru.find((row) => row.includes('"есть ответ"'))!;
    expect(answered.slice(0, 8)).toEqual([
      '"23.11.2026 10:00"', '"Ozon"', '"есть ответ"', answered[3], '"в поддержку"', '"Срок доставки прошёл"', '"Чат с поддержкой Ozon"', '"46206571-0591"',
    ]);
    // A time late on 31 December UTC is already the new year in Moscow.
    expect(moscowDateTime(Date.parse('2026-12-31T21:30:00Z'))).toBe('01.01.2027 00:30');
    const body = ru.flat().join(' ');
    for (const code of ['"support"', '"answered"', '"delivery-late"', '"ozon-support-chat"', 'T10:00', 'Z"']) expect(body).not.toContain(code);
    const en = rows('en');
    expect(en[0].slice(0, 3)).toEqual(['"Created (Moscow time)"', '"Marketplace"', '"Status"']);
    expect(en.find((row) => row.includes('"answered"'))?.[4]).toBe('"support"');
  });
});

describe('two tabs and many hands', () => {
  it('keeps both of two saves made at the same moment', async () => {
    const [a, b] = await Promise.all([saveInquiry(request(), monday), saveInquiry(request({ message: 'Второе' }), monday)]);
    expect(a.ok && b.ok).toBe(true);
    expect((await listInquiries()).length).toBe(2);
  });

  it('applies two actions on one inquiry at once one after the other, losing neither event', async () => {
    const [id] = await fill();
    await Promise.all([
      actOnInquiry(id, { type: 'note', text: 'Первая' }, monday + 10_000),
      actOnInquiry(id, { type: 'note', text: 'Вторая' }, monday + 10_000),
    ]);
    const notes = (await everything()).events.filter((e) => e.type === 'note').map((e) => e.detail).sort();
    expect(notes).toEqual(['Вторая', 'Первая', 'Проверить в среду']);
  });

  it('brings back everything deleted at once', async () => {
    await fill();
    const ids = await deleteAll(monday);
    expect(ids.length).toBe(2);
    await undeleteMany(ids);
    expect((await listInquiries()).length).toBe(2);
  });
});

describe('the list, reminders and follow-ups', () => {
  it('finds by title, article, order number and message text, with overdue first', async () => {
    await fill();
    const third = await saveInquiry(request({ fields: { orderId: '31415926-0001' }, message: 'Посылка потерялась' }), monday - 5 * 86400_000);
    if (!third.ok) throw new Error('not saved');
    const all = await listInquiries();
    const later = monday + 10 * 86400_000;
    expect(findInquiries(all, { text: 'термокружка' }, later).map((i) => i.fields.article)).toEqual(['987654321']);
    expect(findInquiries(all, { text: '31415926' }, later).length).toBe(1);
    expect(findInquiries(all, { text: 'посылка ПОТЕРЯЛАСЬ' }, later).length).toBe(1);
    expect(findInquiries(all, { status: 'not-sent' }, later).length).toBe(1);
    // The third was sent earliest and is the only one still awaiting an answer: overdue, on top.
    expect(findInquiries(all, {}, later)[0].id).toBe(third.id);
    expect(reminderState(all, later).overdue.map((i) => i.id)).toEqual([third.id]);
    expect(reminderState(all, monday - 5 * 86400_000).nextDueAt).toBeDefined();
  });

  it('finds the same once the texts are made ahead, and no field that is absent matches its name', async () => {
    await fill();
    const third = await saveInquiry(request({ fields: { orderId: '31415926-0001' }, message: 'Посылка потерялась' }), monday - 5 * 86400_000);
    if (!third.ok) throw new Error('not saved');
    const later = monday + 10 * 86400_000;
    const ids = (all: Awaited<ReturnType<typeof listInquiries>>, text: string) => findInquiries(all, { text }, later).map((i) => i.id);
    const cold = await listInquiries();
    const prepared = await listInquiries();
    await prepareSearch(prepared);
    for (const text of ['термокружка', '31415926', 'потерялась', 'ничего такого']) expect(ids(prepared, text)).toEqual(ids(cold, text));
    // The third has no title nor article: the words for "nothing" are not in its text.
    expect(ids(prepared, 'undefined')).toEqual([]);
    expect(ids(prepared, 'null')).toEqual([]);
    // Aborted, it stops at once (and the search makes the rest itself).
    const stopped = new AbortController();
    stopped.abort();
    await prepareSearch(await listInquiries(), stopped.signal);
  });

  it('writes a follow-up in a person\'s words: when, about what, no answer — by the profile\'s gender', () => {
    const first = {
      subject: 'Срок доставки прошёл: заказ № 46206571-0591',
      fields: { orderId: '46206571-0591', orderDate: '2026-09-17' },
      firstSentAt: monday,
    };
    const she = followUpMessage({ ...first, profile: { gender: 'female' } });
    expect(she.subject).toBe('Повторное обращение: Срок доставки прошёл: заказ № 46206571-0591');
    expect(she.body).toContain('23 ноября 2026 г. я писала вам про заказ № 46206571-0591 от 17 сентября 2026 г., ответа так и нет.');
    expect(followUpMessage({ ...first, profile: { gender: 'male' } }).body).toContain('23 ноября 2026 г. я писал вам про заказ № 46206571-0591');
    const anyone = followUpMessage(first).body;
    expect(anyone).toContain('Моё обращение от 23 ноября 2026 г. про заказ № 46206571-0591 от 17 сентября 2026 г. осталось без ответа.');
    // Not the subject quoted back, nor a passive report.
    for (const body of [she.body, anyone]) {
      expect(body).not.toContain('было отправлено');
      expect(body).not.toContain('«Срок доставки');
    }
    const product = followUpMessage({ subject: 'Вопрос о товаре', fields: { title: 'Термокружка', article: '42' }, firstSentAt: monday, language: 'en' });
    expect(product.body).toContain('On 23 November 2026 I wrote to you about the product “Термокружка”, article 42, and there is still no answer.');
  });
});

describe('attachments', () => {
  it('keeps images and PDFs up to 10 MB, refuses larger ones and other types with a reason', async () => {
    const { addAttachment, attachmentsOf } = await import('../../utils/db');
    const [id] = await fill();
    const limit = 10 * 1024 * 1024;
    const at = (size: number, type: string, name: string) => Object.assign(new Blob([new Uint8Array(size)], { type }), { name });
    expect(await addAttachment(id, at(limit, 'image/png', 'exactly-10mb.png'), monday)).toMatchObject({ ok: true });
    expect(await addAttachment(id, at(limit + 1, 'image/png', 'too-big.png'), monday)).toEqual({ ok: false, error: 'too-large' });
    expect(await addAttachment(id, at(10, 'application/x-msdownload', 'run.exe'), monday)).toEqual({ ok: false, error: 'type' });
    expect(await addAttachment(id, at(10, 'application/pdf', 'receipt.pdf'), monday + 1)).toMatchObject({ ok: true });
    expect((await attachmentsOf(id)).map((a) => [a.name, a.size])).toEqual([
      ['exactly-10mb.png', limit],
      ['receipt.pdf', 10],
    ]);
  });

  it('carries attachments through export and import, bytes and all', async () => {
    const { addAttachment, allAttachments } = await import('../../utils/db');
    const [id] = await fill();
    const bytes = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 0, 255]);
    await addAttachment(id, Object.assign(new Blob([bytes], { type: 'image/png' }), { name: 'фото.png' }), monday);
    const text = JSON.stringify(await toExportFile({ ...(await everything()), attachments: await allAttachments() }, monday));
    await closeDb();
    globalThis.indexedDB = new IDBFactory();
    expect(await importRecords(await checked(text))).toMatchObject({ attachments: 1 });
    const [back] = await allAttachments();
    expect(back.name).toBe('фото.png');
    expect([...new Uint8Array(await back.blob.arrayBuffer())]).toEqual([...bytes]);
  });
});
