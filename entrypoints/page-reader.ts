/**
 * The page's readers, for the content script: imported by it from the extension when it first reads a page
 * in full (utils/platform/page-reader.ts), and evaluated in its world, where they are left for it.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { adapterFor, readPage } from '../utils/marketplaces';
import { PAGE_READER_KEY, type PageReader } from '../utils/platform/page-reader';

export default defineUnlistedScript(() => {
  const reader: PageReader = { readPage, adapterFor };
  (globalThis as Record<symbol, unknown>)[PAGE_READER_KEY] = reader;
});
