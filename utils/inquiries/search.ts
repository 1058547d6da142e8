/** The popup's and the history page's list: search, filters, and overdue first. */
import type { Inquiry, InquiryStatus } from './model';
import { isOverdue } from './lifecycle';
import type { MarketplaceId } from '@/utils/marketplaces/types';

export interface ListQuery {
  text?: string;
  status?: InquiryStatus | '';
  marketplace?: MarketplaceId | '';
}

/**
 * Each inquiry's searchable text, made once per record read: the shopper types a word letter by letter,
 * and each letter searches the whole history again. (A record changed is read anew, as another object.)
 */
const haystacks = new WeakMap<Inquiry, string>();

function haystack(inquiry: Inquiry): string {
  let text = haystacks.get(inquiry);
  if (text === undefined) {
    const f = inquiry.fields;
    // One string made at once (not an array filtered and joined): this runs for every record.
    text = `${f.title ?? ''}\n${f.article ?? ''}\n${f.orderId ?? ''}\n${inquiry.subject}\n${inquiry.message}`.toLowerCase();
    haystacks.set(inquiry, text);
  }
  return text;
}

/** Records whose text is made in one idle slice, before it yields to whatever the page has to do. */
const PREPARE_SLICE = 500;

/**
 * Makes every record's searchable text while the page is idle, once the list has been read, so that the
 * shopper's first keystroke only compares (a keystroke before it is done makes the rest itself, as
 * ever). Resolves when done, or at once when `signal` is aborted.
 */
export function prepareSearch(inquiries: readonly Inquiry[], signal?: AbortSignal): Promise<void> {
  const idle =
    typeof requestIdleCallback === 'function'
      ? (next: () => void) => requestIdleCallback(next, { timeout: 200 })
      : (next: () => void) => setTimeout(next, 0);
  return new Promise((done) => {
    let at = 0;
    const slice = () => {
      if (signal?.aborted) return done();
      for (const end = Math.min(at + PREPARE_SLICE, inquiries.length); at < end; at++) haystack(inquiries[at]);
      if (at < inquiries.length) idle(slice);
      else done();
    };
    idle(slice);
  });
}

/** Matching inquiries: overdue first (the longest overdue on top), then the newest. */
export function findInquiries(inquiries: Inquiry[], query: ListQuery, now: number): Inquiry[] {
  const words = (query.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const matching = inquiries.filter((i) => {
    if (query.status && i.status !== query.status) return false;
    if (query.marketplace && i.marketplace !== query.marketplace) return false;
    if (words.length === 0) return true;
    const text = haystack(i);
    return words.every((word) => text.includes(word));
  });
  const overdue = matching.filter((i) => isOverdue(i, now)).sort((a, b) => a.dueAt! - b.dueAt!);
  const rest = matching.filter((i) => !isOverdue(i, now)).sort((a, b) => b.createdAt - a.createdAt);
  return [...overdue, ...rest];
}

/** Whether an inquiry concerns the order or the product of a page on a marketplace (as `inquiriesAbout` reads them). */
export function isAbout(inquiry: Inquiry, page: { marketplace: MarketplaceId; orderId?: string; article?: string }): boolean {
  if (inquiry.marketplace !== page.marketplace || inquiry.deletedAt) return false;
  return Boolean((page.orderId && inquiry.fields.orderId === page.orderId) || (page.article && inquiry.fields.article === page.article));
}
