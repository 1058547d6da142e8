/**
 * What the content script reads of the page, and when. At load and on each in-page navigation, the
 * address alone: it says the page's kind and its article or order number, which is all the launcher needs,
 * so the launcher is attached at once. The page itself is read in full only where a reading needs it: on
 * an order list (its cards need their buttons), once the shopper opens the panel (and from then on, while
 * its frame is on the page), and when the popup asks what the page is about. The page's own changes are
 * watched only while a reading depends on them.
 */
import { readAddress } from '@/utils/marketplaces/addresses';
import type { PageContext } from '@/utils/marketplaces/types';
import type { PageReader } from '@/utils/page-reader/contract';

export interface PageReading {
  /** The reading kept: the address's, or the page's in full where one is needed. */
  read(): PageContext | null;
  /** From now on every reading is in full (the panel has opened: its frame shows the page's fields). */
  readInFull(): void;
  /** The page in full once, without keeping to it (the popup asks). */
  readOnce(): PageContext | null;
  /** Whether a change to the page's content can change the last reading; when not, nothing watches it. */
  watchesPage(): boolean;
  /** Whether the last reading needed the page's readers, and they were not there yet (it was the address's). */
  wantsReader(): boolean;
}

/** `reader`: the page's readers, or undefined while they are not there (utils/page-reader/load.ts brings them). */
export function createPageReading(doc: Document, address: () => URL, reader: () => PageReader | undefined): PageReading {
  let inFull = false;
  let last: PageContext | null = null;
  let wanted = false;
  const needsPage = (context: PageContext) => inFull || context.kind === 'order-list';
  return {
    read() {
      const url = address();
      const light = readAddress(url);
      const readers = light && needsPage(light) ? reader() : undefined;
      wanted = !!light && needsPage(light) && !readers;
      last = readers ? readers.readPage(doc, url) : light;
      return last;
    },
    readInFull() {
      inFull = true;
    },
    readOnce() {
      const url = address();
      return reader()?.readPage(doc, url) ?? readAddress(url);
    },
    watchesPage: () => last !== null && needsPage(last) && !wanted,
    wantsReader: () => wanted,
  };
}
