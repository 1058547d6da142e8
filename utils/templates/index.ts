/**
 * Every wording of a message, in one place: pure functions from what is known (the page, the fields the
 * shopper typed, the profile) to a subject and a body. A fact that is not known is left out of the
 * sentence, never replaced by a blank to fill in.
 */
import type { Language } from '@/utils/platform/i18n';
import { formatDate } from '@/utils/platform/i18n';
import type { OrderItem, PageContext } from '@/utils/marketplaces/types';
import { moscowDate } from '@/utils/calendar';
import { TOPIC_WORDING } from './topic-words';
import { BLANK } from './topic-wording';
import { byGender, genderOf, type Gender } from './gender';

export { BLANK };
export { GENDERS, byGender, genderOf, type ByGender, type Gender } from './gender';

export interface MessageFields {
  article?: string;
  title?: string;
  seller?: string;
  orderId?: string;
  /** YYYY-MM-DD */
  orderDate?: string;
}

export interface Profile {
  /** The full name (фамилия, имя, отчество): a claim needs it. */
  name?: string;
  /** How the texts speak of the shopper («я вернула» / «я вернул»); none given: a wording that needs neither. */
  gender?: Gender;
  phone?: string;
  email?: string;
  /** Postal address: printed only on a claim or complaint, never in a message to the marketplace. */
  address?: string;
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
  /**
   * Where the shopper adds their own words: the blank (`BLANK`) of the ask, selected from `cursor` to
   * `cursorEnd`, or the end of the ask when it has none.
   */
  cursor: number;
  cursorEnd: number;
}

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

export const TOPICS_WITH_WORDING = Object.keys(TOPIC_WORDING.ru);

/** The message for a topic. Throws for a topic without wording (a programming error, caught by tests). */
export function buildMessage(input: MessageInput): Message {
  const language = input.language ?? 'ru';
  const wording = TOPIC_WORDING[language][input.topic];
  if (!wording) throw new Error(`no wording for topic ${input.topic}`);
  const p = PHRASES[language];
  const f = trimFields(input.fields);
  const isPublic = input.public === true;
  const ask = byGender(wording.ask, genderOf(input.profile));

  const orderId = isPublic ? undefined : f.orderId;
  const labels = {
    order: orderId ? (language === 'ru' ? `№ ${orderId}` : `No. ${orderId}`) : undefined,
    product: f.article ? (language === 'ru' ? `(артикул ${f.article})` : `(article ${f.article})`) : undefined,
  };

  // A public question is posted under its product: the product is not named again, nor the seller.
  const facts: string[] = [];
  if (orderId) facts.push(p.order(orderId, f.orderDate));
  if (!isPublic) facts.push(...productFacts(f, input.items, p));
  if (!isPublic && input.recipient === 'support' && f.seller) facts.push(p.seller(f.seller));

  const before = [p.hello, '', ...facts];
  if (facts.length) before.push('');
  const after = ['', p.thanks];
  const signature = isPublic ? [] : signatureLines(input.profile, p.contact);
  if (signature.length) after.push(...signature);

  const clean = (lines: string[]) => lines.join('\n').replace(/[ \t]+$/gm, '');
  const start = clean(before).length + 1;
  const blank = ask.indexOf(BLANK);
  const cursor = start + (blank >= 0 ? blank : ask.length);
  const body = clean([...before, ask, ...after]);
  return { subject: wording.subject(labels), body, cursor, cursorEnd: blank >= 0 ? cursor + BLANK.length : cursor };
}

