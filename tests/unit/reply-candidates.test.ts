/**
 * Which inquiries a captured reply is offered to, in order (utils/replies/capture.ts): those about the
 * page's order or product, then those awaiting an answer (latest sent first), then the rest; never one
 * whose state takes no reply, nor a deleted one.
 */
import { describe, expect, it } from 'vitest';
import { isReplyCapture, replyCandidates } from '@/utils/replies/capture';
import { aProductInquiry, anInquiry } from '../support/builders';

const H = 3_600_000;
const sent = (id: string, sentAt: number, change = {}) =>
  anInquiry({ id, status: 'sent', firstSentAt: sentAt, sentAt, dueAt: sentAt + 72 * H, updatedAt: sentAt, fields: { orderId: `${10_000_000 + id.charCodeAt(0)}-0001` }, ...change });

const inquiries = [
  sent('a', 1 * H),
  sent('b', 5 * H),
  anInquiry({ id: 'c', status: 'answered', updatedAt: 9 * H, fields: { orderId: '2000-0001' } }),
  anInquiry({ id: 'd', status: 'not-sent', updatedAt: 10 * H }),
  anInquiry({ id: 'e', status: 'resolved', updatedAt: 11 * H }),
  sent('f', 7 * H, { deletedAt: 8 * H }),
  aProductInquiry({ id: 'g', status: 'sent', sentAt: 2 * H, dueAt: 50 * H, updatedAt: 2 * H, fields: { article: '987654321' } }),
];

describe('the inquiries a reply is offered to', () => {
  it('from a page that names nothing: awaiting first, latest sent first, then the rest; none that takes no reply', () => {
    const order = replyCandidates(inquiries, { from: 'https://e.mail.ru/inbox/1/' }).map((c) => [c.inquiry.id, c.suggested]);
    expect(order).toEqual([['b', 'awaiting'], ['g', 'awaiting'], ['a', 'awaiting'], ['c', undefined]]);
  });

  it('from a marketplace page: the inquiry about its order or product first', () => {
    const product = replyCandidates(inquiries, { from: 'https://www.ozon.ru/product/termokruzhka-987654321/' });
    expect(product.map((c) => [c.inquiry.id, c.suggested])[0]).toEqual(['g', 'this-page']);
    // The tab's address names the order where the selection was in a frame of another site.
    const order = replyCandidates(inquiries, { from: 'https://frame.example/', tabUrl: 'https://www.ozon.ru/my/orderdetails/?order=10000097-0001' });
    expect(order[0]).toEqual({ inquiry: inquiries[0], suggested: 'this-page' });
    // A tab whose address names neither (the order list) leaves the frame's address to say it.
    const fromFrame = replyCandidates(inquiries, { from: 'https://www.ozon.ru/my/orderdetails/?order=10000097-0001', tabUrl: 'https://www.ozon.ru/my/orderlist' });
    expect(fromFrame[0]).toEqual({ inquiry: inquiries[0], suggested: 'this-page' });
  });

  it('takes only a capture of its own shape', () => {
    expect(isReplyCapture({ text: 'Ответ', from: 'https://e.mail.ru/', at: 1 })).toBe(true);
    expect(isReplyCapture({ text: '   ', from: '', at: 1 })).toBe(false);
    expect(isReplyCapture({ text: 'Ответ', at: 1 })).toBe(false);
    expect(isReplyCapture('Ответ')).toBe(false);
  });
});
