/**
 * The cards of an order list that get a contact button each, and what each button opens: Ozon's and
 * Yandex Market's orders, Wildberries' bought items.
 */
import { describe, expect, it } from 'vitest';
import { adapterFor, readPage } from '../../utils/marketplaces';
import { onlyAddressRead } from '../../utils/marketplaces/sources';
import { draftKey } from '../../utils/storage/drafts';
import { fixturePages } from '../support/pages';
import { parseFile, parseHtml } from '../support/dom';

const NOW = new Date('2026-11-22T12:00:00Z');

function cardsOf(file: string) {
  const page = fixturePages().find((p) => p.file === file)!;
  const doc = parseFile(page.path);
  const url = new URL(page.url);
  const context = readPage(doc, url, { now: NOW })!;
  return { context, cards: adapterFor(url)!.findOrderCards!(doc, url, context) };
}

describe('Ozon order list', () => {
  it('gives each order its card, opening the order at its own address with what the list says of it', () => {
    const { cards } = cardsOf('ozon/orderlist.html');
    expect(cards.map((c) => c.key)).toEqual(['46206571-0591', '31415926-0001', '27182818-0042']);
    expect(cards[1].context).toMatchObject({
      kind: 'order',
      orderId: '31415926-0001',
      orderDate: '2026-03-05',
      orderStatus: 'В пути',
      url: 'https://www.ozon.ru/my/orderdetails/?order=31415926-0001',
    });
    expect(cards.every((c) => c.element.localName === 'a' && !c.inside)).toBe(true);
  });
});

describe('Wildberries purchases', () => {
  it('gives each item on the way its card, opening that item with its status', () => {
    const { cards } = cardsOf('wildberries/delivery.html');
    expect(cards).toHaveLength(3);
    expect(cards.every((c) => c.inside && c.element.matches('.goods-list-delivery__item'))).toBe(true);
    expect(cards[0].context).toMatchObject({
      marketplace: 'wildberries',
      kind: 'order',
      article: '246813579',
      title: 'Пылесос вертикальный беспроводной',
      orderStatus: 'Готов к получению',
      items: [{ article: '246813579', title: 'Пылесос вертикальный беспроводной', status: 'Готов к получению' }],
    });
    expect(cards[0].context.orderId).toBeUndefined();
  });

  it('keeps two purchases of the same article apart, each with its own order number (or none)', () => {
    const { cards } = cardsOf('wildberries/archive.html');
    expect(new Set(cards.map((c) => c.key)).size).toBe(3);
    expect(cards.map((c) => [c.context.article, c.context.orderId, c.context.orderStatus])).toEqual([
      ['88997766', '3141592653', 'Выкуплен'],
      ['55443322', '2718281828', 'Возврат'],
      ['55443322', undefined, 'Выкуплен'],
    ]);
  });

  it('gives each item of one order a draft of its own', () => {
    const { cards } = cardsOf('wildberries/archive.html');
    const keys = cards.map((c) => draftKey(c.context));
    expect(new Set(keys).size).toBe(3);
    expect(keys[0]).toBe('draft:wildberries:order:3141592653:article:88997766');
  });

  it('reads the text of a card, never its unrendered template attribute', () => {
    const doc = parseHtml(`<ul><li class="archive-item">
      <a href="/catalog/12345678/detail.aspx"></a>
      <span class="archive-item__name" data-link="text{:goodsName}"></span>
      <span class="archive-item__order" data-link="text{:rid}"></span></li></ul>`);
    const context = readPage(doc, new URL('https://www.wildberries.ru/lk/myorders/archive'));
    expect(context?.items).toEqual([{ article: '12345678' }]);
  });

  it('gives an empty purchases page the panel without items, and no buttons', () => {
    const url = new URL('https://www.wildberries.ru/lk/myorders/delivery');
    const doc = parseHtml('<main><h1>Доставки</h1><p>Здесь пока пусто</p></main>');
    const context = readPage(doc, url)!;
    expect(context).toMatchObject({ kind: 'order-list', missed: { items: ['block:goods-list-delivery', 'block:archive-item'] } });
    expect(adapterFor(url)!.findOrderCards!(doc, url, context)).toEqual([]);
  });
});

describe('Yandex Market orders', () => {
  it('gives each order its card, opening the order at its own address', () => {
    const { cards } = cardsOf('yandex-market/orders.html');
    expect(cards.map((c) => c.key)).toEqual(['512345678', '498765432', '487654321']);
    expect(cards[1].context).toMatchObject({
      kind: 'order',
      orderId: '498765432',
      orderDate: '2026-10-28',
      orderStatus: 'Отменён',
      url: 'https://market.yandex.ru/my/order/498765432',
    });
    expect(cards[2].context.orderDate).toBeUndefined();
  });

  it('does not read an order page whose blocks still show another order', () => {
    const url = new URL('https://market.yandex.ru/my/order/111222333');
    const doc = parseHtml(`<h1 data-auto="order-title">Заказ 512345678</h1>
      <span data-auto="order-date">от 2 ноября 2026</span><span data-auto="order-status">Доставлен</span>
      <div data-auto="order-item"><a href="/card/x/1779012345?sku=102345678901"><span data-auto="order-item-title">Лампа</span></a></div>`);
    const context = readPage(doc, url, { now: NOW })!;
    expect(context).toMatchObject({ kind: 'order', orderId: '111222333' });
    expect(context.orderDate).toBeUndefined();
    expect(context.items).toBeUndefined();
    expect(onlyAddressRead(context)).toBe(true);
  });

  it('reads nothing from malformed page state and falls back to the blocks', () => {
    const url = new URL('https://market.yandex.ru/my/order/498765432');
    const doc = parseHtml(`<h1 data-auto="order-title">Заказ 498765432</h1><span data-auto="order-status">В пути</span>
      <noframes data-apiary="patch">{"collections":{"order":{"498765432":</noframes>`);
    const context = readPage(doc, url, { now: NOW })!;
    expect(context.orderStatus).toBe('В пути');
    expect(context.sources.orderStatus).toBe('block:order-status');
  });
});
