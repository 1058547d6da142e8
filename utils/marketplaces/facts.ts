/**
 * Every marketplace's facts — id, name, label, addresses — gathered from each one's `address.ts`. Every
 * list of marketplaces in the extension is read from here or from `MARKETPLACE_IDS` (./types.ts): the
 * manifest's matches, the content script's reading of an address, the panel's and the documents' names,
 * the labels and the filter of the extension's pages, the schema of a saved record. Light: no reader of
 * a page comes with it, so the content script and the popup can take it.
 */
import { OZON } from './ozon/address';
import { MARKETPLACE_IDS, type MarketplaceFacts, type MarketplaceId } from './types';
import { WILDBERRIES } from './wildberries/address';
import { YANDEX_MARKET } from './yandex-market/address';

export { MARKETPLACE_IDS, type MarketplaceFacts, type MarketplaceId };

export const MARKETPLACES: Readonly<Record<MarketplaceId, MarketplaceFacts>> = {
  ozon: OZON,
  wildberries: WILDBERRIES,
  'yandex-market': YANDEX_MARKET,
};

/** In the order of `MARKETPLACE_IDS`. */
export const MARKETPLACE_LIST: readonly MarketplaceFacts[] = MARKETPLACE_IDS.map((id) => MARKETPLACES[id]);
