/**
 * The escalation documents: a pre-trial claim (претензия) to the seller — with Ozon's operator as
 * co-addressee for an Ozon order — and a complaint to Rospotrebnadzor, built from the inquiry (its page
 * reading, timeline, replies and files) and what the shopper types in. The documents are in Russian; each
 * part carries an English explanation for the page to show beside it. Nothing is printed blank: a
 * document that lacks a required value is not built, and the caller is told what to ask for.
 */
import { addDays, onWorkingDay } from '../calendar';
import { channelById } from '../catalogue';
import type { Correction } from '../catalogue/types';
import { ESCALATION_ANSWER_DAYS } from '../inquiries/lifecycle';
import type { Inquiry, InquiryEvent } from '../inquiries/model';
import { moscowDate } from '../calendar/moscow';
import type { Profile } from '../templates';
import {
  deadlinesFor,
  penaltyArithmetic,
  penaltyFor,
  remedyTerm,
  rubles,
  type Deadline,
  type DeadlineInput,
  type Penalty,
  type Remedy,
  type Situation,
} from './deadlines';
import { foreignOzon, LAW_GENITIVE, LAW_INSTRUMENTAL, ozonOperator } from './law';

export type DocumentKind = 'claim' | 'complaint';

export interface SellerEntity {
  /** The legal entity (ООО «…», ИП …), not the shop's display name. */
  name?: string;
  /** ИНН or ОГРН (ОГРНИП), as the seller's page gives them. */
  ids?: string;
  address?: string;
}

export interface EscalationInput extends DeadlineInput {
  kind: DocumentKind;
  inquiry: Inquiry;
  events: InquiryEvent[];
  attachments: { name: string; addedAt: number }[];
  profile: Profile;
  seller: SellerEntity;
  /** What is wrong, in the shopper's words (the defect, what was not delivered). */
  problem?: string;
  /** The shopper's corrections of catalogue entries (the options): the operator's address among them. */
  corrections?: Record<string, Correction>;
}

export type Missing =
  | 'profile-name'
  | 'profile-contact'
  | 'profile-address'
  | 'seller-name'
  | 'seller-ids'
  | 'seller-address'
  | 'product'
  | 'price'
  | 'prepayment'
  | 'date-delivered'
  | 'date-demand'
  | 'date-promised'
  | 'date-new-delivery'
  | 'problem';

export interface DocumentPart {
  id: 'to' | 'from' | 'title' | 'facts' | 'timeline' | 'statement' | 'demand' | 'deadline' | 'consequences' | 'request' | 'attachments' | 'signature';
  text: string;
  en: string;
}

export interface LegalDocument {
  kind: DocumentKind;
  date: string;
  parts: DocumentPart[];
  deadlines: Deadline[];
  penalty?: Penalty;
}

export type BuildResult =
  | { ok: true; document: LegalDocument }
  | { ok: false; reason: 'foreign'; country: 'ozon.by' | 'ozon.kz' }
  | { ok: false; reason: 'missing'; missing: Missing[] };

const MARKETPLACE_NAME = { ozon: 'Ozon', wildberries: 'Wildberries', 'yandex-market': 'Яндекс Маркет' } as const;

/** "22.11.2026", as Russian documents date things. */
export function documentDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

const dateOf = (ms: number) => documentDate(moscowDate(ms));
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);
const filled = (value: string | undefined): value is string => !!value && value.trim() !== '';

/** What the document needs and the inquiry and form do not give. */
export function missingFor(input: EscalationInput): Missing[] {
  const missing: Missing[] = [];
  const { profile, seller, inquiry, dates, situation } = input;
  if (!filled(profile.name)) missing.push('profile-name');
  if (!filled(profile.phone) && !filled(profile.email)) missing.push('profile-contact');
  if (!filled(profile.address)) missing.push('profile-address');
  if (!filled(seller.name)) missing.push('seller-name');
  if (!filled(seller.ids)) missing.push('seller-ids');
  if (input.kind === 'claim' && !filled(seller.address)) missing.push('seller-address');
  if (!filled(inquiry.fields.title) && !filled(inquiry.fields.article)) missing.push('product');
  if (situation === 'not-delivered') {
    if (!(input.prepayment ?? input.price)) missing.push('prepayment');
    if (!dates.promised) missing.push('date-promised');
    if (input.remedy !== 'refund' && !dates.newDelivery) missing.push('date-new-delivery');
  } else if (!input.price) missing.push('price');
  if (situation === 'return' && !dates.delivered) missing.push('date-delivered');
  if (situation === 'demand-late' && !dates.demandReceived) missing.push('date-demand');
  if ((situation === 'defect' || situation === 'demand-late') && !filled(input.problem)) missing.push('problem');
  return missing;
}

