import { describe, expect, it } from 'vitest';
import type { InquiryAction } from '../../utils/inquiries/lifecycle';
import { ladder, runningClock } from '../../utils/inquiries/ladder';
import { PLATFORM_CLOCKS, CLAIM_CHANNEL_RULE } from '../../utils/catalogue/platform-clocks';
import { isTopicId } from '../../utils/catalogue/topics';
import { anInquiry } from '../support/builders';
import { live } from '../support/lived';

const moscow = (iso: string) => Date.parse(`${iso}+03:00`);
// Monday 23 November 2026, 10:00 in Moscow.
const monday = moscow('2026-11-23T10:00:00');

const claim: InquiryAction = { type: 'escalate', document: 'claim', text: 'ПРЕТЕНЗИЯ' };
const reply = (at: number): [InquiryAction, number] => [{ type: 'reply', text: 'Отказано', receivedAt: at }, at];
const clockIds = (l: ReturnType<typeof ladder>) => l.clocks.map((c) => c.clock.id);
const clock = (l: ReturnType<typeof ladder>, id: string) => l.clocks.find((c) => c.clock.id === id)!;

describe('the clocks table', () => {
  it('every clock names real topics, and a source it has is an https address read on a real date', () => {
    for (const c of PLATFORM_CLOCKS) {
      expect(c.topics.every(isTopicId), c.id).toBe(true);
      if (c.source) {
        expect(c.source.url, c.id).toMatch(/^https:\/\//);
        expect(Number.isNaN(Date.parse(c.source.read)), c.id).toBe(false);
      }
    }
    expect(CLAIM_CHANNEL_RULE.source.basis).toBe('press');
  });
});

describe('the ladder: Ozon return', () => {
  const sent = live(anInquiry({ topic: 'return', createdAt: monday }), [[{ type: 'mark-sent' }, monday]]);

  it('the seller has 24 hours from the request; then Ozon approves it itself', () => {
    const l = ladder(sent.inquiry, monday + 60_000, sent.events);
    expect(clockIds(l)).toEqual(['ozon-return-decision', 'ozon-dispute-open', 'ozon-dispute-decision', 'complaint-book-answer']);
    const decision = clock(l, 'ozon-return-decision');
    expect(decision.endsAt).toBe(moscow('2026-11-24T10:00:00'));
    expect(decision.passed).toBe(false);
    expect(runningClock(l, monday + 60_000)?.clock.id).toBe('ozon-return-decision');
    expect(clock(ladder(sent.inquiry, moscow('2026-11-24T10:00:01'), sent.events), 'ozon-return-decision').passed).toBe(true);
  });

  it('no dispute date before the seller answered, and none for the dispute decision or the complaint book (their start is not recorded)', () => {
    const l = ladder(sent.inquiry, monday + 60_000, sent.events);
    expect(clock(l, 'ozon-dispute-open').endsAt).toBeUndefined();
    expect(clock(l, 'ozon-dispute-decision').endsAt).toBeUndefined();
    expect(clock(l, 'complaint-book-answer').endsAt).toBeUndefined();
    expect(l.offers).toEqual([]);
  });

  it('a refusal recorded on Wednesday opens the dispute until the end of Monday, and offers the complaint book', () => {
    const refused = live(sent.inquiry, [reply(moscow('2026-11-25T15:00:00'))]);
    const events = [...sent.events, ...refused.events];
    const l = ladder(refused.inquiry, moscow('2026-11-26T09:00:00'), events);
    expect(clock(l, 'ozon-dispute-open').endsAt).toBe(moscow('2026-11-30T23:59:59.999'));
    // The seller answered: the 24 hours no longer run.
    expect(clock(l, 'ozon-return-decision').settled).toBe(true);
    expect(clock(ladder(sent.inquiry, monday + 60_000, sent.events), 'ozon-return-decision').settled).toBe(false);
    expect(l.offers).toEqual(['dispute', 'complaint-book']);
    expect(runningClock(l, moscow('2026-11-26T09:00:00'))?.clock.id).toBe('ozon-dispute-open');
    // Past the five days the dispute is no longer offered; the complaint book still is.
    const late = ladder(refused.inquiry, moscow('2026-12-01T00:00:01'), events);
    expect(clock(late, 'ozon-dispute-open').passed).toBe(true);
    expect(late.offers).toEqual(['complaint-book']);
  });

  it('a resolved inquiry shows no clocks and offers nothing', () => {
    const done = live(sent.inquiry, [[{ type: 'resolve' }, monday + 3_600_000]]);
    const l = ladder(done.inquiry, monday + 7_200_000, [...sent.events, ...done.events]);
    expect(l.clocks).toEqual([]);
    expect(l.offers).toEqual([]);
  });
});

describe('the ladder: cases outside the complaint book, and unverified clocks', () => {
  it('a defect on Ozon is not one of the complaint book’s three cases', () => {
    const sent = live(anInquiry({ topic: 'defect', createdAt: monday }), [[{ type: 'mark-sent' }, monday]]);
    const refused = live(sent.inquiry, [reply(monday + 3_600_000)]);
    const l = ladder(refused.inquiry, monday + 7_200_000, [...sent.events, ...refused.events]);
    expect(clockIds(l)).not.toContain('complaint-book-answer');
    expect(l.offers).toEqual(['dispute']);
  });

  it('Wildberries’ seller chat has no verified source: its ten days give no date', () => {
    const sent = live(anInquiry({ marketplace: 'wildberries', topic: 'return', channel: 'wb-refunds', createdAt: monday }), [[{ type: 'mark-sent' }, monday]]);
    const l = ladder(sent.inquiry, monday + 60_000, sent.events);
    const chat = clock(l, 'wildberries-seller-chat');
    expect(chat.clock.source).toBeUndefined();
    expect(chat.startedAt).toBe(monday);
    expect(chat.endsAt).toBeUndefined();
    expect(chat.passed).toBe(false);
    expect(runningClock(l, monday + 60_000)).toBeUndefined();
  });

  it('the claim step comes with the rule on the marketplace’s channel', () => {
    const sent = live(anInquiry({ topic: 'delivery-late', createdAt: monday }), [
      [{ type: 'mark-sent' }, monday],
      [{ type: 'mark-sent' }, moscow('2026-11-25T10:00:00')],
    ]);
    const l = ladder(sent.inquiry, moscow('2026-12-01T10:00:00'), sent.events);
    expect(l.next.step).toBe('claim');
    expect(l.offers).toEqual(['claim-channel']);
  });
});

describe('the ladder: Yandex Market’s claim and arbiter', () => {
  const sent = live(anInquiry({ marketplace: 'yandex-market', topic: 'delivery-late', channel: 'ym-support-chat', createdAt: monday }), [
    [{ type: 'mark-sent' }, monday],
  ]);

  it('the procedure is shown without a date: its terms are not verified', () => {
    const l = ladder(sent.inquiry, monday + 60_000, sent.events);
    expect(clockIds(l)).toEqual(['yandex-market-arbiter']);
    expect(clock(l, 'yandex-market-arbiter').endsAt).toBeUndefined();
    expect(l.offers).toEqual([]);
  });

  it('once the claim went unanswered past its ten days, the arbiter is offered beside the complaint', () => {
    const claimed = live(sent.inquiry, [[claim, moscow('2026-11-26T12:00:00')]]);
    const l = ladder(claimed.inquiry, moscow('2026-12-10T12:00:00'), [...sent.events, ...claimed.events]);
    expect(l.next.step).toBe('complaint');
    expect(l.offers).toEqual(['arbiter']);
  });
});
