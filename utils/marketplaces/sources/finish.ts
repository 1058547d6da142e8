/**
 * The last step of every reading in full: what a page wrote is made into what an inquiry may hold. A page
 * chooses its own text, so a hostile or broken one must not be able to make the panel show one thing and
 * save another, nor make saving fail for good:
 *
 * - bidirectional controls (U+202A–202E, U+2066–2069, and the marks U+200E, U+200F, U+061C) are removed: «\u202E0001 ₽» would be drawn as
 *   «₽ 1000», in the panel, the message and the claim, while the stored digits say otherwise;
 * - each field is cut to what a saved inquiry may hold (`READ_LIMITS`), its end marked «…», and the
 *   reading records the cut (`cut`) so that the panel says so — a 5 000-character title is saved, cut,
 *   rather than refused on that page for ever;
 * - a seller's link is kept only on the marketplace's own hosts: a page could otherwise present any site
 *   as the seller's page, where the shopper goes to copy the seller's legal details.
 */
import { READ_LIMITS } from '../context-shape';
import type { ContextField, PageContext } from '../types';

export { READ_LIMITS };

/** Bidirectional embeddings, overrides, isolates and marks (LRM, RLM, the Arabic letter mark). */
export const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

export function withoutBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** `text` at most `max` characters long, its end marked with «…» when it was cut. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  // A surrogate pair is never split: the cut falls before it.
  let end = max - 1;
  if (/[\ud800-\udbff]/.test(text[end - 1] ?? '')) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}

/**
 * `context` fit to be shown and saved (a new object; the reading's own is left as it was). `ownHost`: the
 * marketplace's own hosts, where a seller's page may be.
 */
export function finishReading(context: PageContext, ownHost: (hostname: string) => boolean): PageContext {
  const cut = new Set<ContextField>(context.cut ?? []);
  const fit = (field: ContextField, value: string | undefined, max: number = READ_LIMITS.field): string | undefined => {
    if (value === undefined) return undefined;
    const clean = withoutBidi(value);
    if (clean.length > max) cut.add(field);
    return cutText(clean, max);
  };
  const list = <T>(field: ContextField, values: T[] | undefined): T[] | undefined => {
    if (!values) return undefined;
    if (values.length > READ_LIMITS.items) cut.add(field);
    return values.slice(0, READ_LIMITS.items);
  };

  const next: PageContext = { ...context, sources: { ...context.sources } };
  for (const field of ['article', 'productId', 'title', 'seller', 'orderId', 'orderStatus'] as const) {
    const value = fit(field, context[field]);
    if (value !== undefined) next[field] = value;
  }
  if (context.currency !== undefined) next.currency = fit('currency', context.currency, READ_LIMITS.currency);
  if (context.items) {
    next.items = list('items', context.items)!.map((item) => {
      const out = { ...item };
      if (item.article !== undefined) out.article = fit('items', item.article);
      if (item.title !== undefined) out.title = fit('items', item.title);
      if (item.status !== undefined) out.status = fit('items', item.status);
      if (item.orderId !== undefined) out.orderId = fit('items', item.orderId, READ_LIMITS.id);
      if (item.shipmentId !== undefined) out.shipmentId = fit('items', item.shipmentId, READ_LIMITS.id);
      return out;
    });
  }
  if (context.orders) {
    next.orders = list('orders', context.orders)!.map((order) => ({
      ...order,
      orderId: fit('orders', order.orderId, READ_LIMITS.id)!,
      ...(order.status !== undefined && { status: fit('orders', order.status) }),
    }));
  }
  const seller = context.sellerUrl === undefined ? undefined : sellerAddress(context.sellerUrl, ownHost);
  if (seller === undefined && context.sellerUrl !== undefined) {
    delete next.sellerUrl;
    delete next.sources.sellerUrl;
  } else if (seller !== undefined) {
    next.sellerUrl = seller;
  }
  next.url = keptAddress(next.url);
  if (cut.size > 0) next.cut = [...cut];
  return next;
}

/**
 * A page's address as an inquiry keeps it: whole, or, past `READ_LIMITS.url`, without its query and
 * fragment (a page can make its address as long as it likes with `history.replaceState`).
 */
export function keptAddress(href: string): string {
  if (href.length <= READ_LIMITS.url) return href;
  const url = new URL(href);
  return cutText(url.origin + url.pathname, READ_LIMITS.url);
}

/** A seller's page on the marketplace's own hosts (https), or undefined for any other address. */
export function sellerAddress(address: string, ownHost: (hostname: string) => boolean): string | undefined {
  if (address.length > READ_LIMITS.url) return undefined;
  try {
    const url = new URL(address);
    return url.protocol === 'https:' && !url.username && !url.password && ownHost(url.hostname) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
