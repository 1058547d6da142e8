/**
 * What a hostile page may write, and what the readers make of it: a seller's link to another site, text
 * that reverses itself with bidirectional controls, a field longer than an inquiry keeps. Each page here is
 * our own fixture (tests/fixtures/ozon/product.html, a Wildberries 2026 card) with one value changed.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readPage } from '../../utils/marketplaces';
import { sellerPage } from '../../utils/marketplaces/addresses';
import { cutText, finishReading, READ_LIMITS } from '../../utils/marketplaces/sources/finish';
import { foldSpace } from '../../utils/marketplaces/sources/text';
import type { PageContext } from '../../utils/marketplaces/types';
import { saveInquiry } from '../../utils/inquiries/save';
import { validateSaveRequest } from '../../utils/inquiries/validation';
import { checkImport } from '../../utils/transfer/check';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../utils/transfer/export-file';
import { orderInquiry } from '../support/escalation';
import { closeDb, getInquiry } from '../../utils/db';
import { parseHtml } from '../support/dom';
import { fixturePages } from '../support/pages';

const ozonProduct = fixturePages().find((p) => p.file === 'ozon/product.html')!;
const ozonHtml = readFileSync(ozonProduct.path, 'utf8');
const TITLE = 'Термокружка стальная 450 мл, с крышкой';
const RLO = '\u202e';
const PDF = '\u202c';

function readOzon(html: string): PageContext {
  const context = readPage(parseHtml(html), new URL(ozonProduct.url));
  if (!context) throw new Error('not read');
  return context;
}

/** The Ozon fixture with its seller's links (the rendered block's and the state's) set to `href`. */
const withSellerLink = (href: string) =>
  ozonHtml.replace('https://www.ozon.ru/seller/teplyy-den-424242/', href).replace('\\u002Fseller\\u002F424242\\u002F', href);

/** The Ozon fixture with its title (heading, its state, JSON-LD, the sticky card's) set to `title`. */
const withTitle = (title: string) => ozonHtml.split(TITLE).join(title);

describe('a seller\'s link', () => {
  it('is kept on the marketplace\'s own hosts', () => {
    expect(readOzon(ozonHtml).sellerUrl).toBe('https://www.ozon.ru/seller/teplyy-den-424242/');
    expect(readOzon(withSellerLink('https://ozon.kz/seller/x-1/')).sellerUrl).toBe('https://ozon.kz/seller/x-1/');
  });

  it('on another site is dropped, with the seller\'s name kept', () => {
    for (const foreign of ['https://evil.example/seller/x-1/', 'https://ozon.ru.evil.example/seller/x-1/', 'http://www.ozon.ru/seller/x-1/', 'https://user@www.ozon.ru/seller/x-1/']) {
      const context = readOzon(withSellerLink(foreign));
      expect(context.sellerUrl, foreign).toBeUndefined();
      expect(context.sources.sellerUrl, foreign).toBeUndefined();
      expect(context.seller, foreign).toBe('Тёплый день');
    }
  });

  it('on another site is dropped on Wildberries too', () => {
    const page = fixturePages().find((p) => p.file === 'wildberries/product-2026-navigated.html')!;
    const html = readFileSync(page.path, 'utf8');
    const read = (source: string) => readPage(parseHtml(source), new URL(page.url));
    expect(read(html)?.sellerUrl).toBe('https://www.wildberries.ru/seller/777001');
    const foreign = read(html.replace('href="/seller/777001"', 'href="https://evil.example/seller/777001"'));
    expect(foreign?.seller).toBe('Чайная лавка');
    expect(foreign?.sellerUrl).toBeUndefined();
  });

  it('kept in a record before the readers checked is shown as no link, refused by a save, and dropped by an import', async () => {
    expect(sellerPage({ marketplace: 'ozon', sellerUrl: 'https://evil.example/seller/x-1/' })).toBeUndefined();
    expect(sellerPage({ marketplace: 'wildberries', sellerUrl: 'https://www.ozon.ru/seller/x-1/' })).toBeUndefined();
    expect(sellerPage({ marketplace: 'ozon', sellerUrl: 'https://www.ozon.ru/seller/x-1/' })).toBe('https://www.ozon.ru/seller/x-1/');
    const context = { ...readOzon(ozonHtml), sellerUrl: 'https://evil.example/seller/x-1/' };
    const request = {
      pageUrl: ozonProduct.url,
      context,
      fields: {},
      recipient: 'seller' as const,
      topic: 'product-question',
      channel: '',
      subject: 'Вопрос',
      message: 'Здравствуйте!',
      language: 'ru' as const,
      channelOpened: false,
    };
    expect(validateSaveRequest(request)).toEqual({ ok: false, problems: [{ field: 'context.sellerUrl', code: 'foreign-page' }] });
    const saved = validateSaveRequest({ ...request, context: readOzon(ozonHtml) });
    expect(saved.ok).toBe(true);

    // A backup from before: the whole file comes in, the foreign link does not.
    const old = orderInquiry({ context: { ...orderInquiry().context, seller: 'Тёплый день', sellerUrl: 'https://evil.example/seller/x-1/', sources: { seller: 'block', sellerUrl: 'block' } } });
    const checked = await checkImport(JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: '2026-11-22', inquiries: [old], events: [] }));
    if (!checked.ok) throw new Error(JSON.stringify(checked));
    const [imported] = checked.records.inquiries;
    expect(imported.context.sellerUrl).toBeUndefined();
    expect(imported.context.sources).toEqual({ seller: 'block' });
    expect(imported.context.seller).toBe('Тёплый день');
  });
});

