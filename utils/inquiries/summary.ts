/**
 * The shopper's own figures on how support answers them: the measures the founding documents list from
 * support's side (time to answer, first-contact resolution, repeated inquiries), counted over the
 * shopper's history. Each figure comes with how it is counted.
 */
import { moscowDate } from '@/utils/calendar/moscow';
import type { Inquiry } from './model';
import { isOverdue } from './lifecycle';

/** Fewer answers than this make no chart: one bar says nothing. The summary says what it will show. */
export const ANSWERS_FOR_CHARTS = 3;
/** The months drawn at most, the latest ones. */
export const MONTHS_SHOWN = 24;
/** The open inquiries listed as waiting longest. */
export const SLOWEST_SHOWN = 5;

export interface AnswerTime {
  /** A channel id or a marketplace id. */
  key: string;
  /** Median time from sending to the first reply, ms. */
  median: number;
  /** How many inquiries had both. */
  count: number;
}

/** One month (YYYY-MM, Moscow) of first sends: the median time to their first answer, none without answers. */
export interface MonthAnswerTime {
  key: string;
  median?: number;
  count: number;
}

/** An open inquiry waiting for its answer: since when (its first send, or its last after an answer). */
export interface Waiting {
  id: string;
  since: number;
  waited: number;
  overdue: boolean;
}

export interface Summary {
  /** Inquiries with both a send and a first answer: what the answer times are counted on. */
  answered: number;
  answerTimeByChannel: AnswerTime[];
  answerTimeByMarketplace: AnswerTime[];
  /** Every month from the first to the last with a first send answered (the last MONTHS_SHOWN), gaps included. */
  answerTimeByMonth: MonthAnswerTime[];
  /** By the seller the inquiry was about; the sellers with most answers first. */
  answerTimeBySeller: AnswerTime[];
  /** The open inquiries that have waited longest for an answer, longest first. */
  slowestOpen: Waiting[];
  /** Problems resolved, and of them those resolved at the first inquiry. */
  resolvedProblems: number;
  resolvedAtFirst: number;
  /** Problems that took more than one inquiry (or a follow-up), with how many each took. */
  repeated: { problem: string; inquiries: number; sends: number }[];
  open: number;
  overdue: number;
}

/** The middle value; of an even count, the middle two's mean. */
export function median(values: number[]): number {
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
  const monthTimes = new Map<string, number[]>();
  const sellerTimes = new Map<string, number[]>();
  const waiting: Waiting[] = [];
  let answered = 0;
  // Problems: inquiries sent about the same order or product (a draft never sent is not an inquiry).
  const problems = new Map<string, { inquiries: number; sends: number; resolved: boolean }>();
  let open = 0;
  let overdue = 0;
  for (const inquiry of inquiries) {
    if (inquiry.deletedAt) continue;
    if (inquiry.status !== 'resolved' && inquiry.status !== 'closed') open++;
    const late = isOverdue(inquiry, now);
    if (late) overdue++;
    // Time to the first answer: from the first send to the first reply after it.
    if (inquiry.firstSentAt !== undefined && inquiry.firstReplyAt !== undefined) {
      const took = inquiry.firstReplyAt - inquiry.firstSentAt;
      answered++;
      add(channelTimes, inquiry.firstSentChannel || inquiry.channel, took);
      add(marketTimes, inquiry.marketplace, took);
      add(monthTimes, moscowDate(inquiry.firstSentAt).slice(0, 7), took);
      const seller = (inquiry.fields.seller ?? inquiry.context.seller)?.trim();
      if (seller) add(sellerTimes, seller, took);
    }
    // Waiting now: sent (or escalated) and not answered since — from the first send when no answer ever
    // came, from the last send when one came before.
    if (inquiry.status === 'sent' || inquiry.status === 'escalated') {
      const since = inquiry.firstReplyAt === undefined ? inquiry.firstSentAt : inquiry.sentAt;
      if (since !== undefined) waiting.push({ id: inquiry.id, since, waited: Math.max(0, now - since), overdue: late });
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
    answered,
    answerTimeByChannel: times(channelTimes),
    answerTimeByMarketplace: times(marketTimes),
    answerTimeByMonth: months(monthTimes),
    answerTimeBySeller: times(sellerTimes).sort((a, b) => b.count - a.count || b.median - a.median),
    slowestOpen: waiting.sort((a, b) => b.waited - a.waited || a.id.localeCompare(b.id)).slice(0, SLOWEST_SHOWN),
    resolvedProblems,
    resolvedAtFirst,
    repeated: repeated.sort((a, b) => b.inquiries - a.inquiries || b.sends - a.sends),
    open,
    overdue,
  };
}

function add(map: Map<string, number[]>, key: string, value: number) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The months from the first to the last, each with its median or none: time drawn as it passed. */
function months(map: Map<string, number[]>): MonthAnswerTime[] {
  const keys = [...map.keys()].sort();
  if (!keys.length) return [];
  const out: MonthAnswerTime[] = [];
  const [lastYear, lastMonth] = keys[keys.length - 1].split('-').map(Number);
  let [year, month] = keys[0].split('-').map(Number);
  // Never more than MONTHS_SHOWN: start that many months before the last when the first is older.
  const span = (lastYear - year) * 12 + (lastMonth - month) + 1;
  if (span > MONTHS_SHOWN) {
    const start = lastYear * 12 + (lastMonth - 1) - (MONTHS_SHOWN - 1);
    year = Math.floor(start / 12);
    month = (start % 12) + 1;
  }
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    const list = map.get(key);
    out.push(list ? { key, median: median(list), count: list.length } : { key, count: 0 });
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return out;
}
