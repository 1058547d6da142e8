/**
 * Yandex Market (market.yandex.ru). Product pages, `/product--<slug>/<productId>?sku=<sku>` and
 * `/card/<slug>/<productId>`. The page's DOM may not be rendered at all: the article (the Market SKU),
 * title and price come from JSON-LD, the seller from the page state (`shopInfo.<id>.name`, in the
 * `<noframes data-apiary="patch">` JSON) or JSON-LD's description. Orders: the list at `/my/orders` (its
 * cards, with a contact button each) and one order at `/my/order/<id>` (the page state's `order` and
 * `orderItem` collections, else the blocks the site marks with `data-auto`).
 */
import {
  absoluteHttpUrl,
  cardText,
  dig,
  elementText,
  fill,
  fillTogether,
  foldSpace,
  isRecord,
  jsonLdOfType,
  KNOWN_CURRENCIES,
  parsedOnce,
  parsePrice,
  parseRussianDate,
  textOrUndefined,
} from '../sources';
import type { MarketplaceAdapter, OrderCard, OrderItem, OrderSummary, PageContext, PageTarget, ReadOptions } from '../types';
import { isYandexMarketHost, YANDEX_MARKET, yandexMarketAddress, yandexMarketOrdersAddress } from './address';

export { isYandexMarketHost, readYandexMarketAddress, yandexMarketAddress, yandexMarketOrdersAddress } from './address';

/** The page state: JSON blocks the site ships for its own scripts. */
function pageStates(doc: Document): Record<string, unknown>[] {
  return Array.from(doc.querySelectorAll('noframes[data-apiary], script[type="application/json"]'))
    .map((el) => parsedOnce(el, el.textContent))
    .filter(isRecord);
}

/** The first text under `key` of any entry of a page-state collection: `shopInfo.<id>.name`, `titleV2.<id>.title`. */
function fromCollection(doc: Document, collection: string, key: string): string | undefined {
  for (const state of pageStates(doc)) {
    const entries = dig(state, 'collections', collection);
    if (!isRecord(entries)) continue;
    for (const entry of Object.values(entries)) {
      const text = isRecord(entry) ? textOrUndefined(entry[key]) : undefined;
      if (text) return text;
    }
  }
  return undefined;
}

/** A currency code; Yandex writes roubles as RUR, the old code. */
function currencyOf(value: unknown): string | undefined {
  const code = textOrUndefined(value)?.toUpperCase();
  const currency = code === 'RUR' ? 'RUB' : code;
  return currency && KNOWN_CURRENCIES.has(currency) ? currency : undefined;
}

const asName = (name: string | undefined) => (name ? { main: name } : undefined);

function readProduct(doc: Document, url: URL, address: { productId: string; sku?: string }): PageContext {
  const context: PageContext = { marketplace: 'yandex-market', kind: 'product', url: url.href, sources: {} };
  const ld = jsonLdOfType(doc, 'Product');
  const ldSku = textOrUndefined(ld?.sku);
  // JSON-LD about another SKU than the address names: the page is half replaced (the address moved, the
  // page not yet), and nothing but the address is trusted until it catches up.
  const stale = ld !== undefined && address.sku !== undefined && ldSku !== undefined && ldSku !== address.sku;
  const product = stale ? undefined : ld;

  fill(context, 'article', [
    ['address', () => address.sku],
    ['json-ld', () => (product ? ldSku : undefined)],
  ]);
  fill(context, 'productId', [['address', () => address.productId]]);
  if (stale) return context;
  // The heading the shopper sees names the product; JSON-LD may name another text (the model, or the set
  // the product belongs to), so it comes last.
  fill(context, 'title', [
    ['block:productCardTitle', () => textOrUndefined(doc.querySelector('h1[data-auto="productCardTitle"]')?.textContent)],
    ['state:titleV2', () => fromCollection(doc, 'titleV2', 'title')],
    ['json-ld', () => textOrUndefined(product?.name)],
  ]);
  fillTogether(context, 'seller', 'sellerUrl', [
    // The shop's block as drawn (`data-auto` marks the site's own blocks): its name and its page.
    [
      'block:shop-info',
      () => {
        const block = doc.querySelector('[data-auto="shop-info-block"]');
        const name = textOrUndefined(block?.querySelector('[data-auto="shop-info-title"]')?.textContent);
        const link = absoluteHttpUrl(block?.querySelector('a[href]')?.getAttribute('href'), url);
        return name ? { main: name, extra: link && isYandexMarketHost(new URL(link).hostname) ? link : undefined } : undefined;
      },
    ],
    ['state:shopInfo', () => asName(fromCollection(doc, 'shopInfo', 'name'))],
    ['json-ld:description', () => asName(textOrUndefined(/в интернет-магазине (.+?) на Яндекс Маркете/.exec(foldSpace(String(product?.description ?? '')))?.[1]))],
  ]);
  fillTogether(context, 'price', 'currency', [
    // The offer's price without the Yandex Pay card, as the price widget marks it up (schema.org
    // microdata); JSON-LD and the large figure may give the price with the card.
    [
      'microdata:offers',
      () => {
        const offer = doc.querySelector('[data-apiary-widget-name="@card/Price"] [itemprop="offers"]');
        const amount = parsePrice(offer?.querySelector('meta[itemprop="price"]')?.getAttribute('content') ?? undefined);
        if (amount === undefined) return undefined;
        return { main: amount, extra: currencyOf(offer?.querySelector('meta[itemprop="priceCurrency"]')?.getAttribute('content')) };
      },
    ],
    [
      'json-ld',
      () => {
        const offers = Array.isArray(product?.offers) ? product?.offers[0] : product?.offers;
        const amount = parsePrice(dig(offers, 'price'));
        if (amount === undefined) return undefined;
        return { main: amount, extra: currencyOf(dig(offers, 'priceCurrency')) };
      },
    ],
  ]);
  return context;
}

