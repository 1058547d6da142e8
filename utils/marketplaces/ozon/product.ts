/** An Ozon product page: JSON-LD, the product widgets' blocks and state, and the out-of-stock widget. */
import { absoluteHttpUrl, allWidgetStates, currencyFromText, dig, fill, fillTogether, foldSpace, isRecord, jsonLdOfType, KNOWN_CURRENCIES, parsePrice, textOrUndefined, widgetBlocks, widgetStates } from '../sources';
import type { PageContext } from '../types';
import { ARTICLE } from './address';

/** JSON-LD Product, but only if it is about the product in the address (a half-replaced page is not). */
export function productLd(doc: Document, article: string): Record<string, unknown> | undefined {
  const ld = jsonLdOfType(doc, 'Product');
  if (!ld) return undefined;
  const sku = textOrUndefined(ld.sku);
  return sku === undefined || sku === article ? ld : undefined;
}

/** A widget's state, only if it names no other product than the one in the address. */
export function stateFor(doc: Document, widget: string, article: string): Record<string, unknown> | undefined {
  return widgetStates(doc, widget).find((state) => {
    const sku = textOrUndefined(state.sku);
    return sku === undefined || sku === article;
  });
}

export interface Seller {
  name: string;
  link?: string;
}

/** A link to a shop's page. Ozon's own shops link to a category instead: that is not the seller's page. */
export function sellerLink(href: unknown, base: URL): string | undefined {
  const link = absoluteHttpUrl(href, base);
  return link && /^\/seller\/[^/]+/.test(new URL(link).pathname) ? link : undefined;
}

/**
 * The seller as the rendered block shows it: "Продавец" followed by a link with the shop's name (to 2024),
 * or the shop's link alone, its name as its text and title (2025; the logo before it links there too,
 * with no text, and a badge such as «Premium-магазин» is not in a link).
 */
export function sellerFromBlock(doc: Document, base: URL): Seller | undefined {
  for (const block of widgetBlocks(doc, 'webCurrentSeller')) {
    for (const el of Array.from(block.querySelectorAll('*'))) {
      if (el.children.length !== 0 || foldSpace(el.textContent) !== 'Продавец') continue;
      const holder = el.nextElementSibling;
      if (!holder) continue;
      const link = holder.matches('a') ? holder : holder.querySelector('a');
      const name = textOrUndefined(link?.textContent) ?? textOrUndefined(link?.getAttribute('title'));
      if (name) return { name, link: sellerLink(link?.getAttribute('href'), base) };
      const text = textOrUndefined(holder.textContent);
      if (text) return { name: text };
    }
    for (const link of Array.from(block.querySelectorAll('a[href*="/seller/"]'))) {
      const name = textOrUndefined(link.textContent) ?? textOrUndefined(link.getAttribute('title'));
      const href = sellerLink(link.getAttribute('href'), base);
      if (name && href) return { name, link: href };
    }
  }
  return undefined;
}

/**
 * The seller from page state: any widget whose state holds `seller: {name, link}` for this product.
 * Newer layouts keep the seller only there (webStickyProducts today; which widget may change).
 */
export function sellerFromState(doc: Document, base: URL, article: string): Seller | undefined {
  const states = allWidgetStates(doc);
  // The sticky header is known to describe the page's own product; prefer it.
  states.sort((a, b) => Number(b.widget === 'webStickyProducts') - Number(a.widget === 'webStickyProducts'));
  for (const { state } of states) {
    const sku = textOrUndefined(state.sku);
    if (sku !== undefined && sku !== article) continue;
    const seller = state.seller;
    if (!isRecord(seller)) continue;
    const name = textOrUndefined(seller.name);
    if (name) return { name, link: sellerLink(seller.link, base) };
  }
  return undefined;
}

export interface Price {
  amount: number;
  currency?: string;
}

export function currencyCode(value: unknown): string | undefined {
  const code = textOrUndefined(value)?.toUpperCase();
  return code && KNOWN_CURRENCIES.has(code) ? code : undefined;
}

/** The currency the shopper has chosen in the site's header (Ozon shows prices in it). */
export function selectedCurrency(doc: Document): string | undefined {
  for (const state of widgetStates(doc, 'selectedCurrency')) {
    const code = currencyCode(dig(state, 'button', 'text'));
    if (code) return code;
  }
  return currencyCode(widgetBlocks(doc, 'selectedCurrency')[0]?.textContent);
}

export const PRICE_TEXT = /^\d[\d \u00a0\u2009\u202f]*(?:[.,]\d{1,2})? ?(?:₽|BYN|₸|руб\.?)$/;

/**
 * The price as the block renders it. The block also shows the Ozon Card price, the old price struck
 * through and the price per unit: take the price "без Ozon Карты" when it is marked, else the first that
 * is not the card's.
 */
