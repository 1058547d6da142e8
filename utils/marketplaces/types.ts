/**
 * The readers' types. A reading (`PageContext`) is inferred from its schema (./context-schema.ts), so a
 * field is declared once, with its limits; the lists it is made of are in ./context-shape.ts.
 */
import type * as v from 'valibot';
import type { MessageKey } from '@/utils/platform/i18n';
import type { ContextSchema } from './context-schema';
import type { MarketplaceId, PageKind } from './context-shape';

export { MARKETPLACE_IDS, type ContextField, type MarketplaceId, type PageKind } from './context-shape';

/** What a marketplace reader gives back (./context-schema.ts says each field). */
export type PageContext = v.InferOutput<typeof ContextSchema>;
export type OrderItem = NonNullable<PageContext['items']>[number];
export type OrderSummary = NonNullable<PageContext['orders']>[number];

/**
 * What is known of a marketplace before any page is read, declared once in its own `address.ts` and
 * gathered in ./facts.ts: every list of marketplaces (the manifest's matches, the names the panel and the
 * documents say, the labels of the extension's pages, the hosts a seller's link may point to) is fed from it.
 */
export interface MarketplaceFacts {
  id: MarketplaceId;
  /** As the marketplace writes itself: the panel and the documents say this. */
  name: string;
  /** Its name on the extension's own pages, in the shopper's language. */
  label: MessageKey;
  /** Match patterns for the content script (and the manifest's host permissions). */
  matches: string[];
  /** Whether a host is one of the marketplace's own. */
  isOwnHost(hostname: string): boolean;
  /** What the address alone says (see `MarketplaceAdapter.readAddress`). */
  readAddress(url: URL): PageContext | null;
}

export interface ReadOptions {
  /** Today, for dates the page writes without a year. Injectable for tests. */
  now?: Date;
}

/** Controls a marketplace's own page carries for reaching the seller. */
export type PageTarget = 'seller-question' | 'seller-chat';

export interface MarketplaceAdapter extends MarketplaceFacts {
  /** Whether this adapter is responsible for the address at all. */
  handles(url: URL): boolean;
  /** Pure: reads the page, never touches it. Returns null for pages it has nothing to say about. */
  readPage(doc: Document, url: URL, options?: ReadOptions): PageContext | null;
  /**
   * What the address alone says: the page's kind and its article or order number, with nothing read from
   * the document — all the launcher needs. Null exactly where `readPage` is null (an address the reader
   * does not know). The content script reads this at load and the page in full only when it must.
   */
  readAddress(url: URL): PageContext | null;
  /**
   * Pure, on a product page: what the page says of the product beyond its heading — the description and
   * the characteristics — as text, capped at `CARD_TEXT_LIMIT`; undefined when the page shows neither.
   * Read only when an inquiry is saved (never on page load), and kept with it as evidence.
   */
  readCardText?(doc: Document, url: URL): string | undefined;
  /** The page's own form or button for a channel, when the page has one. */
  findPageTarget(doc: Document, target: PageTarget): Element | null;
  /** The kinds of page `readPage` can return. Each has a saved page or fixture (a test checks). */
  pageKinds: readonly PageKind[];
  /**
   * On an order list: each card that gets a contact button of its own, with what that button opens.
   * `within`: only the cards inside these blocks (appended as the page scrolled).
   */
  findOrderCards?(doc: Document, url: URL, page: PageContext, within?: Element[]): OrderCard[];
  /**
   * An order list that grows as the page scrolls comes in blocks matching this selector: a block that
   * appears later is read alone, not the whole page again.
   */
  orderBlockSelector?: string;
}

export interface OrderCard {
  /** Unique on the page: the order number, or the item's place in the list. */
  key: string;
  /** The card; the button goes after it, or at its end with `inside`. */
  element: Element;
  inside?: boolean;
  /** What the panel shows when the card's button is pressed. */
  context: PageContext;
}
