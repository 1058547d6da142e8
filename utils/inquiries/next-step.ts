/**
 * Where an inquiry stands for the shopper, and the one thing to do next: the popup's groups, the panel's
 * earlier inquiries and the case file's "what now" all read it from here.
 *
 * - «Нужно ваше действие» (`act`): a draft not sent yet; an answer overdue; a reply recorded and not yet
 *   dealt with (the inquiry answered, or a claim answered).
 * - «Ждём ответа» (`wait`): sent, claimed or complained about, its answer not yet due.
 * - «Решено» (`done`): resolved or closed.
 *
 * When an answer is overdue the steps come one at a time, each when it is due: a reminder first; once a
 * reminder went unanswered too, the claim (for a topic a claim follows from; another reminder for one it
 * does not); once the claim's ten days passed, the complaint to Rospotrebnadzor.
 */
import { daysBetween, moscowDate } from '@/utils/calendar';
import { TOPICS, isTopicId } from '@/utils/catalogue/topics';
import type { Inquiry, InquiryEvent } from './model';

export type InquiryGroup = 'act' | 'wait' | 'done';

export type NextStepKind = 'mark-sent' | 'reply' | 'follow-up' | 'claim' | 'complaint' | 'resolve';

export interface NextStep {
  group: InquiryGroup;
  /** The one button offered; none for a solved or closed inquiry. */
  step?: NextStepKind;
  /** The answer's due time passed. */
  overdue: boolean;
  /** When an answer is due (or was), while one is awaited. */
  dueAt?: number;
  /** Calendar days (Moscow) left until the due date; 0 on the day itself. While waiting only. */
  daysLeft?: number;
  /** What is awaited: an answer to the inquiry, to the claim, or to the complaint. */
  awaiting?: 'inquiry' | 'claim' | 'complaint';
}

/** Whether a claim under the consumer-rights law follows from the inquiry's topic. */
export function claimFollows(inquiry: Pick<Inquiry, 'topic'>): boolean {
  return isTopicId(inquiry.topic) && TOPICS[inquiry.topic].situation !== null;
}

/**
 * The last document sent about an inquiry, from its events; without events (a list that read only the
 * inquiries), an escalated inquiry is taken to await the answer to a claim.
 */
function lastDocument(events: readonly InquiryEvent[] | undefined): 'claim' | 'complaint' | undefined {
  let last: InquiryEvent | undefined;
  for (const event of events ?? []) {
    if ((event.type === 'claim' || event.type === 'complaint') && (!last || event.at >= last.at)) last = event;
  }
  return last?.type as 'claim' | 'complaint' | undefined;
}

/** How many times it was sent: the inquiry's own count, or its "sent" events where it keeps none. */
function sends(inquiry: Inquiry, events: readonly InquiryEvent[] | undefined): number {
  const counted = events?.filter((e) => e.type === 'sent').length ?? 0;
  return Math.max(inquiry.sendCount ?? 0, counted, inquiry.sentAt !== undefined ? 1 : 0);
}

/**
 * The inquiry's group and next step at `now`. `events`: the inquiry's own (any order), when read; they tell
 * a complaint from a claim and count the sends of a record that keeps no count.
 */
export function nextStep(inquiry: Inquiry, now: number, events?: readonly InquiryEvent[]): NextStep {
  const { status, dueAt } = inquiry;
  if (status === 'resolved' || status === 'closed') return { group: 'done', overdue: false };
  if (status === 'not-sent') return { group: 'act', step: 'mark-sent', overdue: false };
  if (status === 'answered') return { group: 'act', step: 'resolve', overdue: false };
  const awaiting = status === 'escalated' ? (lastDocument(events) ?? 'claim') : 'inquiry';
  // A reply recorded after a claim stops the wait: the shopper reads it and decides.
  if (dueAt === undefined) return { group: 'act', step: 'resolve', overdue: false };
  if (dueAt > now) {
    const daysLeft = Math.max(0, daysBetween(moscowDate(now), moscowDate(dueAt)));
    return { group: 'wait', step: 'reply', overdue: false, dueAt, daysLeft, awaiting };
  }
  const overdue = { group: 'act', overdue: true, dueAt, awaiting } as const;
  if (awaiting === 'claim') return { ...overdue, step: 'complaint' };
  // The regulator's thirty days passed: nothing further to send from here; its answer is what is awaited.
  if (awaiting === 'complaint') return { ...overdue, step: 'reply' };
  const reminded = sends(inquiry, events) >= 2;
  return { ...overdue, step: reminded && claimFollows(inquiry) ? 'claim' : 'follow-up' };
}

/** The order of the groups on screen. */
export const GROUPS: readonly InquiryGroup[] = ['act', 'wait', 'done'];
