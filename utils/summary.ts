/**
 * The shopper's own figures on how support answers them: the measures the founding documents list from
 * support's side (time to answer, first-contact resolution, repeated inquiries), counted over the
 * shopper's history. Each figure comes with how it is counted.
 */
import type { Inquiry } from './inquiry';
import { isOverdue } from './lifecycle';

export interface AnswerTime {
  /** A channel id or a marketplace id. */
  key: string;
  /** Median time from sending to the first reply, ms. */
  median: number;
  /** How many inquiries had both. */
  count: number;
}

export interface Summary {
  answerTimeByChannel: AnswerTime[];
  answerTimeByMarketplace: AnswerTime[];
  /** Problems resolved, and of them those resolved at the first inquiry. */
  resolvedProblems: number;
  resolvedAtFirst: number;
  /** Problems that took more than one inquiry (or a follow-up), with how many each took. */
  repeated: { problem: string; inquiries: number; sends: number }[];
  open: number;
  overdue: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** A problem is what inquiries are about: the order, or else the product, or else the inquiry alone. */
export function problemKey(inquiry: Inquiry): string {
  if (inquiry.fields.orderId) return `${inquiry.marketplace}:order:${inquiry.fields.orderId}`;
  if (inquiry.fields.article) return `${inquiry.marketplace}:article:${inquiry.fields.article}`;
  return `inquiry:${inquiry.id}`;
}

/**
 * The figures, from the inquiries alone: each keeps its first send, that send's channel, its number of
 * sends and its first reply (kept as its events are recorded), so the whole history is read once.
 */
export function summarise(inquiries: Inquiry[], now: number): Summary {
  const live = inquiries.filter((i) => !i.deletedAt);

  // Time to the first answer: from the first send to the first reply after it.
  const channelTimes = new Map<string, number[]>();
  const marketTimes = new Map<string, number[]>();
  const sendsOf = new Map<string, number>();
  for (const inquiry of live) {
    sendsOf.set(inquiry.id, inquiry.sendCount ?? 0);
    if (inquiry.firstSentAt === undefined || inquiry.firstReplyAt === undefined) continue;
    const took = inquiry.firstReplyAt - inquiry.firstSentAt;
    const channel = inquiry.firstSentChannel || inquiry.channel;
    if (!channelTimes.has(channel)) channelTimes.set(channel, []);
    channelTimes.get(channel)!.push(took);
    if (!marketTimes.has(inquiry.marketplace)) marketTimes.set(inquiry.marketplace, []);
    marketTimes.get(inquiry.marketplace)!.push(took);
  }
  const times = (map: Map<string, number[]>) =>
    [...map].map(([key, list]) => ({ key, median: median(list), count: list.length })).sort((a, b) => a.key.localeCompare(b.key));

  // Problems: inquiries sent about the same order or product (a draft never sent is not an inquiry).
  const problems = new Map<string, Inquiry[]>();
  for (const inquiry of live) {
    if (!inquiry.sendCount) continue;
    const key = problemKey(inquiry);
    if (!problems.has(key)) problems.set(key, []);
    problems.get(key)!.push(inquiry);
  }
  let resolvedProblems = 0;
  let resolvedAtFirst = 0;
  const repeated: Summary['repeated'] = [];
  for (const [problem, list] of problems) {
    const sends = list.reduce((n, i) => n + (sendsOf.get(i.id) ?? 0), 0);
    const repeatedHere = list.length > 1 || sends > 1;
    if (repeatedHere) repeated.push({ problem, inquiries: list.length, sends });
    if (list.some((i) => i.status === 'resolved')) {
      resolvedProblems++;
      if (!repeatedHere) resolvedAtFirst++;
    }
  }

  return {
    answerTimeByChannel: times(channelTimes),
    answerTimeByMarketplace: times(marketTimes),
    resolvedProblems,
    resolvedAtFirst,
    repeated: repeated.sort((a, b) => b.inquiries - a.inquiries || b.sends - a.sends),
    open: live.filter((i) => i.status !== 'resolved' && i.status !== 'closed').length,
    overdue: live.filter((i) => isOverdue(i, now)).length,
  };
}
