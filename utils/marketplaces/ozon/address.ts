/** Ozon's addresses: which page an address is, and what it names (the article, the order number). */
import { fill } from '../sources/fill';
import { foldSpace, textOrUndefined } from '../sources/text';
import type { MarketplaceFacts, PageContext } from '../types';

export const HOSTS = ['ozon.ru', 'ozon.by', 'ozon.kz'];

/** An article as Ozon prints it: the SKU, digits only. */
export const ARTICLE = /^\d{4,12}$/;
/** Order numbers look like 46206571-0591; a shipment adds -<n>: 46206571-0591-1. */
export const ORDER_NUMBER = /\b(\d{6,12}-\d{4})(?:-\d{1,3})?\b/;
export const SHIPMENT_NUMBER = /\b\d{6,12}-\d{4}-\d{1,3}\b/;

export function isOzonHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^www\./, '');
  return HOSTS.includes(host);
}

export type OzonAddress =
  | { kind: 'product'; article: string }
  | { kind: 'order'; orderId: string; shipmentId?: string }
  | { kind: 'order-list' };

/** What the address alone says about the page. */
export function ozonAddress(url: URL): OzonAddress | undefined {
  const path = url.pathname;
  const product = /^\/product\/(?:[^/]*-)?(\d{4,12})\/?$/.exec(path);
  if (product) return { kind: 'product', article: product[1] };
  if (/^\/my\/orderdetails\/?$/.test(path)) {
    const param = url.searchParams.get('order') ?? '';
    const orderId = ORDER_NUMBER.exec(param)?.[1];
    // Without an order number in the address this is not an order we can name.
    if (!orderId) return undefined;
    const shipmentId = SHIPMENT_NUMBER.exec(param)?.[0];
    return { kind: 'order', orderId, shipmentId };
  }
  if (/^\/my\/orderlist\/?$/.test(path)) return { kind: 'order-list' };
  return undefined;
}

export function articleOf(value: unknown): string | undefined {
  const text = textOrUndefined(value);
  return text && ARTICLE.test(text) ? text : undefined;
}

export function articleFromProductLink(href: unknown): string | undefined {
  if (typeof href !== 'string') return undefined;
  return /\/product\/(?:[^/?#]*-)?(\d{4,12})\/?(?:[?#]|$)/.exec(href)?.[1];
}

/** An anti-bot page: Ozon's challenge keeps a hidden #challenge input and says so in its title. */
export function isChallenge(doc: Document): boolean {
  if (doc.querySelector('input#challenge')) return true;
  const title = foldSpace(doc.title);
  if (/antibot|challenge/i.test(title)) return true;
  // A real page of the site is made of widgets; only a page without any is worth reading as text.
  if (doc.querySelector('[data-widget]')) return false;
  const text = foldSpace(doc.body?.textContent?.slice(0, 20_000));
  return /not a robot|не робот/i.test(text);
}

/** The address alone: a product's article, an order's number, the order list. */
export function readOzonAddress(url: URL): PageContext | null {
  const address = isOzonHost(url.hostname) ? ozonAddress(url) : undefined;
  if (!address) return null;
  const context: PageContext = { marketplace: 'ozon', kind: address.kind, url: url.href, sources: {} };
  if (address.kind === 'product') fill(context, 'article', [['address', () => address.article]]);
  if (address.kind === 'order') fill(context, 'orderId', [['address', () => address.orderId]]);
  return context;
}

/** Ozon's facts (utils/marketplaces/facts.ts gathers them). */
export const OZON: MarketplaceFacts = {
  id: 'ozon',
  name: 'Ozon',
  label: 'marketplaceOzon',
  matches: HOSTS.flatMap((host) => [`https://${host}/*`, `https://www.${host}/*`]),
  isOwnHost: isOzonHost,
  readAddress: readOzonAddress,
};
