/**
 * What a saved reply asks for that no seller or support of a marketplace needs: to go on talking
 * outside the marketplace (a phone number, an e-mail or a street address, a link to another site or a
 * messenger), a card's number, a code from an SMS or a push, or a payment outside the order. Pure: the
 * reply's text in, the warnings out, each with what set it off, so the shopper sees why. The marketplace's
 * own numbers, addresses and sites are not warned of (its support may well give them).
 *
 * Read by words a shopper would see in such a message, not by any model: a rule that warns is shown beside
 * the reply, with what the marketplace's rules say (./rules.ts); it never hides or changes the reply.
 */
import { channels } from '@/utils/catalogue';
import type { MarketplaceId } from '@/utils/marketplaces/types';

export const REPLY_WARNINGS = ['phone', 'address', 'link', 'messenger', 'card', 'code', 'payment'] as const;
export type ReplyWarningKind = (typeof REPLY_WARNINGS)[number];

export interface ReplyWarning {
  kind: ReplyWarningKind;
  /** The words of the reply that set it off, as written there. */
  found: string;
}

/** The marketplace's own domains: its sites, its help and its mail (the domain and every subdomain). */
const OWN_DOMAINS: Record<MarketplaceId, readonly string[]> = {
  ozon: ['ozon.ru', 'ozon.by', 'ozon.kz', 'ozon.com'],
  wildberries: ['wildberries.ru', 'wb.ru', 'wildberries.by', 'wildberries.kz', 'rwb.ru'],
  'yandex-market': ['market.yandex.ru', 'yandex.ru', 'ya.ru'],
};

const isOwnDomain = (marketplace: MarketplaceId, host: string) => {
  const name = host.toLowerCase().replace(/\.$/, '');
  return OWN_DOMAINS[marketplace].some((own) => name === own || name.endsWith(`.${own}`));
};

/** A number's digits alone, from 8 or +7 on: «8 (800) 234-70-00» → 88002347000 → 78002347000. */
const digitsOf = (number: string) => number.replace(/\D/g, '').replace(/^8(?=\d{10}$)/, '7');

/** The marketplace's own phone numbers, as its catalogue gives them. */
const ownNumbers = (marketplace: MarketplaceId) =>
  new Set(channels.filter((c) => c.marketplace === marketplace && c.access.type === 'phone').map((c) => digitsOf((c.access as { number: string }).number)));

/**
 * A Russian phone number: +7 or 8, then ten digits in the usual groupings. (Not a bare run of ten digits:
 * articles and order numbers are written so.)
 */
const PHONE = /(?<![\d-])(?:\+7|8)[\s\u00a0(-]*\d{3}[\s\u00a0)-]*\d{3}[\s\u00a0-]*\d{2}[\s\u00a0-]*\d{2}(?![\d-])/g;
const EMAIL = /[\p{L}\d._%+-]+@([\p{L}\d-]+(?:\.[\p{L}\d-]+)+)/gu;
/** An address, with its scheme or www., or a bare domain of the usual zones. */
const LINK = /\b(?:https?:\/\/|www\.)[^\s<>«»"]+|(?<![\p{L}\d@.-])(?:[\p{L}\d-]+\.)+(?:ru|рф|com|net|org|info|site|online|shop|store|me|io|su|by|kz|ua|app|link|ly|cc)(?![\p{L}\d-])(?:\/[^\s<>«»"]*)?/giu;
const MESSENGER =
  /\b(?:t\.me|wa\.me|telegram|whats\s?app|viber|signal)\b|(?:телеграм\p{L}*|телеграмм\p{L}*|вотсап\p{L}*|ватсап\p{L}*|вацап\p{L}*|вайбер\p{L}*|(?<!\p{L})в\s+(?:max|максе?)(?!\p{L})|мессенджер\p{L}*)|(?<![\p{L}\d.@])@[a-z][a-z\d_]{4,31}\b/giu;
/**
 * A street address the shopper is asked to come to, or to send or bring the item to: a verb that asks,
 * then a street word and a house number. (A pickup point's address, said by support, asks nothing.)
 */
const STREET =
  /(?<!\p{L})(?:привезите|приезжайте|подъезжайте|приходите|отправьте|пришлите|передайте|встретимся|заберите|верните|отвезите)[^!?\n]{0,60}?(?:(?<!\p{L})(?:ул|улица|пр-т|просп|проспект|пер|переулок|ш|шоссе|б-р|бульвар|наб|набережная|пл|площадь)\.?\s+[\p{L}\d][\p{L}\d-]*(?:\s+[\p{L}\d-]+)?,?\s*(?:д\.?|дом)?\s*\d+)/giu;
