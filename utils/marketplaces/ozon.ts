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
  cardText,
  currencyFromText,
  dig,
  elementText,
  fill,
  fillTogether,
  foldSpace,
  isRecord,
  jsonLdOfType,
  KNOWN_CURRENCIES,
  parseJson,
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

/**
 * The seller as the rendered block shows it: "Продавец" followed by a link with the shop's name (to 2024),
 * or the shop's link alone, its name as its text and title (2025; the logo before it links there too,
 * with no text, and a badge such as «Premium-магазин» is not in a link).
 */
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

/**
 * The order list comes in several `orderList` blocks, one more appended each time the page scrolls, each
 * with its own `state-orderList-…` JSON. Two shapes of that JSON are known: `orderList[]` (each order's
 * `header.number`, `header.title` «Заказ от 6 декабря 2023», `sections[].status.name`), seen on a real
 * page, and `ordersV2[]` (`number`, `date`, `status.text`). The same state also carries the account
 * holder's profile: nothing but the orders is read from it.
 */
export const OZON_ORDER_BLOCK = '[data-widget="orderList"]';

/** Parsed order-list states by element, so a list read again as it grows parses each block once. */
const parsedOrderStates = new WeakMap<Element, { raw: string; orders: OrderSummary[] }>();

/** How many order-list states have been parsed (a test counts them). */
export const orderStateParses = { count: 0 };

function orderFromState(order: Record<string, unknown>, now: Date): OrderSummary | undefined {
  const header = isRecord(order.header) ? order.header : order;
  const orderId =
    ORDER_NUMBER.exec(String(header.number ?? order.number ?? order.orderNumber ?? ''))?.[1] ??
    ORDER_NUMBER.exec(String(order.weblink ?? order.link ?? ''))?.[1];
  if (!orderId) return undefined;
  const orderDate =
    parseRussianDate(order.date, now) ?? parseRussianDate(order.createdAt, now) ?? parseRussianDate(header.title, now);
  const sections = Array.isArray(order.sections) ? order.sections : [];
  const statuses = [
    ...new Set(
      [dig(order, 'status', 'text') ?? (typeof order.status === 'string' ? order.status : undefined), ...sections.map((s) => dig(s, 'status', 'name'))]
        .map(textOrUndefined)
        .filter((s): s is string => s !== undefined),
    ),
  ];
  // Shipments of one order in different states: each is named.
  const status = statuses.length ? statuses.join('; ') : undefined;
  return { orderId, ...(orderDate && { orderDate }), ...(status && { status }) };
}

function ordersOfState(el: Element, now: Date): OrderSummary[] {
  const raw = el.getAttribute('data-state') ?? '';
  const cached = parsedOrderStates.get(el);
  if (cached?.raw === raw) return cached.orders;
  orderStateParses.count++;
  const state = parseJson(raw);
  const list = isRecord(state) ? (state.orderList ?? state.ordersV2 ?? state.orders) : undefined;
  const orders = Array.isArray(list)
    ? list.filter(isRecord).flatMap((order) => orderFromState(order, now) ?? [])
    : [];
  parsedOrderStates.set(el, { raw, orders });
  return orders;
}

/** Every order of every order-list state on the page, in page order, each once. */
function ordersFromStates(doc: Document, now: Date): OrderSummary[] {
  const byId = new Map<string, OrderSummary>();
  for (const el of Array.from(doc.querySelectorAll('[id^="state-orderList-"]'))) {
    for (const order of ordersOfState(el, now)) if (!byId.has(order.orderId)) byId.set(order.orderId, order);
  }
  return [...byId.values()];
}

