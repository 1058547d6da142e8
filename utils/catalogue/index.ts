/** The catalogue: channels and topics per marketplace, and the choices the panel offers from them. */
import type { MarketplaceId, PageKind } from '../marketplaces/types';
import { ozonChannels, ozonTopics } from './ozon';
import type { Channel, Recipient, Topic } from './types';

export const channels: readonly Channel[] = [...ozonChannels];
const topicsByMarketplace: Record<MarketplaceId, readonly Topic[]> = {
  ozon: ozonTopics,
  wildberries: [],
  'yandex-market': [],
};

export function channelById(id: string): Channel | undefined {
  return channels.find((c) => c.id === id);
}

export function topicById(marketplace: MarketplaceId, id: string): Topic | undefined {
  return topicsByMarketplace[marketplace].find((t) => t.id === id);
}

/** The topics for a recipient, those that fit the page kind first. */
export function topicsFor(marketplace: MarketplaceId, recipient: Recipient, kind: PageKind): Topic[] {
  const all = topicsByMarketplace[marketplace].filter((t) => t.recipient === recipient);
  return [...all.filter((t) => t.fits.includes(kind)), ...all.filter((t) => !t.fits.includes(kind))];
}

/** The recipient a page leads with: the seller on a product page, support elsewhere. */
export function defaultRecipient(kind: PageKind): Recipient {
  return kind === 'product' || kind === 'blocked' ? 'seller' : 'support';
}

/** The channels a topic can use, given which page controls are present. */
export function channelsFor(topic: Topic, available: (channel: Channel) => boolean): Channel[] {
  return topic.channels.map(channelById).filter((c): c is Channel => c !== undefined && available(c));
}

export type * from './types';
