/**
 * Wildberries (wildberries.ru, with or without www). Product pages, `/catalog/<article>/detail.aspx`, and
 * the shopper's purchases: `/lk/myorders/delivery` (items on their way) and `/lk/myorders/archive`
 * (items bought), read as a list of items, each with a contact button of its own.
 * Wildberries writes no JSON-LD; its blocks carry BEM class names that have held across years
 * (`product-page__title`, `price-block__final-price`, `seller-info__…`), unlike hashed ones. Older
 * captures hold unrendered template attributes (`data-link="…"`): only text is read, never attributes
 * but links.
 */
import type { MarketplaceAdapter, PageContext, PageTarget, ReadOptions } from '../types';
import { isWildberriesHost, WILDBERRIES, wildberriesArticle } from './address';
import { readProduct } from './product';
import { wildberriesPurchasesPage } from './address';
import { readPurchases, findWildberriesOrderCards } from './purchases';

export { isWildberriesHost, readWildberriesAddress, wildberriesArticle, wildberriesPurchasesPage } from './address';
export { readWildberriesCardText } from './card';
import { readWildberriesCardText } from './card';
export { findWildberriesOrderCards } from './purchases';

// -------------------------------------------------------------------------------------------- the reader

export function readWildberriesPage(doc: Document, url: URL, _options: ReadOptions = {}): PageContext | null {
  if (!isWildberriesHost(url.hostname)) return null;
  try {
    const article = wildberriesArticle(url);
    if (article) return readProduct(doc, url, article);
    if (wildberriesPurchasesPage(url)) return readPurchases(doc, url);
    return null;
  } catch {
    return null;
  }
}

export const wildberries: MarketplaceAdapter = {
  ...WILDBERRIES,
  handles: (url) => isWildberriesHost(url.hostname),
  readPage: readWildberriesPage,
  pageKinds: ['product', 'order-list'],
  // Wildberries' product pages carry no seller form of their own in the saved pages.
  findPageTarget: (_doc: Document, _target: PageTarget) => null,
  readCardText: readWildberriesCardText,
  findOrderCards: findWildberriesOrderCards,
};
