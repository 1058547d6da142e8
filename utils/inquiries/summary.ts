/**
 * The shopper's own figures on how support answers them: the measures the founding documents list from
 * support's side (time to answer, first-contact resolution, repeated inquiries), counted over the
 * shopper's history. Each figure comes with how it is counted.
 */
import type { Inquiry } from './model';
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
 * sends and its first reply (kept as its events are recorded), so the whole history is read once — and
 * walked once here (ten thousand inquiries are a long history, not a rare one).
 */
export function summarise(inquiries: Inquiry[], now: number): Summary {
  const channelTimes = new Map<string, number[]>();
  const marketTimes = new Map<string, number[]>();
  // Problems: inquiries sent about the same order or product (a draft never sent is not an inquiry).
  const problems = new Map<string, { inquiries: number; sends: number; resolved: boolean }>();
  let open = 0;
  let overdue = 0;
  for (const inquiry of inquiries) {
    if (inquiry.deletedAt) continue;
    if (inquiry.status !== 'resolved' && inquiry.status !== 'closed') open++;
    if (isOverdue(inquiry, now)) overdue++;
    // Time to the first answer: from the first send to the first reply after it.
    if (inquiry.firstSentAt !== undefined && inquiry.firstReplyAt !== undefined) {
      const took = inquiry.firstReplyAt - inquiry.firstSentAt;
      const channel = inquiry.firstSentChannel || inquiry.channel;
      let byChannel = channelTimes.get(channel);
      if (!byChannel) channelTimes.set(channel, (byChannel = []));
      byChannel.push(took);
      let byMarket = marketTimes.get(inquiry.marketplace);
      if (!byMarket) marketTimes.set(inquiry.marketplace, (byMarket = []));
      byMarket.push(took);
    }
    if (!inquiry.sendCount) continue;
    const key = problemKey(inquiry);
    const problem = problems.get(key);
    if (problem) {
      problem.inquiries++;
      problem.sends += inquiry.sendCount;
      problem.resolved ||= inquiry.status === 'resolved';
    } else problems.set(key, { inquiries: 1, sends: inquiry.sendCount, resolved: inquiry.status === 'resolved' });
  }
  const times = (map: Map<string, number[]>) =>
    [...map].map(([key, list]) => ({ key, median: median(list), count: list.length })).sort((a, b) => a.key.localeCompare(b.key));

  let resolvedProblems = 0;
  let resolvedAtFirst = 0;
  const repeated: Summary['repeated'] = [];
  for (const [problem, { inquiries: count, sends, resolved }] of problems) {
    const repeatedHere = count > 1 || sends > 1;
    if (repeatedHere) repeated.push({ problem, inquiries: count, sends });
    if (resolved) {
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
    open,
    overdue,
  };
}
