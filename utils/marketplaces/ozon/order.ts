/** One Ozon order (or a shipment of it): its title block, its shipments' state or blocks. */
import { dig, fill, foldSpace, isRecord, parseRussianDate, textOrUndefined, widgetBlocks, widgetStates } from '../sources';
import type { OrderItem, PageContext } from '../types';
import { SHIPMENT_NUMBER, articleOf, articleFromProductLink } from './address';

/** The statuses Ozon shows on a shipment, as written there. */
export const STATUSES = [
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
export const STATUS_WORDS = new RegExp(`^(${STATUSES.join('|')})$`, 'i');

export interface Shipment {
  shipmentId?: string;
  status?: string;
  /** YYYY-MM-DD: when the shipment was handed over, where the state says. */
  delivered?: string;
  items: OrderItem[];
}

export function itemsFromState(list: unknown): OrderItem[] {
  if (!Array.isArray(list)) return [];
  return list.filter(isRecord).map((item) => {
    const article =
      articleOf(item.sku) ?? articleOf(item.article) ?? articleFromProductLink(item.link ?? item.url);
    const title = textOrUndefined(item.title ?? item.name);
    return { ...(article && { article }), ...(title && { title }) };
  });
}

export function shipmentsFromState(doc: Document, now: Date): Shipment[] {
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
export function shipmentsFromBlocks(doc: Document): Shipment[] {
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

export function titleWithTimerText(doc: Document): string {
  return foldSpace(widgetBlocks(doc, 'titleWithTimer')[0]?.textContent);
}

export function readOrder(doc: Document, url: URL, address: { orderId: string; shipmentId?: string }, now: Date): PageContext {
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
