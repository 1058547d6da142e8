/**
 * Every wording of a message, in one place: pure functions from what is known (the page, the fields the
 * shopper typed, the profile) to a subject and a body. A fact that is not known is left out of the
 * sentence, never replaced by a blank to fill in.
 */
import type { Language } from '../i18n';
import { formatDate } from '../i18n';
import type { OrderItem } from '../marketplaces/types';

export interface MessageFields {
  article?: string;
  title?: string;
  seller?: string;
  orderId?: string;
  /** YYYY-MM-DD */
  orderDate?: string;
}

export interface Profile {
  name?: string;
  phone?: string;
  email?: string;
}

export interface MessageInput {
  topic: string;
  recipient: 'seller' | 'support';
  fields: MessageFields;
  items?: OrderItem[];
  /** The message will be public (a question on a product page): no order number, nothing personal. */
  public?: boolean;
  profile?: Profile;
  language?: Language;
}

export interface Message {
  subject: string;
  body: string;
}

interface Wording {
  subject: (f: Labels) => string;
  /** What the shopper asks, after the facts. */
  ask: string;
}

/** The facts, already worded for the language, or undefined when unknown. */
interface Labels {
  order?: string;
  product?: string;
}

const WORDING: Record<Language, Record<string, Wording>> = {
  ru: {
    'product-question': {
      subject: (l) => `Вопрос о товаре${l.product ? ` ${l.product}` : ''}`,
      ask: 'Подскажите, пожалуйста: ',
    },
    'order-to-seller': {
      subject: (l) => `Вопрос по заказу${l.order ? ` ${l.order}` : ''}`,
      ask: 'Подскажите, пожалуйста: ',
    },
    'delivery-status': {
      subject: (l) => `Где мой заказ${l.order ? ` ${l.order}` : ''}?`,
      ask: 'Подскажите, пожалуйста, где сейчас заказ и когда его доставят.',
    },
    'delivery-late': {
      subject: (l) => `Срок доставки прошёл${l.order ? `: заказ ${l.order}` : ''}`,
      ask:
        'Срок доставки уже прошёл, а заказ до меня не дошёл. Подскажите, пожалуйста, где он сейчас и когда ' +
        'его доставят, или помогите оформить отмену и возврат денег.',
    },
    damaged: {
      subject: (l) => `Товар повреждён или не тот${l.order ? `: заказ ${l.order}` : ''}`,
      ask:
        'Товар пришёл повреждённым (или это не тот товар, что я заказывал). Фотографии товара и упаковки ' +
        'приложу. Прошу заменить товар или вернуть деньги.',
    },
    return: {
      subject: (l) => `Возврат товара${l.order ? `: заказ ${l.order}` : ''}`,
      ask: 'Хочу вернуть товар. Подскажите, пожалуйста, как оформить возврат и когда вернутся деньги.',
    },
    'product-to-support': {
      subject: (l) => `Вопрос о товаре${l.product ? ` ${l.product}` : ''}`,
      ask: 'Подскажите, пожалуйста: ',
    },
  },
  en: {
    'product-question': {
      subject: (l) => `A question about the product${l.product ? ` ${l.product}` : ''}`,
      ask: 'Could you please tell me: ',
    },
    'order-to-seller': {
      subject: (l) => `A question about order${l.order ? ` ${l.order}` : ''}`,
      ask: 'Could you please tell me: ',
    },
    'delivery-status': {
      subject: (l) => `Where is my order${l.order ? ` ${l.order}` : ''}?`,
      ask: 'Could you please tell me where the order is now and when it will be delivered?',
    },
    'delivery-late': {
      subject: (l) => `The delivery date has passed${l.order ? `: order ${l.order}` : ''}`,
      ask:
        'The delivery date has passed and the order has not reached me. Please tell me where it is and when ' +
        'it will be delivered, or help me cancel it and get a refund.',
    },
    damaged: {
      subject: (l) => `Damaged or wrong item${l.order ? `: order ${l.order}` : ''}`,
      ask:
        'The item arrived damaged (or it is not the item I ordered). I will attach photos of the item and ' +
        'the packaging. Please replace the item or refund the money.',
    },
    return: {
      subject: (l) => `Returning an item${l.order ? `: order ${l.order}` : ''}`,
      ask: 'I would like to return the item. Please tell me how to arrange the return and when I will get the money back.',
    },
    'product-to-support': {
      subject: (l) => `A question about the product${l.product ? ` ${l.product}` : ''}`,
      ask: 'Could you please tell me: ',
    },
  },
};

