import { describe, expect, it } from 'vitest';
import type { Inquiry, InquiryEvent } from '../../utils/inquiry';
import { summarise } from '../../utils/summary';

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
const event = (inquiryId: string, type: InquiryEvent['type'], at: number, detail?: string): InquiryEvent => ({
  id: `${inquiryId}-${type}-${at}`,
  inquiryId,
  type,
  at,
  detail,
});

describe('the summary on a small history with known answers', () => {
  // A: chat, answered in 2 h, resolved at the first inquiry.
  const a = inquiry({ fields: { orderId: '10000001-0001' }, status: 'resolved' });
  // B: e-mail, answered in 30 h, resolved at the first inquiry.
  const b = inquiry({ fields: { orderId: '10000002-0002' }, channel: 'ozon-email', status: 'resolved' });
  // C: a problem that took three inquiries about one order: chat unanswered, chat answered in 6 h, then
  // e-mail answered in 10 h and resolved.
  const c1 = inquiry({ fields: { orderId: '10000003-0003' }, status: 'closed' });
  const c2 = inquiry({ fields: { orderId: '10000003-0003' }, status: 'answered' });
  const c3 = inquiry({ fields: { orderId: '10000003-0003' }, channel: 'ozon-email', status: 'resolved' });
  // D: a product question followed up once (sent twice), still awaiting and overdue.
  const d = inquiry({ fields: { article: '987654321' }, status: 'sent', dueAt: t0 + 24 * H });
  // E: never sent.
  const e = inquiry({ fields: { article: '555000111' }, status: 'not-sent' });
  const events = [
    event(a.id, 'sent', t0, 'ozon-support-chat'), event(a.id, 'reply', t0 + 2 * H),
    event(b.id, 'sent', t0, 'ozon-email'), event(b.id, 'reply', t0 + 30 * H),
    event(c1.id, 'sent', t0, 'ozon-support-chat'),
    event(c2.id, 'sent', t0 + 48 * H, 'ozon-support-chat'), event(c2.id, 'reply', t0 + 54 * H),
    event(c3.id, 'sent', t0 + 72 * H, 'ozon-email'), event(c3.id, 'reply', t0 + 82 * H),
    event(d.id, 'sent', t0, 'ozon-seller-chat'), event(d.id, 'sent', t0 + 30 * H, 'ozon-seller-chat'),
    event(e.id, 'created', t0),
  ];
  const summary = summarise([a, b, c1, c2, c3, d, e], events, t0 + 100 * H);

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
