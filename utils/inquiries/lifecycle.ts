/**
 * An inquiry's life: not sent → sent → answered → resolved; or escalated, or closed without result.
 * "Awaiting reply" is not a state: it is a sent (or escalated) inquiry whose answer is due.
 */
import { addDays, addWorkingDays, endOfMoscowDay, isIsoDate, legalDeadline, onWorkingDay } from '@/utils/calendar';
import { channelById, topicById } from '@/utils/catalogue';
import type { Inquiry, InquiryEvent, InquiryStatus } from './model';
import type { DocumentVia } from './schemas';
import { LIMITS } from './limits';

/** The extension's own answer time where a channel's source gives none (shown as a default, editable). */
export const DEFAULT_ANSWER_WORKING_DAYS = 3;

/** Overdue inquiries, most overdue first, and the next due time still ahead (for the alarm). */
export function reminderState(inquiries: Inquiry[], now: number): { overdue: Inquiry[]; nextDueAt?: number } {
  const overdue = inquiries.filter((i) => isOverdue(i, now)).sort((a, b) => a.dueAt! - b.dueAt!);
  const ahead = inquiries.filter((i) => isAwaitingReply(i, now) && !i.deletedAt).map((i) => i.dueAt!);
  return { overdue, nextDueAt: ahead.length ? Math.min(...ahead) : undefined };
}

export type InquiryAction =
  | { type: 'mark-sent'; channel?: string }
  /** `source`: the address of the page the reply's text was selected on (the context menu, the panel). */
  | { type: 'reply'; text: string; receivedAt: number; source?: string }
  | { type: 'note'; text: string }
  | { type: 'resolve' }
  | { type: 'close' }
  | { type: 'reopen' }
  /**
   * A claim or a complaint was sent: its full text goes on the timeline. `claimReceived` (YYYY-MM-DD), when
   * the seller's receipt of the claim is known, is the day its ten days count from.
   */
  | { type: 'escalate'; document: 'claim' | 'complaint'; text: string; claimReceived?: string; via?: DocumentVia };

/** A claim or complaint longer than this is refused (an export must be able to carry it back). */
export const MAX_DOCUMENT_CHARS = 100_000;

/** Calendar days the addressee has to answer: a claim ten (art. 22), the regulator thirty. */
export const ESCALATION_ANSWER_DAYS = { claim: 10, complaint: 30 } as const;

const ALLOWED: Record<InquiryStatus, InquiryAction['type'][]> = {
  'not-sent': ['mark-sent', 'note', 'close', 'escalate'],
  // Sending again is a follow-up: the answer is due anew.
  sent: ['mark-sent', 'reply', 'note', 'resolve', 'close', 'escalate'],
  answered: ['mark-sent', 'reply', 'note', 'resolve', 'close', 'escalate'],
  // A complaint may follow a claim.
  escalated: ['reply', 'note', 'resolve', 'close', 'escalate'],
  // A refusal is often the last word of support: a closed inquiry can still be escalated.
  resolved: ['note', 'reopen'],
  closed: ['note', 'reopen', 'escalate'],
};

export function allowedActions(status: InquiryStatus): readonly InquiryAction['type'][] {
  return ALLOWED[status];
}

export interface DueOptions {
  /** The default answer time in working days, for channels without their own. */
  defaultAnswerDays?: number;
}

/** When an answer to an inquiry sent through a channel at `sentAt` is due. */
export function dueFor(channelId: string, sentAt: number, options: DueOptions = {}) {
  const own = channelById(channelId)?.answerWorkingDays;
  const days = own ?? options.defaultAnswerDays ?? DEFAULT_ANSWER_WORKING_DAYS;
  const due = addWorkingDays(sentAt, days);
  return { dueAt: due.at, dueApproximate: due.approximate, dueIsDefault: own === undefined };
}

export type ActionResult = { ok: true; inquiry: Inquiry; event: InquiryEvent } | { ok: false; error: string };