export function buildDocument(input: EscalationInput): BuildResult {
  const country = foreignOzon(input.inquiry.pageUrl || input.inquiry.context.url);
  if (country) return { ok: false, reason: 'foreign', country };
  const missing = missingFor(input);
  if (missing.length) return { ok: false, reason: 'missing', missing };
  const deadlines = deadlinesFor(input);
  const penalty = penaltyFor(input, deadlines);
  const parts = input.kind === 'claim' ? claimParts(input, deadlines, penalty) : complaintParts(input, deadlines, penalty);
  return { ok: true, document: { kind: input.kind, date: input.today, parts, deadlines, penalty } };
}

// ------------------------------------------------------------------------------------------ shared parts

function sellerLine(seller: SellerEntity, withAddress: boolean): string {
  return [seller.name!.trim(), seller.ids!.trim(), withAddress ? `адрес: ${seller.address!.trim()}` : undefined].filter(Boolean).join(', ');
}

function fromPart(profile: Profile): DocumentPart {
  const contacts = [profile.phone?.trim() && `тел. ${profile.phone.trim()}`, profile.email?.trim() && `эл. почта ${profile.email.trim()}`]
    .filter(Boolean)
    .join(', ');
  return {
    id: 'from',
    text: `От: ${profile.name!.trim()}\nАдрес: ${profile.address!.trim()}\n${contacts}`,
    en: 'From: your name, postal address and contacts, from your profile. A claim without them cannot be answered.',
  };
}

function factsPart(input: EscalationInput): DocumentPart {
  const { inquiry } = input;
  const f = inquiry.fields;
  const where = `на маркетплейсе ${MARKETPLACE_NAME[inquiry.marketplace]}`;
  const order = f.orderId ? `заказ № ${f.orderId}${f.orderDate ? ` от ${documentDate(f.orderDate)}` : ''}` : 'заказ';
  const product = [f.title && `«${f.title}»`, f.article && `артикул ${f.article}`].filter(Boolean).join(', ');
  const lines = [`Мною ${where} оформлен ${order} на товар ${product}${input.price ? `, стоимостью ${rubles(input.price)}` : ''}.`];
  if (input.situation === 'not-delivered') lines.push(`Предварительно оплачено: ${rubles((input.prepayment ?? input.price)!)}.`);
  if (input.dates.delivered) lines.push(`Товар получен ${documentDate(input.dates.delivered)}.`);
  if (input.dates.promised) lines.push(`Срок передачи товара, указанный продавцом: ${documentDate(input.dates.promised)}.`);
  if (filled(input.problem)) lines.push(`Суть проблемы: ${input.problem.trim()}`);
  return {
    id: 'facts',
    text: lines.join('\n'),
    en: 'The facts: the order number and date, the product and its article, the price, and what is wrong, from the inquiry and what you typed.',
  };
}

