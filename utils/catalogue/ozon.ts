/**
 * Ozon's channels and the topics shoppers write about. Every channel keeps its source: the founding
 * document and the phrase quoted from it, or the saved page where its link was seen. Left out on
 * purpose: Facebook and Instagram (banned in Russia, as seed 002 itself notes) and seed 002's sections
 * written for support staff.
 */
import { offered, type TopicId } from './topics';
import { SEED_000, SEED_001, SEED_002 } from './seeds';
import type { Advice, Channel, SupportScope, Topic } from './types';

const COPIED = '2026-11-22';

const SUPPORT_CHANNELS = ['ozon-support-chat', 'ozon-hotline', 'ozon-email', 'ozon-feedback-form', 'ozon-vk'];

export const ozonChannels: Channel[] = [
  {
    id: 'ozon-seller-question',
    marketplace: 'ozon',
    recipient: 'seller',
    name: { ru: 'Вопрос на странице товара', en: 'Question on the product page' },
    about: {
      ru: 'Ответит продавец, представитель бренда или покупатель товара. Вопрос и ответ видны всем.',
      en: 'The seller, the brand or a buyer of the product answers. Question and answer are public.',
    },
    access: { type: 'page-target', target: 'seller-question' },
    public: true,
    source: {
      kind: 'seed',
      file: SEED_002,
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
    source: { kind: 'page', page: 'ozon/product-2025-by-1585614406.html', seen: 'aria-label="Написать в магазин"', captured: '2025-04' },
    copiedAt: COPIED,
  },
  {
    id: 'ozon-order-seller-chat',
    marketplace: 'ozon',
    recipient: 'seller',
    name: { ru: 'Чат с продавцом по заказу', en: 'Chat with the seller about an order' },
    about: {
      ru: 'Откройте заказ в «Мои заказы» и нажмите «Написать продавцу» (или «Связаться с продавцом»). Ответ придёт в «Сообщения».',
      en: 'Open the order in «Мои заказы» and press «Написать продавцу» (or «Связаться с продавцом»). The answer arrives in «Сообщения».',
    },
    access: { type: 'link', path: '/my/orderlist', sameSite: true },
    source: {
      kind: 'article',
      url: 'https://carlpaz.ru/articles/kak-napisat-prodavcu-na-ozon-instrukciya-dlya-pokupateley',
      title: 'Как написать продавцу на Ozon: инструкция для покупателей',
      quote: 'Нажмите кнопку "Написать продавцу"',
    },
    copiedAt: '2026-12-07',
  },
  {
    id: 'ozon-support-chat',
    marketplace: 'ozon',
    recipient: 'support',
    name: { ru: 'Чат с поддержкой Ozon', en: 'Ozon support chat' },
    about: {
      ru:
        'На сайте и в приложении: «Помощь» → выберите вопрос → «Перейти в чат». Сначала отвечает бот, ' +
        'сложные вопросы он передаёт человеку. Ответ приходит в «Сообщения», обычно в течение одного ' +
        'рабочего дня, часто за несколько часов.',
      en:
        'On the site and in the app: «Помощь» → choose a question → «Перейти в чат». A bot answers ' +
        'standard questions first and passes complex ones to a person. The answer arrives in «Сообщения», ' +
        'usually within one working day, often within hours.',
    },
    access: { type: 'link', path: '/my/chat/', sameSite: true },
    answerWorkingDays: 1,
    source: {
      kind: 'seed',
      file: SEED_000,
      quote: 'Ответ поступает в раздел «Сообщения». Обычно срок обработки запроса составляет 1 рабочий день.',
    },
    copiedAt: COPIED,
  },
  {
    id: 'ozon-hotline',
    marketplace: 'ozon',
    recipient: 'support',
    name: { ru: 'Горячая линия Ozon', en: 'Ozon hotline' },
    about: {
      ru: 'Бесплатно из всех регионов России. Позвоните в рабочие часы операторов и подготовьте номер заказа.',
      en: 'Free from every region of Russia. Call in the operators’ working hours with the order number at hand.',
    },
    access: { type: 'phone', number: '8 (800) 234-70-00' },
    related: ['ozon-phone-moscow', 'ozon-phone-spb'],
    notFrom: {
      domains: ['ozon.by', 'ozon.kz'],
      note: {
        ru: 'Номера 8-800 не работают из Беларуси и Казахстана: напишите в чат или на почту.',
        en: '8-800 numbers do not work from Belarus or Kazakhstan: use the chat or e-mail.',
      },
    },
    source: {
      kind: 'seed',
      file: SEED_000,
      quote: 'При звонке на единый номер: 8 (800) 234-70-00 плата не взимается. Это выделенная линия работает для всех регионов страны.',
    },
    copiedAt: COPIED,
  },
  {
    id: 'ozon-phone-moscow',
    marketplace: 'ozon',
    recipient: 'support',
    name: { ru: 'Телефон поддержки для Москвы', en: 'Support line for Moscow' },
    about: { ru: 'Отдельная линия для Москвы.', en: 'A separate line for Moscow.' },
    access: { type: 'phone', number: '+7 (495) 009-70-70' },
    source: { kind: 'seed', file: SEED_000, quote: 'для Москвы: + 7 (495) 009-70-70;' },
    copiedAt: COPIED,
  },
  {
    id: 'ozon-phone-spb',
    marketplace: 'ozon',
    recipient: 'support',
    name: { ru: 'Телефон поддержки для Санкт-Петербурга', en: 'Support line for St Petersburg' },
    about: { ru: 'Отдельная линия для Санкт-Петербурга.', en: 'A separate line for St Petersburg.' },
    access: { type: 'phone', number: '+7 (812) 494-06-06' },
    source: { kind: 'seed', file: SEED_000, quote: 'для Санкт-Петербурга: +7 (812) 494-06-06.' },
    copiedAt: COPIED,
  },
  {
    id: 'ozon-email',
    marketplace: 'ozon',
    recipient: 'support',
    name: { ru: 'Письмо в поддержку', en: 'E-mail to support' },
    about: {
      ru: 'Ответ придёт не сразу: письмо прочитают и подготовят ответ.',
      en: 'The answer takes a while: the letter is read and an answer prepared.',
    },
    access: { type: 'email', address: 'help@ozon.ru' },
    source: {
      kind: 'seed',
      file: SEED_000,
      quote: 'Любой пользователь может направить письмо на электронную почту: help@ozon.ru.',
    },
    copiedAt: COPIED,
  },
  {
    id: 'ozon-feedback-form',
    marketplace: 'ozon',
    recipient: 'support',
    name: { ru: 'Форма обратной связи в «Помощи»', en: 'The feedback form in «Помощь»' },
    about: {
      ru: 'Сначала загляните в ответы на частые вопросы: решение может уже быть там.',
      en: 'Look through the answers to common questions first: the solution may already be there.',
    },
    access: { type: 'link', url: 'https://docs.ozon.ru/common/kontakty/' },
    source: {
      kind: 'seed',
      file: SEED_002,
      quote: 'Заполнить форму обратной связи на сайте маркетплейса в разделе "Помощь".',
    },
    copiedAt: COPIED,
  },
  {
    id: 'ozon-vk',
    marketplace: 'ozon',
    recipient: 'support',
    name: { ru: 'Ozon во ВКонтакте', en: 'Ozon on VK' },
    about: {
      ru: 'Сообщение сообществу Ozon. Номер заказа и личные данные — только в личных сообщениях, не в комментариях.',
      en: 'A message to Ozon’s community. Order numbers and personal details only in private messages, never in comments.',
    },
    access: { type: 'link', url: 'https://vk.com/ozon' },
    source: {
      kind: 'seed',
      file: SEED_000,
      quote: 'где также можно оставить сообщение (например: https://vk.com/ozon)',
    },
    copiedAt: COPIED,
  },
  {
    id: 'ozon-ethics',
    marketplace: 'ozon',
    recipient: 'support',
    name: { ru: 'Линия этики и комплаенс', en: 'Ethics and compliance line' },
    about: {
      ru:
        'Нарушения ПДД водителями Ozon, хищения, мошенничество, коррупция и другие нарушения. Можно анонимно ' +
        'или с контактами для ответа. Не для вопросов о заказах.',
      en:
        'Traffic violations by Ozon drivers, theft, fraud, corruption and other misconduct. Anonymous or with ' +
        'contacts for an answer. Not for questions about orders.',
    },
    access: { type: 'link', url: 'https://ozon-hotline.delret.ru/' },
    source: {
      kind: 'seed',
      file: SEED_000,
      quote: 'Пользователь может оставить сообщение на сайте по адресу: https://ozon-hotline.delret.ru/.',
    },
    copiedAt: COPIED,
  },
  {
    id: 'rospotrebnadzor',
    marketplace: 'ozon',
    recipient: 'support',
    name: { ru: 'Роспотребнадзор', en: 'Rospotrebnadzor (consumer protection)' },
    about: {
      ru:
        'Если Ozon не ответил на претензию: жалоба по Закону РФ от 07.02.1992 № 2300-1 «О защите прав ' +
        'потребителей» — на официальном сайте или лично в территориальном отделении. Приложите чеки и ' +
        'письменные ответы маркетплейса.',
      en:
        'When Ozon has not answered a claim: a complaint under the Consumer Rights Protection Law No. 2300-1 ' +
        'of 7 February 1992 — on the official site or in person at a territorial office. Attach receipts and ' +
        'the marketplace’s written replies.',
    },
    access: { type: 'link', url: 'https://www.rospotrebnadzor.ru/' },
    source: {
      kind: 'seed',
      file: SEED_000,
      quote: 'можно подать претензию через официальный сайт или при личном обращении в территориальное отделение.',
    },
    copiedAt: COPIED,
  },
  {
    id: 'ozon-operator',
    marketplace: 'ozon',
    recipient: 'support',
    name: { ru: 'ООО «Интернет Решения» (оператор Ozon)', en: 'Internet Resheniya LLC (Ozon’s operator)' },
    about: {
      ru: 'Юридический адрес для письменных претензий.',
      en: 'The registered address, for written claims.',
    },
    access: { type: 'postal', address: '123112, г. Москва, Пресненская набережная, д. 10' },
    source: {
      kind: 'seed',
      file: SEED_000,
      quote: 'Ее юридический адрес: 123112 г. Москва, Пресненская набережная, дом 10.',
    },
    copiedAt: COPIED,
  },
];

export const ozonSupportScope: SupportScope = {
  can: [
    { ru: 'уточнить ассортимент и наличие товара', en: 'check the range and whether an item is in stock' },
    { ru: 'начать гарантийный ремонт', en: 'start a warranty repair' },
    { ru: 'узнать статус заказа и примерное время доставки', en: 'find out an order’s status and the expected delivery time' },
    { ru: 'ответить на вопросы о характеристиках товара', en: 'answer questions about a product’s characteristics' },
    { ru: 'оформить заказ, если на сайте техническая проблема', en: 'place an order when the site has a technical problem' },
    { ru: 'восстановить доступ в личный кабинет', en: 'restore access to the account' },
    { ru: 'решить вопрос с начислением или списанием баллов', en: 'sort out bonus points credited or taken' },
    { ru: 'рассказать о текущих акциях', en: 'tell you about current promotions' },
  ],
  cannot: [
    { ru: 'вопрос не связан с работой маркетплейса', en: 'the question has nothing to do with the marketplace' },
    { ru: 'претензия без доказательств', en: 'a claim comes without evidence' },
  ],
  source: { kind: 'seed', file: SEED_000, quote: 'Через контактный центр можно решить большинство вопросов:' },
};

/** The founding documents' advice for talking to support, shown with every topic. */
export const ozonAdvice: Advice[] = [
  {
    text: { ru: 'Пишите спокойно и по делу: такое сообщение оператору проще разобрать.', en: 'Write calmly and to the point: such a message is easier for the operator to deal with.' },
    source: { kind: 'seed', file: SEED_002, quote: 'Будьте вежливы и корректны.' },
  },
  {
    text: {
      ru: 'В первом же сообщении скажите, что случилось и чего вы хотите: вернуть деньги, заменить товар, узнать срок.',
      en: 'Say in the first message what happened and what you want: a refund, a replacement, a date.',
    },
    source: { kind: 'seed', file: SEED_002, quote: 'Максимально четко и конкретно изложите суть вашего вопроса или проблемы.' },
  },
  {
    text: { ru: 'Сразу приложите всё, что понадобится: номер заказа, дату, фото.', en: 'Attach at once whatever will be needed: the order number, the date, photos.' },
    source: { kind: 'seed', file: SEED_002, quote: 'Предоставьте оператору всю необходимую для решения вопроса информацию.' },
  },
  {
    text: {
      ru: 'Оператор может задать уточняющие вопросы: отвечайте в той же переписке, тогда не придётся объяснять всё заново.',
      en: 'The operator may ask follow-up questions: answer in the same conversation, so you need not explain it all again.',
    },
    source: { kind: 'seed', file: SEED_002, quote: 'Будьте терпеливы и готовы к диалогу с оператором' },
  },
  {
    text: {
      ru: 'Поддержка помогает с заказом, но не консультирует по закону: если дело дошло до спора, понадобится претензия продавцу.',
      en: 'Support helps with the order but gives no legal advice: if it comes to a dispute, you need a claim to the seller.',
    },
    source: { kind: 'seed', file: SEED_002, quote: 'Помните, что поддержка решает технические вопросы, а не предоставляет юридические консультации.' },
  },
  {
    text: {
      ru: 'Просите то, что поддержке по силам: с чем она поможет и с чем нет, сказано в этой же панели.',
      en: 'Ask for what support can do: what it helps with and what it does not is listed in this panel.',
    },
    source: { kind: 'seed', file: SEED_002, quote: 'Имейте реалистичные ожидания относительно возможностей поддержки.' },
  },
  {
    text: { ru: 'Сначала загляните в «Помощь»: ответ может уже быть там.', en: 'Check the «Помощь» pages first: the answer may already be there.' },
    source: { kind: 'seed', file: SEED_001, quote: 'проверка часто задаваемых вопросов (FAQ) на сайте Ozon' },
  },
];

const order = ['order', 'order-list'] as const;
const ORDER_FIELDS = ['orderId', 'orderDate'] as const;
const ITEM_FIELDS = ['orderId', 'orderDate', 'title'] as const;
const PRODUCT_FIELDS = ['article', 'title'] as const;
const seller = (id: TopicId): Topic =>
  offered(id, { fits: ['product', 'blocked'], needs: [...PRODUCT_FIELDS], channels: ['ozon-seller-question', 'ozon-seller-chat', 'ozon-order-seller-chat'] });
const support = (id: TopicId, fits: Topic['fits'], needs: Topic['needs'], channels = SUPPORT_CHANNELS) =>
  offered(id, { fits, needs, channels });

export const ozonTopics: Topic[] = [
  // To the seller, about a product.
  seller('product-question'),
  seller('seller-size'),
  seller('seller-colour'),
  seller('seller-expiry'),
  seller('seller-delivery'),
  seller('seller-bulk-discount'),
  offered('order-to-seller', { fits: ['order', 'order-list'], needs: [...ITEM_FIELDS], channels: ['ozon-order-seller-chat', 'ozon-seller-chat'] }),

  // To support. On a product page: stock and characteristics; on an order page: delivery first.
  support('stock-characteristics', ['product', 'blocked'], [...PRODUCT_FIELDS]),
  support('delivery-status', [...order], [...ORDER_FIELDS]),
  support('delivery-late', [...order], [...ORDER_FIELDS]),
  support('order-missing', [...order], [...ORDER_FIELDS]),
  support('no-tracking', [...order], [...ORDER_FIELDS]),
  support('locker-not-delivered', [...order], [...ORDER_FIELDS]),
  support('pickup-hours', [...order], [...ORDER_FIELDS]),
  support('russian-post', [...order], [...ORDER_FIELDS]),
  support('damaged', ['order'], [...ITEM_FIELDS]),
  support('defect', ['order', 'product'], [...ITEM_FIELDS]),
  support('wrong-item', ['order'], [...ITEM_FIELDS]),
  support('return', ['order'], [...ITEM_FIELDS]),
  support('refund-missing', ['order'], [...ORDER_FIELDS]),
  support('courier-complaint', [...order], [...ORDER_FIELDS]),
  support('self-service', [...order], [...ORDER_FIELDS]),
  support('order-payment', [...order, 'product'], [...ORDER_FIELDS]),
  support('warranty', ['order', 'product'], [...ITEM_FIELDS]),
  support('promo-bonus', [], []),
  support('technical', [], []),
  support('account-access', [], []),
  support('ethics-report', [], [], ['ozon-ethics']),
];
