/**
 * The marketplaces' own clocks, beside the law's: how long a seller, a marketplace or the state's
 * «книга жалоб» has to act, from what, and what happens when the time passes — each with its public
 * source, the date it was read, and whether that source is the platform's own rules or only the press.
 * A clock no public source confirms keeps no source: it is shown as «не проверено», and no date is
 * computed from it (utils/inquiries/ladder.ts).
 */
import type { MarketplaceId } from '@/utils/marketplaces/types';
import type { TopicId } from './topics';
import type { Bilingual } from './types';

/** Where a clock's fact was read: the platform's own rules, or the press reporting it. */
export interface ClockSource {
  url: string;
  /** The site as people name it. */
  site: string;
  /** When it was read (YYYY-MM-DD). */
  read: string;
  basis: 'platform' | 'press';
}

/**
 * The inquiry's event a clock runs from: its first sending (the request made), the reply recorded (the
 * seller's answer or refusal), or a moment this extension never records (a dispute opened on the site).
 */
export type ClockStart = 'sent' | 'reply' | 'unrecorded';

/** A next step the marketplace or the state offers beyond the law's reminder, claim and complaint. */
export type PlatformStep = 'dispute' | 'arbiter' | 'complaint-book';

export interface PlatformClock {
  id: string;
  marketplaces: readonly MarketplaceId[];
  /** The topics whose cases it concerns. */
  topics: readonly TopicId[];
  /** What the clock is, in a few words: «Продавец решает по заявке на возврат». */
  name: Bilingual;
  starts: ClockStart;
  /** What starts it, in words: «с момента заявки». */
  from: Bilingual;
  /** Its length; none where no public source gives one. */
  length?: { hours: number } | { calendarDays: number };
  /** What happens when it passes. */
  then: Bilingual;
  /** A reply recorded after its start settles it: the seller answered in time or not, it no longer runs. */
  settledByReply?: true;
  /** The step it opens (while it runs, or once it passed), if any. */
  step?: PlatformStep;
  /** None: not verified in any public source. */
  source?: ClockSource;
}

const READ = '2026-12-07';

const RETURNS: readonly TopicId[] = ['return', 'refund-missing', 'defect', 'damaged', 'wrong-item'];
const CLAIMS: readonly TopicId[] = [
  'order-to-seller', 'delivery-status', 'delivery-late', 'order-missing', 'no-tracking', 'locker-not-delivered',
  'russian-post', 'damaged', 'defect', 'return', 'refund-missing', 'self-service', 'warranty', 'wrong-item',
];

/** The three cases of the «книга жалоб» pilot: a return refused, its refund refused, a cancelled order's refund late. */
export const COMPLAINT_BOOK_TOPICS: readonly TopicId[] = ['return', 'refund-missing', 'self-service'];

