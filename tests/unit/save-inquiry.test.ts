import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeDb, eventsOf, getInquiry, listInquiries } from '../../utils/db';
import type { Problem, SaveInquiryRequest } from '../../utils/inquiries/model';
import { saveInquiry } from '../../utils/inquiries/save';
import { LIMITS } from '../../utils/inquiries/validation';

const url = 'https://www.ozon.ru/product/termokruzhka-987654321/';
function request(change: Partial<SaveInquiryRequest> = {}): SaveInquiryRequest {
  return {
    pageUrl: url,
    context: { marketplace: 'ozon', kind: 'product', url, article: '987654321', title: 'Термокружка', sources: { article: 'address' } },
    fields: { article: '987654321', title: 'Термокружка' },
    recipient: 'seller',
    topic: 'product-question',
    channel: 'ozon-seller-question',
    subject: 'Вопрос о товаре (артикул 987654321)',
    message: 'Здравствуйте! Есть ли запасная крышка?',
    language: 'ru',
    channelOpened: true,
    ...change,
  };
}

beforeEach(async () => {
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await closeDb();
});

describe('saving an inquiry', () => {
  it('saves a sent inquiry with its created and sent events', async () => {
    const result = await saveInquiry(request(), 1_700_000_000_000);
    expect(result).toMatchObject({ ok: true, status: 'sent' });
    const id = (result as { id: string }).id;
    expect(await getInquiry(id)).toMatchObject({ status: 'sent', fields: { article: '987654321' }, createdAt: 1_700_000_000_000 });
    expect((await eventsOf(id)).map((e) => [e.type, e.detail])).toEqual([
      ['created', undefined],
      ['sent', 'ozon-seller-question'],
    ]);
  });

  it('answers a retried save with the inquiry it wrote, never writing it twice', async () => {
    const requestId = '3f2b8a4e-9c1d-4e5f-8a7b-6c5d4e3f2a1b';
    const first = await saveInquiry(request({ requestId }), 1_700_000_000_000);
    // The service worker wrote it and stopped before answering: the panel asks again, later.
    const retry = await saveInquiry(request({ requestId }), 1_700_000_005_000);
    expect(first).toMatchObject({ ok: true, id: requestId, status: 'sent' });
    expect(retry).toEqual(first);
    // Both at once (two workers woken by the same retry): still one inquiry.
    const other = '7d6c5b4a-3e2f-4a1b-9c8d-7e6f5a4b3c2d';
    const both = await Promise.all([saveInquiry(request({ requestId: other }), 1), saveInquiry(request({ requestId: other }), 2)]);
    expect(both.map((r) => r.ok && r.id)).toEqual([other, other]);
    expect((await listInquiries()).map((i) => i.id).sort()).toEqual([requestId, other].sort());
    expect((await eventsOf(requestId)).map((e) => e.type)).toEqual(['created', 'sent']);
    // Without an id, two saves of the same text are two inquiries (nothing says they are one).
    await saveInquiry(request(), 3);
    await saveInquiry(request(), 4);
    expect(await listInquiries()).toHaveLength(4);
  });

  it('refuses a request id that is not a UUID', async () => {
    const result = await saveInquiry(request({ requestId: 'x' as never }), 1);
    expect(result).toMatchObject({ ok: false, error: 'invalid' });
    expect(await listInquiries()).toHaveLength(0);
  });

  it('saves an inquiry with no channel chosen yet, as not sent', async () => {
    const result = await saveInquiry(request({ channel: '', channelOpened: false }));
    expect(result).toMatchObject({ ok: true, status: 'not-sent' });
  });

  it('keeps the product card with the inquiry, dated when it was saved', async () => {
    const card = { text: 'Описание\nДержит тепло 8 часов' };
    const result = await saveInquiry({ ...request(), card }, 1_700_000_000_000);
    expect(result).toMatchObject({ ok: true });
    expect((await getInquiry((result as { id: string }).id))?.card).toEqual({ ...card, capturedAt: 1_700_000_000_000 });
    // The card is dated by the background: a date the panel sends is a field the request does not have.
    expect(await saveInquiry({ ...request(), card: { ...card, capturedAt: 1 } }, 1_700_000_000_000)).toMatchObject({
      ok: false,
      error: 'invalid',
      problems: [{ field: 'card.capturedAt' }],
    });
    const without = await saveInquiry(request(), 1_700_000_000_000);
    expect(await getInquiry((without as { id: string }).id)).not.toHaveProperty('card');
  });

  it('saves it as not sent when no channel was opened', async () => {
    const result = await saveInquiry(request({ channelOpened: false }));
    expect(result).toMatchObject({ ok: true, status: 'not-sent' });
    expect((await eventsOf((result as { id: string }).id)).map((e) => e.type)).toEqual(['created']);
  });

  // Each refusal names its field and a code the panel words; nothing depends on an English sentence.
  const refused: [string, unknown, Problem][] = [
    ['an empty message', request({ message: '  \n ' }), { field: 'message', code: 'empty' }],
    ['a message over the limit', request({ message: 'а'.repeat(LIMITS.message + 1) }), { field: 'message', code: 'too-long' }],
    ['a subject over the limit', request({ subject: 'т'.repeat(LIMITS.subject + 1) }), { field: 'subject', code: 'too-long' }],
    ['a typed field over the limit', request({ fields: { title: 'x'.repeat(LIMITS.field + 1) } }), { field: 'fields.title', code: 'too-long' }],
    ['an unknown topic', request({ topic: 'free-money' }), { field: 'topic', code: 'unknown-topic' }],
    ['an unknown channel', request({ channel: 'pigeon-post' }), { field: 'channel', code: 'unknown-channel' }],
    ['another marketplace\'s channel', request({ channel: 'wb-communications' }), { field: 'channel', code: 'unknown-channel' }],
    ['a recipient that does not match the topic', request({ recipient: 'support' }), { field: 'recipient', code: 'recipient-mismatch' }],
    ['a channel that is not the topic\'s', request({ channel: 'ozon-email' }), { field: 'channel', code: 'channel-not-for-topic' }],
    ['a sent inquiry with no channel', request({ channel: '' }), { field: 'channel', code: 'sent-without-channel' }],
    ['a page of another site', request({ pageUrl: 'https://example.com/product/x-1/' }), { field: 'pageUrl', code: 'foreign-page' }],
    ['a script address', request({ pageUrl: 'javascript:alert(1)' }), { field: 'pageUrl', code: 'not-an-address' }],
    ['a recipient not in the list', request({ recipient: 'ceo' as never }), { field: 'recipient', code: 'not-allowed' }],
    ['a price that is not a number', request({ context: { ...request().context, price: '100' as never } }), { field: 'context.price', code: 'wrong-type' }],
    ['a card text over the limit', request({ card: { text: 'т'.repeat(LIMITS.cardText + 1) } }), { field: 'card.text', code: 'too-long' }],
    ['a card that repeats the reading\'s price', request({ card: { price: 990 } as never }), { field: 'card.price', code: 'unknown-field' }],
    ['a card text that is not text', request({ card: { text: { html: '<b>x</b>' } as never } }), { field: 'card.text', code: 'wrong-type' }],
    ['not an object at all', 'hello', { field: '', code: 'wrong-type' }],
    ['a missing field', { ...request(), context: undefined }, { field: 'context', code: 'missing' }],
  ];
  for (const [what, input, problem] of refused) {
    it(`refuses ${what} (${problem.code}), and writes nothing`, async () => {
      const result = await saveInquiry(input);
      expect(result).toMatchObject({ ok: false, error: 'invalid' });
      expect((result as { problems: Problem[] }).problems).toContainEqual(problem);
      expect(await listInquiries()).toEqual([]);
    });
  }

  it('reports a full disk as such, and writes nothing', async () => {
    const add = IDBObjectStore.prototype.add;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
      // The inquiry goes in; its first event finds the disk full.
      if (++calls === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return add.apply(this, args);
    });
    const result = await saveInquiry(request());
    expect(result).toMatchObject({ ok: false, error: 'storage-full' });
    vi.restoreAllMocks();
    expect(await listInquiries()).toEqual([]);
  });
});