/** The first link of each order to its page, within the given blocks (or the whole page when none). */
function orderLinks(roots: (Document | Element)[], url: URL): { orderId: string; link: Element }[] {
  const found: { orderId: string; link: Element }[] = [];
  const seen = new Set<string>();
  for (const root of roots) {
    for (const link of Array.from(root.querySelectorAll('a[href*="orderdetails"]'))) {
      const href = absoluteHttpUrl(link.getAttribute('href'), url);
      const address = href ? ozonAddress(new URL(href)) : undefined;
      if (address?.kind !== 'order' || seen.has(address.orderId)) continue;
      seen.add(address.orderId);
      found.push({ orderId: address.orderId, link });
    }
  }
  return found;
}

function orderBlocksOrPage(doc: Document): (Document | Element)[] {
  const blocks = Array.from(doc.querySelectorAll(OZON_ORDER_BLOCK));
  return blocks.length ? blocks : doc.body ? [doc.body] : [];
}

/**
 * The card of an order: the largest element around its link that holds no other order's link, and stays
 * within its block. What the card says («Заказ от 6 декабря 2023») answers where no state does.
 */
function cardOf(link: Element, orderId: string): Element {
  let card = link;
  for (let parent = link.parentElement; parent && !parent.matches(OZON_ORDER_BLOCK) && parent.localName !== 'body'; parent = parent.parentElement) {
    const others = Array.from(parent.querySelectorAll('a[href*="orderdetails"]')).some(
      (a) => ORDER_NUMBER.exec(a.getAttribute('href') ?? '')?.[1] !== orderId,
    );
    if (others) break;
    card = parent;
  }
  return card;
}

/** What an order's card shows of it: «Заказ от 6 декабря 2023», and its status as a word of its own. */
function summaryOnCard(card: Element, orderId: string, now: Date): OrderSummary {
  const heading = /Заказ от (.{0,30})/i.exec(foldSpace(card.textContent))?.[1];
  const orderDate = heading ? parseRussianDate(heading, now) : undefined;
  const statuses = [
    ...new Set(
      Array.from(card.querySelectorAll('span, div, p'))
        .filter((el) => el.children.length === 0)
        .map((el) => foldSpace(el.textContent))
        .filter((text) => STATUS_WORDS.test(text)),
    ),
  ];
  return { orderId, ...(orderDate && { orderDate }), ...(statuses.length && { status: statuses.join('; ') }) };
}

function ordersFromLinks(doc: Document, url: URL, now: Date): OrderSummary[] | undefined {
  const orders = orderLinks(orderBlocksOrPage(doc), url).map(({ orderId, link }) => summaryOnCard(cardOf(link, orderId), orderId, now));
  return orders.length ? orders : undefined;
}

function readOrderList(doc: Document, url: URL, now: Date): PageContext {
  const context: PageContext = { marketplace: 'ozon', kind: 'order-list', url: url.href, sources: {} };
  fill(context, 'orders', [
    [
      'state:orderList',
      () => {
        const fromState = ordersFromStates(doc, now);
        if (!fromState.length) return undefined;
        // In the order the cards are drawn, each as its state gives it; a card whose state has not come yet
        // as the card shows it; an order the state names and no card draws, after them.
        const stated = new Map(fromState.map((o) => [o.orderId, o]));
        const drawn = (ordersFromLinks(doc, url, now) ?? []).map((o) => stated.get(o.orderId) ?? o);
        const shown = new Set(drawn.map((o) => o.orderId));
        return [...drawn, ...fromState.filter((o) => !shown.has(o.orderId))];
      },
    ],
    ['links:orderdetails', () => ordersFromLinks(doc, url, now)],
  ]);
  return context;
}

// -------------------------------------------------------------------------------------------- the reader

