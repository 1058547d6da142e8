import type { MarketplaceId, PageKind, PageTarget } from '@/utils/marketplaces/types';

export type { PageTarget };

export type Recipient = 'seller' | 'support';
export type Bilingual = { ru: string; en: string };

/**
 * Where an entry was found: a founding document and the phrase quoted from it, or a saved page and a
 * piece of its HTML (a link, a button's text) exactly as it stands there.
 */
export type Source =
  | { kind: 'seed'; file: string; quote: string }
  /** `captured`: when the page was saved (YYYY-MM, from the pages' SOURCES.md), as the shopper is told. */
  | { kind: 'page'; page: string; seen: string; captured: string }
  /** Where the founding documents name a body but not its address, its own site. */
  | { kind: 'official'; url: string; note: string }
  /**
   * Where neither the founding documents nor a saved page show a channel: a public article that
   * describes it, with its title and the phrase it rests on. Not verified on the marketplace itself.
   */
  | { kind: 'article'; url: string; title: string; quote: string };

/**
 * How a channel is reached:
 * - page-target: a form or button on the marketplace's own page (the reader finds it); the message is
 *   copied and the page scrolled to it;
 * - link: an address opened in a new tab, the message copied for pasting;
 * - email: a mailto: link with subject and body.
 */
export type ChannelAccess =
  | { type: 'page-target'; target: PageTarget }
  | { type: 'link'; path: string; sameSite: true }
  | { type: 'link'; url: string; sameSite?: false }
  | { type: 'email'; address: string }
  /** `number` as people write it; dialled from the digits. */
  | { type: 'phone'; number: string }
  /** A postal address, for written claims. */
  | { type: 'postal'; address: string };

export interface Channel {
  id: string;
  marketplace: MarketplaceId;
  recipient: Recipient;
  name: Bilingual;
  /** One line on what the channel is for and what to expect of it. */
  about: Bilingual;
  access: ChannelAccess;
  /** Whatever is written there is public (questions on a product page are). */
  public?: boolean;
  /** How many working days an answer usually takes, as the channel's source says. */
  answerWorkingDays?: number;
  /** Channels shown with this one (the city lines beside the hotline). */
  related?: string[];
  /** Country domains of the marketplace from which the channel does not work (8-800 numbers abroad). */
  notFrom?: { domains: string[]; note: Bilingual };
  source: Source;
  /** When the entry was copied from its source (YYYY-MM-DD), shown as "not verified since". */
  copiedAt: string;
}

export type ContextFieldName = 'article' | 'title' | 'seller' | 'orderId' | 'orderDate';

/** What a marketplace's contact centre can do, and when it will not help, as its sources say. */
export interface SupportScope {
  can: Bilingual[];
  cannot: Bilingual[];
  source: Source;
}

/** Advice for every inquiry, from the founding documents. */
export interface Advice {
  text: Bilingual;
  source: Source;
}

/** The shopper's own correction of a channel's number, address or link; it wins over the catalogue. */
export interface Correction {
  value: string;
  /** YYYY-MM-DD */
  at: string;
}

export interface Topic {
  id: string;
  recipient: Recipient;
  name: Bilingual;
  /** Page kinds the topic leads on; on other pages it is offered after them. */
  fits: PageKind[];
  /** Fields the message is built around; the panel asks for those the page did not give. */
  needs: ContextFieldName[];
  /** Channels that suit the topic, best first. */
  channels: string[];
}

/**
 * What the law sees in a case: the escalation's situations (utils/escalation), named by the topics. A wrong
 * item (ГК ст. 468) and an incomplete order (ГК ст. 466, 478–480) are not a defect of the goods ordered.
 */
export type Situation = 'return' | 'defect' | 'demand-late' | 'not-delivered' | 'wrong-item' | 'incomplete';
/** What the buyer may demand. */
export type Remedy =
  | 'refund'
  | 'replace'
  /** The same goods of another brand (model, article), the price recalculated (art. 18(1)). */
  | 'replace-other'
  | 'repair'
  /** The buyer's own (or a third party's) repair costs back (art. 18(1)). */
  | 'repair-costs'
  | 'discount'
  | 'deliver';