describe('bidirectional controls', () => {
  it('are stripped from every field the page gives', () => {
    const context = readOzon(withTitle(`Кружка ${RLO}0001 ₽${PDF} \u2066x\u2069`));
    expect(context.title).toBe('Кружка 0001 ₽ x');
    for (const value of Object.values(context)) {
      if (typeof value === 'string') expect(value).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/);
    }
  });

  it('are stripped by the readers\' folding, beside zero-width characters', () => {
    expect(foldSpace(`a\u202ab\u202bc\u202cd\u202de\u202ef\u2066g\u2067h\u2068i\u2069j\u200bk\u200el\u200fm\u061cn`)).toBe('abcdefghijklmn');
  });

  it('are stripped from the items and orders a list gives', () => {
    const context: PageContext = {
      marketplace: 'ozon',
      kind: 'order',
      url: 'https://www.ozon.ru/my/orderdetails/?order=46206571-0591',
      orderStatus: `Доставлен${RLO}`,
      items: [{ title: `${RLO}Чайник`, status: `\u2067Получен\u200f` }],
      orders: [{ orderId: `46206571-0591${PDF}`, status: `${RLO}Отменён` }],
      sources: {},
    };
    const finished = finishReading(context, () => true);
    expect(finished.orderStatus).toBe('Доставлен');
    expect(finished.items).toEqual([{ title: 'Чайник', status: 'Получен' }]);
    expect(finished.orders).toEqual([{ orderId: '46206571-0591', status: 'Отменён' }]);
    expect(finished.cut).toBeUndefined();
  });
});

describe('a field longer than an inquiry keeps', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await closeDb();
    globalThis.indexedDB = new IDBFactory();
  });

  afterEach(() => closeDb());

  it('a 5 000-character title is cut, said, and saved', async () => {
    const long = `${'Очень длинное название '.repeat(218)}конец`;
    expect(long.length).toBeGreaterThanOrEqual(5_000);
    const context = readOzon(withTitle(long));
    expect(context.title).toHaveLength(READ_LIMITS.field);
    expect(context.title!.endsWith('…')).toBe(true);
    expect(long.startsWith(context.title!.slice(0, -1))).toBe(true);
    expect(context.cut).toEqual(['title']);

    const result = await saveInquiry(
      {
        pageUrl: ozonProduct.url,
        context,
        fields: { article: context.article, title: context.title, seller: context.seller },
        recipient: 'seller',
        topic: 'product-question',
        channel: '',
        subject: 'Вопрос о товаре',
        message: `Здравствуйте! Вопрос о товаре «${context.title}».`,
        language: 'ru',
        channelOpened: false,
      },
      Date.parse('2026-11-22T12:00:00Z'),
    );
    if (!result.ok) throw new Error(`not saved: ${JSON.stringify(result)}`);
    const saved = await getInquiry(result.id);
    expect(saved?.context.title).toBe(context.title);
    expect(saved?.context.cut).toEqual(['title']);
  });

  it('cuts ids, statuses and lists to their limits, and the address past its query', () => {
    const context: PageContext = {
      marketplace: 'ozon',
      kind: 'order-list',
      url: `https://www.ozon.ru/my/orderlist/?q=${'x'.repeat(9_000)}`,
      orderStatus: 's'.repeat(1_001),
      orders: Array.from({ length: 205 }, (_, i) => ({ orderId: `${i}`.padEnd(70, '0') })),
      sources: {},
    };
    const finished = finishReading(context, () => true);
    expect(finished.url).toBe('https://www.ozon.ru/my/orderlist/');
    expect(finished.orderStatus).toHaveLength(READ_LIMITS.field);
    expect(finished.orders).toHaveLength(READ_LIMITS.items);
    expect(finished.orders![0].orderId).toHaveLength(READ_LIMITS.id);
    expect(finished.cut?.sort()).toEqual(['orderStatus', 'orders']);
    // The reading itself is left as it was.
    expect(context.orders).toHaveLength(205);
  });

  it('never splits a surrogate pair', () => {
    const text = `${'a'.repeat(8)}😀😀`;
    expect(cutText(text, 10)).toBe(`${'a'.repeat(8)}…`);
    expect(cutText(text, 12)).toBe(text);
  });
});
