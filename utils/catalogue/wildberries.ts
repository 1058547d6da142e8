/**
 * Wildberries' channels for buyers, as its own pages link them (the founding documents cover Ozon only):
 * each entry names the saved page where its link was seen, and is not verified beyond that.
 */
import { supportTopic, type Channel, type Topic } from './types';

const COPIED = '2026-11-22';
const PAGE = 'wildberries/catalog-2025.html';

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
    source: { kind: 'page', page: PAGE, seen: 'href="/lk/communications"' },
    copiedAt: COPIED,
  },
  {
    id: 'wb-refunds',
    marketplace: 'wildberries',
    recipient: 'support',
    name: { ru: 'Возвраты', en: 'Returns' },
    about: { ru: 'Оформление возврата в личном кабинете.', en: 'Arranging a return in the account.' },
    access: { type: 'link', path: '/lk/myrefunds', sameSite: true },
    source: { kind: 'page', page: PAGE, seen: 'href="/lk/myrefunds"' },
    copiedAt: COPIED,
  },
  {
    id: 'wb-contacts',
    marketplace: 'wildberries',
    recipient: 'support',
    name: { ru: 'Контакты Wildberries', en: 'Wildberries contacts' },
    about: { ru: 'Страница контактов площадки.', en: 'The marketplace’s contacts page.' },
    access: { type: 'link', path: '/services/kontakty', sameSite: true },
    source: { kind: 'page', page: PAGE, seen: 'href="/services/kontakty"' },
    copiedAt: COPIED,
  },
];

const SUPPORT = ['wb-communications', 'wb-contacts'];
const support = (id: string, ru: string, en: string, fits: Topic['fits'], needs: Topic['needs'], channels = SUPPORT) =>
  supportTopic(id, ru, en, fits, needs, channels);

export const wildberriesTopics: Topic[] = [
  support('stock-characteristics', 'Наличие и характеристики товара', 'Stock and characteristics', ['product', 'blocked'], ['article', 'title']),
  support('delivery-status', 'Где мой заказ', 'Where is my order', ['order', 'order-list'], ['article', 'title']),
  support('delivery-late', 'Срок доставки прошёл', 'The delivery date has passed', ['order', 'order-list'], ['article', 'title']),
  support('damaged', 'Товар повреждён или не тот', 'The item is damaged or wrong', ['order'], ['article', 'title']),
  support('return', 'Возврат или обмен', 'Return or exchange', ['order'], ['article', 'title'], ['wb-refunds', ...SUPPORT]),
  support('refund-missing', 'Не пришли деньги за возврат', 'The refund has not arrived', ['order'], ['article', 'title'], ['wb-refunds', ...SUPPORT]),
  support('technical', 'Не работает сайт или приложение', 'The site or the app does not work', [], []),
  support('account-access', 'Нет доступа к личному кабинету', 'No access to the account', [], []),
];