// --------------------------------------------------------------------------------------------- orders

const auto = (root: ParentNode, name: string) => textOrUndefined(root.querySelector(`[data-auto="${name}"]`)?.textContent);

/** The order in the page state, only when the state is about this order (not one left behind). */
function orderFromState(doc: Document, orderId: string): { order: Record<string, unknown>; items: OrderItem[] } | undefined {
  for (const state of pageStates(doc)) {
    const order = dig(state, 'collections', 'order', orderId);
    if (!isRecord(order)) continue;
    const entries = dig(state, 'collections', 'orderItem');
    const items = (isRecord(entries) ? Object.values(entries) : [])
      .filter(isRecord)
      .filter((entry) => String(entry.orderId ?? '') === orderId)
      .flatMap((entry): OrderItem[] => {
        const article = textOrUndefined(entry.sku);
        const title = textOrUndefined(entry.title ?? entry.name);
        return article || title ? [{ ...(article && /^\d+$/.test(article) && { article }), ...(title && { title }) }] : [];
      });
    return { order, items };
  }
  return undefined;
}

/** Items from the blocks: each links to its product page, whose address carries the SKU. */
function itemsFromBlocks(doc: Document, base: URL): OrderItem[] | undefined {
  const items = Array.from(doc.querySelectorAll('[data-auto="order-item"]')).flatMap((block): OrderItem[] => {
    const href = absoluteHttpUrl(block.querySelector('a[href]')?.getAttribute('href'), base);
    const article = href ? yandexMarketAddress(new URL(href))?.sku : undefined;
    const title = auto(block, 'order-item-title');
    return article || title ? [{ ...(article && { article }), ...(title && { title }) }] : [];
  });
  return items.length ? items : undefined;
}

/** The page's own heading names its order; another number there means the page is not this order's yet. */
function blocksAreAbout(doc: Document, orderId: string): boolean {
  const heading = auto(doc, 'order-title');
  const named = heading && /\d{6,15}/.exec(heading)?.[0];
  return !named || named === orderId;
}

function readOrder(doc: Document, url: URL, orderId: string, now: Date): PageContext {
  const context: PageContext = { marketplace: 'yandex-market', kind: 'order', url: url.href, sources: {} };
  fill(context, 'orderId', [['address', () => orderId]]);
  const state = orderFromState(doc, orderId);
  const blocks = blocksAreAbout(doc, orderId);
  fill(context, 'orderDate', [
    ['state:order', () => parseRussianDate(state?.order.creationDate, now)],
    ['block:order-date', () => (blocks ? parseRussianDate(auto(doc, 'order-date'), now) : undefined)],
  ]);
  fill(context, 'orderStatus', [
    ['state:order', () => textOrUndefined(state?.order.statusText)],
    ['block:order-status', () => (blocks ? auto(doc, 'order-status') : undefined)],
  ]);
  fill(context, 'items', [
    ['state:orderItem', () => (state?.items.length ? state.items : undefined)],
    ['block:order-item', () => (blocks ? itemsFromBlocks(doc, url) : undefined)],
  ]);
  return context;
}

