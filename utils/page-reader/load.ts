/**
 * The page's readers, fetched from the extension the first time the content script reads a page in full
 * (./contract.ts), with what only such a page needs: the dialog's frame (utils/panel-frame/host.ts) and
 * the order cards' buttons (utils/in-page/order-buttons.ts). Most pages a shopper opens need only their
 * address read, and never pay for compiling any of it.
 */
import { browser } from 'wxt/browser';
import { PAGE_READER_FILE, PAGE_READER_KEY, type LateParts } from './contract';

let loaded: LateParts | undefined;
let loading: Promise<LateParts> | undefined;

/** The readers and the rest, once they are here. */
export const pageReader = (): LateParts | undefined => loaded;

/** The marketplace's reader of this address, once the readers are here. */
export const adapterFor = (url: URL) => loaded?.adapterFor(url);

/** Brings the readers (once; again after a failure). */
export function loadPageReader(): Promise<LateParts> {
  if (loaded) return Promise.resolve(loaded);
  // Inside a promise: a failure of any kind rejects it, never throws into the caller.
  loading ??= Promise.resolve()
    .then(() => import(/* @vite-ignore */ browser.runtime.getURL(PAGE_READER_FILE)))
    .then(() => {
      const reader = (globalThis as Record<symbol, LateParts | undefined>)[PAGE_READER_KEY];
      if (!reader) throw new Error('the page readers did not load');
      loaded = reader;
      return reader;
    });
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
