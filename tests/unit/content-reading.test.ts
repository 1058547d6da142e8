/**
 * What the content script reads of a page, and when (entrypoints/marketplace.content/reading.ts), counted
 * rather than timed: loading a product page parses no page state at all — the address says all the
 * launcher needs — until the panel opens; an order list parses each of its blocks once, however often it
 * is read again; and the address alone shows the launcher exactly where a full reading would.
 */
import { describe, expect, it } from 'vitest';
import { createPageReading } from '../../entrypoints/marketplace.content/reading';
import { adapterFor, marketplaces, readAddress, readPage } from '../../utils/marketplaces';
import { ADDRESS_MATCHES } from '../../utils/marketplaces/addresses';
import { MARKETPLACE_IDS, MARKETPLACE_LIST, MARKETPLACES } from '../../utils/marketplaces/facts';
import { stateParses } from '../../utils/marketplaces/sources';
import { parseFile } from '../support/dom';
import { fixturePages, missingPagesMessage, pagesRequired, realPages, sharedPages, type PageCase } from '../support/pages';

const shared = sharedPages();
const everyPage = (): PageCase[] => [...(shared ?? []), ...realPages(), ...fixturePages()];
const productPages = () => everyPage().filter((page) => page.kind === 'product');

/** The page's readers, as the content script has them once it has brought them. */
const readers = () => ({ readPage, adapterFor });

/** The parses a piece of work makes. */
function parsesOf<T>(work: () => T): { result: T; parses: number } {
  const before = stateParses.count;
  const result = work();
  return { result, parses: stateParses.count - before };
}

describe('the content script on a product page', () => {
  it.skipIf(!shared && !pagesRequired)('parses no page state at load, nor on the page\'s changes, until the panel opens', () => {
    if (!shared) throw new Error(`MH_REQUIRE_PAGES=1 but ${missingPagesMessage()}`);
    const pages = productPages();
    // The pages whose readers do parse states, so that the count below means something.
    let parsedOnOpening = 0;
    for (const page of pages) {
      const doc = parseFile(page.path);
      const url = new URL(page.url);
      const reading = createPageReading(doc, () => url, readers);
      const atLoad = parsesOf(() => reading.read());
      expect(atLoad.parses, `${page.file}: states parsed at load`).toBe(0);
      expect(atLoad.result?.kind, page.file).toBe('product');
      if (page.expect.article && page.marketplace !== 'yandex-market') expect(atLoad.result?.article, page.file).toBe(page.expect.article);
      // Nothing watches the page for the launcher: its changes cannot change what the address says.
      expect(reading.watchesPage(), `${page.file}: the page's changes watched before the panel opened`).toBe(false);
      // Read again (an in-page navigation back to it): still nothing parsed.
      expect(parsesOf(() => reading.read()).parses, page.file).toBe(0);

      // The panel opens: the page is read in full, as the reader reads it.
      reading.readInFull();
      const opened = parsesOf(() => reading.read());
      parsedOnOpening += opened.parses;
      expect(opened.result, page.file).toEqual(readPage(doc, url));
      expect(reading.watchesPage(), page.file).toBe(true);
      // Read again while open (the page changed elsewhere): each state is parsed once, not at each reading.
      expect(parsesOf(() => reading.read()).parses, `${page.file}: states parsed again`).toBe(0);
    }
    expect(parsedOnOpening, 'states parsed once the panel opened, over all product pages').toBeGreaterThan(0);
  }, 120_000);

  it('answers the popup in full without keeping to it', () => {
    const page = fixturePages().find((p) => p.file === 'ozon/product.html')!;
    const doc = parseFile(page.path);
    const url = new URL(page.url);
    const reading = createPageReading(doc, () => url, readers);
    expect(reading.read()?.title).toBeUndefined();
    expect(reading.readOnce()?.title).toBe(page.expect.title);
    expect(parsesOf(() => reading.read()).parses).toBe(0);
    expect(reading.watchesPage()).toBe(false);
  });
});

