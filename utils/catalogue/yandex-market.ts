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
];

const support = (id: TopicId, fits: Topic['fits'], needs: Topic['needs']) => offered(id, { fits, needs, channels: ['ym-help'] });

export const yandexMarketTopics: Topic[] = [
  support('stock-characteristics', ['product', 'blocked'], ['article', 'title']),
  support('delivery-status', ['order', 'order-list'], ['orderId']),
  support('delivery-late', ['order', 'order-list'], ['orderId']),
  support('damaged', ['order'], ['orderId', 'title']),
  support('return', ['order'], ['orderId', 'title']),
  support('refund-missing', ['order'], ['orderId']),
  support('technical', [], []),
  support('account-access', [], []),
];