/** What happened and when, from the timeline: inquiries sent, replies, earlier claims. */
function timelinePart(input: EscalationInput): DocumentPart | undefined {
  const lines: string[] = [];
  for (const event of [...input.events].sort((a, b) => a.at - b.at)) {
    if (event.type === 'sent') {
      const channel = channelById(event.detail ?? '')?.name.ru ?? event.detail;
      lines.push(`${dateOf(event.at)} — обращение к продавцу или в поддержку маркетплейса${channel ? ` (${channel})` : ''}.`);
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

function attachmentsPart(input: EscalationInput, extra: string[] = []): DocumentPart | undefined {
  const replies = input.events.filter((e) => e.type === 'reply').sort((a, b) => a.at - b.at);
  const list = [
    ...extra,
    ...replies.map((e) => `Ответ продавца или поддержки от ${dateOf(e.at)} (копия переписки).`),
    ...input.attachments.map((a) => `${a.name} (от ${dateOf(a.addedAt)}).`),
  ];
  if (!list.length) return undefined;
  return {
    id: 'attachments',
    text: `Приложения:\n${list.map((item, i) => `${i + 1}. ${item}`).join('\n')}`,
    en: 'Attachments: the replies on the timeline and the files kept with the inquiry. Attach copies, keep the originals.',
  };
}

function signaturePart(input: EscalationInput): DocumentPart {
  return {
    id: 'signature',
    text: `${documentDate(input.today)}\n\n____________________ / ${input.profile.name!.trim()} /`,
    en: 'Date and signature line: sign by hand after printing (or send from your own e-mail).',
  };
}

// -------------------------------------------------------------------------------------------------- claim

const REMEDY_DEMAND: Record<Remedy, string> = {
  refund: 'вернуть уплаченную за товар сумму',
  discount: 'соразмерно уменьшить покупную цену товара',
  replace: 'заменить товар на товар этой же марки (модели, артикула)',
  repair: 'безвозмездно устранить недостатки товара',
  deliver: 'передать оплаченный товар',
};

function statementAndDemand(input: EscalationInput, deadlines: Deadline[], penalty: Penalty | undefined): DocumentPart[] {
  const price = rubles(input.price ?? 0);
  switch (input.situation) {
    case 'return': {
      const window = deadlines.find((d) => d.id === 'return-window');
      return [
        {
          id: 'statement',
          text:
            `Согласно п. 4 ст. 26.1 ${LAW_GENITIVE} потребитель вправе отказаться от товара, приобретённого дистанционным способом, ` +
            'в любое время до его передачи, а после передачи — в течение семи дней; если информация о порядке и сроках ' +
            'возврата товара надлежащего качества не была предоставлена в письменной форме в момент доставки, — в течение трёх ' +
            'месяцев с момента передачи товара.' +
            (window ? ` Срок для отказа от товара истекает ${documentDate(window.date)}.` : ''),
          en: 'The ground: art. 26.1(4) lets you return goods of proper quality bought remotely — 7 days after delivery, 3 months if the return terms were not given to you in writing at delivery.',
        },
        {
          id: 'demand',
          text:
            `На основании изложенного заявляю об отказе от товара и прошу вернуть уплаченную за него сумму ${price} ` +
            'в течение десяти дней со дня предъявления настоящего требования (п. 4 ст. 26.1 Закона). Товар готов вернуть продавцу.',
          en: 'The demand: you withdraw from the purchase and ask for the money back within 10 days (art. 26.1(4)); you offer the goods back.',
        },
      ];
    }
    case 'defect': {
      const remedy = input.remedy ?? 'refund';
      const { days, article } = remedyTerm(remedy);
      const complex = input.technicallyComplex
        ? ' Товар является технически сложным: в течение пятнадцати дней со дня передачи потребитель вправе требовать возврата ' +
          'денег или замены при любом недостатке, по истечении этого срока — в случаях, перечисленных в п. 1 ст. 18 Закона ' +
          '(существенный недостаток, нарушение сроков устранения недостатков, невозможность использования товара более тридцати ' +
          'дней в течение каждого года гарантийного срока).'
        : '';
      return [
        {
          id: 'statement',
          text:
            `В товаре обнаружен недостаток, о котором продавец меня не предупредил. Согласно п. 1 ст. 18 ${LAW_GENITIVE} ` +
            'потребитель вправе по своему выбору потребовать замены товара, соразмерного уменьшения цены, безвозмездного ' +
            'устранения недостатков либо отказаться от исполнения договора и потребовать возврата уплаченной суммы.' +
            complex,
          en:
            'The ground: art. 18 gives you the choice of remedy for a defect. For technically complex goods a refund or replacement is yours within 15 days of delivery; later only on the grounds the law lists.',
        },
        {
          id: 'demand',
          text:
            `Прошу ${REMEDY_DEMAND[remedy]}${remedy === 'refund' ? ` (${price})` : ''} в срок, установленный ст. ${article} Закона ` +
            `(${days} дней со дня предъявления требования). За нарушение этого срока продавец уплачивает неустойку в размере 1 % ` +
            'цены товара за каждый день просрочки (п. 1 ст. 23 Закона).',
          en: `The demand: the remedy you chose, within the term of art. ${article} (${days} days), with the 1 % a day penalty of art. 23 named.`,
        },
      ];
    }
    case 'demand-late': {
      const term = deadlines.find((d) => d.id === 'remedy');
      const remedy = input.remedy ?? 'refund';
      const { days, article } = remedyTerm(remedy);
      const late = penalty
        ? ` Срок истёк ${documentDate(term!.date)}. На ${documentDate(input.today)} просрочка составляет ${penalty.days} дн., ` +
          `неустойка по п. 1 ст. 23 Закона (1 % цены товара за каждый день): ${penaltyArithmetic(penalty)}.`
        : term
          ? ` Срок его удовлетворения истекает ${documentDate(term.date)}.`
          : '';
      return [
        {
          id: 'statement',
          text:
            `${documentDate(input.dates.demandReceived!)} продавцу предъявлено требование ${REMEDY_DEMAND[remedy]}. ` +
            `Согласно ст. ${article} ${LAW_GENITIVE} оно подлежало удовлетворению в течение ${days} дней.` + late,
          en: `The ground: your earlier demand was due within ${days} days (art. ${article}); once late, art. 23 adds 1 % of the price for each day, worked out here to today.`,
        },
        {
          id: 'demand',
          text:
            `Прошу незамедлительно ${REMEDY_DEMAND[remedy]}` +
            (penalty ? ` и выплатить неустойку в размере ${rubles(penalty.amount)} на ${documentDate(input.today)}, а также за каждый последующий день просрочки до дня удовлетворения требования` : '') +
            ` (ст. ${article}, п. 1 ст. 23 Закона).`,
          en: `The demand: meet the original demand now and pay the penalty to date and for each further day (arts. ${article} and 23).`,
        },
      ];
    }
    case 'not-delivered': {
      const base = input.prepayment ?? input.price!;
      const remedy = input.remedy === 'refund' ? 'refund' : 'deliver';
      const late = penalty
        ? ` На ${documentDate(input.today)} просрочка составляет ${penalty.days} дн., неустойка по п. 3 ст. 23.1 Закона ` +
          `(0,5 % суммы предварительной оплаты за каждый день, не более суммы предоплаты): ${penaltyArithmetic(penalty)}.`
        : '';
      return [
        {
          id: 'statement',
          text:
            `Товар оплачен заранее (${rubles(base)}), однако в установленный срок — ${documentDate(input.dates.promised!)} — не передан. ` +
            `Согласно ст. 23.1 ${LAW_GENITIVE} в этом случае потребитель вправе потребовать передачи товара в новый срок либо возврата ` +
            'суммы предварительной оплаты, а продавец уплачивает неустойку.' + late,
          en: 'The ground: art. 23.1 — prepaid goods not delivered on time: a new delivery date or the prepayment back, and 0.5 % of the prepayment per day of delay, at most the prepayment.',
        },
        {
          id: 'demand',
          text:
            (remedy === 'refund'
              ? `Прошу вернуть сумму предварительной оплаты ${rubles(base)} в течение десяти дней со дня предъявления настоящего требования (пп. 2, 4 ст. 23.1 Закона)`
              : `Прошу передать оплаченный товар в установленный мною новый срок — не позднее ${documentDate(input.dates.newDelivery!)} (п. 2 ст. 23.1 Закона)`) +
            (penalty ? ` и выплатить неустойку в размере ${rubles(penalty.amount)} на ${documentDate(input.today)} (п. 3 ст. 23.1 Закона).` : '.'),
          en: 'The demand: delivery by a new date you set (art. 23.1(2)), or the prepayment back within 10 days (art. 23.1(2) and (4)), and the penalty to date (art. 23.1(3)).',
        },
      ];
    }
  }
}

function claimParts(input: EscalationInput, deadlines: Deadline[], penalty: Penalty | undefined): DocumentPart[] {
  const { inquiry, seller } = input;
  const to = [`Кому: ${sellerLine(seller, true)} (продавец)`];
  if (inquiry.marketplace === 'ozon') {
    const operator = ozonOperator(input.corrections);
    to.push(`Копия: ${operator.name}, ${operator.role}, ${operator.address}`);
  }
  // The same ten calendar days the inquiry's own due date counts when the claim is marked as sent.
  const answerBy = onWorkingDay(addDays(input.today, ESCALATION_ANSWER_DAYS.claim));
  const parts: (DocumentPart | undefined)[] = [
    {
      id: 'to',
      text: to.join('\n'),
      en:
        'To: the seller as a legal entity (name, ИНН or ОГРН, address — from the seller’s page on the marketplace; a shop’s display name is not an addressee)' +
        (inquiry.marketplace === 'ozon' ? ', and Ozon’s platform operator, Internet Resheniya LLC, as co-addressee.' : '.'),
    },
    fromPart(input.profile),
    {
      id: 'title',
      text: `ПРЕТЕНЗИЯ\n(досудебная, в соответствии с ${LAW_INSTRUMENTAL})`,
      en: 'Title: a pre-trial claim under the consumer-rights law.',
    },
    factsPart(input),
    timelinePart(input),
    ...statementAndDemand(input, deadlines, penalty),
    {
      id: 'deadline',
      text: `Ответ прошу дать в письменной форме в течение десяти дней — не позднее ${documentDate(answerBy.date)}.`,
      en: `The deadline: an answer in writing within 10 calendar days, to ${answerBy.date} (moved to a working day if it ends on a day off).`,
    },
    {
      id: 'consequences',
      text:
        'В случае отказа или неполучения ответа в указанный срок я буду вынужден(а) обратиться в Роспотребнадзор и в суд с ' +
        'требованием взыскать, помимо изложенного, неустойку, компенсацию морального вреда (ст. 15 Закона) и штраф в размере ' +
        '50 % от присуждённой суммы за отказ добровольно удовлетворить требования потребителя (п. 6 ст. 13 Закона).',
      en: 'What follows if nobody answers: a complaint to Rospotrebnadzor and a court claim, with moral damages (art. 15) and the 50 % fine (art. 13(6)).',
    },
    attachmentsPart(input),
    signaturePart(input),
  ];
  return parts.filter((p): p is DocumentPart => p !== undefined);
}

// ---------------------------------------------------------------------------------------------- complaint

function complaintParts(input: EscalationInput, deadlines: Deadline[], penalty: Penalty | undefined): DocumentPart[] {
  const { inquiry, seller } = input;
  const subjects = [sellerLine(seller, filled(seller.address))];
  if (inquiry.marketplace === 'ozon') {
    const operator = ozonOperator(input.corrections);
    subjects.push(`${operator.name} (${operator.role}), ${operator.address}`);
  }
  const claim = input.events.filter((e) => e.type === 'claim').sort((a, b) => a.at - b.at)[0];
  const replies = input.events.filter((e) => e.type === 'reply');
  const answered = claim ? replies.some((r) => r.at >= claim.at) : replies.length > 0;
  const asked = statementAndDemand(input, deadlines, penalty).find((p) => p.id === 'statement')!;
  const parts: (DocumentPart | undefined)[] = [
    {
      id: 'to',
      text: 'В Федеральную службу по надзору в сфере защиты прав потребителей и благополучия человека (Роспотребнадзор)',
      en: 'To: Rospotrebnadzor. Filed on its official site, the complaint goes to the territorial office; you can also take it there in person.',
    },
    fromPart(input.profile),
    {
      id: 'title',
      text: `ЖАЛОБА\nна нарушение прав потребителя: ${subjects.join('; ')}`,
      en: 'Title: a complaint about a breach of consumer rights, naming the seller (and Ozon’s operator for an Ozon order).',
    },
    factsPart(input),
    timelinePart(input),
    {
      id: 'statement',
      text:
        asked.text +
        (claim
          ? ` ${documentDate(moscowDate(claim.at))} продавцу направлена претензия; ${answered ? 'полученный ответ требований не удовлетворяет' : 'ответа на неё не получено'}.`
          : answered
            ? ' Полученные ответы требований не удовлетворяют.'
            : ' На мои обращения ответа не получено.'),
      en: 'What you asked of the marketplace and what it answered: the ground for your demand, and whether the claim went unanswered or was refused.',
    },
    {
      id: 'request',
      text:
        `Прошу провести проверку изложенных фактов, принять меры в отношении нарушителя в соответствии с ${LAW_INSTRUMENTAL} ` +
        'и сообщить мне о результатах рассмотрения жалобы.',
      en: 'The request: an inspection of the facts, measures against the company, and an answer to you.',
    },
    attachmentsPart(input, [
      'Копия кассового чека или иного документа об оплате.',
      ...(claim ? [`Копия претензии от ${dateOf(claim.at)} и подтверждение её направления.`] : []),
    ]),
    signaturePart(input),
  ];
  return parts.filter((p): p is DocumentPart => p !== undefined);
}

// ---------------------------------------------------------------------------------------------- rendering

export function documentText(document: LegalDocument): string {
  return document.parts.map((p) => p.text).join('\n\n') + '\n';
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A standalone page: the document alone, set for printing on A4. Every value is escaped. */
export function documentHtml(document: LegalDocument): string {
  const title = document.kind === 'claim' ? 'Претензия' : 'Жалоба в Роспотребнадзор';
  const body = document.parts
    .map((p) => `<section class="${p.id}">${p.text.split('\n').map((line) => `<p>${escapeHtml(line) || '&nbsp;'}</p>`).join('')}</section>`)
    .join('\n');
  return (
    `<!doctype html>\n<html lang="ru"><head><meta charset="utf-8"><title>${title} ${documentDate(document.date)}</title>` +
    '<style>@page{size:A4;margin:20mm}body{font:12pt/1.45 "Times New Roman",serif;max-width:170mm;margin:0 auto}' +
    'p{margin:0}section{margin:0 0 10pt}.to,.from{margin-left:45%}.title{text-align:center;font-weight:bold}</style>' +
    `</head><body>\n${body}\n</body></html>\n`
  );
}

export type { Deadline, Penalty, Remedy, Situation };
