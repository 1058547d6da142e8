/**
 * The page's readers as the content script gets them: a script of their own (entrypoints/page-reader.ts),
 * imported by the content script the first time it reads a page in full — an order list's cards, the panel
 * opened, the popup asking. At load the content script reads the address alone
 * (utils/marketplaces/addresses.ts) and carries none of this, which is most of its size.
 */
import type { createOrderButtons } from '@/utils/in-page/order-buttons';
import type { adapterFor, readPage } from '@/utils/marketplaces';
import type { createPanelFrame } from '@/utils/panel-frame/host';
import type { pageScheme } from '@/utils/panel-frame/scheme';

export interface PageReader {
  readPage: typeof readPage;
  adapterFor: typeof adapterFor;
}

/** Where the script is, in the extension (a web-accessible resource, which a content script may import). */
export const PAGE_READER_FILE = '/page-reader.js' as const;

/**
 * Where the script leaves the readers: on the content script's own global (its isolated world, which the
 * page's scripts do not share), under a key no page can name by chance.
 */
export const PAGE_READER_KEY = Symbol.for('market-helpdesk:page-reader');

/** What page-reader.js leaves for the content script (entrypoints/page-reader.ts): the readers, and the frame and the order buttons. */
export interface LateParts extends PageReader {
  createPanelFrame: typeof createPanelFrame;
  pageScheme: typeof pageScheme;
  createOrderButtons: typeof createOrderButtons;
}
