/**
 * Wildberries' channels for buyers, as its own pages link them (the founding documents cover Ozon only):
 * each entry names the saved page where its link was seen, and is not verified beyond that.
 */
import { offered, type TopicId } from './topics';
import type { Channel, Topic } from './types';

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
const support = (id: TopicId, fits: Topic['fits'], needs: Topic['needs'], channels = SUPPORT) => offered(id, { fits, needs, channels });

export const wildberriesTopics: Topic[] = [
  support('stock-characteristics', ['product', 'blocked'], ['article', 'title']),
  support('delivery-status', ['order', 'order-list'], ['article', 'title']),
  support('delivery-late', ['order', 'order-list'], ['article', 'title']),
  support('damaged', ['order'], ['article', 'title']),
  support('return', ['order'], ['article', 'title'], ['wb-refunds', ...SUPPORT]),
  support('refund-missing', ['order'], ['article', 'title'], ['wb-refunds', ...SUPPORT]),
  support('technical', [], []),
  support('account-access', [], []),
];
