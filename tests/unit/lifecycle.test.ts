import { describe, expect, it } from 'vitest';
import type { Inquiry, InquiryStatus } from '../../utils/inquiries/model';
import * as v from 'valibot';
import { EventSchema } from '../../utils/inquiries/schemas';
import { anInquiry } from '../support/builders';
import { allowedActions, applyAction, isAwaitingReply, isOverdue, type InquiryAction } from '../../utils/inquiries/lifecycle';

const monday = Date.parse('2026-11-23T10:00:00+03:00');
const base: Inquiry = anInquiry({ createdAt: monday });
const at = (status: InquiryStatus, extra: Partial<Inquiry> = {}): Inquiry => ({ ...base, status, ...extra });
const act = (inquiry: Inquiry, action: InquiryAction, now = monday) => applyAction(inquiry, action, now, 'e1');

const ACTIONS: InquiryAction[] = [
  { type: 'mark-sent' },
  { type: 'reply', text: 'Заказ в пути', receivedAt: monday },
  { type: 'note', text: 'Позвонить в пятницу' },
  { type: 'resolve' },
  { type: 'close' },
  { type: 'reopen' },
  { type: 'escalate', document: 'claim', text: 'ПРЕТЕНЗИЯ' },
];

/** Every status → every action: the resulting status, or null where the action is refused. */
const EXPECTED: Record<InquiryStatus, Record<InquiryAction['type'], InquiryStatus | null>> = {
  'not-sent': { 'mark-sent': 'sent', reply: null, note: 'not-sent', resolve: null, close: 'closed', reopen: null, escalate: 'escalated' },
  sent: { 'mark-sent': 'sent', reply: 'answered', note: 'sent', resolve: 'resolved', close: 'closed', reopen: null, escalate: 'escalated' },
  answered: { 'mark-sent': 'sent', reply: 'answered', note: 'answered', resolve: 'resolved', close: 'closed', reopen: null, escalate: 'escalated' },
  escalated: { 'mark-sent': null, reply: 'escalated', note: 'escalated', resolve: 'resolved', close: 'closed', reopen: null, escalate: 'escalated' },
  resolved: { 'mark-sent': null, reply: null, note: 'resolved', resolve: null, close: null, reopen: 'sent', escalate: null },
  closed: { 'mark-sent': null, reply: null, note: 'closed', resolve: null, close: null, reopen: 'sent', escalate: 'escalated' },
};

