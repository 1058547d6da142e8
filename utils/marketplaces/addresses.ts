/**
 * What the address alone says of a page (its kind, its article or order number), without the readers of
 * the page itself: this is what the content script runs at every page load, and all the launcher needs.
 * The readers (./index.ts) come to the content script only when it reads a page in full
 * (entrypoints/page-reader.ts).
 */
import { MATCHES as OZON, readOzonAddress } from './ozon/address';
import type { PageContext } from './types';
import { MATCHES as WILDBERRIES, readWildberriesAddress } from './wildberries/address';
import { MATCHES as YANDEX_MARKET, readYandexMarketAddress } from './yandex-market/address';

/** Each marketplace's, in the order of `marketplaces`: each answers only for its own hosts. */
const ADDRESS_READERS: readonly ((url: URL) => PageContext | null)[] = [readOzonAddress, readWildberriesAddress, readYandexMarketAddress];

/** Every marketplace's addresses, where the content script runs (the adapters' `matches`, in their order). */
export const ADDRESS_MATCHES: string[] = [...OZON, ...WILDBERRIES, ...YANDEX_MARKET];

/** Never throws. */
export function readAddress(url: URL): PageContext | null {
  try {
    for (const read of ADDRESS_READERS) {
      const context = read(url);
      if (context) return context;
    }
    return null;
  } catch {
    return null;
  }
}
