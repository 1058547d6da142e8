import { describe, expect, it } from 'vitest';
import type { Inquiry } from '../../utils/inquiries/model';
import { anInquiry } from '../support/builders';
import { summarise } from '../../utils/inquiries/summary';

const H = 3_600_000;
const t0 = Date.parse('2026-11-02T10:00:00+03:00');
let n = 0;
function inquiry(change: Partial<Inquiry>): Inquiry {
  n++;
  return anInquiry({ id: `i${n}`, pageUrl: 'https://www.ozon.ru/', status: 'sent', createdAt: t0, ...change });
}
describe('the summary on a small history with known answers', () => {
  const sent = (at: number, channel: string, sendCount = 1, firstReplyAt?: number): Partial<Inquiry> => ({
    firstSentAt: at,
    firstSentChannel: channel,
    sendCount,
    ...(firstReplyAt !== undefined && { firstReplyAt }),
  });
  // A: chat, answered in 2 h, resolved at the first inquiry.
  const a = inquiry({ fields: { orderId: '10000001-0001' }, status: 'resolved', ...sent(t0, 'ozon-support-chat', 1, t0 + 2 * H) });
  // B: e-mail, answered in 30 h, resolved at the first inquiry.
  const b = inquiry({ fields: { orderId: '10000002-0002' }, channel: 'ozon-email', status: 'resolved', ...sent(t0, 'ozon-email', 1, t0 + 30 * H) });
  // C: a problem that took three inquiries about one order: chat unanswered, chat answered in 6 h, then
  // e-mail answered in 10 h and resolved.
  const c1 = inquiry({ fields: { orderId: '10000003-0003' }, status: 'closed', ...sent(t0, 'ozon-support-chat') });
  const c2 = inquiry({ fields: { orderId: '10000003-0003' }, status: 'answered', ...sent(t0 + 48 * H, 'ozon-support-chat', 1, t0 + 54 * H) });
  const c3 = inquiry({
    fields: { orderId: '10000003-0003' },
    channel: 'ozon-email',
    status: 'resolved',
    ...sent(t0 + 72 * H, 'ozon-email', 1, t0 + 82 * H),
  });
  // D: a product question followed up once (sent twice), still awaiting and overdue.
  const d = inquiry({ fields: { article: '987654321' }, status: 'sent', dueAt: t0 + 24 * H, ...sent(t0, 'ozon-seller-chat', 2) });
  // E: never sent.
  const e = inquiry({ fields: { article: '555000111' }, status: 'not-sent', sendCount: 0 });
  const summary = summarise([a, b, c1, c2, c3, d, e], t0 + 100 * H);

  it('gives the median time to the first answer per channel', () => {
    expect(summary.answerTimeByChannel).toEqual([
      { key: 'ozon-email', median: 20 * H, count: 2 },
      { key: 'ozon-support-chat', median: 4 * H, count: 2 },
    ]);
  });

  it('gives the median time to the first answer per marketplace', () => {
    // 2, 6, 10, 30 hours → 8 hours.
    expect(summary.answerTimeByMarketplace).toEqual([{ key: 'ozon', median: 8 * H, count: 4 }]);
  });

  it('counts the problems resolved at the first inquiry', () => {
    expect(summary.resolvedProblems).toBe(3);
    expect(summary.resolvedAtFirst).toBe(2);
  });

  it('lists the problems that needed repeated inquiries', () => {
    expect(summary.repeated).toEqual([
      { problem: 'ozon:order:10000003-0003', inquiries: 3, sends: 3 },
      { problem: 'ozon:article:987654321', inquiries: 1, sends: 2 },
    ]);
  });

  it('counts what is open and overdue now', () => {
    // Open: c2 (answered), d (sent), e (not sent).
    expect(summary.open).toBe(3);
    expect(summary.overdue).toBe(1);
  });
});

describe('what counts as an inquiry of a problem', () => {
  it('leaves out drafts never sent: a draft beside a sent inquiry is not a repeated problem', () => {
    const sent = inquiry({ fields: { orderId: '20000001-0001' }, status: 'resolved', firstSentAt: t0, firstSentChannel: 'ozon-support-chat', sendCount: 1, firstReplyAt: t0 + H });
    const draft = inquiry({ fields: { orderId: '20000001-0001' }, status: 'not-sent', sendCount: 0 });
    const summary = summarise([sent, draft], t0 + 2 * H);
    expect(summary.repeated).toEqual([]);
    expect([summary.resolvedProblems, summary.resolvedAtFirst]).toEqual([1, 1]);
  });
});

