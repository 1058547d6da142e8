/**
 * The ladder the shopper sees: the marketplace's own clocks that apply to an inquiry, with the date each
 * ends, beside the law's next step (next-step.ts: reminder → claim → complaint), and the steps offered
 * when their time comes — the marketplace's dispute or arbiter, the claim through the channel the
 * marketplace requires, the Gosuslugi «книга жалоб» for its three cases, the complaint to Rospotrebnadzor.
 *
 * A clock with no public source, no length, or a start this extension never records gets no date.
 */
import { addDays, endOfMoscowDay, moscowDate } from '@/utils/calendar';
import { COMPLAINT_BOOK_TOPICS, PLATFORM_CLOCKS, type PlatformClock, type PlatformStep } from '@/utils/catalogue/platform-clocks';
import { isTopicId, type TopicId } from '@/utils/catalogue/topics';
import type { Inquiry, InquiryEvent } from './model';
import { nextStep, type NextStep } from './next-step';

const HOUR_MS = 60 * 60 * 1000;

export interface LadderClock {
  clock: PlatformClock;
  /** When it started, where the inquiry records that moment. */
  startedAt?: number;
  /** When it ends: only for a clock with a source, a length and a recorded start. */
  endsAt?: number;
  /** Its end passed. */
  passed: boolean;
  /** A reply recorded after it started settled it (`settledByReply`): it no longer runs. */
  settled: boolean;
}

/** A step offered now, beside the law's next step. */
export type LadderOffer = PlatformStep | 'claim-channel';

export interface Ladder {
  /** The law's next step, as the rest of the extension reads it. */
  next: NextStep;
  clocks: LadderClock[];
  offers: LadderOffer[];
}

/** When the clock's starting event happened: the first sending, or the last reply recorded. */
function startOf(clock: PlatformClock, inquiry: Inquiry, events: readonly InquiryEvent[]): number | undefined {
  if (clock.starts === 'sent') {
    const sent = events.filter((e) => e.type === 'sent').map((e) => e.at);
    return inquiry.firstSentAt ?? (sent.length ? Math.min(...sent) : inquiry.sentAt);
  }
  if (clock.starts === 'reply') {
    const replies = events.filter((e) => e.type === 'reply').map((e) => e.at);
    return replies.length ? Math.max(...replies) : inquiry.firstReplyAt;
  }
  return undefined;
}

/** The end of a clock run from `start`: so many hours on, or the end of the Moscow day so many calendar days on. */
export function clockEnd(clock: PlatformClock, start: number | undefined): number | undefined {
  if (start === undefined || !clock.source || !clock.length) return undefined;
  if ('hours' in clock.length) return start + clock.length.hours * HOUR_MS;
  return endOfMoscowDay(addDays(moscowDate(start), clock.length.calendarDays));
}

/** The clocks of the inquiry's marketplace that concern its topic, in the table's order. */
export function clocksFor(inquiry: Pick<Inquiry, 'marketplace' | 'topic'>): PlatformClock[] {
  if (!isTopicId(inquiry.topic)) return [];
  const topic: TopicId = inquiry.topic;
  return PLATFORM_CLOCKS.filter((c) => c.marketplaces.includes(inquiry.marketplace) && c.topics.includes(topic));
}

/** Whether the inquiry is one of the «книга жалоб» pilot's three cases, on one of its two marketplaces. */
export function complaintBookCase(inquiry: Pick<Inquiry, 'marketplace' | 'topic'>): boolean {
  return clocksFor(inquiry).some((c) => c.step === 'complaint-book');
}

/** The steps offered now: each only once its time has come, and the dispute only while it can be opened. */
function offersOf(inquiry: Inquiry, next: NextStep, clocks: readonly LadderClock[], events: readonly InquiryEvent[]): LadderOffer[] {
  const offers: LadderOffer[] = [];
  const refusedOrLate = inquiry.status === 'answered' || next.overdue;
  const dispute = clocks.find((c) => c.clock.step === 'dispute');
  if (dispute && dispute.startedAt !== undefined && inquiry.status === 'answered' && !dispute.passed) offers.push('dispute');
  if (refusedOrLate && isTopicId(inquiry.topic) && COMPLAINT_BOOK_TOPICS.includes(inquiry.topic) && complaintBookCase(inquiry)) {
    offers.push('complaint-book');
  }
  if (next.step === 'claim') offers.push('claim-channel');
  // The arbiter takes up a claim the shop leaves unresolved: once a claim went unanswered in time, or was answered.
  const claimed = events.some((e) => e.type === 'claim');
  if (clocks.some((c) => c.clock.step === 'arbiter') && claimed && refusedOrLate) offers.push('arbiter');
  return offers;
}

/** The inquiry's ladder at `now`, from the inquiry and its events (any order). */
export function ladder(inquiry: Inquiry, now: number, events: readonly InquiryEvent[] = []): Ladder {
  const next = nextStep(inquiry, now, events);
  const done = next.group === 'done';
  const clocks = done
    ? []
    : clocksFor(inquiry).map((clock): LadderClock => {
        const startedAt = startOf(clock, inquiry, events);
        const endsAt = clockEnd(clock, startedAt);
        const settled = !!clock.settledByReply && startedAt !== undefined && events.some((e) => e.type === 'reply' && e.at >= startedAt);
        return { clock, startedAt, endsAt, passed: endsAt !== undefined && endsAt <= now, settled };
      });
  return { next, clocks, offers: done ? [] : offersOf(inquiry, next, clocks, events) };
}

/** The clock running now that ends first, for a one-line notice (the popup). */
export function runningClock(l: Ladder, now: number): LadderClock | undefined {
  return l.clocks
    .filter((c) => c.endsAt !== undefined && c.endsAt > now && !c.settled && (c.clock.starts !== 'reply' || l.offers.includes('dispute')))
    .sort((a, b) => a.endsAt! - b.endsAt!)[0];
}
