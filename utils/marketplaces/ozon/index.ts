/**
 * Ozon (ozon.ru, ozon.by, ozon.kz). Reads the address, JSON-LD, `data-widget` blocks and their
 * `state-<widget>-…` JSON, and visible labels; never the hashed CSS classes, which change every release.
 *
 * Pages it knows:
 * - product  /product/<slug>-<article>/
 * - order    /my/orderdetails/?order=<order number>
 * - list     /my/orderlist
 * and an anti-bot challenge served at any of those addresses.
 */
import { fill, foldSpace, widgetBlocks, withPageIndex } from '../sources';
import type { MarketplaceAdapter, PageContext, PageTarget, ReadOptions } from '../types';
import { isOzonHost, OZON, type OzonAddress, ozonAddress, isChallenge } from './address';
import { readProduct, hasProductContent } from './product';
import { readOrder } from './order';
import { readOzonCardText } from './card';
import { OZON_ORDER_BLOCK, readOrderList, findOzonOrderCards } from './order-list';

export { isOzonHost, ozonAddress, readOzonAddress } from './address';
export { readOzonCardText } from './card';
export { findOzonOrderCards, OZON_ORDER_BLOCK, orderStateParses } from './order-list';

// -------------------------------------------------------------------------------------------- the reader

export function readOzonPage(doc: Document, url: URL, options: ReadOptions = {}): PageContext | null {
  if (!isOzonHost(url.hostname)) return null;
  const address = ozonAddress(url);
  if (!address) return null;
  const now = options.now ?? new Date();
  try {
    return withPageIndex(doc, () => readIndexedPage(doc, url, address, now));
  } catch {
    // Every source is guarded; this is the last line so that nothing ever reaches the page.
    return null;
  }
}

function readIndexedPage(doc: Document, url: URL, address: OzonAddress, now: Date): PageContext {
  if (isChallenge(doc) && !(address.kind === 'product' && hasProductContent(doc))) {
    const context: PageContext = { marketplace: 'ozon', kind: 'blocked', url: url.href, sources: {} };
    if (address.kind === 'product') fill(context, 'article', [['address', () => address.article]]);
    if (address.kind === 'order') fill(context, 'orderId', [['address', () => address.orderId]]);
    return context;
  }
  switch (address.kind) {
    case 'product':
      return readProduct(doc, url, address.article);
    case 'order':
      return readOrder(doc, url, address, now);
    case 'order-list':
      return readOrderList(doc, url, now);
  }
}

// ------------------------------------------------------------------------------------------ page targets

/** Labels of the page's own controls, as Ozon writes them. */
const TARGET_LABELS: Record<PageTarget, RegExp> = {
  'seller-question': /^(задать вопрос продавцу|задать вопрос|задайте вопрос о товаре)$/i,
  'seller-chat': /^(написать в магазин|чат с продавцом|написать продавцу)$/i,
};

const TARGET_WIDGETS: Record<PageTarget, string> = {
  'seller-question': 'webCreateQuestion',
  'seller-chat': 'webChatButton',
};

function isShown(el: Element): boolean {
  return !el.closest('[hidden], [aria-hidden="true"]');
}

export function findOzonPageTarget(doc: Document, target: PageTarget): Element | null {
  try {
    for (const block of widgetBlocks(doc, TARGET_WIDGETS[target])) {
      if (!isShown(block)) continue;
      // The question form: its text box is where the shopper pastes.
      return block.querySelector('textarea') ?? block;
    }
    for (const el of Array.from(doc.querySelectorAll('button, a, [role="button"]'))) {
      if (isShown(el) && TARGET_LABELS[target].test(foldSpace(el.textContent))) return el;
    }
  } catch {
    // A page that breaks our look-up simply has no target.
  }
  return null;
}

export const ozon: MarketplaceAdapter = {
  ...OZON,
  handles: (url) => isOzonHost(url.hostname),
  readPage: readOzonPage,
  pageKinds: ['product', 'order', 'order-list', 'blocked'],
  findPageTarget: findOzonPageTarget,
  readCardText: readOzonCardText,
  findOrderCards: findOzonOrderCards,
  orderBlockSelector: OZON_ORDER_BLOCK,
};
