/** The catalogue: channels and topics per marketplace, and the choices the panel offers from them. */
import type { MarketplaceId, PageKind } from '@/utils/marketplaces/types';
import { ozonAdvice, ozonChannels, ozonSupportScope, ozonTopics } from './ozon';
import { wildberriesChannels, wildberriesTopics } from './wildberries';
import { yandexMarketChannels, yandexMarketTopics } from './yandex-market';
import type { Advice, Channel, Correction, Recipient, SupportScope, Topic } from './types';

export const channels: readonly Channel[] = [...ozonChannels, ...wildberriesChannels, ...yandexMarketChannels];
const topicsByMarketplace: Record<MarketplaceId, readonly Topic[]> = {
  ozon: ozonTopics,
  wildberries: wildberriesTopics,
  'yandex-market': yandexMarketTopics,
};

export function channelById(id: string): Channel | undefined {
  return channels.find((c) => c.id === id);
}

export const supportScope: Record<MarketplaceId, SupportScope | undefined> = {
  ozon: ozonSupportScope,
  wildberries: undefined,
  'yandex-market': undefined,
};

/** Where to turn when support does not answer or refuses: the regulator, the operator's address. */
export const escalation: Record<MarketplaceId, readonly string[]> = {
  ozon: ['rospotrebnadzor', 'ozon-operator'],
  wildberries: [],
  'yandex-market': [],
};

export const advice: Record<MarketplaceId, readonly Advice[]> = {
  ozon: ozonAdvice,
  wildberries: [],
  'yandex-market': [],
};

/** A channel as the shopper has it: their correction of its number, address or link wins. */
export type CorrectedChannel = Channel & { correction?: Correction };

export function withCorrection(channel: Channel, corrections: Record<string, Correction>): CorrectedChannel {
  const correction = corrections[channel.id];
  if (!correction?.value.trim()) return channel;
  const value = correction.value.trim();
  const access = channel.access;
  switch (access.type) {
    case 'phone':
      return { ...channel, access: { ...access, number: value }, correction };
    case 'email':
      return { ...channel, access: { ...access, address: value }, correction };
    case 'postal':
      return { ...channel, access: { ...access, address: value }, correction };
    case 'link':
      return /^https:\/\//.test(value)
        ? { ...channel, access: { type: 'link', url: value }, correction }
        : channel;
    default:
      return channel;
  }
}

/** The value a shopper may correct: a number, an address, a link. Undefined for the page's own controls. */
export function correctableValue(channel: Channel): string | undefined {
  const access = channel.access;
  if (access.type === 'phone') return access.number;
  if (access.type === 'email' || access.type === 'postal') return access.address;
  if (access.type === 'link') return access.sameSite ? undefined : access.url;
  return undefined;
}

export function topicById(marketplace: MarketplaceId, id: string): Topic | undefined {
  return topicsByMarketplace[marketplace].find((t) => t.id === id);
}

/** The topics for a recipient, those that fit the page kind first. */
export function topicsFor(marketplace: MarketplaceId, recipient: Recipient, kind: PageKind): Topic[] {
  const all = topicsByMarketplace[marketplace].filter((t) => t.recipient === recipient);
  return [...all.filter((t) => t.fits.includes(kind)), ...all.filter((t) => !t.fits.includes(kind))];
}

/**
 * The recipient a page leads with: the seller on a product page, support elsewhere (an anti-bot page has
 * none of the seller's buttons).
 */
export function defaultRecipient(kind: PageKind, marketplace: MarketplaceId): Recipient {
  const sellerTopics = topicsByMarketplace[marketplace].some((t) => t.recipient === 'seller');
  return kind === 'product' && sellerTopics ? 'seller' : 'support';
}

/** The channels a topic can use, given which page controls are present. */
export function channelsFor(topic: Topic, available: (channel: Channel) => boolean): Channel[] {
  return topic.channels.map(channelById).filter((c): c is Channel => c !== undefined && available(c));
}

export type * from './types';
export { situationChoicesOf, situationOf, TOPICS, type TopicId } from './topics';