/** Ends a sentence with a full stop, unless it ends with one already (a date "… 2026 г." does). */
const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

const PHRASES = {
  ru: {
    hello: 'Здравствуйте!',
    thanks: 'Спасибо!',
    order: (id: string, date?: string) => sentence(`Заказ № ${id}${date ? ` от ${formatDate(date, 'ru')}` : ''}`),
    product: (title?: string, article?: string) =>
      sentence(`Товар: ${[title && `«${title}»`, article && `артикул ${article}`].filter(Boolean).join(', ')}`),
    items: (list: string) => sentence(`В заказе: ${list}`),
    seller: (seller: string) => sentence(`Продавец: ${seller}`),
    article: (a: string) => `артикул ${a}`,
    contact: 'Для связи',
  },
  en: {
    hello: 'Hello,',
    thanks: 'Thank you.',
    order: (id: string, date?: string) => sentence(`Order No. ${id}${date ? ` of ${formatDate(date, 'en')}` : ''}`),
    product: (title?: string, article?: string) =>
      sentence(`Product: ${[title && `“${title}”`, article && `article ${article}`].filter(Boolean).join(', ')}`),
    items: (list: string) => sentence(`The order contains: ${list}`),
    seller: (seller: string) => sentence(`Seller: ${seller}`),
    article: (a: string) => `article ${a}`,
    contact: 'Contact',
  },
};

export const TOPICS_WITH_WORDING = Object.keys(WORDING.ru);

/** The message for a topic. Throws for a topic without wording (a programming error, caught by tests). */
export function buildMessage(input: MessageInput): Message {
  const language = input.language ?? 'ru';
  const wording = WORDING[language][input.topic];
  if (!wording) throw new Error(`no wording for topic ${input.topic}`);
  const p = PHRASES[language];
  const f = trimFields(input.fields);
  const isPublic = input.public === true;

  const orderId = isPublic ? undefined : f.orderId;
  const labels: Labels = {
    order: orderId ? (language === 'ru' ? `№ ${orderId}` : `No. ${orderId}`) : undefined,
    product: f.article ? (language === 'ru' ? `(артикул ${f.article})` : `(article ${f.article})`) : undefined,
  };

  const facts: string[] = [];
  if (orderId) facts.push(p.order(orderId, f.orderDate));
  if (f.title || f.article) facts.push(p.product(f.title, f.article));
  else if (!isPublic && input.items?.length) {
    const list = input.items
      .slice(0, 5)
      .map((item) => [item.title && `«${item.title}»`, item.article && p.article(item.article)].filter(Boolean).join(', '))
      .filter(Boolean)
      .join('; ');
    if (list) facts.push(p.items(list));
  }
  if (input.recipient === 'support' && f.seller) facts.push(p.seller(f.seller));

  const lines = [p.hello, '', ...facts];
  if (facts.length) lines.push('');
  lines.push(wording.ask);
  lines.push('', p.thanks);
  const signature = isPublic ? [] : signatureLines(input.profile, p.contact);
  if (signature.length) lines.push(...signature);

  return { subject: wording.subject(labels), body: lines.join('\n').replace(/[ \t]+$/gm, '') };
}

function signatureLines(profile: Profile | undefined, contactWord: string): string[] {
  if (!profile) return [];
  const name = profile.name?.trim();
  const contacts = [profile.phone?.trim(), profile.email?.trim()].filter(Boolean).join(', ');
  const lines: string[] = [];
  if (name) lines.push(name);
  if (contacts) lines.push(`${contactWord}: ${contacts}`);
  return lines;
}

function trimFields(fields: MessageFields): MessageFields {
  const out: MessageFields = {};
  for (const key of Object.keys(fields) as (keyof MessageFields)[]) {
    const value = fields[key]?.trim();
    if (value) out[key] = value;
  }
  return out;
}

/** The body of an e-mail link when the whole message is too long for one: it was copied instead. */
export function shortMailBody(language: Language = 'ru'): string {
  return language === 'ru'
    ? 'Здравствуйте!\n\nПолный текст обращения скопирован в буфер обмена: вставьте его сюда (Ctrl+V).'
    : 'Hello,\n\nThe whole message was copied to the clipboard: paste it here (Ctrl+V).';
}
