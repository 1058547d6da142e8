import { describe, expect, it } from 'vitest';
import { adapterFor, marketplaces, readPage } from '../../utils/marketplaces';
import {
  compare,
  fixturePages,
  missingPagesMessage,
  pagesRequired,
  realPages,
  sharedPages,
  type PageCase,
} from '../support/pages';
import { observedFromContext } from '../support/observed';
import { parseFile } from '../support/dom';

// Our fixtures carry full dates; a fixed today keeps any year the reader has to infer stable.
const NOW = new Date('2026-11-22T12:00:00Z');

function checkPage(page: PageCase) {
  const doc = parseFile(page.path);
  const url = new URL(page.url);
  const context = readPage(doc, url, { now: NOW });
  const cards = context?.kind === 'order-list' ? adapterFor(url)?.findOrderCards?.(doc, url, context) : undefined;
  const observed = { ...observedFromContext(context), ...(cards && { cards: cards.map((card) => card.context) }) };
  expect(compare(page, observed), JSON.stringify(context?.sources)).toEqual([]);
}

const readable = new Set(marketplaces.map((m) => m.id as string));
const shared = sharedPages();

describe('real saved pages (../shared/pages)', () => {
  if (!shared) {
    it.skipIf(!pagesRequired)(missingPagesMessage(), () => {
      throw new Error(`MH_REQUIRE_PAGES=1 but ${missingPagesMessage()}`);
    });
    console.warn(`\n*** ${missingPagesMessage()} ***\n`);
    return;
  }
  for (const page of shared) {
    if (!readable.has(page.marketplace)) {
      it.skip(`${page.file}: no reader for ${page.marketplace} yet`, () => {});
      continue;
    }
    it(`${page.file} (${page.kind}) at ${page.url}`, () => checkPage(page));
  }
});

describe('real pages kept here (tests/fixtures/real)', () => {
  for (const page of realPages()) {
    it(`${page.file} (${page.kind}) at ${page.url}`, () => checkPage(page));
  }
});

describe('our fixtures (tests/fixtures)', () => {
  for (const page of fixturePages()) {
    it(`${page.file} (${page.kind}) at ${page.url}`, () => checkPage(page));
  }
});

/** Each fallback source, on the real pages: with the first source gone, the next must give the same value. */
describe('fallback sources on the real pages', () => {
  const products = (shared ?? []).filter((p) => p.marketplace === 'ozon' && p.kind === 'product');
  if (!products.length) it.skip(missingPagesMessage(), () => {});
  const without = (page: PageCase, selectors: string[]) => {
    const doc = parseFile(page.path);
    for (const selector of selectors) doc.querySelectorAll(selector).forEach((el) => el.remove());
    return readPage(doc, new URL(page.url), { now: NOW });
  };

  for (const page of products) {
    it(`${page.file}: price from the rendered block, title from the heading, seller from page state`, () => {
      const context = without(page, [
        'script[type="application/ld+json"]',
        '[id^="state-webPrice-"]',
        '[id^="state-webProductHeading-"]',
        '[data-widget="webCurrentSeller"]',
      ]);
      expect(context?.sources).toMatchObject({ price: 'block:webPrice', title: 'block:webProductHeading' });
      expect(context?.price).toBe(page.expect.price);
      expect(context?.currency).toBe(page.expect.currency);
      expect(context?.title?.replace(/\s+/g, ' ')).toBe(String(page.expect.title).replace(/\s+/g, ' '));
      // The oldest page keeps its seller only in the rendered block.
      if (context?.sources.seller) expect(context.seller?.toLowerCase()).toBe(String(page.expect.seller).toLowerCase());
    });

    it(`${page.file}: a seller link, when given, is a shop's page`, () => {
      const context = readPage(parseFile(page.path), new URL(page.url), { now: NOW });
      if (context?.sellerUrl) expect(new URL(context.sellerUrl).pathname).toMatch(/^\/seller\//);
    });
  }
});
