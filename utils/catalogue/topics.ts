/**
 * The topics, once: what each is called, whom it goes to and which legal situation it leads to when it
 * comes to a claim. Each marketplace's catalogue lists the topics it offers by id, with what is its own
 * there (the pages a topic leads on, the fields its pages give, its channels); the words of each topic's
 * message and checklist are in `utils/templates/topic-words.ts`, keyed by the same id. A test checks that every
 * topic of every marketplace has all of it.
 */
import type { Bilingual, Recipient, Situation, Topic } from './types';

export interface TopicFacts {
  recipient: Recipient;
  name: Bilingual;
  /**
   * The situation a claim about it starts from (the shopper can change it in the form); `null` for topics
   * no claim under the consumer-rights law follows from (a question, the site not working, misconduct).
   * Several: the topic covers them all and the form asks which one it is (nothing is assumed).
   */
  situation: Situation | readonly Situation[] | null;
}

const toSeller = (ru: string, en: string, situation: Situation | null = null): TopicFacts => ({
  recipient: 'seller',
  name: { ru, en },
  situation,
});
const toSupport = (ru: string, en: string, situation: TopicFacts['situation']): TopicFacts => ({
  recipient: 'support',
  name: { ru, en },
  situation,
});

export const TOPICS = {
  // To the seller, about a product or an order.
  'product-question': toSeller('Вопрос о товаре', 'A question about the product'),
  'seller-size': toSeller('Размер', 'Size'),
  'seller-colour': toSeller('Цвет', 'Colour'),
  'seller-expiry': toSeller('Срок годности', 'Expiry date'),
  'seller-delivery': toSeller('Сроки и стоимость доставки', 'Delivery time and cost'),
  'seller-bulk-discount': toSeller('Скидка при оптовой покупке', 'A discount for a bulk purchase'),
  'order-to-seller': toSeller('Вопрос продавцу о заказе', 'A question to the seller about an order', 'demand-late'),

  // To support.
  'stock-characteristics': toSupport('Наличие и характеристики товара', 'Stock and characteristics', null),
  'delivery-status': toSupport('Где мой заказ', 'Where is my order', 'not-delivered'),
  'delivery-late': toSupport('Срок доставки прошёл', 'The delivery date has passed', 'not-delivered'),
  'order-missing': toSupport('Заказа нет в личном кабинете', 'The order is not in my account', 'not-delivered'),
  'no-tracking': toSupport('Нет отслеживания', 'No tracking', 'not-delivered'),
  'locker-not-delivered': toSupport('Заказ не пришёл в постамат', 'The order has not reached the parcel locker', 'not-delivered'),
  // A pickup point's hours are the marketplace's service, not a demand of the consumer-rights law: support only.
  'pickup-hours': toSupport('Нет расписания пункта выдачи', 'No opening hours for the pickup point', null),
  'russian-post': toSupport('Доставка Почтой России', 'Delivery by Russian Post', 'not-delivered'),
  damaged: toSupport('Товар пришёл повреждённым', 'The item arrived damaged', 'defect'),
  defect: toSupport('Брак или сломался', 'A defect, or it broke', 'defect'),
  // Not a defect: a wrong item (ГК ст. 468) or an incomplete order (ГК ст. 466, 478–480); the form asks which.
  'wrong-item': toSupport('Пришло не то или не всё', 'The wrong item, or not all of the order', ['wrong-item', 'incomplete']),
  return: toSupport('Возврат или обмен', 'Return or exchange', 'return'),
  // A refund owed late: for a return, a defect or a prepayment — the late demand asks which (legal review m12).
  'refund-missing': toSupport('Не пришли деньги за возврат', 'The refund has not arrived', 'demand-late'),
  // A courier's or a pickup point's conduct gives no demand of arts. 18–26.1: a complaint to support only.
  'courier-complaint': toSupport('Жалоба на курьера или пункт выдачи', 'A complaint about a courier or pickup point', null),
  // A cancellation is a withdrawal, allowed at any time before delivery (art. 26.1(4)), not a late demand.
  'self-service': toSupport('Изменить или отменить заказ', 'Change or cancel an order', 'return'),
  // Placing and paying for an order raise no demand of the law by themselves; a prepayment not refunded is chosen in the form.
  'order-payment': toSupport('Оформление и оплата заказа', 'Placing and paying for an order', null),
  warranty: toSupport('Гарантийный ремонт', 'Warranty repair', 'defect'),
  'promo-bonus': toSupport('Промокоды и баллы', 'Promo codes and bonus points', null),
  technical: toSupport('Не работает сайт или приложение', 'The site or the app does not work', null),
  'account-access': toSupport('Нет доступа к личному кабинету', 'No access to the account', null),
  'ethics-report': toSupport('Сообщить о нарушении (этика)', 'Report misconduct (ethics)', null),
} satisfies Record<string, TopicFacts>;

export type TopicId = keyof typeof TOPICS;

export function isTopicId(id: string): id is TopicId {
  return Object.hasOwn(TOPICS, id);
}

/** A topic as a marketplace offers it: the registry's facts with the marketplace's own. */
export function offered(id: TopicId, own: Pick<Topic, 'fits' | 'needs' | 'channels'>): Topic {
  const { recipient, name } = TOPICS[id];
  return { id, recipient, name, ...own };
}

/**
 * The situation a claim about an inquiry on this topic starts from; none for a topic no claim follows
 * from: the shopper says in the form what happened. A late demand is never assumed: its article and
 * sanction depend on what the earlier demand was.
 */
export function situationOf(topicId: string): Situation | undefined {
  const situation = isTopicId(topicId) ? TOPICS[topicId].situation : null;
  return typeof situation === 'string' ? situation : undefined;
}

/** The situations a topic that covers several leads to: the form asks which one it is. */
export function situationChoicesOf(topicId: string): readonly Situation[] | undefined {
  const situation = isTopicId(topicId) ? TOPICS[topicId].situation : null;
  return Array.isArray(situation) ? situation : undefined;
}