export function priceFromBlock(doc: Document): Price | undefined {
  const block = widgetBlocks(doc, 'webPrice')[0];
  if (!block) return undefined;
  const prices = Array.from(block.querySelectorAll('span, div')).filter(
    (el) => el.children.length === 0 && PRICE_TEXT.test(foldSpace(el.textContent)),
  );
  const group = (el: Element) => foldSpace(el.parentElement?.parentElement?.textContent);
  const chosen = prices.find((el) => /без Ozon Карты/i.test(group(el))) ?? prices.find((el) => !/Ozon Картой/i.test(group(el)));
  return chosen ? priceFromText(doc, foldSpace(chosen.textContent)) : undefined;
}

export function priceFromText(doc: Document, text: unknown): Price | undefined {
  const amount = parsePrice(text);
  if (amount === undefined || typeof text !== 'string') return undefined;
  return { amount, currency: currencyFromText(text) ?? selectedCurrency(doc) };
}

/**
 * Whether the product widgets name another article than the address. Then the page is half replaced (the
 * site has changed the address and not yet the content): nothing but the address is trusted until the
 * content catches up. JSON-LD is not asked here: it sits in the head, which in-page navigation may leave
 * behind; JSON-LD about another product is simply not used (productLd).
 */
export function namesAnotherProduct(doc: Document, article: string): boolean {
  const named = [
    ...widgetStates(doc, 'webDetailSKU').flatMap((s) => [textOrUndefined(s.sku), textOrUndefined(s.copyText)]),
    ...widgetStates(doc, 'webStickyProducts').map((s) => textOrUndefined(s.sku)),
    ...widgetStates(doc, 'webProductMainWidget').map((s) => textOrUndefined(s.sku)),
  ];
  return named.some((sku) => sku !== undefined && ARTICLE.test(sku) && sku !== article);
}

export function readProduct(doc: Document, url: URL, article: string): PageContext {
  const context: PageContext = { marketplace: 'ozon', kind: 'product', url: url.href, sources: {} };
  fill(context, 'article', [['address', () => article]]);
  if (namesAnotherProduct(doc, article)) return context;
  const ld = productLd(doc, article);

  // A product out of stock where the shopper is (or everywhere) is shown by one widget instead of the
  // card's: its state names the product, its last price and its seller.
  const outOfStock = stateFor(doc, 'webOutOfStock', article);

  fill(context, 'title', [
    ['state:webProductHeading', () => textOrUndefined(widgetStates(doc, 'webProductHeading')[0]?.title)],
    ['block:webProductHeading', () => textOrUndefined(widgetBlocks(doc, 'webProductHeading')[0]?.querySelector('h1')?.textContent)],
    ['json-ld', () => textOrUndefined(ld?.name)],
    ['state:webStickyProducts', () => textOrUndefined(stateFor(doc, 'webStickyProducts', article)?.name)],
    ['state:webOutOfStock', () => textOrUndefined(outOfStock?.skuName)],
  ]);

  const asPair = (seller: Seller | undefined) => seller && { main: seller.name, extra: seller.link };
  fillTogether(context, 'seller', 'sellerUrl', [
    ['block:webCurrentSeller', () => asPair(sellerFromBlock(doc, url))],
    ['state:seller', () => asPair(sellerFromState(doc, url, article))],
    [
      'state:webOutOfStock',
      () => {
        const name = textOrUndefined(outOfStock?.sellerName);
        return name ? { main: name, extra: sellerLink(outOfStock?.sellerLink, url) } : undefined;
      },
    ],
  ]);

  // Price and currency come from one source together, so a price is never paired with another's currency.
  const asPrice = (price: Price | undefined) => price && { main: price.amount, extra: price.currency };
  fillTogether(context, 'price', 'currency', [
    [
      'json-ld',
      () => {
        const offers = Array.isArray(ld?.offers) ? ld.offers[0] : ld?.offers;
        const amount = parsePrice(dig(offers, 'price'));
        if (amount === undefined) return undefined;
        return { main: amount, extra: currencyCode(dig(offers, 'priceCurrency')) ?? selectedCurrency(doc) };
      },
    ],
    ['state:webPrice', () => asPrice(priceFromText(doc, widgetStates(doc, 'webPrice')[0]?.price))],
    ['block:webPrice', () => asPrice(priceFromBlock(doc))],
    ['state:webOutOfStock', () => asPrice(priceFromText(doc, outOfStock?.price))],
  ]);
  return context;
}

/** True when the page carries anything of a product card (so it is not a challenge or an error page). */
export function hasProductContent(doc: Document): boolean {
  return (
    widgetBlocks(doc, 'webProductHeading').length > 0 ||
    doc.querySelector('[id^="state-webProductHeading-"], [id^="state-webDetailSKU-"], [id^="state-webOutOfStock-"]') !== null ||
    jsonLdOfType(doc, 'Product') !== undefined
  );
}