/** The product, or else the order's items (five at most). */
function productFacts(f: MessageFields, items: OrderItem[] | undefined, p: (typeof PHRASES)[Language]): string[] {
  if (f.title || f.article) return [p.product(f.title, f.article)];
  const list = (items ?? [])
    .slice(0, 5)
    .map((item) => [item.title && `«${item.title}»`, item.article && p.article(item.article)].filter(Boolean).join(', '))
    .filter(Boolean)
    .join('; ');
  return list ? [p.items(list)] : [];
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

/** The fields with their values trimmed and the empty ones left out. */
export function cleanFields(fields: MessageFields): MessageFields {
  return trimFields(fields);
}

/**
 * What a message is about, from what was read: on an order page with a single item, that item is the
 * product in question.
 */
export function fieldsFromContext(context: PageContext): MessageFields {
  const only = context.items?.length === 1 ? context.items[0] : undefined;
  return cleanFields({
    article: context.article ?? only?.article,
    title: context.title ?? only?.title,
    seller: context.seller,
    orderId: context.orderId,
    orderDate: context.orderDate,
  });
}

function trimFields(fields: MessageFields): MessageFields {
  const out: MessageFields = {};
  for (const key of Object.keys(fields) as (keyof MessageFields)[]) {
    const value = typeof fields[key] === 'string' ? fields[key]!.trim() : undefined;
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

/** What to have ready for a topic. */
export function checklist(topic: string, language: Language = 'ru'): string[] {
  return TOPIC_WORDING[language][topic]?.checklist ?? [];
}

/**
 * What to say on the phone, in order: who you are, what it is about, the point, and what to take away.
 * Built from the same facts as the message.
 */
export function callScript(input: MessageInput): string[] {
  const language = input.language ?? 'ru';
  const wording = TOPIC_WORDING[language][input.topic];
  if (!wording) throw new Error(`no wording for topic ${input.topic}`);
  const f = trimFields(input.fields);
  const p = PHRASES[language];
  const name = input.profile?.name?.trim();
  const about = [
    f.orderId && p.order(f.orderId, f.orderDate),
    (f.title || f.article) && p.product(f.title, f.article),
  ].filter((x): x is string => Boolean(x));
  const ask = byGender(wording.ask, genderOf(input.profile)).trim().replace(/[:,]$/, '.');
  if (language === 'ru') {
    return [
      name ? `Поздоровайтесь и представьтесь: «${name}».` : 'Поздоровайтесь и представьтесь.',
      about.length ? `Назовите, о чём речь: ${about.join(' ')}` : 'Скажите, о каком заказе или товаре речь.',
      `Изложите суть: ${ask}`,
      'Ответьте на уточняющие вопросы оператора.',
      'Попросите номер обращения и запишите его, имя оператора и что вам обещали.',
    ];
  }
  return [
    name ? `Greet the operator and give your name: “${name}”.` : 'Greet the operator and give your name.',
    about.length ? `Say what it is about: ${about.join(' ')}` : 'Say which order or product it is about.',
    `State the point: ${ask}`,
    'Answer the operator’s follow-up questions.',
    'Ask for the request number and write it down, with the operator’s name and what was promised.',
  ];
}

export interface FollowUpInput {
  /** The first inquiry's subject: the reminder's subject refers to it. */
  subject: string;
  fields: MessageFields;
  /** When the first inquiry was sent (or saved), ms since the epoch. */
  firstSentAt: number;
  profile?: Profile;
  language?: Language;
}

/**
 * A reminder in a person's words: when they wrote and about what, that there is no answer, and the ask.
 * «7 декабря 2026 г. я писала вам про заказ № 123, ответа так и нет.»; with no gender given, «Моё
 * обращение от 7 декабря 2026 г. про заказ № 123 осталось без ответа.»
 */
export function followUpMessage(input: FollowUpInput): Message {
  const language = input.language ?? 'ru';
  const p = PHRASES[language];
  const f = trimFields(input.fields);
  const date = formatDate(moscowDate(input.firstSentAt), language);
  const about = aboutWhat(f, language);
  const said =
    language === 'ru'
      ? byGender(
          {
            female: `${date} я писала вам${about}, ответа так и нет.`,
            male: `${date} я писал вам${about}, ответа так и нет.`,
            neutral: `Моё обращение от ${date}${about} осталось без ответа.`,
          },
          genderOf(input.profile),
        )
      : `On ${date} I wrote to you${about}, and there is still no answer.`;
  const ask = language === 'ru' ? 'Ответьте, пожалуйста, или напишите, когда ждать ответа.' : 'Please answer, or tell me when to expect an answer.';
  const lines = [p.hello, '', said, ask, '', p.thanks, ...signatureLines(input.profile, p.contact)];
  const subject = language === 'ru' ? `Повторное обращение: ${input.subject}` : `Follow-up: ${input.subject}`;
  const body = lines.join('\n');
  return { subject, body, cursor: body.length, cursorEnd: body.length };
}

/** « про заказ № 123 от 1 декабря 2026 г.», « про товар «…», артикул 42», or nothing. */
function aboutWhat(f: MessageFields, language: Language): string {
  const ru = language === 'ru';
  if (f.orderId) {
    const date = f.orderDate ? (ru ? ` от ${formatDate(f.orderDate, 'ru')}` : ` of ${formatDate(f.orderDate, 'en')}`) : '';
    return ru ? ` про заказ № ${f.orderId}${date}` : ` about order No. ${f.orderId}${date}`;
  }
  const product = [f.title && (ru ? `«${f.title}»` : `“${f.title}”`), f.article && PHRASES[language].article(f.article)]
    .filter(Boolean)
    .join(', ');
  return product ? (ru ? ` про товар ${product}` : ` about the product ${product}`) : '';
}
