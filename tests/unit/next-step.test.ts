import { describe, expect, it } from 'vitest';
import type { InquiryAction } from '../../utils/inquiries/lifecycle';
import { nextStep } from '../../utils/inquiries/next-step';
import { anInquiry } from '../support/builders';
import { live } from '../support/lived';

// Monday 23 November 2026, 10:00 in Moscow. The Ozon support chat answers in one working day.
const monday = Date.parse('2026-11-23T10:00:00+03:00');
const moscow = (iso: string) => Date.parse(`${iso}+03:00`);

const draft = anInquiry({ createdAt: monday }); // «Срок доставки прошёл», a claim follows
const sent = live(draft, [[{ type: 'mark-sent' }, monday]]);
const claim: InquiryAction = { type: 'escalate', document: 'claim', text: 'ПРЕТЕНЗИЯ' };
const complaint: InquiryAction = { type: 'escalate', document: 'complaint', text: 'ЖАЛОБА' };

describe('the next step: «Нужно ваше действие»', () => {
  it('a draft not sent yet is to be marked sent', () => {
    expect(nextStep(draft, monday)).toEqual({ group: 'act', step: 'mark-sent', overdue: false });
  });

  it('a reply recorded is to be dealt with: solved (or escalated from the menu), never sent again', () => {
    const { inquiry } = live(sent.inquiry, [[{ type: 'reply', text: 'Заказ в пути', receivedAt: monday + 3_600_000 }, monday + 3_600_000]]);
    expect(nextStep(inquiry, monday + 7_200_000)).toEqual({ group: 'act', step: 'resolve', overdue: false });
  });

  it('an answer to the claim stops the wait and asks the shopper to decide', () => {
    const { inquiry, events } = live(sent.inquiry, [
      [claim, moscow('2026-11-26T12:00:00')],
      [{ type: 'reply', text: 'Деньги вернём', receivedAt: moscow('2026-11-30T12:00:00') }, moscow('2026-11-30T12:00:00')],
    ]);
    expect(nextStep(inquiry, moscow('2026-12-01T12:00:00'), [...sent.events, ...events])).toEqual({ group: 'act', step: 'resolve', overdue: false });
  });
});

describe('the next step: «Ждём ответа»', () => {
  it('just sent: waiting, with the days left, and no reminder offered', () => {
    const step = nextStep(sent.inquiry, monday + 60_000, sent.events);
    expect(step).toEqual({ group: 'wait', step: 'reply', overdue: false, dueAt: moscow('2026-11-24T23:59:59.999'), daysLeft: 1, awaiting: 'inquiry' });
  });

  it('on the due day itself, 0 days left and still waiting', () => {
    expect(nextStep(sent.inquiry, moscow('2026-11-24T23:00:00'))).toMatchObject({ group: 'wait', daysLeft: 0, overdue: false });
  });

  it('a claim sent waits its ten days (to Monday 7 December, off Sunday the 6th)', () => {
    const { inquiry, events } = live(sent.inquiry, [[claim, moscow('2026-11-26T12:00:00')]]);
    const step = nextStep(inquiry, moscow('2026-11-27T09:00:00'), [...sent.events, ...events]);
    expect(step).toMatchObject({ group: 'wait', step: 'reply', awaiting: 'claim', daysLeft: 10 });
    expect(moscowDay(step.dueAt!)).toBe('2026-12-07');
  });
});

describe('the next step when the answer is overdue', () => {
  const afterDue = moscow('2026-11-25T09:00:00');

  it('first a reminder, once the answer is due and none was sent', () => {
    expect(nextStep(sent.inquiry, afterDue, sent.events)).toEqual({
      group: 'act',
      step: 'follow-up',
      overdue: true,
      dueAt: moscow('2026-11-24T23:59:59.999'),
      awaiting: 'inquiry',
    });
  });

  it('a reminder sent waits again; left unanswered too, the claim', () => {
    const reminded = live(sent.inquiry, [[{ type: 'mark-sent' }, afterDue]]);
    const events = [...sent.events, ...reminded.events];
    expect(nextStep(reminded.inquiry, afterDue + 60_000, events)).toMatchObject({ group: 'wait', step: 'reply' });
    // Sent again on Wednesday the 25th: due on Thursday the 26th.
    expect(nextStep(reminded.inquiry, moscow('2026-11-27T09:00:00'), events)).toMatchObject({ group: 'act', step: 'claim', overdue: true });
  });

  it('the reminders counted from the events where the record keeps no count', () => {
    const reminded = live(sent.inquiry, [[{ type: 'mark-sent' }, afterDue]]);
    const { sendCount: _, ...old } = reminded.inquiry;
    expect(nextStep(old, moscow('2026-11-27T09:00:00'))).toMatchObject({ step: 'follow-up' });
    expect(nextStep(old, moscow('2026-11-27T09:00:00'), [...sent.events, ...reminded.events])).toMatchObject({ step: 'claim' });
  });

  it('a question no claim follows from gets another reminder, never a claim', () => {
    const question = anInquiry({ createdAt: monday, topic: 'product-question', channel: 'ozon-seller-question' });
    const asked = live(question, [
      [{ type: 'mark-sent' }, monday],
      [{ type: 'mark-sent' }, moscow('2026-12-01T09:00:00')],
    ]);
    expect(nextStep(asked.inquiry, moscow('2026-12-20T09:00:00'), asked.events)).toMatchObject({ group: 'act', step: 'follow-up', overdue: true });
  });

  it('a claim unanswered past its ten days: the complaint', () => {
    const { inquiry, events } = live(sent.inquiry, [[claim, moscow('2026-11-26T12:00:00')]]);
    const all = [...sent.events, ...events];
    expect(nextStep(inquiry, moscow('2026-12-07T23:00:00'), all)).toMatchObject({ group: 'wait', daysLeft: 0 });
    expect(nextStep(inquiry, moscow('2026-12-08T09:00:00'), all)).toMatchObject({ group: 'act', step: 'complaint', overdue: true, awaiting: 'claim' });
  });

  it('a complaint sent waits its thirty days, then nothing more to send: its answer is recorded', () => {
    const { inquiry, events } = live(sent.inquiry, [
      [claim, moscow('2026-11-26T12:00:00')],
      [complaint, moscow('2026-12-08T12:00:00')],
    ]);
    const all = [...sent.events, ...events];
    expect(nextStep(inquiry, moscow('2026-12-09T12:00:00'), all)).toMatchObject({ group: 'wait', awaiting: 'complaint', step: 'reply' });
    expect(nextStep(inquiry, moscow('2027-01-20T12:00:00'), all)).toMatchObject({
      group: 'act',
      step: 'reply',
      overdue: true,
      awaiting: 'complaint',
    });
  });
});

describe('the next step: «Решено»', () => {
  it('resolved and closed inquiries offer no step', () => {
    const resolved = live(sent.inquiry, [[{ type: 'resolve' }, afterMonday()]]);
    const closed = live(sent.inquiry, [[{ type: 'close' }, afterMonday()]]);
    expect(nextStep(resolved.inquiry, moscow('2026-12-20T09:00:00'))).toEqual({ group: 'done', overdue: false });
    expect(nextStep(closed.inquiry, moscow('2026-12-20T09:00:00'))).toEqual({ group: 'done', overdue: false });
  });
});

function afterMonday() {
  return monday + 3_600_000;
}

function moscowDay(ms: number) {
  return new Date(ms + 3 * 3_600_000).toISOString().slice(0, 10);
}
