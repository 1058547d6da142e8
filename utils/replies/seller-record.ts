/**
 * How a seller (or a marketplace's support) answered the shopper before: from the shopper's own history
 * alone, for the one line the panel shows on a product or order page. Pure.
 */
import type { Inquiry } from '@/utils/inquiries/model';
import { median } from '@/utils/inquiries/summary';
import type { MarketplaceId } from '@/utils/marketplaces/types';

/** Who the record is of: a seller by name on a marketplace, or that marketplace's support. */
export type Counterpart = { marketplace: MarketplaceId; recipient: 'seller'; seller: string } | { marketplace: MarketplaceId; recipient: 'support' };

export interface CounterpartRecord {
  /** The inquiries sent to them (those never sent say nothing of how they answer). */
  sent: number;
  /** Of those, answered at least once. */
  answered: number;
  /** The median of the days from the first sending to the first answer, to a tenth; none without answers. */
  medianDays?: number;
  /** How they ended: settled, taken to a claim or a complaint, closed with nothing, or still waiting. */
  resolved: number;
  escalated: number;
  closed: number;
  waiting: number;
}

const DAY_MS = 86_400_000;

/** A seller's name as the shopper's records compare it: case and spacing aside. */
export const sellerKey = (name: string) => name.normalize('NFKC').toLocaleLowerCase('ru').replace(/[\s\u00a0]+/g, ' ').trim();

const sellerOf = (inquiry: Inquiry) => inquiry.fields.seller || inquiry.context.seller || '';

/** Their record; undefined when the shopper never sent them anything. */
export function counterpartRecord(inquiries: readonly Inquiry[], who: Counterpart): CounterpartRecord | undefined {
  const key = who.recipient === 'seller' ? sellerKey(who.seller) : undefined;
  if (key === '') return undefined;
  const theirs = inquiries.filter(
    (inquiry) =>
      inquiry.deletedAt === undefined &&
      inquiry.firstSentAt !== undefined &&
      inquiry.marketplace === who.marketplace &&
      inquiry.recipient === who.recipient &&
      (key === undefined || sellerKey(sellerOf(inquiry)) === key),
  );
  if (!theirs.length) return undefined;
  const answered = theirs.filter((inquiry) => inquiry.firstReplyAt !== undefined);
  const days = answered.map((inquiry) => Math.max(0, inquiry.firstReplyAt! - inquiry.firstSentAt!) / DAY_MS);
  const count = (test: (inquiry: Inquiry) => boolean) => theirs.filter(test).length;
  return {
    sent: theirs.length,
    answered: answered.length,
    ...(days.length && { medianDays: Math.round(median(days) * 10) / 10 }),
    resolved: count((i) => i.status === 'resolved'),
    escalated: count((i) => i.status === 'escalated'),
    closed: count((i) => i.status === 'closed'),
    waiting: count((i) => i.status === 'sent'),
  };
}