/** Each card of the order list with the order it links to. */
function orderCards(doc: Document, base: URL, now: Date): { element: Element; order: OrderSummary }[] {
  const seen = new Set<string>();
  return Array.from(doc.querySelectorAll('[data-auto="order-card"]')).flatMap((element) => {
    const href = absoluteHttpUrl(element.querySelector('a[href*="/my/order/"]')?.getAttribute('href'), base);
    const address = href && isYandexMarketHost(new URL(href).hostname) ? yandexMarketOrdersAddress(new URL(href)) : undefined;
    if (address?.kind !== 'order' || seen.has(address.orderId)) return [];
    seen.add(address.orderId);
    const orderDate = parseRussianDate(auto(element, 'order-date'), now);
    const status = auto(element, 'order-status');
    return [{ element, order: { orderId: address.orderId, ...(orderDate && { orderDate }), ...(status && { status }) } }];
  });
}

function readOrderList(doc: Document, url: URL, now: Date): PageContext {
  const context: PageContext = { marketplace: 'yandex-market', kind: 'order-list', url: url.href, sources: {} };
  fill(context, 'orders', [
    ['block:order-card', () => {
      const orders = orderCards(doc, url, now).map((card) => card.order);
      return orders.length ? orders : undefined;
    }],
  ]);
  return context;
}

export function findYandexMarketOrderCards(doc: Document, url: URL, page: PageContext): OrderCard[] {
  if (yandexMarketOrdersAddress(url)?.kind !== 'order-list') return [];
  try {
    return orderCards(doc, url, new Date()).map(({ element, order: shown }) => {
      // What the reading said of the order (read with its own "now"), else what the card shows.
      const order = page.orders?.find((o) => o.orderId === shown.orderId) ?? shown;
      return {
      key: order.orderId,
      element,
      inside: true,
      context: {
        marketplace: 'yandex-market',
        kind: 'order',
        url: new URL(`/my/order/${order.orderId}`, url.origin).href,
        orderId: order.orderId,
        ...(order.orderDate && { orderDate: order.orderDate }),
        ...(order.status && { orderStatus: order.status }),
        sources: { orderId: 'order list' },
      },
    };
    });
  } catch {
    return [];
  }
}

// -------------------------------------------------------------------------------------------- the reader

export function readYandexMarketPage(doc: Document, url: URL, options: ReadOptions = {}): PageContext | null {
  if (!isYandexMarketHost(url.hostname)) return null;
  try {
    const product = yandexMarketAddress(url);
    if (product) return readProduct(doc, url, product);
    const orders = yandexMarketOrdersAddress(url);
    const now = options.now ?? new Date();
    if (orders?.kind === 'order') return readOrder(doc, url, orders.orderId, now);
    if (orders?.kind === 'order-list') return readOrderList(doc, url, now);
    return null;
  } catch {
    return null;
  }
}

/**
 * The product's description and characteristics, as the page shows them: the blocks the site marks
 * `data-auto="product-description"` and `data-auto="product-full-specs"` (or, where those marks are
 * missing, the zones `MarketProductDescription` and `fullSpecs`). JSON-LD's `description` is the shop's
 * advertising line, not the product's, and is not taken.
 */
export function readYandexMarketCardText(doc: Document, _url: URL): string | undefined {
  const block = (...selectors: string[]) => {
    for (const selector of selectors) {
      const found = doc.querySelector(selector);
      if (found) return elementText(found);
    }
    return undefined;
  };
  return cardText([
    block('[data-auto="product-description"]', '[data-zone-name="MarketProductDescription"]'),
    block('[data-auto="product-full-specs"]', '[data-zone-name="fullSpecs"]', '[data-auto="specs-list-minimal"]'),
  ]);
}

export const yandexMarket: MarketplaceAdapter = {
  ...YANDEX_MARKET,
  handles: (url) => isYandexMarketHost(url.hostname),
  readPage: readYandexMarketPage,
  pageKinds: ['product', 'order', 'order-list'],
  findPageTarget: (_doc: Document, _target: PageTarget) => null,
  readCardText: readYandexMarketCardText,
  findOrderCards: findYandexMarketOrderCards,
};
