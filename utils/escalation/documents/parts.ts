/** The parts the claim and the complaint share: who writes, the facts, the timeline, attachments, payment, signature. */
import { channelById } from '@/utils/catalogue';
import { MARKETPLACES } from '@/utils/marketplaces/facts';
import type { Profile } from '@/utils/templates';
import { rubles } from '../deadlines';
import { clip, dateOf, documentDate, filled } from './format';
import type { CapturedCard, EscalationInput, SellerEntity } from './input';
import { defectDeclaredOn } from './requirements';
import type { DocumentPart } from './result';

export function sellerLine(seller: SellerEntity, withAddress: boolean): string {
  return [seller.name!.trim(), seller.ids!.trim(), withAddress && filled(seller.address) ? `адрес: ${seller.address.trim()}` : undefined]
    .filter(Boolean)
    .join(', ');
}

export function fromPart(profile: Profile): DocumentPart {
  const contacts = [profile.phone?.trim() && `тел. ${profile.phone.trim()}`, profile.email?.trim() && `эл. почта ${profile.email.trim()}`]
    .filter(Boolean)
    .join(', ');
  return {
    id: 'from',
    text: `От: ${profile.name!.trim()}\nАдрес: ${profile.address!.trim()}\n${contacts}`,
    en: 'From: your name, postal address and contacts, from your profile. A claim without them cannot be answered.',
  };
}

/** What was handed over, where it was not the goods ordered: the facts say so, not «товар получен». */
const RECEIVED: Partial<Record<EscalationInput['situation'], (date: string) => string>> = {
  'wrong-item': (date) => `${date} вместо заказанного товара получен другой товар.`,
  incomplete: (date) => `${date} заказ получен не полностью.`,
};

export function factsPart(input: EscalationInput): DocumentPart {
  const { inquiry } = input;
  const f = inquiry.fields;
  const where = `на маркетплейсе ${MARKETPLACES[inquiry.marketplace].name}`;
  const order = f.orderId ? `заказ № ${f.orderId}${f.orderDate ? ` от ${documentDate(f.orderDate)}` : ''}` : 'заказ';
  const product = [f.title && `«${f.title}»`, f.article && `артикул ${f.article}`].filter(Boolean).join(', ');
  const lines = [`Мною ${where} оформлен ${order} на товар ${product}${input.price ? `, стоимостью ${rubles(input.price)}` : ''}.`];
  if (input.situation === 'not-delivered') lines.push(`Предварительно оплачено: ${rubles((input.prepayment ?? input.price)!)}.`);
  if (input.dates.delivered) {
    const date = documentDate(input.dates.delivered);
    lines.push(RECEIVED[input.situation]?.(date) ?? `Товар получен ${date}.`);
  }
  if (input.dates.promised) lines.push(`Срок передачи товара, указанный продавцом: ${documentDate(input.dates.promised)}.`);
  // m8: the defect in a claim's words, and when it was found by: the day the demand was made, or the first message.
  if (filled(input.problem)) {
    lines.push(
      input.situation === 'defect'
        ? `Недостаток товара: ${input.problem.trim()}${/[.!?…]$/.test(input.problem.trim()) ? '' : '.'} Недостаток обнаружен не позднее ${documentDate(defectDeclaredOn(input))}.`
        : `Обстоятельства: ${input.problem.trim()}`,
    );
  }
  return {
    id: 'facts',
    text: lines.join('\n'),
    en: 'The facts: the order number and date, the product and its article, the price, and what is wrong, from the inquiry and what you typed.',
  };
}

/** «обращение в поддержку Ozon», «обращение к продавцу»: by the channel used, else by whom the inquiry was for. */
function toWhom(input: EscalationInput, recipient = input.inquiry.recipient): string {
  return recipient === 'seller' ? 'обращение к продавцу' : `обращение в поддержку ${nameOf(input)}`;
}

/** «продавца», «поддержки Ozon»: who the replies came from. */
function fromWhom(input: EscalationInput): string {
  return input.inquiry.recipient === 'seller' ? 'продавца' : `поддержки ${nameOf(input)}`;
}

