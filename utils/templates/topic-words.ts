/**
 * The words of every topic: the subject, what the shopper asks (after the facts the page gave), and the
 * checklist of what to have ready. `{order}` and `{product}` in a subject are filled by buildMessage and
 * dropped with the words around them when unknown.
 */
import type { Language } from '@/utils/platform/i18n';

export interface TopicWording {
  /** Subject; `order` / `product` are the facts as worded, or undefined. */
  subject: (facts: { order?: string; product?: string }) => string;
  ask: string;
  checklist: string[];
}

const on = (prefix: string, fact: string | undefined, joiner = ': ') => (fact ? `${prefix}${joiner}${fact}` : prefix);

const ORDER_RU = ['номер и дату заказа'];
const ORDER_EN = ['the order number and date'];

export const TOPIC_WORDING: Record<Language, Record<string, TopicWording>> = {
  ru: {
    'product-question': {
      subject: (f) => on('Вопрос о товаре', f.product, ' '),
      ask: 'У меня вопрос об этом товаре.',
      checklist: ['артикул товара', 'что именно нужно узнать'],
    },
    'seller-size': {
      subject: (f) => on('Вопрос о размере', f.product, ' '),
      ask: 'Подскажите, пожалуйста, как подобрать размер: какие мерки соответствуют размерам и как сидит модель (маломерит, большемерит, в размер)?',
      checklist: ['ваши мерки (рост, обхват, длина стопы)', 'размер, который вы обычно носите'],
    },
    'seller-colour': {
      subject: (f) => on('Вопрос о цвете', f.product, ' '),
      ask: 'Подскажите, пожалуйста, какого цвета товар на самом деле, совпадает ли он с фотографиями и есть ли другие цвета в наличии?',
      checklist: ['какой цвет вам нужен'],
    },
    'seller-expiry': {
      subject: (f) => on('Вопрос о сроке годности', f.product, ' '),
      ask: 'Подскажите, пожалуйста, какой срок годности у товара, который сейчас продаётся, и до какой даты он годен?',
      checklist: ['к какому сроку нужен товар'],
    },
    'seller-delivery': {
      subject: (f) => on('Сроки и стоимость доставки', f.product, ' '),
      ask: 'Подскажите, пожалуйста, за сколько дней и за какую стоимость вы доставите этот товар и откуда он отправляется?',
      checklist: ['ваш город или пункт выдачи', 'к какой дате нужен товар'],
    },
    'seller-bulk-discount': {
      subject: (f) => on('Оптовая покупка', f.product, ' '),
      ask: 'Я хочу купить этот товар в количестве нескольких штук. Возможна ли скидка при оптовой покупке и какие есть условия?',
      checklist: ['сколько штук вы хотите купить'],
    },
    'order-to-seller': {
      subject: (f) => on('Вопрос по заказу', f.order, ' '),
      ask: 'У меня вопрос по этому заказу.',
      checklist: [...ORDER_RU, 'какой товар из заказа', 'что именно нужно узнать'],
    },
    'order-payment': {
      subject: (f) => on('Оформление и оплата заказа', f.order),
      ask: 'У меня вопрос по оформлению и оплате заказа: оплата не прошла или прошла дважды. Подскажите, пожалуйста, что с оплатой и что мне сделать.',
      checklist: [...ORDER_RU, 'способ оплаты', 'чек или выписку с суммой и временем платежа'],
    },
    'delivery-status': {
      subject: (f) => on('Где мой заказ', f.order, ' ') + '?',
      ask: 'Подскажите, пожалуйста, где сейчас заказ и когда его доставят.',
      checklist: [...ORDER_RU, 'адрес или пункт доставки'],
    },
    'delivery-late': {
      subject: (f) => on('Срок доставки прошёл', f.order && `заказ ${f.order}`),
      ask:
        'Срок доставки уже прошёл, а заказ до меня не дошёл. Подскажите, пожалуйста, где он сейчас и когда ' +
        'его доставят, или помогите оформить отмену и возврат денег.',
      checklist: [...ORDER_RU, 'обещанную дату доставки', 'скриншот страницы заказа'],
    },
    'order-missing': {
      subject: (f) => on('Заказа нет в личном кабинете', f.order && `заказ ${f.order}`),
      ask: 'Я оформил и оплатил заказ, но он не отображается в личном кабинете. Проверьте, пожалуйста, что с ним.',
      checklist: [...ORDER_RU, 'чек или письмо о заказе', 'телефон или почту аккаунта'],
    },
    'no-tracking': {
      subject: (f) => on('Нет отслеживания', f.order && `заказ ${f.order}`),
      ask: 'У заказа нет отслеживания: статус не меняется. Подскажите, пожалуйста, где он и когда его доставят.',
      checklist: [...ORDER_RU, 'скриншот страницы заказа'],
    },
    'locker-not-delivered': {
      subject: (f) => on('Заказ не пришёл в постамат', f.order && `заказ ${f.order}`),
      ask: 'Заказ должен был прийти в постамат, но его там нет. Подскажите, пожалуйста, где он и когда будет доставлен.',
      checklist: [...ORDER_RU, 'адрес постамата', 'обещанную дату доставки'],
    },
    'pickup-hours': {
      subject: (f) => on('Нет расписания пункта выдачи', f.order && `заказ ${f.order}`),
      ask: 'У пункта выдачи, где ждёт мой заказ, нет актуального расписания. Подскажите, пожалуйста, когда он работает или как забрать заказ в другом месте.',
      checklist: [...ORDER_RU, 'адрес пункта выдачи'],
    },
    'russian-post': {
      subject: (f) => on('Доставка Почтой России', f.order && `заказ ${f.order}`),
      ask:
        'Заказ доставляет Почта России. Адрес доставки я проверил; посылка, возможно, пришла не в тот город. ' +
        'Подскажите, пожалуйста, где она и как её получить.',
      checklist: [...ORDER_RU, 'адрес доставки в заказе (сверьте его)', 'трек-номер Почты России'],
    },
    damaged: {
      subject: (f) => on('Товар повреждён или не тот', f.order && `заказ ${f.order}`),
      ask:
        'Товар пришёл повреждённым (или это не тот товар, что был в заказе). Фотографии товара и упаковки ' +
        'приложу. Прошу заменить товар или вернуть деньги.',
      checklist: [...ORDER_RU, 'фото товара и упаковки', 'фото этикетки с артикулом'],
    },
    return: {
      subject: (f) => on('Возврат или обмен', f.order && `заказ ${f.order}`),
      ask: 'Хочу вернуть или обменять товар. Подскажите, пожалуйста, как это оформить и когда вернутся деньги.',
      checklist: [...ORDER_RU, 'дату получения', 'причину возврата', 'чек'],
    },
    'refund-missing': {
      subject: (f) => on('Не пришли деньги за возврат', f.order && `заказ ${f.order}`),
      ask: 'Я вернул товар, но деньги до сих пор не пришли. Подскажите, пожалуйста, когда и куда они поступят.',
      checklist: [...ORDER_RU, 'дату возврата', 'номер заявки на возврат'],
    },
    'courier-complaint': {
      subject: (f) => on('Жалоба на доставку', f.order && `заказ ${f.order}`),
      ask: 'Хочу пожаловаться на работу курьера (или пункта выдачи) при получении этого заказа.',
      checklist: [...ORDER_RU, 'дату и время', 'адрес пункта выдачи или имя курьера'],
    },
    'self-service': {
      subject: (f) => on('Изменение или отмена заказа', f.order && `заказ ${f.order}`),
      ask:
        'Я пытался изменить (или отменить) заказ в личном кабинете, но это не получилось. Помогите, пожалуйста, ' +
        'сделать это.',
      checklist: [...ORDER_RU, 'что нужно изменить: адрес, дату, состав или отмену', 'сначала попробуйте сами: «Мои заказы» → заказ'],
    },
    warranty: {
      subject: (f) => on('Гарантийный ремонт', f.order && `заказ ${f.order}`),
      ask: 'Товар сломался во время гарантийного срока. Прошу принять его в гарантийный ремонт и подсказать, куда и как его сдать.',
      checklist: [...ORDER_RU, 'описание неисправности', 'гарантийный талон или чек'],
    },
    'stock-characteristics': {
      subject: (f) => on('Наличие и характеристики', f.product, ' '),
      ask: 'Подскажите, пожалуйста, есть ли этот товар в наличии, и уточните его характеристики.',
      checklist: ['артикул товара', 'что именно нужно узнать'],
    },
    'promo-bonus': {
      subject: () => 'Промокод и баллы',
      ask: 'У меня вопрос по промокоду (или баллам): он не применился, или баллы не начислились. Подскажите, пожалуйста, в чём причина.',
      checklist: ['промокод или сумму баллов', 'номер заказа, если он был', 'условия акции'],
    },
    technical: {
      subject: () => 'Не работает сайт или приложение',
      ask: 'На сайте (или в приложении) возникает ошибка, и я не могу продолжить. Помогите, пожалуйста.',
      checklist: ['что вы делали и что увидели', 'скриншот ошибки', 'браузер или версию приложения'],
    },
    'account-access': {
      subject: () => 'Нет доступа к личному кабинету',
      ask: 'Я не могу войти в личный кабинет. Помогите, пожалуйста, восстановить доступ.',
      checklist: ['телефон или почту аккаунта', 'что происходит при входе'],
    },
    'ethics-report': {
      subject: () => 'Сообщение о нарушении',
      ask: 'Хочу сообщить о нарушении, связанном с Ozon.',
      checklist: ['что, где и когда произошло', 'доказательства, если есть', 'оставить ли контакты — решать вам'],
    },
  },
  en: {
    'product-question': {
      subject: (f) => on('A question about the product', f.product, ' '),
      ask: 'I have a question about this product.',
      checklist: ['the product’s article', 'what exactly you want to know'],
    },
    'seller-size': {
      subject: (f) => on('A question about size', f.product, ' '),
      ask: 'Could you please help me choose the size: which measurements match which sizes, and does it run small, large or true to size?',
      checklist: ['your measurements (height, chest, foot length)', 'the size you usually wear'],
    },
    'seller-colour': {
      subject: (f) => on('A question about colour', f.product, ' '),
      ask: 'Could you please tell me what colour the item really is, whether it matches the photos, and which other colours are in stock?',
      checklist: ['the colour you need'],
    },
    'seller-expiry': {
      subject: (f) => on('A question about the expiry date', f.product, ' '),
      ask: 'Could you please tell me the expiry date of the items you are selling now?',
      checklist: ['by when you need it'],
    },
    'seller-delivery': {
      subject: (f) => on('Delivery time and cost', f.product, ' '),
      ask: 'Could you please tell me how many days delivery of this item takes, what it costs, and where it ships from?',
      checklist: ['your town or pickup point', 'by when you need it'],
    },
    'seller-bulk-discount': {
      subject: (f) => on('A bulk purchase', f.product, ' '),
      ask: 'I would like to buy several of this item. Is there a discount for a bulk purchase, and on what terms?',
      checklist: ['how many you want to buy'],
    },
    'order-to-seller': {
      subject: (f) => on('A question about order', f.order, ' '),
      ask: 'I have a question about this order.',
      checklist: [...ORDER_EN, 'which item of the order', 'what exactly you want to know'],
    },
    'order-payment': {
      subject: (f) => on('Placing and paying for an order', f.order),
      ask: 'I have a question about placing and paying for an order: the payment failed or went through twice. Please tell me what happened and what I should do.',
      checklist: [...ORDER_EN, 'the payment method', 'a receipt or statement with the amount and time of payment'],
    },
    'delivery-status': {
      subject: (f) => on('Where is my order', f.order, ' ') + '?',
      ask: 'Could you please tell me where the order is now and when it will be delivered?',
      checklist: [...ORDER_EN, 'the delivery address or pickup point'],
    },
    'delivery-late': {
      subject: (f) => on('The delivery date has passed', f.order && `order ${f.order}`),
      ask:
        'The delivery date has passed and the order has not reached me. Please tell me where it is and when ' +
        'it will be delivered, or help me cancel it and get a refund.',
      checklist: [...ORDER_EN, 'the promised delivery date', 'a screenshot of the order page'],
    },
    'order-missing': {
      subject: (f) => on('The order is not in my account', f.order && `order ${f.order}`),
      ask: 'I placed and paid for an order, but it does not appear in my account. Please check what happened to it.',
      checklist: [...ORDER_EN, 'the receipt or order e-mail', 'the account’s phone or e-mail'],
    },
    'no-tracking': {
      subject: (f) => on('No tracking', f.order && `order ${f.order}`),
      ask: 'The order has no tracking: its status does not change. Please tell me where it is and when it will be delivered.',
      checklist: [...ORDER_EN, 'a screenshot of the order page'],
    },
    'locker-not-delivered': {
      subject: (f) => on('The order has not reached the parcel locker', f.order && `order ${f.order}`),
      ask: 'The order should have arrived at the parcel locker, but it is not there. Please tell me where it is and when it will be delivered.',
      checklist: [...ORDER_EN, 'the locker’s address', 'the promised delivery date'],
    },
    'pickup-hours': {
      subject: (f) => on('No opening hours for the pickup point', f.order && `order ${f.order}`),
      ask: 'The pickup point holding my order shows no current opening hours. Please tell me when it is open or how to collect the order elsewhere.',
      checklist: [...ORDER_EN, 'the pickup point’s address'],
    },
    'russian-post': {
      subject: (f) => on('Delivery by Russian Post', f.order && `order ${f.order}`),
      ask:
        'The order is delivered by Russian Post. I have checked the delivery address; the parcel may have gone ' +
        'to another town. Please tell me where it is and how to collect it.',
      checklist: [...ORDER_EN, 'the delivery address in the order (check it)', 'the Russian Post tracking number'],
    },
    damaged: {
      subject: (f) => on('Damaged or wrong item', f.order && `order ${f.order}`),
      ask:
        'The item arrived damaged (or it is not the item I ordered). I will attach photos of the item and ' +
        'the packaging. Please replace the item or refund the money.',
      checklist: [...ORDER_EN, 'photos of the item and the packaging', 'a photo of the label with the article'],
    },
    return: {
      subject: (f) => on('Return or exchange', f.order && `order ${f.order}`),
      ask: 'I would like to return or exchange the item. Please tell me how to arrange it and when I will get the money back.',
      checklist: [...ORDER_EN, 'the date you received it', 'the reason for the return', 'the receipt'],
    },
    'refund-missing': {
      subject: (f) => on('The refund has not arrived', f.order && `order ${f.order}`),
      ask: 'I returned the item, but the money has still not arrived. Please tell me when and where it will be paid.',
      checklist: [...ORDER_EN, 'the date of the return', 'the return request number'],
    },
    'courier-complaint': {
      subject: (f) => on('A complaint about the delivery', f.order && `order ${f.order}`),
      ask: 'I would like to complain about the courier (or the pickup point) when I received this order.',
      checklist: [...ORDER_EN, 'the date and time', 'the pickup point’s address or the courier’s name'],
    },
    'self-service': {
      subject: (f) => on('Changing or cancelling an order', f.order && `order ${f.order}`),
      ask: 'I tried to change (or cancel) the order in my account, but it did not work. Please help me do it.',
      checklist: [...ORDER_EN, 'what to change: address, date, items, or cancel', 'try it yourself first: «Мои заказы» → the order'],
    },
    warranty: {
      subject: (f) => on('Warranty repair', f.order && `order ${f.order}`),
      ask: 'The item broke within its warranty. Please accept it for warranty repair and tell me where and how to hand it in.',
      checklist: [...ORDER_EN, 'a description of the fault', 'the warranty card or receipt'],
    },
    'stock-characteristics': {
      subject: (f) => on('Stock and characteristics', f.product, ' '),
      ask: 'Could you please tell me whether this item is in stock, and clarify its characteristics?',
      checklist: ['the product’s article', 'what exactly you want to know'],
    },
    'promo-bonus': {
      subject: () => 'Promo code and bonus points',
      ask: 'I have a question about a promo code (or bonus points): it was not applied, or the points were not credited. Please tell me why.',
      checklist: ['the promo code or the points', 'the order number, if there was one', 'the promotion’s terms'],
    },
    technical: {
      subject: () => 'The site or the app does not work',
      ask: 'The site (or the app) shows an error and I cannot go on. Please help.',
      checklist: ['what you did and what you saw', 'a screenshot of the error', 'the browser or app version'],
    },
    'account-access': {
      subject: () => 'No access to my account',
      ask: 'I cannot log in to my account. Please help me restore access.',
      checklist: ['the account’s phone or e-mail', 'what happens when you log in'],
    },
    'ethics-report': {
      subject: () => 'Report of misconduct',
      ask: 'I would like to report misconduct connected with Ozon.',
      checklist: ['what happened, where and when', 'evidence, if any', 'whether to leave contacts is up to you'],
    },
  },
};