/** Asking for a card's details (not a refund «на карту»); a card's number itself (its checksum holds). */
const CARD =
  /(?:номер\p{L}*|данн\p{L}*|реквизит\p{L}*|фото\p{L}*|срок\p{L}*\s+действия)\s+(?:\p{L}+\s+)?карт(?:а|ы|е|у|ой|ам|ах)(?!\p{L})|(?<!\p{L})(?:cvv|cvc|cvv2|cvc2)(?!\p{L})|код\p{L}*\s+(?:на|с)\s+обороте|(?<!\d)(?:\d{4}[\s\u00a0-]?){3}\d{4}(?!\d)/giu;
/**
 * A code from an SMS or a push, or any code asked to be told (the pickup code too: that is the scam).
 * («Покажите код получения в пункте выдачи» asks to show it at the pickup point, and is not caught.)
 */
const CODE =
  /код\p{L}*\s+(?:\p{L}+\s+){0,2}из\s+(?:смс|sms|сообщени\p{L}*|push|пуш\p{L}*|уведомлени\p{L}*)|(?:смс|sms|пуш|push)[-\s]?код\p{L}*|(?:сообщите|назовите|продиктуйте|пришлите|отправьте|напишите|скиньте|перешлите|укажите)\s+(?:\p{L}+\s+){0,2}код\p{L}*(?!\s+товара)/giu;
/** A payment outside the order: a transfer, a prepayment, a surcharge, paying the seller direct. */
const PAYMENT =
  /(?<!\p{L})(?:переведите|перевод\s+(?:на\s+карт\p{L}*|на\s+номер|по\s+номеру|по\s+сбп)|скиньте\s+деньги|отправьте\s+деньги|оплатите\s+(?:напрямую|отдельно|на\s+карту|по\s+(?:ссылке|номеру|qr|сбп)|через\s+сбп|переводом)|оплат\p{L}*\s+(?:напрямую|вне\s+\p{L}+|мимо)|предоплат(?:у|ой)(?!\p{L})|доплатите|внесите\s+(?:оплату|залог|депозит))/giu;

function* matches(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) yield match;
}

/** A card number's checksum (Luhn): a tracking or order number of sixteen digits seldom passes. */
function luhn(number: string): boolean {
  const digits = number.replace(/\D/g, '');
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** «Никому не сообщайте код…», «не называйте код»: the words before warn against it, they do not ask. */
function warnsAgainst(text: string, at: number): boolean {
  return /(?:(?<!\p{L})не|никому|никогда)\s+(?:\p{L}+\s+){0,2}$/iu.test(text.slice(Math.max(0, at - 40), at));
}

/** The host of a link as written («www.x.ru/y», «https://x.ru», «x.ru»); undefined when it is none. */
function hostOf(link: string): string | undefined {
  try {
    return new URL(/^https?:\/\//i.test(link) ? link : `http://${link}`).hostname;
  } catch {
    return undefined;
  }
}

/** The warnings a reply sets off, each kind once (its first occurrence), in the order of REPLY_WARNINGS. */
export function replyWarnings(text: string, marketplace: MarketplaceId): ReplyWarning[] {
  const found = new Map<ReplyWarningKind, string>();
  const note = (kind: ReplyWarningKind, words: string) => {
    if (!found.has(kind)) found.set(kind, words.trim());
  };

  const own = ownNumbers(marketplace);
  for (const [number] of matches(PHONE, text)) if (!own.has(digitsOf(number))) note('phone', number);
  for (const [address, domain] of matches(EMAIL, text)) if (!isOwnDomain(marketplace, domain)) note('address', address);
  for (const [street] of matches(STREET, text)) note('address', street);
  // Links, without the e-mail addresses' domains (said above) and the messengers' (said below).
  const withoutEmails = text.replace(EMAIL, ' ');
  for (const [link] of matches(LINK, withoutEmails)) {
    const host = hostOf(link);
    if (!host || isOwnDomain(marketplace, host)) continue;
    if (/^(?:t\.me|wa\.me)$/i.test(host.replace(/^www\./, ''))) note('messenger', link);
    else note('link', link);
  }
  for (const [name] of matches(MESSENGER, withoutEmails)) note('messenger', name);
  for (const [words] of matches(CARD, text)) if (!/^[\d\s\u00a0-]+$/.test(words) || luhn(words)) note('card', words);
  for (const match of matches(CODE, text)) if (!warnsAgainst(text, match.index)) note('code', match[0]);
  for (const [words] of matches(PAYMENT, text)) note('payment', words);

  return REPLY_WARNINGS.filter((kind) => found.has(kind)).map((kind) => ({ kind, found: found.get(kind)! }));
}
