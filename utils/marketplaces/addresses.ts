/**
 * What the address alone says of a page (its kind, its article or order number), without the readers of
 * the page itself: this is what the content script runs at every page load, and all the launcher needs.
 * The readers (./index.ts) come to the content script only when it reads a page in full
 * (entrypoints/page-reader.ts).
 */
import { isOzonHost, MATCHES as OZON, NAME as OZON_NAME, readOzonAddress } from './ozon/address';
import { sellerAddress } from './sources/limits';
import type { MarketplaceId, PageContext } from './types';
import { isWildberriesHost, MATCHES as WILDBERRIES, NAME as WILDBERRIES_NAME, readWildberriesAddress } from './wildberries/address';
import { isYandexMarketHost, MATCHES as YANDEX_MARKET, NAME as YANDEX_MARKET_NAME, readYandexMarketAddress } from './yandex-market/address';

/** Each marketplace's, in the order of `marketplaces`: each answers only for its own hosts. */
const ADDRESS_READERS: readonly ((url: URL) => PageContext | null)[] = [readOzonAddress, readWildberriesAddress, readYandexMarketAddress];

/** Every marketplace's addresses, where the content script runs (the adapters' `matches`, in their order). */
export const ADDRESS_MATCHES: string[] = [...OZON, ...WILDBERRIES, ...YANDEX_MARKET];

/** Each marketplace's name (the adapters' `name`), known before the readers are. */
export const MARKETPLACE_NAMES: Record<MarketplaceId, string> = {
  ozon: OZON_NAME,
  wildberries: WILDBERRIES_NAME,
  'yandex-market': YANDEX_MARKET_NAME,
};

/** Whether a host is one of the marketplace's own. */
export const OWN_HOST: Record<MarketplaceId, (hostname: string) => boolean> = {
  ozon: isOzonHost,
  wildberries: isWildberriesHost,
  'yandex-market': isYandexMarketHost,
};

/**
 * The seller's page to link to: the reading's, when it is on the marketplace's own site (a record saved
 * or imported before the readers checked this may hold any address; it is then shown as no link).
 */
export function sellerPage(context: Pick<PageContext, 'marketplace' | 'sellerUrl'>): string | undefined {
  const ownHost = OWN_HOST[context.marketplace];
  return context.sellerUrl && ownHost ? sellerAddress(context.sellerUrl, ownHost) : undefined;
}

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
