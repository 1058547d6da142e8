import { describe, expect, it } from 'vitest';
import { channelsFor, topicsFor } from '../../utils/catalogue';
import { orderStage, situationCards, situationTopic, SITUATIONS, type SituationId } from '../../utils/catalogue/situations';
import { TOPICS } from '../../utils/catalogue/topics';
import type { Recipient } from '../../utils/catalogue/types';
import { MARKETPLACE_IDS, type MarketplaceId, type PageKind } from '../../utils/marketplaces/types';
import { buildMessage } from '../../utils/templates';

const KINDS: PageKind[] = ['product', 'order', 'order-list', 'blocked'];
const RECIPIENTS: Recipient[] = ['seller', 'support'];

describe('where an order stands', () => {
  it.each([
    ['Получен', undefined, 'delivered'],
    ['Доставлен', undefined, 'delivered'],
    [undefined, '2026-11-20', 'delivered'],
    ['В пути', undefined, 'on-the-way'],
    ['Передан в доставку', undefined, 'on-the-way'],
    ['Отменён', undefined, 'cancelled'],
    ['Отменен продавцом', '2026-11-20', 'cancelled'],
    [undefined, undefined, 'unknown'],
    ['Что-то новое', undefined, 'unknown'],
  ])('%s, delivered %s → %s', (status, delivered, stage) => {
    expect(orderStage(status, delivered)).toBe(stage);
  });
});

describe('the situation cards', () => {
  const ids = (marketplace: MarketplaceId, kind: PageKind, orderStatus?: string) =>
    situationCards({ marketplace, kind, orderStatus }).map((card) => card.id);

  it('lead with what the page and the order make likely', () => {
    expect(ids('ozon', 'product')).toEqual(['seller', 'defect', 'return', 'not-delivered', 'wrong', 'refund']);
    expect(ids('ozon', 'order', 'Получен')).toEqual(['defect', 'wrong', 'return', 'refund', 'seller', 'not-delivered']);
    expect(ids('ozon', 'order', 'В пути')).toEqual(['not-delivered', 'seller', 'refund', 'wrong', 'defect', 'return']);
    expect(ids('ozon', 'order', 'Отменён')).toEqual(['refund', 'not-delivered', 'seller', 'return', 'defect', 'wrong']);
  });

  it('are all six on every marketplace and page, each on a topic of that marketplace with the card’s recipient', () => {
    for (const marketplace of MARKETPLACE_IDS) {
      for (const kind of KINDS) {
        const cards = situationCards({ marketplace, kind });
        expect(cards.map((c) => c.id).sort(), `${marketplace} ${kind}`).toEqual(Object.keys(SITUATIONS).sort());
        for (const card of cards) {
          const offered = topicsFor(marketplace, card.recipient, kind).map((t) => t.id);
          expect(offered, `${marketplace} ${kind} ${card.id}`).toContain(card.topicId);
          expect(TOPICS[card.topicId as keyof typeof TOPICS].recipient).toBe(card.recipient);
        }
      }
    }
  });

  it('stand for the shopper’s words: a defect is not a wrong item, and each has its own topic on Ozon', () => {
    const topic = (id: SituationId, recipient: Recipient, kind: PageKind = 'order') => situationTopic(id, recipient, { marketplace: 'ozon', kind })?.id;
    expect(topic('defect', 'support')).toBe('defect');
    expect(topic('wrong', 'support')).toBe('wrong-item');
    expect(topic('not-delivered', 'support')).toBe('delivery-late');
    expect(topic('refund', 'support')).toBe('refund-missing');
    expect(topic('return', 'support')).toBe('return');
    // The recipient changed: the situation goes to the seller about this order, or this product.
    expect(topic('defect', 'seller')).toBe('order-to-seller');
    expect(topic('defect', 'seller', 'product')).toBe('product-question');
    expect(topic('seller', 'support')).toBeUndefined();
  });
});

describe('no dead end', () => {
  it('every recipient on every marketplace and page has a topic, a channel that is not the page’s own control, and a drafted message', () => {
    for (const marketplace of MARKETPLACE_IDS) {
      for (const kind of KINDS) {
        for (const recipient of RECIPIENTS) {
          const topics = topicsFor(marketplace, recipient, kind);
          const where = `${marketplace} ${kind} ${recipient}`;
          expect(topics.length, where).toBeGreaterThan(0);
          const first = topics[0];
          // On a page without the seller's form or chat button, a channel still remains.
          const channels = channelsFor(first, (c) => c.access.type !== 'page-target');
          expect(channels.length, `${where} ${first.id}`).toBeGreaterThan(0);
          const message = buildMessage({ topic: first.id, recipient, fields: { article: '123', orderId: '1-1' }, language: 'ru' });
          expect(message.body.length, where).toBeGreaterThan(40);
          expect(message.subject, where).not.toBe('');
        }
      }
    }
  });
});