describe('answer times over time, by seller, and the inquiries waiting longest', () => {
  const answeredAfter = (sentAt: number, hours: number, change: Partial<Inquiry> = {}) =>
    inquiry({ status: 'answered', firstSentAt: sentAt, sentAt, firstSentChannel: 'ozon-support-chat', sendCount: 1, firstReplyAt: sentAt + hours * H, ...change });

  it('counts each answer in the Moscow month of its first send, and keeps the months without answers', () => {
    // 31 October 22:30 UTC is already 1 November in Moscow.
    const lateOctoberUtc = Date.parse('2026-10-31T22:30:00Z');
    const summary = summarise(
      [
        answeredAfter(Date.parse('2026-08-10T12:00:00+03:00'), 2),
        answeredAfter(Date.parse('2026-08-20T12:00:00+03:00'), 6),
        answeredAfter(lateOctoberUtc, 10),
        answeredAfter(Date.parse('2026-10-05T12:00:00+03:00'), 4),
      ],
      t0,
    );
    expect(summary.answered).toBe(4);
    expect(summary.answerTimeByMonth).toEqual([
      { key: '2026-08', median: 4 * H, count: 2 },
      { key: '2026-09', count: 0 },
      { key: '2026-10', median: 4 * H, count: 1 },
      { key: '2026-11', median: 10 * H, count: 1 },
    ]);
  });

  it('draws the last two years at most, ending at the latest month', () => {
    const summary = summarise(
      [answeredAfter(Date.parse('2024-01-15T12:00:00+03:00'), 1), answeredAfter(Date.parse('2026-06-15T12:00:00+03:00'), 3)],
      t0,
    );
    const months = summary.answerTimeByMonth;
    expect(months).toHaveLength(24);
    expect(months[0]).toEqual({ key: '2024-07', count: 0 });
    expect(months.at(-1)).toEqual({ key: '2026-06', median: 3 * H, count: 1 });
  });

  it('gives each seller its median, the seller typed or read from the page, those answering most first', () => {
    const summary = summarise(
      [
        answeredAfter(t0, 2, { fields: { seller: 'Тёплый день' } }),
        answeredAfter(t0, 8, { fields: { seller: 'Тёплый день ' } }),
        answeredAfter(t0, 30, { context: { marketplace: 'ozon', kind: 'product', url: 'https://www.ozon.ru/', sources: {}, seller: 'Ромашка' } }),
        // No seller known: counted by channel, not by seller.
        answeredAfter(t0, 1),
      ],
      t0 + 100 * H,
    );
    expect(summary.answerTimeBySeller).toEqual([
      { key: 'Тёплый день', median: 5 * H, count: 2 },
      { key: 'Ромашка', median: 30 * H, count: 1 },
    ]);
  });

  it('lists the open inquiries waiting longest: since the first send without an answer, since the last send after one', () => {
    const now = t0 + 200 * H;
    const unanswered = inquiry({ status: 'sent', firstSentAt: t0, sentAt: t0 + 50 * H, sendCount: 2, dueAt: t0 + 80 * H });
    const askedAgain = inquiry({ status: 'sent', firstSentAt: t0, firstReplyAt: t0 + H, sentAt: t0 + 150 * H, sendCount: 2, dueAt: now + H });
    const claim = inquiry({ status: 'escalated', firstSentAt: t0 + 20 * H, sentAt: t0 + 20 * H, sendCount: 1 });
    const solved = inquiry({ status: 'resolved', firstSentAt: t0 - 500 * H, sendCount: 1 });
    const draft = inquiry({ status: 'not-sent' });
    const deleted = inquiry({ status: 'sent', firstSentAt: t0 - 900 * H, sentAt: t0 - 900 * H, deletedAt: t0 });
    const summary = summarise([askedAgain, solved, draft, deleted, claim, unanswered], now);
    expect(summary.slowestOpen).toEqual([
      { id: unanswered.id, since: t0, waited: 200 * H, overdue: true },
      { id: claim.id, since: t0 + 20 * H, waited: 180 * H, overdue: false },
      { id: askedAgain.id, since: t0 + 150 * H, waited: 50 * H, overdue: false },
    ]);
  });

  it('lists five at most', () => {
    const many = Array.from({ length: 8 }, (_, i) => inquiry({ status: 'sent', firstSentAt: t0 + i * H, sentAt: t0 + i * H }));
    const slowest = summarise(many, t0 + 10 * H).slowestOpen;
    expect(slowest.map((w) => w.id)).toEqual(many.slice(0, 5).map((i) => i.id));
  });
});