/** The marketplace's name after «поддержка»: a Latin name stays as it is, «Яндекс Маркет» takes «Маркета». */
function nameOf(input: EscalationInput): string {
  const name = MARKETPLACES[input.inquiry.marketplace].name;
  return name.endsWith('Маркет') ? `${name}а` : name;
}

/** What happened and when, from the timeline: inquiries sent, replies, earlier claims. */
export function timelinePart(input: EscalationInput): DocumentPart | undefined {
  const lines: string[] = [];
  for (const event of [...input.events].sort((a, b) => a.at - b.at)) {
    if (event.type === 'sent') {
      const channel = channelById(event.detail ?? '');
      const name = channel?.name.ru ?? event.detail;
      lines.push(`${dateOf(event.at)} — ${toWhom(input, channel?.recipient)}${name ? ` (${name})` : ''}.`);
    } else if (event.type === 'reply' && event.detail) {
      // A quoted sentence's own full stop gives way to the one after the quotes.
      lines.push(`${dateOf(event.at)} — получен ответ: «${clip(event.detail.replace(/\s+/g, ' ').trim(), 300).replace(/\.$/, '')}».`);
    } else if (event.type === 'claim') {
      lines.push(`${dateOf(event.at)} — направлена претензия.`);
    } else if (event.type === 'complaint') {
      lines.push(`${dateOf(event.at)} — подана жалоба в Роспотребнадзор.`);
    }
  }
  if (!lines.length) return undefined;
  return {
    id: 'timeline',
    text: `Хронология обращений:\n${lines.join('\n')}`,
    en: 'What happened and when: each time you wrote, each reply (quoted), earlier claims — from the inquiry’s timeline.',
  };
}

/** The card as it was when the inquiry was saved: the seller may have edited it since. */
function cardAttachment(card: CapturedCard | undefined): string | undefined {
  if (!card || !Number.isFinite(card.capturedAt)) return undefined;
  const what = [card.title && `«${clip(card.title.trim(), 120)}»`, card.url].filter(Boolean).join(', ');
  return `Описание товара на странице маркетплейса по состоянию на ${dateOf(card.capturedAt)}${what ? ` (${what})` : ''}.`;
}

export function attachmentsPart(input: EscalationInput, extra: string[] = []): DocumentPart | undefined {
  const replies = input.events.filter((e) => e.type === 'reply').sort((a, b) => a.at - b.at);
  const card = cardAttachment(input.card);
  const list = [
    ...extra,
    ...(card ? [card] : []),
    ...replies.map((e) => `Ответ ${fromWhom(input)} от ${dateOf(e.at)} (копия переписки).`),
    ...input.attachments.map((a) => `${a.name} (от ${dateOf(a.addedAt)}).`),
  ];
  if (!list.length) return undefined;
  return {
    id: 'attachments',
    text: `Приложения:\n${list.map((item, i) => `${i + 1}. ${item}`).join('\n')}`,
    en:
      'Attachments: the replies on the timeline and the files kept with the inquiry' +
      (card ? ', and the product card as the page showed it when you saved the inquiry (print it from the case file: sellers edit cards once a dispute starts)' : '') +
      '. Attach copies, keep the originals.',
  };
}

export function signaturePart(input: EscalationInput): DocumentPart {
  return {
    id: 'signature',
    text: `${documentDate(input.today)}\n\n____________________ / ${input.profile.name!.trim()} /`,
    en:
      input.kind === 'complaint'
        ? 'Date and signature line: sign by hand after printing and post it to the territorial office, or file it through Gosuslugi or the office’s own site, where your identity is confirmed: a complaint sent by e-mail is not considered (59-FZ art. 4 as amended by 547-FZ).'
        : 'Date and signature line: sign by hand after printing.',
  };
}

/** Where the money goes (asked whenever money is demanded). */
export function paymentPart(input: EscalationInput): DocumentPart {
  const payment = input.payment!;
  return payment.method === 'card'
    ? {
        id: 'payment',
        text: 'Денежные средства прошу перечислить на банковскую карту, с которой был оплачен заказ.',
        en: 'How to pay: to the card the order was paid with.',
      }
    : {
        id: 'payment',
        text: `Денежные средства прошу перечислить по следующим реквизитам: ${payment.details!.trim()}.`,
        en: 'How to pay: to the bank details you typed in.',
      };
}
