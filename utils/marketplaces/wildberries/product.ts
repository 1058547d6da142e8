/** A Wildberries product page in its 2022–2025 layout (BEM blocks), or a quick view opened over a page. */
import { absoluteHttpUrl, currencyFromText, fill, fillTogether, foldSpace, parsePrice, textOrUndefined } from '../sources';
import type { PageContext } from '../types';
import { wildberriesArticle } from './address';
import { readProduct2026, sellerLink } from './product-2026';

/**
 * Two layouts of the product page, told apart by what the page holds, not by a date:
 * - 2022–2025: BEM blocks that held for years (`product-page__title`, `price-block__final-price`,
 *   `seller-info__…`) and `#productNmId`;
 * - 2026: a design system (`mo-typography`, `mo-button`) with hashed class names
 *   (`productTitle--J2W7I`), the title in a heading, the seller in the section labelled «Информация о
 *   продавце», prices as text with ₽.
 */
export function isLayout2026(doc: Document): boolean {
  if (doc.querySelector('#productNmId, .product-page__title, .price-block, .seller-info')) return false;
  return doc.querySelector('.mo-typography, section[aria-label="Информация о продавце"]') !== null;
}

/**
 * A quick view («Быстрый просмотр») opened over the page is a whole product card of another product,
 * placed first in <body>, with its own `#productNmId` and price block: the page's card and each quick view
 * are read apart, and the one that names the address's article is read.
 */
export const QUICK_VIEW = '.j-product-popup';

export interface Scope {
  /** The first element of the scope matching a selector. */
  find(selector: string): Element | undefined;
  quickView: boolean;
}

export function scopesOf(doc: Document): Scope[] {
  const page: Scope = {
    find: (selector) => Array.from(doc.querySelectorAll(selector)).find((el) => !el.closest(QUICK_VIEW)),
    quickView: false,
  };
  // A quick view closed but left in the page is not read; its markup stays out of the page's card.
  const views = Array.from(doc.querySelectorAll(`${QUICK_VIEW}.shown`)).map(
    (view): Scope => ({ find: (selector) => view.querySelector(selector) ?? undefined, quickView: true }),
  );
  return [page, ...views];
}

/** The article a scope names: its `#productNmId`, or the quick view's title link. */
export function namedArticle(scope: Scope, base: URL): string | undefined {
  const named = textOrUndefined(scope.find('#productNmId')?.textContent);
  if (named && /^\d+$/.test(named)) return named;
  const link = absoluteHttpUrl(scope.find('.j-popup-title')?.getAttribute('href'), base);
  return link ? wildberriesArticle(new URL(link)) : undefined;
}

export function readProduct(doc: Document, url: URL, article: string): PageContext {
  const context: PageContext = { marketplace: 'wildberries', kind: 'product', url: url.href, sources: {} };
  fill(context, 'article', [['address', () => article]]);
  if (isLayout2026(doc)) return readProduct2026(doc, url, article, context);
  const scopes = scopesOf(doc);
  const named = scopes.map((scope) => namedArticle(scope, url));
  // The card that names this article; the page's own when nothing names any. A page whose cards all name
  // another article is not this product's yet.
  const index = named.indexOf(article) >= 0 ? named.indexOf(article) : named[0] === undefined ? 0 : -1;
  if (index < 0) return context;
  const scope = scopes[index];
  const text = (selector: string) => textOrUndefined(scope.find(selector)?.textContent);

  fill(context, 'title', [
    ['block:product-page__title', () => text('h1.product-page__title')],
    ['block:product-page__header h1', () => text('.product-page__header h1')],
    // The quick view's title link holds the brand, then the product's name.
    ['block:j-popup-title', () => textOrUndefined(scope.find('.j-popup-title > span:not(.product__brand-name)')?.textContent)],
  ]);

  fillTogether(context, 'seller', 'sellerUrl', [
    [
      'block:seller-info__name',
      () => {
        const el = scope.find('.seller-info__name');
        const name = textOrUndefined(el?.textContent);
        return name ? { main: name, extra: sellerLink(el?.closest('a') ?? el, url) } : undefined;
      },
    ],
    [
      'block:seller-info__default-name',
      () => {
        const name = text('.seller-info__default-name');
        return name ? { main: name, extra: sellerLink(scope.find('.seller-info a[href*="/seller/"]'), url) } : undefined;
      },
    ],
  ]);

  fillTogether(context, 'price', 'currency', [
    [
      'block:price-block__final-price',
      () => {
        const shown = foldSpace(scope.find('.price-block__final-price')?.textContent);
        const amount = parsePrice(shown);
        return amount === undefined ? undefined : { main: amount, extra: currencyFromText(shown) };
      },
    ],
  ]);
  return context;
}
