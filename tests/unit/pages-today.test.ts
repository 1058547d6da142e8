/**
 * The pages shoppers open today, beyond what the tables check: Ozon's order list in several blocks (each
 * parsed once, the account holder's profile never read), Wildberries' 2026 layout (badges are not
 * sellers, the wallet price is not the price), Yandex Market's heading over its JSON-LD.
 */
import { describe, expect, it } from 'vitest';
import { readPage } from '../../utils/marketplaces';
import { findOzonOrderCards, orderStateParses } from '../../utils/marketplaces/ozon';
import { parseFile, parseHtml } from '../support/dom';
import { fixturePages, missingPagesMessage, pagesRequired, sharedPages, type PageCase } from '../support/pages';

const NOW = new Date('2026-11-22T12:00:00Z');
const shared = sharedPages();
const real = (file: string): PageCase | undefined => shared?.find((p) => p.file === file);
const fixture = (file: string): PageCase => fixturePages().find((p) => p.file === file)!;

function needs(page: PageCase | undefined): page is PageCase {
  if (!page && pagesRequired) throw new Error(`MH_REQUIRE_PAGES=1 but ${missingPagesMessage()}`);
  return page !== undefined;
}

describe("Ozon's real order list", () => {
  const list = real('ozon/orderlist-2024-17234361.html');
  it.skipIf(!list && !pagesRequired)('reads both blocks, each block\'s state parsed once across readings', () => {
    if (!needs(list)) return;
    const doc = parseFile(list.path);
    const url = new URL(list.url);
    const before = orderStateParses.count;
    const first = readPage(doc, url, { now: NOW });
    expect(first?.sources.orders).toBe('state:orderList');
    expect(first?.orders?.map((o) => o.orderId)).toEqual(list.expect.orders);
    const states = doc.querySelectorAll('[id^="state-orderList-"]').length;
    expect(states).toBe(2);
    expect(orderStateParses.count - before).toBe(states);
    // Read again (the page changed elsewhere) and the cards looked up: nothing parsed twice.
    readPage(doc, url, { now: NOW });
    findOzonOrderCards(doc, url, first!);
    expect(orderStateParses.count - before).toBe(states);
  });

  it.skipIf(!list && !pagesRequired)('finds the cards of one appended block alone, with their dates and statuses', () => {
    if (!needs(list)) return;
    const doc = parseFile(list.path);
    const url = new URL(list.url);
    const page = readPage(doc, url, { now: NOW })!;
    const second = doc.querySelectorAll('[data-widget="orderList"]')[1];
    const cards = findOzonOrderCards(doc, url, { ...page, orders: page.orders!.slice(0, 3) }, [second]);
    const expected = (list.expect.cards as { orderId: string }[]).slice(3);
    expect(cards.map((c) => c.context)).toMatchObject(expected);
    expect(cards.every((c) => second.contains(c.element))).toBe(true);
  });

  it.skipIf(!list && !pagesRequired)("never takes the account holder's profile from the page's state", () => {
    if (!needs(list)) return;
    const doc = parseFile(list.path);
    const url = new URL(list.url);
    const page = readPage(doc, url, { now: NOW })!;
    const cards = findOzonOrderCards(doc, url, page).map((c) => c.context);
    const everything = JSON.stringify({ page, cards });
    // The placeholders the saved page carries in place of the holder's name, e-mail and birth date.
    for (const personal of ['Иван', 'Петров', 'buyer@example.ru', '1990-01-01']) {
      expect(doc.documentElement.outerHTML).toContain(personal);
      expect(everything).not.toContain(personal);
    }
  });

  it.skipIf(!list && !pagesRequired)('reads each card\'s number, date and status from the card where no state has come', () => {
    if (!needs(list)) return;
    const doc = parseFile(list.path);
    doc.querySelectorAll('[id^="state-orderList-"]').forEach((el) => el.remove());
    const url = new URL(list.url);
    const page = readPage(doc, url, { now: NOW })!;
    expect(page.sources.orders).toBe('links:orderdetails');
    const cards = findOzonOrderCards(doc, url, page).map(({ context }) => ({
      orderId: context.orderId,
      orderDate: context.orderDate,
      orderStatus: context.orderStatus,
    }));
    expect(cards).toEqual(list.expect.cards);
  });
});

