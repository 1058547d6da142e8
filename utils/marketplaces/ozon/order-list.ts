/** Ozon's order list: every orderList block and its state, and a contact button on each card. */
import { absoluteHttpUrl, dig, fill, foldSpace, isRecord, parseRussianDate, parseState, textOrUndefined } from '../sources';
import type { OrderCard, OrderSummary, PageContext } from '../types';
import { ORDER_NUMBER, ozonAddress } from './address';
import { STATUS_WORDS } from './order';

/**
 * The order list comes in several `orderList` blocks, one more appended each time the page scrolls, each
 * with its own `state-orderList-…` JSON. Two shapes of that JSON are known: `orderList[]` (each order's
 * `header.number`, `header.title` «Заказ от 6 декабря 2023», `sections[].status.name`), seen on a real
 * page, and `ordersV2[]` (`number`, `date`, `status.text`). The same state also carries the account
 * holder's profile: nothing but the orders is read from it.
 */
export const OZON_ORDER_BLOCK = '[data-widget="orderList"]';

/** Parsed order-list states by element, so a list read again as it grows parses each block once. */
export const parsedOrderStates = new WeakMap<Element, { raw: string; orders: OrderSummary[] }>();

/** How many order-list states have been parsed (a test counts them). */
export const orderStateParses = { count: 0 };

export function orderFromState(order: Record<string, unknown>, now: Date): OrderSummary | undefined {
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

export function ordersOfState(el: Element, now: Date): OrderSummary[] {
  const raw = el.getAttribute('data-state') ?? '';
  const cached = parsedOrderStates.get(el);
  if (cached?.raw === raw) return cached.orders;
  orderStateParses.count++;
  const state = parseState(raw);
  const list = isRecord(state) ? (state.orderList ?? state.ordersV2 ?? state.orders) : undefined;
  const orders = Array.isArray(list)
    ? list.filter(isRecord).flatMap((order) => orderFromState(order, now) ?? [])
    : [];
  parsedOrderStates.set(el, { raw, orders });
  return orders;
}

/** Every order of every order-list state on the page, in page order, each once. */
export function ordersFromStates(doc: Document, now: Date): OrderSummary[] {
  const byId = new Map<string, OrderSummary>();
  for (const el of Array.from(doc.querySelectorAll('[id^="state-orderList-"]'))) {
    for (const order of ordersOfState(el, now)) if (!byId.has(order.orderId)) byId.set(order.orderId, order);
  }
  return [...byId.values()];
}

/** The first link of each order to its page, within the given blocks (or the whole page when none). */
export function orderLinks(roots: (Document | Element)[], url: URL): { orderId: string; link: Element }[] {
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

export function orderBlocksOrPage(doc: Document): (Document | Element)[] {
  const blocks = Array.from(doc.querySelectorAll(OZON_ORDER_BLOCK));
  return blocks.length ? blocks : doc.body ? [doc.body] : [];
}

/**
 * The card of an order: the largest element around its link that holds no other order's link, and stays
 * within its block. What the card says («Заказ от 6 декабря 2023») answers where no state does.
 */
export function cardOf(link: Element, orderId: string): Element {
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
export function summaryOnCard(card: Element, orderId: string, now: Date): OrderSummary {
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

export function ordersFromLinks(doc: Document, url: URL, now: Date): OrderSummary[] | undefined {
  const orders = orderLinks(orderBlocksOrPage(doc), url).map(({ orderId, link }) => summaryOnCard(cardOf(link, orderId), orderId, now));
  return orders.length ? orders : undefined;
}

export function readOrderList(doc: Document, url: URL, now: Date): PageContext {
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
export function listedOrder(listed: OrderSummary, url: URL): PageContext {
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