/** True when the page carries anything of a product card (so it is not a challenge or an error page). */
function hasProductContent(doc: Document): boolean {
  return (
    widgetBlocks(doc, 'webProductHeading').length > 0 ||
    doc.querySelector('[id^="state-webProductHeading-"], [id^="state-webDetailSKU-"], [id^="state-webOutOfStock-"]') !== null ||
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

/**
 * Each order's card on the order list (its first link to the order's page), opening that order with what
 * the list says of it. `within` limits the look-up to blocks appended since the last look (scrolling).
 */
export function findOzonOrderCards(doc: Document, url: URL, page: PageContext, within?: Element[]): OrderCard[] {
  const cards: OrderCard[] = [];
  try {
    const roots = within ?? orderBlocksOrPage(doc);
    const now = new Date();
    const listed = new Map((page.orders ?? []).map((o) => [o.orderId, o]));
    // Orders the reading has not seen yet (a block appended since): their state, if it came, else the card.
    const fromStates = within ? new Map(ordersFromStates(doc, now).map((o) => [o.orderId, o])) : undefined;
    for (const { orderId, link } of orderLinks(roots, url)) {
      const summary = fromStates?.get(orderId) ?? listed.get(orderId) ?? summaryOnCard(cardOf(link, orderId), orderId, now);
      cards.push({ key: orderId, element: link, context: listedOrder(summary, url) });
    }
  } catch {
    // A page that breaks the look-up gets no buttons.
  }
  return cards;
}

/** One order of the list as the panel shows it: what the list says of it, at the order's own address. */
function listedOrder(listed: OrderSummary, url: URL): PageContext {
  return {
    marketplace: 'ozon',
    kind: 'order',
    url: new URL(`/my/orderdetails/?order=${encodeURIComponent(listed.orderId)}`, url.origin).href,
    orderId: listed.orderId,
    ...(listed.orderDate && { orderDate: listed.orderDate }),
    ...(listed.status && { orderStatus: listed.status }),
    sources: { orderId: 'order list' },
  };
}

/**
 * The product's description and characteristics, as the page shows them: the `webDescription` blocks
 * (the description, then the composition and the set), and the characteristics from
 * `state-webCharacteristics-…` (`characteristics[].short[]`: a name and its values) where the page has
 * that state, else from the `webCharacteristics` blocks' text (pages since 2025 render them alone).
 */
export function readOzonCardText(doc: Document, _url: URL): string | undefined {
  const outermost = (blocks: Element[]) => blocks.filter((block) => !blocks.some((other) => other !== block && other.contains(block)));
  const description = outermost(widgetBlocks(doc, 'webDescription')).map(elementText);
  const fromState = widgetStates(doc, 'webCharacteristics').map(characteristicsFromState).filter(Boolean);
  const characteristics = fromState.length ? fromState : outermost(widgetBlocks(doc, 'webCharacteristics')).map(elementText);
  return cardText([...description, ...characteristics]);
}

function characteristicsFromState(state: Record<string, unknown>): string | undefined {
  const groups = dig(state, 'characteristics');
  if (!Array.isArray(groups)) return undefined;
  const lines: string[] = [];
  for (const group of groups) {
    const title = textOrUndefined(dig(group, 'title'));
    if (title) lines.push(title);
    for (const entry of [dig(group, 'short'), dig(group, 'long')].flatMap((list) => (Array.isArray(list) ? list : []))) {
      const name = textOrUndefined(dig(entry, 'name'));
      const values = dig(entry, 'values');
      const value = Array.isArray(values)
        ? values.map((item) => textOrUndefined(dig(item, 'text'))).filter(Boolean).join(', ')
        : undefined;
      if (name && value) lines.push(`${name}: ${value}`);
    }
  }
  return lines.length ? `Характеристики\n${lines.join('\n')}` : undefined;
}

export const ozon: MarketplaceAdapter = {
  id: 'ozon',
  name: 'Ozon',
  matches: HOSTS.flatMap((host) => [`https://${host}/*`, `https://www.${host}/*`]),
  handles: (url) => isOzonHost(url.hostname),
  readPage: readOzonPage,
  pageKinds: ['product', 'order', 'order-list', 'blocked'],
  findPageTarget: findOzonPageTarget,
  readCardText: readOzonCardText,
  findOrderCards: findOzonOrderCards,
  orderBlockSelector: OZON_ORDER_BLOCK,
};