describe('the content script on an order list', () => {
  const lists = () => everyPage().filter((page) => page.kind === 'order-list' && page.marketplace === 'ozon');

  it('parses each block\'s state once: at load (its cards need their buttons) and never again', () => {
    const pages = lists();
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const doc = parseFile(page.path);
      const url = new URL(page.url);
      const blocks = doc.querySelectorAll('[id^="state-orderList-"]').length;
      const reading = createPageReading(doc, () => url, readers);
      const atLoad = parsesOf(() => {
        const context = reading.read();
        return { context, cards: adapterFor(url)!.findOrderCards!(doc, url, context!) };
      });
      expect(atLoad.result.context?.kind, page.file).toBe('order-list');
      expect(atLoad.result.cards.length, page.file).toBeGreaterThan(0);
      expect(atLoad.parses, `${page.file}: states parsed at load`).toBe(blocks);
      expect(reading.watchesPage(), `${page.file}: a list grows as the page scrolls`).toBe(true);
      // Read again (the page changed elsewhere), the cards looked up again, the panel opened: no block twice.
      const again = parsesOf(() => {
        const context = reading.read()!;
        adapterFor(url)!.findOrderCards!(doc, url, context);
        reading.readInFull();
        return reading.read();
      });
      expect(again.parses, `${page.file}: states parsed again`).toBe(0);
    }
  });
});

describe('the address alone', () => {
  it('shows the launcher exactly where a full reading would, with the same kind (a challenge aside)', () => {
    for (const page of everyPage()) {
      const url = new URL(page.url);
      const full = readPage(parseFile(page.path), url);
      const address = readAddress(url);
      expect(address === null, `${page.file}: the address says ${address?.kind}, the page ${full?.kind}`).toBe(full === null);
      if (full && full.kind !== 'blocked') expect(address?.kind, page.file).toBe(full.kind);
      // What the address names, the full reading names alike.
      if (address?.article) expect(full?.article, page.file).toBe(address.article);
      if (address?.orderId) expect(full?.orderId, page.file).toBe(address.orderId);
    }
  }, 120_000);
});

describe('the content script before the page\'s readers are here', () => {
  it('runs where every marketplace is, and reads each address as that marketplace\'s adapter does', () => {
    expect(ADDRESS_MATCHES).toEqual([
      'https://ozon.ru/*', 'https://www.ozon.ru/*', 'https://ozon.by/*', 'https://www.ozon.by/*', 'https://ozon.kz/*', 'https://www.ozon.kz/*',
      'https://wildberries.ru/*', 'https://www.wildberries.ru/*',
      'https://market.yandex.ru/*',
    ]);
    // One set of facts per marketplace, under its own id, and each adapter is built on its marketplace's.
    expect(MARKETPLACE_LIST.map((m) => m.id)).toEqual([...MARKETPLACE_IDS]);
    for (const id of MARKETPLACE_IDS) expect(MARKETPLACES[id].id).toBe(id);
    expect(marketplaces.map((m) => [m.id, m.name, m.matches])).toEqual(MARKETPLACE_LIST.map((m) => [m.id, m.name, m.matches]));
    // The panel and the documents name the marketplace from its facts, before (or without) the readers.
    expect(MARKETPLACE_LIST.map((m) => m.name)).toEqual(['Ozon', 'Wildberries', 'Яндекс Маркет']);
    for (const page of everyPage()) {
      const url = new URL(page.url);
      expect(readAddress(url), page.file).toEqual(adapterFor(url)?.readAddress(url) ?? null);
    }
  });

  it('shows an order list by its address, asks for the readers, and reads the list once they are here', () => {
    const page = fixturePages().find((p) => p.file === 'ozon/orderlist.html')!;
    const doc = parseFile(page.path);
    const url = new URL(page.url);
    let here: ReturnType<typeof readers> | undefined;
    const reading = createPageReading(doc, () => url, () => here);
    const before = parsesOf(() => reading.read());
    expect(before.result).toEqual(readAddress(url));
    expect(before.parses).toBe(0);
    expect(reading.wantsReader()).toBe(true);
    // Nothing to watch yet: the page's changes are read once the readers can read them.
    expect(reading.watchesPage()).toBe(false);
    here = readers();
    const after = reading.read();
    expect(reading.wantsReader()).toBe(false);
    expect(after).toEqual(readPage(doc, url));
    expect(reading.watchesPage()).toBe(true);
  });

  it('asks for nothing on a product page until the panel opens', () => {
    const page = fixturePages().find((p) => p.file === 'ozon/product.html')!;
    const doc = parseFile(page.path);
    const url = new URL(page.url);
    let here: ReturnType<typeof readers> | undefined;
    const reading = createPageReading(doc, () => url, () => here);
    expect(reading.read()?.article).toBe(page.expect.article);
    expect(reading.wantsReader()).toBe(false);
    reading.readInFull();
    expect(reading.read()?.title).toBeUndefined();
    expect(reading.wantsReader()).toBe(true);
    here = readers();
    expect(reading.read()?.title).toBe(page.expect.title);
  });
});
