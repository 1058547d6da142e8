/** The popup's and the history page's list: search, filters, and overdue first. */
import type { Inquiry, InquiryStatus } from './model';
import { isOverdue } from './lifecycle';
import type { MarketplaceId } from '../marketplaces/types';

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
    text = [f.title, f.article, f.orderId, inquiry.subject, inquiry.message].filter(Boolean).join('\n').toLowerCase();
    haystacks.set(inquiry, text);
  }
  return text;
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