describe('the lifecycle', () => {
  for (const [from, outcomes] of Object.entries(EXPECTED) as [InquiryStatus, Record<string, InquiryStatus | null>][]) {
    for (const action of ACTIONS) {
      const to = outcomes[action.type];
      it(`${from} + ${action.type} → ${to ?? 'refused'}`, () => {
        const result = act(at(from, { sentAt: monday - 1000 }), action);
        if (to === null) {
          expect(result.ok).toBe(false);
          expect(allowedActions(from)).not.toContain(action.type);
        } else {
          expect(result).toMatchObject({ ok: true, inquiry: { status: to } });
        }
      });
    }
  }

  it('reopens an inquiry never sent as not sent', () => {
    expect(act(at('closed'), { type: 'reopen' })).toMatchObject({ ok: true, inquiry: { status: 'not-sent' } });
  });

  it('sets the due time when sent, by the channel, and records the event', () => {
    const result = act(base, { type: 'mark-sent' });
    if (!result.ok) throw new Error(result.error);
    expect(new Date(result.inquiry.dueAt!).toISOString()).toBe('2026-11-24T20:59:59.999Z');
    expect(result.event).toMatchObject({ type: 'sent', detail: 'ozon-support-chat', at: monday });
  });

  it('keeps a reply with its own date, and stops awaiting', () => {
    const sent = act(base, { type: 'mark-sent' });
    if (!sent.ok) throw new Error(sent.error);
    const received = Date.parse('2026-11-24T09:00:00+03:00');
    const replied = act(sent.inquiry, { type: 'reply', text: '  Заказ передан курьеру  ', receivedAt: received }, received + 3600_000);
    expect(replied).toMatchObject({ ok: true, event: { type: 'reply', detail: 'Заказ передан курьеру', at: received } });
    if (replied.ok) expect(replied.inquiry.dueAt).toBeUndefined();
  });

  it('escalates with the document on the timeline and a calendar-day due date: ten days for a claim, thirty for the regulator', () => {
    // Monday 23 November 2026: ten days later is Thursday 3 December; thirty is Wednesday 23 December.
    const claim = act(at('answered'), { type: 'escalate', document: 'claim', text: 'ПРЕТЕНЗИЯ\nтекст' });
    if (!claim.ok) throw new Error(claim.error);
    expect(claim.event).toMatchObject({ type: 'claim', detail: 'ПРЕТЕНЗИЯ\nтекст', at: monday });
    expect(claim.inquiry).toMatchObject({ status: 'escalated', sentAt: monday, dueIsDefault: false });
    expect(new Date(claim.inquiry.dueAt!).toISOString()).toBe('2026-12-03T20:59:59.999Z');
    const complaint = act(claim.inquiry, { type: 'escalate', document: 'complaint', text: 'ЖАЛОБА' });
    if (!complaint.ok) throw new Error(complaint.error);
    expect(complaint.event.type).toBe('complaint');
    expect(new Date(complaint.inquiry.dueAt!).toISOString()).toBe('2026-12-23T20:59:59.999Z');
    expect(act(at('sent'), { type: 'escalate', document: 'claim', text: '  ' })).toMatchObject({ ok: false });
    // Longer than an export can carry back: refused rather than kept.
    expect(act(at('sent'), { type: 'escalate', document: 'claim', text: 'я'.repeat(100_001) })).toMatchObject({ ok: false });
  });

  it('records how the document was sent, where the shopper said it; the stored event keeps only a known way', () => {
    const claim = act(at('answered'), { type: 'escalate', document: 'claim', text: 'ПРЕТЕНЗИЯ', via: 'registered-letter' });
    if (!claim.ok) throw new Error(claim.error);
    expect(claim.event).toMatchObject({ type: 'claim', via: 'registered-letter' });
    expect(v.is(EventSchema, claim.event)).toBe(true);
    const unsaid = act(at('answered'), { type: 'escalate', document: 'claim', text: 'ПРЕТЕНЗИЯ' });
    if (!unsaid.ok) throw new Error(unsaid.error);
    expect('via' in unsaid.event).toBe(false);
    expect(v.is(EventSchema, { ...claim.event, via: 'pigeon' })).toBe(false);
  });

  it('counts a claim’s ten days from the seller’s receipt once it is known, not from the day it is marked sent', () => {
    // Received Wednesday 25 November: ten days end on Saturday 5 December, so on Monday 7 December (art. 193).
    const claim = act(at('answered'), { type: 'escalate', document: 'claim', text: 'ПРЕТЕНЗИЯ', claimReceived: '2026-11-25' });
    if (!claim.ok) throw new Error(claim.error);
    expect(new Date(claim.inquiry.dueAt!).toISOString()).toBe('2026-12-07T20:59:59.999Z');
    expect(claim.inquiry.sentAt).toBe(monday);
    // A date that is no date leaves the count from the day marked sent; a complaint keeps its thirty days.
    const unknown = act(at('answered'), { type: 'escalate', document: 'claim', text: 'ПРЕТЕНЗИЯ', claimReceived: '25.11.2026' });
    if (!unknown.ok) throw new Error(unknown.error);
    expect(new Date(unknown.inquiry.dueAt!).toISOString()).toBe('2026-12-03T20:59:59.999Z');
    const complaint = act(at('escalated'), { type: 'escalate', document: 'complaint', text: 'ЖАЛОБА', claimReceived: '2026-11-25' });
    if (!complaint.ok) throw new Error(complaint.error);
    expect(new Date(complaint.inquiry.dueAt!).toISOString()).toBe('2026-12-23T20:59:59.999Z');
  });

  it('refuses empty replies and notes', () => {
    expect(act(at('sent'), { type: 'reply', text: '  ', receivedAt: monday }).ok).toBe(false);
    expect(act(at('sent'), { type: 'note', text: '' }).ok).toBe(false);
  });

  it('refuses replies and notes longer than an export takes back', () => {
    const long = 'я'.repeat(20_001);
    expect(act(at('sent'), { type: 'reply', text: long, receivedAt: monday })).toEqual({ ok: false, error: 'the reply is too long' });
    expect(act(at('sent'), { type: 'note', text: long })).toEqual({ ok: false, error: 'the note is too long' });
    expect(act(at('sent'), { type: 'note', text: long.slice(1) })).toMatchObject({ ok: true });
  });

  it('tells awaiting from overdue', () => {
    const sent = act(base, { type: 'mark-sent' });
    if (!sent.ok) throw new Error(sent.error);
    const due = sent.inquiry.dueAt!;
    expect(isAwaitingReply(sent.inquiry, due - 1)).toBe(true);
    expect(isOverdue(sent.inquiry, due - 1)).toBe(false);
    expect(isOverdue(sent.inquiry, due)).toBe(true);
    expect(isAwaitingReply(sent.inquiry, due)).toBe(false);
    expect(isOverdue({ ...sent.inquiry, status: 'answered' }, due + 1)).toBe(false);
  });
});
