/**
 * Ozon (ozon.ru, ozon.by, ozon.kz). Reads the address, JSON-LD, `data-widget` blocks and their
 * `state-<widget>-…` JSON, and visible labels; never the hashed CSS classes, which change every release.
 *
 * Pages it knows:
 * - product  /product/<slug>-<article>/
 * - order    /my/orderdetails/?order=<order number>
 * - list     /my/orderlist
 * and an anti-bot challenge served at any of those addresses.
 */
import {
  absoluteHttpUrl,
  allWidgetStates,
  currencyFromText,
  dig,
  fill,
  fillTogether,
  foldSpace,
  isRecord,
  jsonLdOfType,
  KNOWN_CURRENCIES,
  parsePrice,
  parseRussianDate,
  textOrUndefined,
  widgetBlocks,
  widgetStates,
  withPageIndex,
} from './sources';
import type {
  MarketplaceAdapter,
  OrderCard,
  OrderItem,
  OrderSummary,
  PageContext,
  PageTarget,
  ReadOptions,
} from './types';

const HOSTS = ['ozon.ru', 'ozon.by', 'ozon.kz'];

/** An article as Ozon prints it: the SKU, digits only. */
const ARTICLE = /^\d{4,12}$/;
/** Order numbers look like 46206571-0591; a shipment adds -<n>: 46206571-0591-1. */
const ORDER_NUMBER = /\b(\d{6,12}-\d{4})(?:-\d{1,3})?\b/;
const SHIPMENT_NUMBER = /\b\d{6,12}-\d{4}-\d{1,3}\b/;

export function isOzonHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^www\./, '');
  return HOSTS.includes(host);
}

type OzonAddress =
  | { kind: 'product'; article: string }
  | { kind: 'order'; orderId: string; shipmentId?: string }
  | { kind: 'order-list' };

/** What the address alone says about the page. */
export function ozonAddress(url: URL): OzonAddress | undefined {
  const path = url.pathname;
  const product = /^\/product\/(?:[^/]*-)?(\d{4,12})\/?$/.exec(path);
  if (product) return { kind: 'product', article: product[1] };
  if (/^\/my\/orderdetails\/?$/.test(path)) {
    const param = url.searchParams.get('order') ?? '';
    const orderId = ORDER_NUMBER.exec(param)?.[1];
    // Without an order number in the address this is not an order we can name.
    if (!orderId) return undefined;
    const shipmentId = SHIPMENT_NUMBER.exec(param)?.[0];
    return { kind: 'order', orderId, shipmentId };
  }
  if (/^\/my\/orderlist\/?$/.test(path)) return { kind: 'order-list' };
  return undefined;
}

function articleOf(value: unknown): string | undefined {
  const text = textOrUndefined(value);
  return text && ARTICLE.test(text) ? text : undefined;
}

