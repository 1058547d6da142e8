/** Wildberries' addresses: a product's article, the purchases pages; and reading a block's text. */
import { textOrUndefined } from '../sources';

export const HOSTS = ['wildberries.ru'];

export function isWildberriesHost(hostname: string): boolean {
  return HOSTS.includes(hostname.toLowerCase().replace(/^www\./, ''));
}

export function wildberriesArticle(url: URL): string | undefined {
  return /^\/catalog\/(\d{4,12})\/detail\.aspx$/.exec(url.pathname)?.[1];
}

export const text = (doc: Document, selector: string) => textOrUndefined(doc.querySelector(selector)?.textContent);
