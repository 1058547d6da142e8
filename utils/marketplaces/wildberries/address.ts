/** Wildberries' addresses: a product's article, the purchases pages; and reading a block's text. */
import { textOrUndefined } from '../sources/text';
import type { MarketplaceFacts, PageContext } from '../types';

export const HOSTS = ['wildberries.ru'];

export function isWildberriesHost(hostname: string): boolean {
  return HOSTS.includes(hostname.toLowerCase().replace(/^www\./, ''));
}

export function wildberriesArticle(url: URL): string | undefined {
  return /^\/catalog\/(\d{4,12})\/detail\.aspx$/.exec(url.pathname)?.[1];
}

export const text = (doc: Document, selector: string) => textOrUndefined(doc.querySelector(selector)?.textContent);

export type PurchasesPage = 'delivery' | 'archive';

export function wildberriesPurchasesPage(url: URL): PurchasesPage | undefined {
  return /^\/lk\/myorders\/(delivery|archive)\/?$/.exec(url.pathname)?.[1] as PurchasesPage | undefined;
}

/** The address alone: a product's article, or one of the purchases pages. */
export function readWildberriesAddress(url: URL): PageContext | null {
  if (!isWildberriesHost(url.hostname)) return null;
  const article = wildberriesArticle(url);
  if (article) return { marketplace: 'wildberries', kind: 'product', url: url.href, article, sources: { article: 'address' } };
  return wildberriesPurchasesPage(url) ? { marketplace: 'wildberries', kind: 'order-list', url: url.href, sources: {} } : null;
}

/** Wildberries' facts (../facts.ts). */
export const WILDBERRIES: MarketplaceFacts = {
  id: 'wildberries',
  name: 'Wildberries',
  label: 'marketplaceWildberries',
  matches: HOSTS.flatMap((host) => [`https://${host}/*`, `https://www.${host}/*`]),
  isOwnHost: isWildberriesHost,
  readAddress: readWildberriesAddress,
};
