/**
 * The situations a shopper picks from in one tap — «Не привезли», «Брак или сломался»… — each a way into
 * the topic registry: the topic it stands for with each recipient, on this marketplace and this page. The
 * cards shown are the ones the marketplace offers, in the order the page and the order's status make
 * likely; «Другое» opens the full list of topics.
 */
import type { MarketplaceId, PageKind } from '@/utils/marketplaces/types';
import { topicsFor } from './index';
import type { TopicId } from './topics';
import type { Bilingual, Recipient, Topic } from './types';

export type SituationId = 'not-delivered' | 'defect' | 'wrong' | 'return' | 'refund' | 'seller';

interface SituationFacts {
  name: Bilingual;
  /** The recipient the situation goes to first. */
  recipient: Recipient;
  /** The topic with each recipient, best first; a product page's seller topic differs from an order's. */
  topics: { [R in Recipient]?: (kind: PageKind) => TopicId[] };
}

const onOrder = (kind: PageKind) => kind === 'order' || kind === 'order-list';
const sellerTopic = (kind: PageKind): TopicId[] => (onOrder(kind) ? ['order-to-seller', 'product-question'] : ['product-question', 'order-to-seller']);

export const SITUATIONS: Record<SituationId, SituationFacts> = {
  'not-delivered': {
    name: { ru: 'Не привезли', en: 'Not delivered' },
    recipient: 'support',
    topics: { support: () => ['delivery-late', 'delivery-status'], seller: sellerTopic },
  },
  defect: {
    name: { ru: 'Брак или сломался', en: 'Faulty or broke' },
    recipient: 'support',
    topics: { support: () => ['defect', 'damaged', 'warranty'], seller: sellerTopic },
  },
  wrong: {
    name: { ru: 'Пришло не то или не всё', en: 'Wrong or missing items' },
    recipient: 'support',
    topics: { support: () => ['wrong-item'], seller: sellerTopic },
  },
  return: {
    name: { ru: 'Хочу вернуть', en: 'I want to return it' },
    recipient: 'support',
    topics: { support: () => ['return'], seller: sellerTopic },
  },
  refund: {
    name: { ru: 'Не вернули деньги', en: 'No refund yet' },
    recipient: 'support',
    topics: { support: () => ['refund-missing'], seller: sellerTopic },
  },
  seller: {
    name: { ru: 'Вопрос продавцу', en: 'Ask the seller' },
    recipient: 'seller',
    topics: { seller: sellerTopic },
  },
};

/** Where an order stands, as far as its status and delivery date tell. */
export type OrderStage = 'delivered' | 'on-the-way' | 'cancelled' | 'unknown';

export function orderStage(status: string | undefined, deliveredDate: string | undefined): OrderStage {
  const text = (status ?? '').toLowerCase();
  if (/отмен|cancel/.test(text)) return 'cancelled';
  if (deliveredDate || /получен|доставлен|вручен|выдан|delivered|received/.test(text)) return 'delivered';
  if (/в пути|передан|ожида|сбор|оформлен|пункт|в доставке|on the way|in transit|shipped|processing/.test(text)) return 'on-the-way';
  return 'unknown';
}

const ORDERS: Record<'product' | OrderStage, SituationId[]> = {
  product: ['seller', 'defect', 'return', 'not-delivered', 'wrong', 'refund'],
  delivered: ['defect', 'wrong', 'return', 'refund', 'seller', 'not-delivered'],
  'on-the-way': ['not-delivered', 'seller', 'refund', 'wrong', 'defect', 'return'],
  cancelled: ['refund', 'not-delivered', 'seller', 'return', 'defect', 'wrong'],
  unknown: ['not-delivered', 'defect', 'wrong', 'return', 'refund', 'seller'],
};

/** A situation as this page offers it: the topic it starts on, and whom it goes to. */
export interface SituationCard {
  id: SituationId;
  name: Bilingual;
  recipient: Recipient;
  topicId: string;
}

/** The page as the cards see it. */
export interface SituationPage {
  marketplace: MarketplaceId;
  kind: PageKind;
  orderStatus?: string;
  deliveredDate?: string;
}

/** The topic a situation stands for with `recipient` here, if the marketplace offers one. */
export function situationTopic(id: SituationId, recipient: Recipient, page: SituationPage): Topic | undefined {
  const offered = topicsFor(page.marketplace, recipient, page.kind);
  const wanted = SITUATIONS[id].topics[recipient]?.(page.kind) ?? [];
  for (const topicId of wanted) {
    const topic = offered.find((t) => t.id === topicId);
    if (topic) return topic;
  }
  return undefined;
}

/** The cards for this page, the likeliest first; a situation the marketplace has no topic for is left out. */
export function situationCards(page: SituationPage): SituationCard[] {
  const stage = onOrder(page.kind) ? orderStage(page.orderStatus, page.deliveredDate) : 'product';
  const cards: SituationCard[] = [];
  for (const id of ORDERS[stage]) {
    const { name, recipient } = SITUATIONS[id];
    const topic = situationTopic(id, recipient, page);
    if (topic) cards.push({ id, name, recipient, topicId: topic.id });
  }
  return cards;
}

/** The card a topic stands for with this recipient (a restored draft's), or undefined: one of «Другое». */
export function cardOfTopic(topicId: string, recipient: Recipient, page: SituationPage): SituationId | undefined {
  return situationCards(page).find((card) => card.recipient === recipient && card.topicId === topicId)?.id;
}
