/**
 * The page's readers for the content script, and what only a page read in full needs — the dialog's frame
 * and the order cards' buttons: imported by it from the extension when it first reads a page in full
 * (utils/page-reader/), and evaluated in its world, where they are left for it. Every page
 * load pays for compiling the content script; most never need any of this.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { adapterFor, readPage } from '@/utils/marketplaces';
import { createOrderButtons } from '@/utils/in-page/order-buttons';
import { PAGE_READER_KEY, type LateParts } from '@/utils/page-reader/contract';
import { createPanelFrame } from '@/utils/panel-frame/host';
import { pageScheme } from '@/utils/panel-frame/scheme';

export default defineUnlistedScript(() => {
  const parts: LateParts = { readPage, adapterFor, createPanelFrame, pageScheme, createOrderButtons };
  (globalThis as Record<symbol, unknown>)[PAGE_READER_KEY] = parts;
});