function articleFromProductLink(href: unknown): string | undefined {
  if (typeof href !== 'string') return undefined;
  return /\/product\/(?:[^/?#]*-)?(\d{4,12})\/?(?:[?#]|$)/.exec(href)?.[1];
}

/** An anti-bot page: Ozon's challenge keeps a hidden #challenge input and says so in its title. */
function isChallenge(doc: Document): boolean {
  if (doc.querySelector('input#challenge')) return true;
  const title = foldSpace(doc.title);
  if (/antibot|challenge/i.test(title)) return true;
  // A real page of the site is made of widgets; only a page without any is worth reading as text.
  if (doc.querySelector('[data-widget]')) return false;
  const text = foldSpace(doc.body?.textContent?.slice(0, 20_000));
  return /not a robot|не робот/i.test(text);
}

// ---------------------------------------------------------------------------------------------- product

/** JSON-LD Product, but only if it is about the product in the address (a half-replaced page is not). */
function productLd(doc: Document, article: string): Record<string, unknown> | undefined {
  const ld = jsonLdOfType(doc, 'Product');
  if (!ld) return undefined;
  const sku = textOrUndefined(ld.sku);
  return sku === undefined || sku === article ? ld : undefined;
}

/** A widget's state, only if it names no other product than the one in the address. */
function stateFor(doc: Document, widget: string, article: string): Record<string, unknown> | undefined {
  return widgetStates(doc, widget).find((state) => {
    const sku = textOrUndefined(state.sku);
    return sku === undefined || sku === article;
  });
}

interface Seller {
  name: string;
  link?: string;
}

/** A link to a shop's page. Ozon's own shops link to a category instead: that is not the seller's page. */
function sellerLink(href: unknown, base: URL): string | undefined {
  const link = absoluteHttpUrl(href, base);
  return link && /^\/seller\/[^/]+/.test(new URL(link).pathname) ? link : undefined;
}

/** The seller as the rendered block shows it: "Продавец" followed by a link with the shop's name. */
function sellerFromBlock(doc: Document, base: URL): Seller | undefined {
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
  }
  return undefined;
}

/**
 * The seller from page state: any widget whose state holds `seller: {name, link}` for this product.
 * Newer layouts keep the seller only there (webStickyProducts today; which widget may change).
 */
function sellerFromState(doc: Document, base: URL, article: string): Seller | undefined {
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

interface Price {
  amount: number;
  currency?: string;
}

function currencyCode(value: unknown): string | undefined {
  const code = textOrUndefined(value)?.toUpperCase();
  return code && KNOWN_CURRENCIES.has(code) ? code : undefined;
}

/** The currency the shopper has chosen in the site's header (Ozon shows prices in it). */
function selectedCurrency(doc: Document): string | undefined {
  for (const state of widgetStates(doc, 'selectedCurrency')) {
    const code = currencyCode(dig(state, 'button', 'text'));
    if (code) return code;
  }
  return currencyCode(widgetBlocks(doc, 'selectedCurrency')[0]?.textContent);
}

const PRICE_TEXT = /^\d[\d \u00a0\u2009\u202f]*(?:[.,]\d{1,2})? ?(?:₽|BYN|₸|руб\.?)$/;

/**
 * The price as the block renders it. The block also shows the Ozon Card price, the old price struck
 * through and the price per unit: take the price "без Ozon Карты" when it is marked, else the first that
 * is not the card's.
 */
function priceFromBlock(doc: Document): Price | undefined {
  const block = widgetBlocks(doc, 'webPrice')[0];
  if (!block) return undefined;
  const prices = Array.from(block.querySelectorAll('span, div')).filter(
    (el) => el.children.length === 0 && PRICE_TEXT.test(foldSpace(el.textContent)),
  );
  const group = (el: Element) => foldSpace(el.parentElement?.parentElement?.textContent);
  const chosen = prices.find((el) => /без Ozon Карты/i.test(group(el))) ?? prices.find((el) => !/Ozon Картой/i.test(group(el)));
  return chosen ? priceFromText(doc, foldSpace(chosen.textContent)) : undefined;
}

function priceFromText(doc: Document, text: unknown): Price | undefined {
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
function namesAnotherProduct(doc: Document, article: string): boolean {
  const named = [
    ...widgetStates(doc, 'webDetailSKU').flatMap((s) => [textOrUndefined(s.sku), textOrUndefined(s.copyText)]),
    ...widgetStates(doc, 'webStickyProducts').map((s) => textOrUndefined(s.sku)),
    ...widgetStates(doc, 'webProductMainWidget').map((s) => textOrUndefined(s.sku)),
  ];
  return named.some((sku) => sku !== undefined && ARTICLE.test(sku) && sku !== article);
}

function readProduct(doc: Document, url: URL, article: string): PageContext {
  const context: PageContext = { marketplace: 'ozon', kind: 'product', url: url.href, sources: {} };
  fill(context, 'article', [['address', () => article]]);
  if (namesAnotherProduct(doc, article)) return context;
  const ld = productLd(doc, article);

  fill(context, 'title', [
    ['state:webProductHeading', () => textOrUndefined(widgetStates(doc, 'webProductHeading')[0]?.title)],
    ['block:webProductHeading', () => textOrUndefined(widgetBlocks(doc, 'webProductHeading')[0]?.querySelector('h1')?.textContent)],
    ['json-ld', () => textOrUndefined(ld?.name)],
    ['state:webStickyProducts', () => textOrUndefined(stateFor(doc, 'webStickyProducts', article)?.name)],
  ]);

  const asPair = (seller: Seller | undefined) => seller && { main: seller.name, extra: seller.link };
  fillTogether(context, 'seller', 'sellerUrl', [
    ['block:webCurrentSeller', () => asPair(sellerFromBlock(doc, url))],
    ['state:seller', () => asPair(sellerFromState(doc, url, article))],
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
  ]);
  return context;
}

// ------------------------------------------------------------------------------------------------ order

/** The statuses Ozon shows on a shipment, as written there. */
const STATUSES = [
  'Создан',
  'Оформлен',
  'Ожидает оплаты',
  'Оплачен',
  'В сборке',
  'Собирается',
  'Передан в доставку',
  'Передаётся в доставку',
  'В пути',
  'Едет к вам',
  'В пункте выдачи',
  'Ожидает получения',
  'Готов к выдаче',
  'Передан курьеру',
  'Доставлен',
  'Получен',
  'Вручен',
  'Отменён',
  'Отменен',
  'Возвращён',
  'Возврат оформлен',
];
const STATUS_WORDS = new RegExp(`^(${STATUSES.join('|')})$`, 'i');

interface Shipment {
  shipmentId?: string;
  status?: string;
  /** YYYY-MM-DD: when the shipment was handed over, where the state says. */
  delivered?: string;
  items: OrderItem[];
}

function itemsFromState(list: unknown): OrderItem[] {
  if (!Array.isArray(list)) return [];
  return list.filter(isRecord).map((item) => {
    const article =
      articleOf(item.sku) ?? articleOf(item.article) ?? articleFromProductLink(item.link ?? item.url);
    const title = textOrUndefined(item.title ?? item.name);
    return { ...(article && { article }), ...(title && { title }) };
  });
}

function shipmentsFromState(doc: Document, now: Date): Shipment[] {
  return widgetStates(doc, 'shipmentWidget').map((state) => {
    // Only the day it was handed over: `deliveryDate` may be the date planned.
    const delivered = parseRussianDate(state.deliveredAt, now);
    const shipmentId = SHIPMENT_NUMBER.exec(String(state.shipmentNumber ?? state.number ?? ''))?.[0];
    const status = textOrUndefined(dig(state, 'status', 'text') ?? dig(state, 'status', 'name') ?? state.status);
    const items = itemsFromState(state.items ?? state.products).map((item) => ({
      ...item,
      ...(shipmentId && { shipmentId }),
    }));
    return { shipmentId, status, items, ...(delivered && { delivered }) };
  });
}

/** Shipments as rendered: the shipment number in its heading, a status line, links to the products. */
function shipmentsFromBlocks(doc: Document): Shipment[] {
  return widgetBlocks(doc, 'shipmentWidget').map((block) => {
    const shipmentId = SHIPMENT_NUMBER.exec(foldSpace(block.textContent))?.[0];
    let status: string | undefined;
    for (const el of Array.from(block.querySelectorAll('*'))) {
      if (el.children.length !== 0) continue;
      const text = foldSpace(el.textContent);
      if (STATUS_WORDS.test(text)) {
        status = text;
        break;
      }
    }
    const items: OrderItem[] = [];
    const seen = new Set<string>();
    for (const link of Array.from(block.querySelectorAll('a[href*="/product/"]'))) {
      const article = articleFromProductLink(link.getAttribute('href'));
      const title = textOrUndefined(link.textContent) ?? textOrUndefined(link.getAttribute('title'));
      const key = article ?? title;
      if (!key || seen.has(key)) continue;
      seen.add(key);
      items.push({ ...(article && { article }), ...(title && { title }), ...(shipmentId && { shipmentId }) });
    }
    return { shipmentId, status, items };
  });
}

function titleWithTimerText(doc: Document): string {
  return foldSpace(widgetBlocks(doc, 'titleWithTimer')[0]?.textContent);
}

function readOrder(doc: Document, url: URL, address: { orderId: string; shipmentId?: string }, now: Date): PageContext {
  const context: PageContext = { marketplace: 'ozon', kind: 'order', url: url.href, sources: {} };
  const titleState = widgetStates(doc, 'titleWithTimer')[0];

  // The address names the order (it is how this page was recognised): nothing on the page overrides it.
  fill(context, 'orderId', [['address', () => address.orderId]]);

  fill(context, 'orderDate', [
    ['state:titleWithTimer', () => parseRussianDate(titleState?.date ?? titleState?.orderDate, now)],
    ['state:titleWithTimer.title', () => parseRussianDate(/Заказ от (.+)/i.exec(String(titleState?.title ?? ''))?.[1], now)],
    ['block:titleWithTimer', () => parseRussianDate(/Заказ от ([^№]+)/i.exec(titleWithTimerText(doc))?.[1], now)],
  ]);

  const fromState = shipmentsFromState(doc, now);
  const shipments = fromState.some((s) => s.items.length || s.status) ? fromState : [];
  const rendered = shipmentsFromBlocks(doc);
  // A shipment number in the address narrows the page to that shipment.
  const only = (list: Shipment[]) =>
    address.shipmentId && list.some((s) => s.shipmentId === address.shipmentId)
      ? list.filter((s) => s.shipmentId === address.shipmentId)
      : list;

  const statusOf = (list: Shipment[]): string | undefined => {
    const statuses = [...new Set(only(list).map((s) => s.status).filter((s): s is string => !!s))];
    return statuses.length ? statuses.join('; ') : undefined;
  };
  fill(context, 'orderStatus', [
    ['state:shipmentWidget', () => statusOf(shipments)],
    ['state:titleWithTimer', () => textOrUndefined(dig(titleState, 'status', 'text') ?? titleState?.status)],
    ['block:shipmentWidget', () => statusOf(rendered)],
  ]);

  const itemsOf = (list: Shipment[]) => {
    const items = only(list).flatMap((s) => s.items).filter((i) => i.article || i.title);
    return items.length ? items : undefined;
  };
  // The day the goods were handed over starts the seven days of art. 26.1: only when every shipment shown
  // gives the same one.
  fill(context, 'deliveredDate', [
    [
      'state:shipmentWidget',
      () => {
        const days = new Set(only(shipments).map((s) => s.delivered));
        return days.size === 1 ? [...days][0] : undefined;
      },
    ],
  ]);
  fill(context, 'items', [
    ['state:shipmentWidget', () => itemsOf(shipments)],
    ['block:shipmentWidget', () => itemsOf(rendered)],
  ]);
  return context;
}

// ------------------------------------------------------------------------------------------- order list

function ordersFromState(doc: Document, now: Date): OrderSummary[] | undefined {
  for (const state of widgetStates(doc, 'orderList')) {
    const list = state.ordersV2 ?? state.orders;
    if (!Array.isArray(list)) continue;
    const orders: OrderSummary[] = [];
    for (const order of list.filter(isRecord)) {
      const orderId = ORDER_NUMBER.exec(String(order.number ?? order.orderNumber ?? ''))?.[1]
        ?? ORDER_NUMBER.exec(String(order.link ?? ''))?.[1];
      if (!orderId) continue;
      const orderDate = parseRussianDate(order.date ?? order.createdAt ?? order.title, now);
      const status = textOrUndefined(dig(order, 'status', 'text') ?? order.status);
      orders.push({ orderId, ...(orderDate && { orderDate }), ...(status && { status }) });
    }
    if (orders.length) return orders;
  }
  return undefined;
}

function ordersFromLinks(doc: Document, url: URL): OrderSummary[] | undefined {
  const root = widgetBlocks(doc, 'orderList')[0] ?? doc.body;
  if (!root) return undefined;
  const orders: OrderSummary[] = [];
  const seen = new Set<string>();
  for (const link of Array.from(root.querySelectorAll('a[href*="orderdetails"]'))) {
    const href = absoluteHttpUrl(link.getAttribute('href'), url);
    const address = href ? ozonAddress(new URL(href)) : undefined;
    if (address?.kind !== 'order' || seen.has(address.orderId)) continue;
    seen.add(address.orderId);
    orders.push({ orderId: address.orderId });
  }
  return orders.length ? orders : undefined;
}

function readOrderList(doc: Document, url: URL, now: Date): PageContext {
  const context: PageContext = { marketplace: 'ozon', kind: 'order-list', url: url.href, sources: {} };
  fill(context, 'orders', [
    ['state:orderList', () => ordersFromState(doc, now)],
    ['links:orderdetails', () => ordersFromLinks(doc, url)],
  ]);
  return context;
}

// -------------------------------------------------------------------------------------------- the reader

/** True when the page carries anything of a product card (so it is not a challenge or an error page). */
function hasProductContent(doc: Document): boolean {
  return (
    widgetBlocks(doc, 'webProductHeading').length > 0 ||
    doc.querySelector('[id^="state-webProductHeading-"], [id^="state-webDetailSKU-"]') !== null ||
    jsonLdOfType(doc, 'Product') !== undefined
  );
}

export function readOzonPage(doc: Document, url: URL, options: ReadOptions = {}): PageContext | null {
  if (!isOzonHost(url.hostname)) return null;
  const address = ozonAddress(url);
  if (!address) return null;
  const now = options.now ?? new Date();
  try {
    return withPageIndex(doc, () => readIndexedPage(doc, url, address, now));
  } catch {
    // Every source is guarded; this is the last line so that nothing ever reaches the page.
    return null;
  }
}

function readIndexedPage(doc: Document, url: URL, address: OzonAddress, now: Date): PageContext {
  if (isChallenge(doc) && !(address.kind === 'product' && hasProductContent(doc))) {
    const context: PageContext = { marketplace: 'ozon', kind: 'blocked', url: url.href, sources: {} };
    if (address.kind === 'product') fill(context, 'article', [['address', () => address.article]]);
    if (address.kind === 'order') fill(context, 'orderId', [['address', () => address.orderId]]);
    return context;
  }
  switch (address.kind) {
    case 'product':
      return readProduct(doc, url, address.article);
    case 'order':
      return readOrder(doc, url, address, now);
    case 'order-list':
      return readOrderList(doc, url, now);
  }
}

// ------------------------------------------------------------------------------------------ page targets

/** Labels of the page's own controls, as Ozon writes them. */
const TARGET_LABELS: Record<PageTarget, RegExp> = {
  'seller-question': /^(задать вопрос продавцу|задать вопрос|задайте вопрос о товаре)$/i,
  'seller-chat': /^(написать в магазин|чат с продавцом|написать продавцу)$/i,
};

const TARGET_WIDGETS: Record<PageTarget, string> = {
  'seller-question': 'webCreateQuestion',
  'seller-chat': 'webChatButton',
};

function isShown(el: Element): boolean {
  return !el.closest('[hidden], [aria-hidden="true"]');
}

export function findOzonPageTarget(doc: Document, target: PageTarget): Element | null {
  try {
    for (const block of widgetBlocks(doc, TARGET_WIDGETS[target])) {
      if (!isShown(block)) continue;
      // The question form: its text box is where the shopper pastes.
      return block.querySelector('textarea') ?? block;
    }
    for (const el of Array.from(doc.querySelectorAll('button, a, [role="button"]'))) {
      if (isShown(el) && TARGET_LABELS[target].test(foldSpace(el.textContent))) return el;
    }
  } catch {
    // A page that breaks our look-up simply has no target.
  }
  return null;
}

/** Each order's card on the order list (its first link to the order's page), opening that order. */
export function findOzonOrderCards(doc: Document, url: URL, page: PageContext): OrderCard[] {
  const cards: OrderCard[] = [];
  try {
    const root = widgetBlocks(doc, 'orderList')[0] ?? doc.body;
    const seen = new Set<string>();
    for (const link of Array.from(root?.querySelectorAll('a[href*="orderdetails"]') ?? [])) {
      const href = absoluteHttpUrl(link.getAttribute('href'), url);
      const address = href ? ozonAddress(new URL(href)) : undefined;
      if (address?.kind !== 'order' || seen.has(address.orderId)) continue;
      seen.add(address.orderId);
      cards.push({ key: address.orderId, element: link, context: listedOrder(page, address.orderId, url) });
    }
  } catch {
    // A page that breaks the look-up gets no buttons.
  }
  return cards;
}

/** One order of the list as the panel shows it: what the list says of it, at the order's own address. */
function listedOrder(page: PageContext, orderId: string, url: URL): PageContext {
  const listed = page.orders?.find((o) => o.orderId === orderId);
  return {
    marketplace: 'ozon',
    kind: 'order',
    url: new URL(`/my/orderdetails/?order=${encodeURIComponent(orderId)}`, url.origin).href,
    orderId,
    ...(listed?.orderDate && { orderDate: listed.orderDate }),
    ...(listed?.status && { orderStatus: listed.status }),
    sources: { orderId: 'order list' },
  };
}

export const ozon: MarketplaceAdapter = {
  id: 'ozon',
  name: 'Ozon',
  matches: HOSTS.flatMap((host) => [`https://${host}/*`, `https://www.${host}/*`]),
  handles: (url) => isOzonHost(url.hostname),
  readPage: readOzonPage,
  pageKinds: ['product', 'order', 'order-list', 'blocked'],
  findPageTarget: findOzonPageTarget,
  findOrderCards: findOzonOrderCards,
};
