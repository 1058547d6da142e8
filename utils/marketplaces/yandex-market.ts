/**
 * Yandex Market (market.yandex.ru). Product pages, `/product--<slug>/<productId>?sku=<sku>` and
 * `/card/<slug>/<productId>`. The page's DOM may not be rendered at all: the article (the Market SKU),
 * title and price come from JSON-LD, the seller from the page state (`shopInfo.<id>.name`, in the
 * `<noframes data-apiary="patch">` JSON) or JSON-LD's description.
 */
import { fill, fillTogether, foldSpace, isRecord, jsonLdOfType, parseJson, parsePrice, textOrUndefined, dig, KNOWN_CURRENCIES } from './sources';
import type { MarketplaceAdapter, PageContext, PageTarget, ReadOptions } from './types';

export function isYandexMarketHost(hostname: string): boolean {
  return hostname.toLowerCase() === 'market.yandex.ru';
}

export function yandexMarketAddress(url: URL): { productId: string; sku?: string } | undefined {
  const match = /^\/(?:product--[^/]+|card\/[^/]+)\/(\d{3,15})\/?$/.exec(url.pathname);
  if (!match) return undefined;
  const sku = url.searchParams.get('sku') ?? undefined;
  return { productId: match[1], sku: sku && /^\d{3,20}$/.test(sku) ? sku : undefined };
}

/** The page state: JSON blocks the site ships for its own scripts. */
function pageStates(doc: Document): Record<string, unknown>[] {
  return Array.from(doc.querySelectorAll('noframes[data-apiary], script[type="application/json"]'))
    .map((el) => parseJson(el.textContent))
    .filter(isRecord);
}

function sellerFromState(doc: Document): string | undefined {
  for (const state of pageStates(doc)) {
    const shops = dig(state, 'collections', 'shopInfo');
    if (!isRecord(shops)) continue;
    for (const shop of Object.values(shops)) {
      const name = isRecord(shop) ? textOrUndefined(shop.name) : undefined;
      if (name) return name;
    }
  }
  return undefined;
}

function titleFromState(doc: Document): string | undefined {
  for (const state of pageStates(doc)) {
    const titles = dig(state, 'collections', 'titleV2');
    if (!isRecord(titles)) continue;
    for (const entry of Object.values(titles)) {
      const title = isRecord(entry) ? textOrUndefined(entry.title) : undefined;
      if (title) return title;
    }
  }
  return undefined;
}

function readProduct(doc: Document, url: URL, address: { productId: string; sku?: string }): PageContext {
  const context: PageContext = { marketplace: 'yandex-market', kind: 'product', url: url.href, sources: {} };
  const ld = jsonLdOfType(doc, 'Product');
  const ldSku = textOrUndefined(ld?.sku);
  // JSON-LD about another SKU than the address names (a page half replaced) is not used.
  const product = ld && (!address.sku || !ldSku || ldSku === address.sku) ? ld : undefined;

  fill(context, 'article', [
    ['address', () => address.sku],
    ['json-ld', () => (product ? ldSku : undefined)],
  ]);
  fill(context, 'productId', [['address', () => address.productId]]);
  fill(context, 'title', [
    ['json-ld', () => textOrUndefined(product?.name)],
    ['state:titleV2', () => titleFromState(doc)],
    ['block:h1', () => textOrUndefined(doc.querySelector('h1')?.textContent)],
  ]);
  fill(context, 'seller', [
    ['state:shopInfo', () => sellerFromState(doc)],
    ['json-ld:description', () => textOrUndefined(/в интернет-магазине (.+?) на Яндекс Маркете/.exec(foldSpace(String(product?.description ?? '')))?.[1])],
  ]);
  fillTogether(context, 'price', 'currency', [
    [
      'json-ld',
      () => {
        const offers = Array.isArray(product?.offers) ? product?.offers[0] : product?.offers;
        const amount = parsePrice(dig(offers, 'price'));
        if (amount === undefined) return undefined;
        // Yandex writes roubles as RUR, the old code.
        const code = textOrUndefined(dig(offers, 'priceCurrency'))?.toUpperCase();
        const currency = code === 'RUR' ? 'RUB' : code;
        return { main: amount, extra: currency && KNOWN_CURRENCIES.has(currency) ? currency : undefined };
      },
    ],
  ]);
  return context;
}

export function readYandexMarketPage(doc: Document, url: URL, _options: ReadOptions = {}): PageContext | null {
  if (!isYandexMarketHost(url.hostname)) return null;
  const address = yandexMarketAddress(url);
  if (!address) return null;
  try {
    return readProduct(doc, url, address);
  } catch {
    return null;
  }
}

export const yandexMarket: MarketplaceAdapter = {
  id: 'yandex-market',
  name: 'Яндекс Маркет',
  matches: ['https://market.yandex.ru/*'],
  handles: (url) => isYandexMarketHost(url.hostname),
  readPage: readYandexMarketPage,
  findPageTarget: (_doc: Document, _target: PageTarget) => null,
};
