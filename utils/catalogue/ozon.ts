/**
 * Ozon's channels and the topics shoppers write about. Every channel keeps its source: the founding
 * document and the phrase quoted from it, or the saved page where its link was seen.
 */
import type { Channel, Topic } from './types';

const COPIED = '2026-11-22';

export const ozonChannels: Channel[] = [
  {
    id: 'ozon-seller-question',
    marketplace: 'ozon',
    recipient: 'seller',
    name: { ru: 'Вопрос о товаре на его странице', en: 'Question on the product page' },
    about: {
      ru: 'Ответит продавец, представитель бренда или покупатель товара. Вопрос и ответ видны всем.',
      en: 'The seller, the brand or a buyer of the product answers. Question and answer are public.',
    },
    access: { type: 'page-target', target: 'seller-question' },
    public: true,
    source: {
      kind: 'seed',
      file: '002_ddebd52b6d750baa.txt',
      quote: 'На странице интересующего товара найдите кнопку "Задать вопрос продавцу".',
    },
    copiedAt: COPIED,
  },
  {
    id: 'ozon-seller-chat',
    marketplace: 'ozon',
    recipient: 'seller',
    name: { ru: 'Чат с продавцом', en: 'Chat with the seller' },
    about: {
      ru: 'Личная переписка с магазином: кнопка «Написать в магазин» или «Чат с продавцом» на странице.',
      en: 'A private conversation with the shop: the «Написать в магазин» or «Чат с продавцом» button on the page.',
    },
    access: { type: 'page-target', target: 'seller-chat' },
    source: {
      kind: 'page',
      page: 'ozon/product-2025-by-1585614406.html',
      seen: 'aria-label="Написать в магазин"',
    },
    copiedAt: COPIED,
  },
  {
    id: 'ozon-support-chat',
    marketplace: 'ozon',
    recipient: 'support',
    name: { ru: 'Чат с поддержкой Ozon', en: 'Ozon support chat' },
    about: {
      ru: 'Ответ приходит в «Сообщения», обычно в течение одного рабочего дня, часто за несколько часов.',
      en: 'The answer arrives in «Сообщения», usually within one working day, often within hours.',
    },
    access: { type: 'link', path: '/my/chat/', sameSite: true },
    source: { kind: 'page', page: 'ozon/product-2025-153929230.html', seen: '<a href="/my/chat/">Поддержкой Ozon</a>' },
    copiedAt: COPIED,
  },
  {
    id: 'ozon-help',
    marketplace: 'ozon',
    recipient: 'support',
    name: { ru: 'Раздел «Помощь»', en: 'The «Помощь» help pages' },
    about: {
      ru: 'Ответы на частые вопросы; выберите вопрос и нажмите «Перейти в чат», если ответа нет.',
      en: 'Answers to common questions; choose one and press «Перейти в чат» when it does not help.',
    },
    access: { type: 'link', url: 'https://docs.ozon.ru/common/' },
    source: { kind: 'page', page: 'ozon/product-2025-153929230.html', seen: 'href="//docs.ozon.ru/common/"' },
    copiedAt: COPIED,
  },
  {
    id: 'ozon-email',
    marketplace: 'ozon',
    recipient: 'support',
    name: { ru: 'Письмо в поддержку', en: 'E-mail to support' },
    about: {
      ru: 'help@ozon.ru — ответ придёт не сразу: письмо читают и готовят ответ.',
      en: 'help@ozon.ru — the answer takes a while: the letter is read and an answer prepared.',
    },
    access: { type: 'email', address: 'help@ozon.ru' },
    source: {
      kind: 'seed',
      file: '000_5cd64382970a68c7.txt',
      quote: 'Любой пользователь может направить письмо на электронную почту: help@ozon.ru.',
    },
    copiedAt: COPIED,
  },
];

export const ozonTopics: Topic[] = [
  {
    id: 'product-question',
    recipient: 'seller',
    name: { ru: 'Вопрос о товаре', en: 'A question about the product' },
    fits: ['product', 'blocked'],
    needs: ['article', 'title'],
    channels: ['ozon-seller-question', 'ozon-seller-chat'],
  },
  {
    id: 'order-to-seller',
    recipient: 'seller',
    name: { ru: 'Вопрос продавцу о заказе', en: 'A question to the seller about an order' },
    fits: ['order'],
    needs: ['orderId', 'orderDate', 'title'],
    channels: ['ozon-seller-chat'],
  },
  {
    id: 'delivery-status',
    recipient: 'support',
    name: { ru: 'Где мой заказ', en: 'Where is my order' },
    fits: ['order', 'order-list'],
    needs: ['orderId', 'orderDate'],
    channels: ['ozon-support-chat', 'ozon-email'],
  },
  {
    id: 'delivery-late',
    recipient: 'support',
    name: { ru: 'Срок доставки прошёл', en: 'The delivery date has passed' },
    fits: ['order', 'order-list'],
    needs: ['orderId', 'orderDate'],
    channels: ['ozon-support-chat', 'ozon-email'],
  },
  {
    id: 'damaged',
    recipient: 'support',
    name: { ru: 'Товар пришёл повреждённым или не тот', en: 'The item arrived damaged or wrong' },
    fits: ['order'],
    needs: ['orderId', 'orderDate', 'title'],
    channels: ['ozon-support-chat', 'ozon-email'],
  },
  {
    id: 'return',
    recipient: 'support',
    name: { ru: 'Возврат товара', en: 'Returning an item' },
    fits: ['order'],
    needs: ['orderId', 'orderDate', 'title'],
    channels: ['ozon-support-chat', 'ozon-email', 'ozon-help'],
  },
  {
    id: 'product-to-support',
    recipient: 'support',
    name: { ru: 'Вопрос поддержке о товаре', en: 'A question to support about a product' },
    fits: ['product', 'blocked'],
    needs: ['article', 'title'],
    channels: ['ozon-support-chat', 'ozon-email', 'ozon-help'],
  },
];
