/**
 * What the address alone says of a page (its kind, its article or order number), without the readers of
 * the page itself: this is what the content script runs at every page load, and all the launcher needs.
 * The readers (./index.ts) come to the content script only when it reads a page in full
 * (entrypoints/page-reader.ts).
 */
import { MARKETPLACE_LIST, MARKETPLACES } from './facts';
import { sellerAddress } from './sources/finish';
import type { PageContext } from './types';

/** Every marketplace's addresses, where the content script runs. */
export const ADDRESS_MATCHES: string[] = MARKETPLACE_LIST.flatMap((m) => m.matches);

/**
 * The seller's page to link to: the reading's, when it is on the marketplace's own site (a record saved
 * or imported before the readers checked this may hold any address; it is then shown as no link).
 */
export function sellerPage(context: Pick<PageContext, 'marketplace' | 'sellerUrl'>): string | undefined {
  const ownHost = MARKETPLACES[context.marketplace]?.isOwnHost;
  return context.sellerUrl && ownHost ? sellerAddress(context.sellerUrl, ownHost) : undefined;
}

/** Never throws. */
export function readAddress(url: URL): PageContext | null {
  try {
    for (const { readAddress: read } of MARKETPLACE_LIST) {
      const context = read(url);
      if (context) return context;
    }
    return null;
  } catch {
    return null;
  }
}
