/**
 * Every marketplace the extension reads, in one list. The content script, the manifest's matches and the
 * tests all take them from here.
 */
import { ozon } from './ozon';
import { wildberries } from './wildberries';
import { yandexMarket } from './yandex-market';
import type { MarketplaceAdapter, PageContext, ReadOptions } from './types';

export const marketplaces: readonly MarketplaceAdapter[] = [ozon, wildberries, yandexMarket];

export function adapterFor(url: URL): MarketplaceAdapter | undefined {
  return marketplaces.find((adapter) => adapter.handles(url));
}

export { readAddress } from './addresses';

/** Reads a page with whichever adapter handles its address. Never throws. */
export function readPage(doc: Document, url: URL, options?: ReadOptions): PageContext | null {
  try {
    return adapterFor(url)?.readPage(doc, url, options) ?? null;
  } catch {
    return null;
  }
}

export type * from './types';