export const PLATFORM_CLOCKS: readonly PlatformClock[] = [
  {
    id: 'ozon-return-decision',
    marketplaces: ['ozon'],
    topics: ['return', 'defect', 'damaged', 'wrong-item'],
    name: { ru: 'Продавец решает по заявке на возврат', en: 'The seller decides on the return request' },
    starts: 'sent',
    from: { ru: 'с момента заявки', en: 'from the request' },
    length: { hours: 24 },
    then: { ru: 'Ozon одобряет возврат сам', en: 'Ozon approves the return itself' },
    settledByReply: true,
    source: { url: 'https://www.klerk.ru/buh/news/665396/', site: 'klerk.ru', read: READ, basis: 'press' },
  },
  {
    id: 'ozon-dispute-open',
    marketplaces: ['ozon'],
    topics: RETURNS,
    name: { ru: 'Открыть спор, если продавец отказал', en: 'Open a dispute if the seller refused' },
    starts: 'reply',
    from: { ru: 'с ответа продавца', en: "from the seller's answer" },
    length: { calendarDays: 5 },
    then: { ru: 'спор уже не открыть', en: 'a dispute can no longer be opened' },
    step: 'dispute',
    source: { url: 'https://docs.ozon.com/global/en/fulfillment/rfbs/refunds/deviation', site: 'docs.ozon.com', read: READ, basis: 'platform' },
  },
  {
    id: 'ozon-dispute-decision',
    marketplaces: ['ozon'],
    topics: RETURNS,
    name: { ru: 'Ozon решает спор', en: 'Ozon decides the dispute' },
    starts: 'unrecorded',
    from: { ru: 'с открытия спора', en: 'from the dispute being opened' },
    length: { calendarDays: 3 },
    then: { ru: 'решение Ozon уже должно быть в личном кабинете', en: "Ozon's decision should be in your account by then" },
    source: { url: 'https://docs.ozon.com/global/en/fulfillment/rfbs/refunds/deviation', site: 'docs.ozon.com', read: READ, basis: 'platform' },
  },
  {
    // The issue reports «10 days» for the seller chat; no public source says what the ten days are.
    id: 'wildberries-seller-chat',
    marketplaces: ['wildberries'],
    topics: RETURNS,
    name: { ru: 'Чат с продавцом о возврате', en: 'The seller chat about a return' },
    starts: 'sent',
    from: { ru: 'с обращения', en: 'from the request' },
    length: { calendarDays: 10 },
    then: { ru: 'что происходит дальше, не проверено', en: 'what happens next is not verified' },
    settledByReply: true,
  },
  {
    id: 'yandex-market-arbiter',
    marketplaces: ['yandex-market'],
    topics: CLAIMS,
    name: { ru: 'Претензия магазину, затем арбитр Маркета', en: "A claim to the shop, then Market's arbiter" },
    starts: 'sent',
    from: { ru: 'с претензии в личном кабинете', en: 'from the claim in your account' },
    then: {
      ru: 'если магазин не решает претензию, можно привлечь арбитра (для заказа, оплаченного при оформлении), а его решение обжаловать',
      en: "if the shop does not resolve the claim, you can bring in the arbiter (for an order paid when placed) and appeal the arbiter's decision",
    },
    step: 'arbiter',
    source: { url: 'https://yandex.ru/support/market/shops/buyer-protection.html', site: 'yandex.ru', read: READ, basis: 'platform' },
  },
  {
    id: 'complaint-book-answer',
    marketplaces: ['ozon', 'wildberries'],
    topics: COMPLAINT_BOOK_TOPICS,
    name: { ru: 'Площадка отвечает на «книгу жалоб» Госуслуг', en: 'The platform answers the Gosuslugi complaint book' },
    starts: 'unrecorded',
    from: { ru: 'с подачи жалобы', en: 'from filing the complaint' },
    length: { calendarDays: 7 },
    then: { ru: 'ответ площадки уже должен быть в личном кабинете Госуслуг', en: "the platform's answer should be in your Gosuslugi account by then" },
    step: 'complaint-book',
    source: { url: 'https://knews.media/2026/05/30/on-state-services-you-can-complain-about-marketplaces/', site: 'knews.media', read: READ, basis: 'press' },
  },
];

/**
 * How a claim must be sent, as reported: the Supreme Court (December 2025) allowed a marketplace to require
 * claims through the buyer's account and treated a registered letter sent instead as abuse. Not read in
 * the ruling's text.
 */
export const CLAIM_CHANNEL_RULE = {
  text: {
    ru: 'Отправьте претензию тем путём, который требует маркетплейс (обычно через личный кабинет), и сохраните подтверждение: снимок экрана с датой. По сообщениям СМИ, в декабре 2025 года Верховный суд признал такое требование законным, а заказное письмо вместо него — злоупотреблением.',
    en: "Send the claim the way the marketplace requires (usually through your account) and keep proof: a dated screenshot. As reported, in December 2025 the Supreme Court upheld such a requirement and treated a registered letter sent instead as abuse.",
  },
  source: { url: 'https://www.dp.ru/a/2025/12/03/dajte-zhalobnuju-knigu', site: 'dp.ru', read: READ, basis: 'press' },
} as const satisfies { text: Bilingual; source: ClockSource };
