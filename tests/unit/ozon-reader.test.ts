import { describe, expect, it } from 'vitest';
import { marketplaces, readPage } from '../../utils/marketplaces';
import {
  compare,
  fixturePages,
  missingPagesMessage,
  pagesRequired,
  sharedPages,
  type PageCase,
} from '../support/pages';
import { observedFromContext } from '../support/observed';
import { parseFile } from '../support/dom';

// Our fixtures carry full dates; a fixed today keeps any year the reader has to infer stable.
const NOW = new Date('2026-11-22T12:00:00Z');

function checkPage(page: PageCase) {
  const context = readPage(parseFile(page.path), new URL(page.url), { now: NOW });
  expect(compare(page, observedFromContext(context)), JSON.stringify(context?.sources)).toEqual([]);
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
    it(`${page.file} (${page.kind})`, () => checkPage(page));
  }
});

describe('our fixtures (tests/fixtures)', () => {
  for (const page of fixturePages()) {
    it(`${page.file} (${page.kind})`, () => checkPage(page));
  }
});
