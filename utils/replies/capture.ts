/**
 * A reply captured from a page (the context menu's «Сохранить как ответ», or the panel's selection): its
 * text, where it came from and when, kept in the session's storage until the reply page records it; and
 * which inquiries it may answer, in the order the page offers them. The ranking is pure.
 */
import { allowedActions } from '@/utils/inquiries/lifecycle';
import type { Inquiry } from '@/utils/inquiries/model';
import { readAddress } from '@/utils/marketplaces/addresses';

export interface ReplyCapture {
  /** The selected text, trimmed. */
  text: string;
  /** The address of the page (or frame) it was selected on, as the browser gave it. */
  from: string;
  /** The tab's address, where it differs (a webmail's frame): what the inquiry is looked for by. */
  tabUrl?: string;
  /** When it was captured (ms since the epoch, the extension's clock). */
  at: number;
}

export function isReplyCapture(value: unknown): value is ReplyCapture {
  const capture = value as ReplyCapture | undefined;
  return (
    typeof capture === 'object' &&
    capture !== null &&
    typeof capture.text === 'string' &&
    capture.text.trim().length > 0 &&
    typeof capture.from === 'string' &&
    typeof capture.at === 'number' &&
    (capture.tabUrl === undefined || typeof capture.tabUrl === 'string')
  );
}

/** Why an inquiry is offered first. */
export type Suggestion = 'this-page' | 'awaiting';

export interface Candidate {
  inquiry: Inquiry;
  suggested?: Suggestion;
}

/** What the page's address says the reply is about: a marketplace's order or product. */
function pageKeys(address: string | undefined) {
  if (!address) return undefined;
  try {
    const context = readAddress(new URL(address));
    // A page that names neither (an order list, a catalogue) says nothing: the other address may.
    return context && (context.orderId || context.article) ? { marketplace: context.marketplace, orderId: context.orderId, article: context.article } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The inquiries a reply may be recorded on (those whose state takes a reply), in the page's order: those
 * about the order or product of the page it came from, then those awaiting an answer (latest sent first),
 * then the rest (latest changed first).
 */
export function replyCandidates(inquiries: readonly Inquiry[], capture: Pick<ReplyCapture, 'from' | 'tabUrl'>): Candidate[] {
  const keys = pageKeys(capture.tabUrl) ?? pageKeys(capture.from);
  const open = inquiries.filter((inquiry) => inquiry.deletedAt === undefined && allowedActions(inquiry.status).includes('reply'));
  const aboutPage = (inquiry: Inquiry) =>
    !!keys &&
    inquiry.marketplace === keys.marketplace &&
    ((!!keys.orderId && (inquiry.fields.orderId || inquiry.context.orderId) === keys.orderId) ||
      (!!keys.article && (inquiry.fields.article || inquiry.context.article) === keys.article));
  const awaiting = (inquiry: Inquiry) => inquiry.dueAt !== undefined;
  const rank = (inquiry: Inquiry) => (aboutPage(inquiry) ? 0 : awaiting(inquiry) ? 1 : 2);
  const when = (inquiry: Inquiry) => (rank(inquiry) === 2 ? inquiry.updatedAt : (inquiry.sentAt ?? inquiry.updatedAt));
  return [...open]
    .sort((a, b) => rank(a) - rank(b) || when(b) - when(a))
    .map((inquiry) => {
      const r = rank(inquiry);
      return r === 0 ? { inquiry, suggested: 'this-page' as const } : r === 1 ? { inquiry, suggested: 'awaiting' as const } : { inquiry };
    });
}
