import { describe, expect, it } from 'vitest';
import type { Inquiry } from '../../utils/inquiries/model';
import { summarise } from '../../utils/inquiries/summary';

const H = 3_600_000;
const t0 = Date.parse('2026-11-02T10:00:00+03:00');
let n = 0;
function inquiry(change: Partial<Inquiry>): Inquiry {
  n++;
  return {
    id: `i${n}`,
    marketplace: 'ozon',
    pageUrl: 'https://www.ozon.ru/',
    context: { marketplace: 'ozon', kind: 'order', url: 'https://www.ozon.ru/', sources: {} },
    fields: {},
    recipient: 'support',
    topic: 'delivery-late',
    channel: 'ozon-support-chat',
    subject: 's',
    message: 'm',
    language: 'ru',
    status: 'sent',
    createdAt: t0,
    updatedAt: t0,
    ...change,
  };
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
