/**
 * What a reading may hold, as plain lists and lengths: the marketplaces, the kinds of page, the fields, and
 * how long each may be. ./context-schema.ts builds the schema of a reading from these (and `PageContext`
 * is inferred from it, ./types.ts); the readers, the content script and the popup take them from here
 * without the schema's library.
 */

/** Every marketplace the extension knows, in the order lists show them (./facts.ts says the rest of each). */
export const MARKETPLACE_IDS = ['ozon', 'wildberries', 'yandex-market'] as const;
export type MarketplaceId = (typeof MARKETPLACE_IDS)[number];

/**
 * - product: a product card;
 * - order: one order (or one shipment of it);
 * - order-list: the list of the shopper's orders (or, on Wildberries, of the items bought);
 * - blocked: the site served an anti-bot challenge instead of the page; only the address is known.
 */
export const PAGE_KINDS = ['product', 'order', 'order-list', 'blocked'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** The fields a reading may fill, each answered by a named source (`sources`). */
export const CONTEXT_FIELDS = [
  'article',
  'productId',
  'title',
  'seller',
  'sellerUrl',
  'price',
  'currency',
  'orderId',
  'orderDate',
  'orderStatus',
  'deliveredDate',
  'items',
  'orders',
] as const;
export type ContextField = (typeof CONTEXT_FIELDS)[number];

/** The lengths an inquiry keeps of what a page says: the readers cut to them, the schema checks them. */
export const READ_LIMITS = {
  /** A title, a seller, a status, an article. */
  field: 1_000,
  /** An order or shipment number inside a list. */
  id: 64,
  /** Items of an order, orders of a list. */
  items: 200,
  currency: 8,
  url: 8_192,
} as const;
