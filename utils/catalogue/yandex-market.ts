/**
 * Yandex Market's channels for buyers. Its saved page carries no rendered links, so the entry names the
 * marketplace's public help pages, not verified.
 */
import { supportTopic, type Channel, type Topic } from './types';

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

const support = (id: string, ru: string, en: string, fits: Topic['fits'], needs: Topic['needs']) =>
  supportTopic(id, ru, en, fits, needs, ['ym-help']);

export const yandexMarketTopics: Topic[] = [
  support('stock-characteristics', 'Наличие и характеристики товара', 'Stock and characteristics', ['product', 'blocked'], ['article', 'title']),
  support('delivery-status', 'Где мой заказ', 'Where is my order', ['order', 'order-list'], ['orderId']),
  support('delivery-late', 'Срок доставки прошёл', 'The delivery date has passed', ['order', 'order-list'], ['orderId']),
  support('damaged', 'Товар повреждён или не тот', 'The item is damaged or wrong', ['order'], ['orderId', 'title']),
  support('return', 'Возврат или обмен', 'Return or exchange', ['order'], ['orderId', 'title']),
  support('refund-missing', 'Не пришли деньги за возврат', 'The refund has not arrived', ['order'], ['orderId']),
  support('technical', 'Не работает сайт или приложение', 'The site or the app does not work', [], []),
  support('account-access', 'Нет доступа к личному кабинету', 'No access to the account', [], []),
];
