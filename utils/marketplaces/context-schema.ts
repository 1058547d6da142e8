/**
 * The schema of a reading (`PageContext`, inferred from it in ./types.ts): what the reader found on the
 * page, as it reaches the background and as a saved inquiry keeps it. Only the extension's pages and the
 * background bundle it (with valibot); the readers and the content script name its type alone.
 */
import * as v from 'valibot';
import { CONTEXT_FIELDS, MARKETPLACE_IDS, PAGE_KINDS, READ_LIMITS } from './context-shape';

/** A string of at most `max` characters. */
export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
export const optionalText = (max: number) => v.optional(text(max));
/** YYYY-MM-DD */
export const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
/** An http(s) address, nothing else: only these become links. */
export const httpUrl = v.pipe(
  v.string(),
  v.maxLength(READ_LIMITS.url),
  v.check((value) => {
    try {
      return /^https?:$/.test(new URL(value).protocol);
    } catch {
      return false;
    }
  }, 'not a web address'),
);

export const MarketplaceSchema = v.picklist(MARKETPLACE_IDS);
const ContextFieldSchema = v.picklist(CONTEXT_FIELDS);
const field = optionalText(READ_LIMITS.field);

export const OrderItemSchema = v.strictObject({
  article: field,
  title: field,
  /** Ozon splits an order into shipments numbered <order>-<n>. */
  shipmentId: optionalText(READ_LIMITS.id),
  /** The order the item belongs to, where a page lists items of several orders (Wildberries). */
  orderId: optionalText(READ_LIMITS.id),
  /** The item's own status, where items of one page are in different states. */
  status: field,
});

export const OrderSummarySchema = v.strictObject({
  orderId: text(READ_LIMITS.id),
  /** YYYY-MM-DD */
  orderDate: v.optional(isoDate),
  status: field,
});

/**
 * What a marketplace reader gives back. Every field may be missing: a field the page does not show is
 * absent, never guessed. `sources` says which source answered each field, so a reading can be explained
 * (and a page the reader does not understand can be reported with what was tried).
 */
export const ContextSchema = v.strictObject({
  marketplace: MarketplaceSchema,
  kind: v.picklist(PAGE_KINDS),
  /** The address the page was read at. */
  url: httpUrl,

  // product
  /** The article: Ozon's and Wildberries' SKU, Yandex Market's SKU (the `sku` of its address). */
  article: field,
  /** Yandex Market's product (model) id, shared by the offers of several SKUs. */
  productId: field,
  title: field,
  seller: field,
  sellerUrl: v.optional(httpUrl),
  price: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0))),
  /** ISO 4217: RUB, BYN, KZT. */
  currency: optionalText(READ_LIMITS.currency),

  // order
  orderId: field,
  /** YYYY-MM-DD */
  orderDate: v.optional(isoDate),
  orderStatus: field,
  /** YYYY-MM-DD: when the order was handed over (the return window counts from it). */
  deliveredDate: v.optional(isoDate),
  items: v.optional(v.pipe(v.array(OrderItemSchema), v.maxLength(READ_LIMITS.items))),

  // order list
  orders: v.optional(v.pipe(v.array(OrderSummarySchema), v.maxLength(READ_LIMITS.items))),

  /** Field name → the source that answered it ("address", "json-ld", "state:webPrice", …). */
  sources: v.record(ContextFieldSchema, text(64)),
  /** Field name → the sources tried that gave nothing, for a field the page did not give. */
  missed: v.optional(v.record(ContextFieldSchema, v.pipe(v.array(text(64)), v.maxLength(20)))),
  /** Fields the page wrote longer than an inquiry keeps: cut, and the panel says so (sources/finish.ts). */
  cut: v.optional(v.pipe(v.array(ContextFieldSchema), v.maxLength(CONTEXT_FIELDS.length))),
});
