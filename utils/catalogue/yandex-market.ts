/**
 * Yandex Market's channels for buyers. Its saved page carries no rendered links, so the entry names the
 * marketplace's public help pages, not verified.
 */
import { offered, type TopicId } from './topics';
import type { Channel, Topic } from './types';

const COPIED = '2026-11-22';

export const yandexMarketChannels: Channel[] = [
  {
    id: 'ym-help',
    marketplace: 'yandex-market',
    recipient: 'support',
    name: { ru: 'Справка и поддержка Маркета', en: 'Market help and support' },
    about: {
      ru: 'Ответы на частые вопросы и связь с поддержкой Яндекс Маркета.',
      en: 'Answers to common questions and a way to reach Yandex Market support.',
    },
    access: { type: 'link', url: 'https://yandex.ru/support/market/' },
    source: { kind: 'official', url: 'https://yandex.ru/support/market/', note: 'the marketplace’s public help pages' },
    copiedAt: COPIED,
  },
  {
    id: 'ym-seller-chat',
    marketplace: 'yandex-market',
    recipient: 'seller',
    name: { ru: 'Чат с продавцом', en: 'Chat with the seller' },
    about: {
      ru: 'Переписка с продавцом по заказу: «Мои заказы» → заказ → «Написать продавцу».',
      en: 'A conversation with the seller about an order: «Мои заказы» → the order → «Написать продавцу».',
    },
    access: { type: 'link', url: 'https://market.yandex.ru/my/orders' },
    source: {
      kind: 'article',
      url: 'https://conclubwear.ru/articles/kak-napisat-prodavcu-po-zakazu-na-yandeks-markete',
      title: 'Как написать продавцу по заказу на Яндекс Маркете',
      quote: 'Найдите кнопку "Написать продавцу"',
    },
    copiedAt: '2026-12-07',
  },
];

const seller = (id: TopicId, fits: Topic['fits'], needs: Topic['needs']) => offered(id, { fits, needs, channels: ['ym-seller-chat'] });
const support = (id: TopicId, fits: Topic['fits'], needs: Topic['needs']) => offered(id, { fits, needs, channels: ['ym-help'] });

export const yandexMarketTopics: Topic[] = [
  seller('product-question', ['product', 'blocked'], ['article', 'title']),
  seller('order-to-seller', ['order', 'order-list'], ['orderId', 'title']),
  support('stock-characteristics', ['product', 'blocked'], ['article', 'title']),
  support('delivery-status', ['order', 'order-list'], ['orderId']),
  support('delivery-late', ['order', 'order-list'], ['orderId']),
  support('damaged', ['order'], ['orderId', 'title']),
  support('defect', ['order', 'product'], ['orderId', 'title']),
  support('wrong-item', ['order'], ['orderId', 'title']),
  support('return', ['order'], ['orderId', 'title']),
  support('refund-missing', ['order'], ['orderId']),
  support('technical', [], []),
  support('account-access', [], []),
];