/** Applies an action; refuses what the inquiry's status does not allow. Pure: returns the new records. */
export function applyAction(
  inquiry: Inquiry,
  action: InquiryAction,
  now: number,
  eventId: string,
  options: DueOptions = {},
): ActionResult {
  if (!ALLOWED[inquiry.status].includes(action.type)) {
    return { ok: false, error: `${action.type} is not possible for an inquiry that is ${inquiry.status}` };
  }
  const next: Inquiry = { ...inquiry, updatedAt: now };
  const event: InquiryEvent = { id: eventId, inquiryId: inquiry.id, type: 'status', at: now };
  const awaitFrom = (sentAt: number, channel: string) => {
    next.sentAt = sentAt;
    next.firstSentAt ??= sentAt;
    next.firstSentChannel ??= channel;
    Object.assign(next, dueFor(channel, sentAt, options));
  };
  const stopWaiting = () => {
    delete next.dueAt;
    delete next.dueApproximate;
    delete next.dueIsDefault;
  };
  switch (action.type) {
    case 'mark-sent': {
      // Saved with no channel chosen: it went through the topic's first one.
      const channel = action.channel || inquiry.channel || topicById(inquiry.marketplace, inquiry.topic)?.channels[0];
      if (!channel) return { ok: false, error: 'no channel to send through' };
      next.status = 'sent';
      next.channel = channel;
      next.sendCount = (inquiry.sendCount ?? 0) + 1;
      awaitFrom(now, channel);
      event.type = 'sent';
      event.detail = channel;
      break;
    }
    case 'reply': {
      const text = action.text.trim();
      if (!text) return { ok: false, error: 'the reply is empty' };
      if (text.length > LIMITS.reply) return { ok: false, error: 'the reply is too long' };
      next.status = inquiry.status === 'escalated' ? 'escalated' : 'answered';
      if (inquiry.firstSentAt !== undefined && action.receivedAt >= inquiry.firstSentAt) {
        next.firstReplyAt = Math.min(inquiry.firstReplyAt ?? Infinity, action.receivedAt);
      }
      stopWaiting();
      event.type = 'reply';
      event.detail = text;
      event.at = action.receivedAt;
      if (action.source) event.source = action.source.slice(0, 2_000);
      break;
    }
    case 'note': {
      const text = action.text.trim();
      if (!text) return { ok: false, error: 'the note is empty' };
      if (text.length > LIMITS.reply) return { ok: false, error: 'the note is too long' };
      event.type = 'note';
      event.detail = text;
      break;
    }
    case 'resolve':
    case 'close':
      next.status = action.type === 'resolve' ? 'resolved' : 'closed';
      stopWaiting();
      event.detail = next.status;
      break;
    case 'escalate': {
      const text = action.text.trim();
      if (!text) return { ok: false, error: 'the document is empty' };
      if (text.length > MAX_DOCUMENT_CHARS) return { ok: false, error: 'the document is too long' };
      const due = escalationDue(action, now);
      next.status = 'escalated';
      next.sentAt = now;
      next.dueAt = due.at;
      next.dueApproximate = due.approximate;
      next.dueIsDefault = false;
      event.type = action.document;
      event.detail = text;
      if (action.via) event.via = action.via;
      break;
    }
    case 'reopen':
      if (inquiry.sentAt !== undefined && inquiry.channel) {
        next.status = 'sent';
        awaitFrom(now, inquiry.channel);
      } else next.status = 'not-sent';
      event.detail = next.status;
      break;
  }
  return { ok: true, inquiry: next, event };
}

/**
 * When the addressee's answer is due: a claim's ten days run from the seller's receipt once it is known
 * (Civil Code art. 165.1), else from the day it is marked sent; a complaint's
 * thirty from that day.
 */
export function escalationDue(
  action: Extract<InquiryAction, { type: 'escalate' }>,
  now: number,
): { at: number; date: string; approximate: boolean } {
  if (action.document === 'claim' && isIsoDate(action.claimReceived)) {
    // As escalation/deadlines.ts's `answerDue`: the days from the receipt, moved off a day off.
    const due = onWorkingDay(addDays(action.claimReceived, ESCALATION_ANSWER_DAYS.claim));
    return { at: endOfMoscowDay(due.date), date: due.date, approximate: due.approximate };
  }
  return legalDeadline(now, ESCALATION_ANSWER_DAYS[action.document]);
}

/** Sent or escalated, with the answer's due time passed. */
export function isOverdue(inquiry: Inquiry, now: number): boolean {
  return (
    (inquiry.status === 'sent' || inquiry.status === 'escalated') &&
    inquiry.dueAt !== undefined &&
    inquiry.dueAt <= now &&
    !inquiry.deletedAt
  );
}

/** Sent and still within its due time: "awaiting reply". */
export function isAwaitingReply(inquiry: Inquiry, now: number): boolean {
  return (inquiry.status === 'sent' || inquiry.status === 'escalated') && inquiry.dueAt !== undefined && inquiry.dueAt > now;
}

/**
 * The figures an inquiry keeps for the summary — first send, its channel, number of sends, first reply —
 * taken from its events (for inquiries that were recorded before it kept them, or imported without them).
 */
export function figuresFromEvents(inquiry: Inquiry, events: InquiryEvent[]): Inquiry {
  const own = events.filter((e) => e.inquiryId === inquiry.id).sort((a, b) => a.at - b.at);
  const sends = own.filter((e) => e.type === 'sent');
  const first = sends[0];
  const reply = first && own.find((e) => e.type === 'reply' && e.at >= first.at);
  return {
    ...inquiry,
    ...(first && { firstSentAt: inquiry.firstSentAt ?? first.at, firstSentChannel: first.detail || inquiry.channel }),
    sendCount: sends.length,
    ...(reply && { firstReplyAt: reply.at }),
  };
}
