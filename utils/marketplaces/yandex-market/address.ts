/**
 * What Yandex Market's address alone says (./index.ts reads the page): a product
 * (its model, and its SKU where the address names one), an order, the order list. Apart from the reader,
 * since the content script needs only this at load.
 */
import type { MarketplaceFacts, PageContext } from '../types';


export function isYandexMarketHost(hostname: string): boolean {
  return hostname.toLowerCase() === 'market.yandex.ru';
}

export function yandexMarketAddress(url: URL): { productId: string; sku?: string } | undefined {
  const match = /^\/(?:product--[^/]+|card\/[^/]+)\/(\d{3,15})\/?$/.exec(url.pathname);
  if (!match) return undefined;
  const sku = url.searchParams.get('sku') ?? undefined;
  return { productId: match[1], sku: sku && /^\d{3,20}$/.test(sku) ? sku : undefined };
}

export type OrdersAddress = { kind: 'order'; orderId: string } | { kind: 'order-list' };

export function yandexMarketOrdersAddress(url: URL): OrdersAddress | undefined {
  const order = /^\/my\/order\/(\d{6,15})\/?$/.exec(url.pathname);
  if (order) return { kind: 'order', orderId: order[1] };
  return /^\/my\/orders\/?$/.test(url.pathname) ? { kind: 'order-list' } : undefined;
}

/** The address alone: a product (its model, and its SKU where the address names one), an order, the list. */
export function readYandexMarketAddress(url: URL): PageContext | null {
  if (!isYandexMarketHost(url.hostname)) return null;
  const base = { marketplace: 'yandex-market' as const, url: url.href };
  const product = yandexMarketAddress(url);
  if (product) {
    return {
      ...base,
      kind: 'product',
      ...(product.sku && { article: product.sku }),
      productId: product.productId,
      sources: { ...(product.sku && { article: 'address' }), productId: 'address' },
    };
  }
  const orders = yandexMarketOrdersAddress(url);
  if (orders?.kind === 'order') return { ...base, kind: 'order', orderId: orders.orderId, sources: { orderId: 'address' } };
  return orders ? { ...base, kind: 'order-list', sources: {} } : null;
}

/** Yandex Market's facts (../facts.ts). */
export const YANDEX_MARKET: MarketplaceFacts = {
  id: 'yandex-market',
  name: 'Яндекс Маркет',
  label: 'marketplaceYandexMarket',
  matches: ['https://market.yandex.ru/*'],
  isOwnHost: isYandexMarketHost,
  readAddress: readYandexMarketAddress,
};
