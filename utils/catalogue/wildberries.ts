/**
 * Wildberries' channels for buyers, as its own pages link them (the founding documents cover Ozon only):
 * each entry names the saved page where its link was seen, and is not verified beyond that.
 */
import { offered, type TopicId } from './topics';
import type { Channel, Topic } from './types';

const COPIED = '2026-11-22';
const PAGE = 'wildberries/catalog-2025.html';
/** When that page was saved (the pages' SOURCES.md). */
const CAPTURED = '2025-01';

export const wildberriesChannels: Channel[] = [
  {
    id: 'wb-communications',
    marketplace: 'wildberries',
    recipient: 'support',
    name: { ru: 'Обращения в личном кабинете', en: 'Requests in the account' },
    about: {
      ru: 'Обращение в поддержку Wildberries из личного кабинета: «Обращения».',
      en: 'A request to Wildberries support from the account: «Обращения».',
    },
    access: { type: 'link', path: '/lk/communications', sameSite: true },
    source: { kind: 'page', page: PAGE, seen: 'href="/lk/communications"', captured: CAPTURED },
    copiedAt: COPIED,
  },
  {
    id: 'wb-refunds',
    marketplace: 'wildberries',
    recipient: 'support',
    name: { ru: 'Возвраты', en: 'Returns' },
    about: { ru: 'Оформление возврата в личном кабинете.', en: 'Arranging a return in the account.' },
    access: { type: 'link', path: '/lk/myrefunds', sameSite: true },
    source: { kind: 'page', page: PAGE, seen: 'href="/lk/myrefunds"', captured: CAPTURED },
    copiedAt: COPIED,
  },
  {
    id: 'wb-contacts',
    marketplace: 'wildberries',
    recipient: 'support',
    name: { ru: 'Контакты Wildberries', en: 'Wildberries contacts' },
    about: { ru: 'Страница контактов площадки.', en: 'The marketplace’s contacts page.' },
    access: { type: 'link', path: '/services/kontakty', sameSite: true },
    source: { kind: 'page', page: PAGE, seen: 'href="/services/kontakty"', captured: CAPTURED },
    copiedAt: COPIED,
  },
  {
    id: 'wb-seller-chat',
    marketplace: 'wildberries',
    recipient: 'seller',
    name: { ru: 'Чат с продавцом', en: 'Chat with the seller' },
    about: {
      ru: 'Переписка с продавцом о купленном товаре: откройте покупку в «Покупках» и напишите продавцу. По правилам площадки продавец отвечает в течение 10 дней.',
      en: 'A conversation with the seller about an item you bought: open it in «Покупки» and write to the seller. By the platform’s rules the seller answers within 10 days.',
    },
    access: { type: 'link', path: '/lk/myorders/archive', sameSite: true },
    answerWorkingDays: 10,
    source: {
      kind: 'article',
      url: 'https://retail.ru/news/wildberries-nachal-testirovat-chaty-prodavtsov-s-pokupatelyami-9-marta-2023-226497',
      title: 'Wildberries начал тестировать чаты продавцов с покупателями',
      quote: 'Новая вкладка «Чат с покупателями» появилась в разделе «Товары» в личном кабинете продавца на Wildberries',
    },
    copiedAt: '2026-12-07',
  },
  {
    id: 'wb-product-questions',
    marketplace: 'wildberries',
    recipient: 'seller',
    name: { ru: 'Вопрос о товаре', en: 'A question about the product' },
    about: {
      ru: 'Раздел «Вопросы» на странице товара: ответит продавец, обычно в течение 3 дней. Вопрос и ответ видны всем.',
      en: 'The «Вопросы» section of the product page: the seller answers, usually within 3 days. Question and answer are public.',
    },
    access: { type: 'link', path: '/lk/discussion/feedback?type=questions', sameSite: true },
    public: true,
    source: {
      kind: 'article',
      url: 'https://sellermoon.ru/faq/wildberries/kak-zadat-vopros-prodavcu',
      title: 'Как задать вопрос продавцу на Wildberries',
      quote: 'Для этого надо зайти в раздел «Вопросы» и написать обращение продавцу.',
    },
    copiedAt: '2026-12-07',
  },
];

const SUPPORT = ['wb-communications', 'wb-contacts'];
const support = (id: TopicId, fits: Topic['fits'], needs: Topic['needs'], channels = SUPPORT) => offered(id, { fits, needs, channels });

const seller = (id: TopicId, fits: Topic['fits'], needs: Topic['needs'], channels: string[]) => offered(id, { fits, needs, channels });

export const wildberriesTopics: Topic[] = [
  seller('product-question', ['product', 'blocked'], ['article', 'title'], ['wb-product-questions', 'wb-seller-chat']),
  seller('order-to-seller', ['order', 'order-list'], ['article', 'title'], ['wb-seller-chat']),
  support('stock-characteristics', ['product', 'blocked'], ['article', 'title']),
  support('delivery-status', ['order', 'order-list'], ['article', 'title']),
  support('delivery-late', ['order', 'order-list'], ['article', 'title']),
  support('damaged', ['order'], ['article', 'title']),
  support('defect', ['order', 'product'], ['article', 'title'], ['wb-refunds', ...SUPPORT]),
  support('wrong-item', ['order'], ['article', 'title'], ['wb-refunds', ...SUPPORT]),
  support('return', ['order'], ['article', 'title'], ['wb-refunds', ...SUPPORT]),
  support('refund-missing', ['order'], ['article', 'title'], ['wb-refunds', ...SUPPORT]),
  support('technical', [], []),
  support('account-access', [], []),
];
