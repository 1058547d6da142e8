/**
 * Wildberries (wildberries.ru, with or without www). Product pages, `/catalog/<article>/detail.aspx`.
 * Wildberries writes no JSON-LD; its blocks carry BEM class names that have held across years
 * (`product-page__title`, `price-block__final-price`, `seller-info__…`), unlike hashed ones. Older
 * captures hold unrendered template attributes (`data-link="…"`): only text is read, never attributes
 * but links.
 */
import { absoluteHttpUrl, currencyFromText, fill, fillTogether, foldSpace, parsePrice, textOrUndefined } from './sources';
import type { MarketplaceAdapter, PageContext, PageTarget, ReadOptions } from './types';

const HOSTS = ['wildberries.ru'];

export function isWildberriesHost(hostname: string): boolean {
  return HOSTS.includes(hostname.toLowerCase().replace(/^www\./, ''));
}

export function wildberriesArticle(url: URL): string | undefined {
  return /^\/catalog\/(\d{4,12})\/detail\.aspx$/.exec(url.pathname)?.[1];
}

const text = (doc: Document, selector: string) => textOrUndefined(doc.querySelector(selector)?.textContent);

function readProduct(doc: Document, url: URL, article: string): PageContext {
  const context: PageContext = { marketplace: 'wildberries', kind: 'product', url: url.href, sources: {} };
  fill(context, 'article', [['address', () => article]]);
  // The page names its article in #productNmId; another one there means the page is not this product's yet.
  const named = text(doc, '#productNmId');
  if (named && /^\d+$/.test(named) && named !== article) return context;

  fill(context, 'title', [
    ['block:product-page__title', () => text(doc, 'h1.product-page__title')],
    ['block:product-page__header h1', () => text(doc, '.product-page__header h1')],
  ]);

  fillTogether(context, 'seller', 'sellerUrl', [
    [
      'block:seller-info__name',
      () => {
        const el = doc.querySelector('.seller-info__name');
        const name = textOrUndefined(el?.textContent);
        return name ? { main: name, extra: sellerLink(el?.closest('a') ?? el, url) } : undefined;
      },
    ],
    [
      'block:seller-info__default-name',
      () => {
        const name = text(doc, '.seller-info__default-name');
        return name ? { main: name, extra: sellerLink(doc.querySelector('.seller-info a[href*="/seller/"]'), url) } : undefined;
      },
    ],
  ]);

  fillTogether(context, 'price', 'currency', [
    [
      'block:price-block__final-price',
      () => {
        const shown = foldSpace(doc.querySelector('.price-block__final-price')?.textContent);
        const amount = parsePrice(shown);
        return amount === undefined ? undefined : { main: amount, extra: currencyFromText(shown) };
      },
    ],
  ]);
  return context;
}

function sellerLink(el: Element | null | undefined, base: URL): string | undefined {
  const link = absoluteHttpUrl(el?.getAttribute('href'), base);
  return link && /^\/seller\/\d+/.test(new URL(link).pathname) ? link : undefined;
}

export function readWildberriesPage(doc: Document, url: URL, _options: ReadOptions = {}): PageContext | null {
  if (!isWildberriesHost(url.hostname)) return null;
  const article = wildberriesArticle(url);
  if (!article) return null;
  try {
    return readProduct(doc, url, article);
  } catch {
    return null;
  }
}

export const wildberries: MarketplaceAdapter = {
  id: 'wildberries',
  name: 'Wildberries',
  matches: HOSTS.flatMap((host) => [`https://${host}/*`, `https://www.${host}/*`]),
  handles: (url) => isWildberriesHost(url.hostname),
  readPage: readWildberriesPage,
  // Wildberries' product pages carry no seller form of their own in the saved pages.
  findPageTarget: (_doc: Document, _target: PageTarget) => null,
};