describe("Wildberries' 2026 layout", () => {
  const page = real('wildberries/product-2026-195676297.html');
  it.skipIf(!page && !pagesRequired)('takes no badge for the seller and no wallet price for the price', () => {
    if (!needs(page)) return;
    const doc = parseFile(page.path);
    doc.querySelector('section[aria-label="Информация о продавце"]')?.remove();
    const context = readPage(doc, new URL(page.url), { now: NOW })!;
    // Without the seller's section there is no seller: the «Хит продаж» badge beside the title is not one.
    expect(context.seller).toBeUndefined();
    expect(context.missed?.seller).toEqual(['section:seller-info']);
    expect(context.price).toBe(page.expect.price);
    expect(context.sources).toMatchObject({ title: 'heading:document-title', price: 'block:buy' });
  });

  it.skipIf(!page && !pagesRequired)('reads nothing but the address while the card is still the previous product\'s', () => {
    if (!needs(page)) return;
    const doc = parseFile(page.path);
    // As after an in-page move to another product: the address changed, the card and the title not yet.
    const other = new URL(page.url.replace(String(page.expect.article), '100200300'));
    const context = readPage(doc, other, { now: NOW })!;
    expect(context.article).toBe('100200300');
    expect([context.title, context.seller, context.price]).toEqual([undefined, undefined, undefined]);
  });

  it.skipIf(!page && !pagesRequired)('takes the longest heading the page\'s title begins with, not a shorter one before it', () => {
    if (!needs(page)) return;
    const doc = parseFile(page.path);
    const section = doc.createElement('h4');
    section.textContent = 'Туалетная вода';
    doc.body.prepend(section);
    expect(readPage(doc, new URL(page.url), { now: NOW })?.title).toBe(page.expect.title);
  });

  it('is chosen by what the page holds: a 2022–2025 page is still read the old way', () => {
    const legacy = parseHtml(
      '<div class="product-page"><div class="product-page__header"><h1 class="product-page__title">Старый заголовок</h1></div>' +
        '<span class="mo-typography">украшение</span></div>',
    );
    const context = readPage(legacy, new URL('https://www.wildberries.ru/catalog/123456/detail.aspx'), { now: NOW })!;
    expect(context.sources.title).toBe('block:product-page__title');
  });
});

describe("Yandex Market's title", () => {
  const heading = fixture('yandex-market/product-heading.html');
  it('is the heading the shopper sees, and the JSON-LD name only without one; sources say which', () => {
    const doc = parseFile(heading.path);
    const url = new URL(heading.url);
    const shown = readPage(doc, url, { now: NOW })!;
    expect(shown.title).toBe(heading.expect.title);
    expect(shown.sources.title).toBe('block:productCardTitle');
    doc.querySelector('h1')?.remove();
    const withoutHeading = readPage(doc, url, { now: NOW })!;
    expect(withoutHeading.sources.title).toBe('json-ld');
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(withoutHeading.title).toBe(ld.name);
  });

  it("takes no other heading for the product's, and nothing from a page whose JSON-LD names another SKU", () => {
    const doc = parseFile(heading.path);
    const url = new URL(heading.url);
    const site = doc.createElement('h1');
    site.textContent = 'Яндекс Маркет';
    doc.body.prepend(site);
    expect(readPage(doc, url, { now: NOW })?.title).toBe(heading.expect.title);
    // The address moved to another SKU, the page not yet.
    const moved = new URL(heading.url.replace(String(heading.expect.article), '102345600000'));
    const stale = readPage(doc, moved, { now: NOW })!;
    expect(stale.article).toBe('102345600000');
    expect([stale.title, stale.seller, stale.price]).toEqual([undefined, undefined, undefined]);
  });
});
