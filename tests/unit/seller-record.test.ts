/**
 * How a seller (or support) answered the shopper before (utils/replies/seller-record.ts), from a history
 * lived through the lifecycle's own actions: answered, unanswered, escalated, settled and closed inquiries.
 */
import { describe, expect, it } from 'vitest';
import { counterpartRecord, sellerKey } from '@/utils/replies/seller-record';
import { aProductInquiry, anInquiry } from '../support/builders';
import { live } from '../support/lived';

const DAY = 86_400_000;
const T = Date.parse('2026-11-02T10:00:00+03:00');

const toSeller = (id: string, seller: string, change = {}) => aProductInquiry({ id, fields: { seller }, ...change });

const history = [
  // Answered in 1 day, then settled.
  live(toSeller('a', 'ООО «Ромашка»'), [
    [{ type: 'mark-sent' }, T],
    [{ type: 'reply', text: 'Отправим замену', receivedAt: T + 1 * DAY }, T + 1 * DAY],
    [{ type: 'resolve' }, T + 2 * DAY],
  ]).inquiry,
  // Answered in 3 days, the answer left open. The name written otherwise: the same seller.
  live(toSeller('b', '  ооо «ромашка» '), [
    [{ type: 'mark-sent' }, T],
    [{ type: 'reply', text: 'Уточните номер заказа', receivedAt: T + 3 * DAY }, T + 3 * DAY],
  ]).inquiry,
  // Never answered: taken to a claim.
  live(toSeller('c', 'ООО «Ромашка»'), [
    [{ type: 'mark-sent' }, T],
    [{ type: 'escalate', document: 'claim', text: 'Претензия…' }, T + 5 * DAY],
  ]).inquiry,
  // Sent, still waiting.
  live(toSeller('d', 'ООО «Ромашка»'), [[{ type: 'mark-sent' }, T + 10 * DAY]]).inquiry,
  // Answered in 8 days after a follow-up, then closed with nothing.
  live(toSeller('e', 'ООО «Ромашка»'), [
    [{ type: 'mark-sent' }, T],
    [{ type: 'mark-sent' }, T + 4 * DAY],
    [{ type: 'reply', text: 'Не можем помочь', receivedAt: T + 8 * DAY }, T + 8 * DAY],
    [{ type: 'close' }, T + 9 * DAY],
  ]).inquiry,
  // Not theirs: never sent; deleted; another seller; another marketplace; support.
  toSeller('f', 'ООО «Ромашка»'),
  live(toSeller('g', 'ООО «Ромашка»', { deletedAt: T }), [[{ type: 'mark-sent' }, T]]).inquiry,
  live(toSeller('h', 'ИП Иванов'), [[{ type: 'mark-sent' }, T]]).inquiry,
  live(toSeller('i', 'ООО «Ромашка»', { marketplace: 'wildberries' }), [[{ type: 'mark-sent' }, T]]).inquiry,
  live(anInquiry({ id: 'j' }), [
    [{ type: 'mark-sent' }, T],
    [{ type: 'reply', text: 'Заказ в пути', receivedAt: T + DAY / 2 }, T + DAY / 2],
  ]).inquiry,
];

describe('a seller’s record from the shopper’s own history', () => {
  it('counts what was sent to them, how many were answered and how soon, and how each ended', () => {
    expect(counterpartRecord(history, { marketplace: 'ozon', recipient: 'seller', seller: 'ООО «Ромашка»' })).toEqual({
      sent: 5,
      answered: 3,
      // 1, 3 and 8 days from the first sending (the follow-up does not restart the count).
      medianDays: 3,
      resolved: 1,
      escalated: 1,
      closed: 1,
      waiting: 1,
    });
  });

  it('the median of an even count is the middle two’s mean; support is its own record', () => {
    const two = history.filter((i) => i.id === 'a' || i.id === 'b');
    expect(counterpartRecord(two, { marketplace: 'ozon', recipient: 'seller', seller: 'ооо «ромашка»' })?.medianDays).toBe(2);
    expect(counterpartRecord(history, { marketplace: 'ozon', recipient: 'support' })).toEqual({
      sent: 1,
      answered: 1,
      medianDays: 0.5,
      resolved: 0,
      escalated: 0,
      closed: 0,
      waiting: 0,
    });
  });

  it('says nothing of a seller never written to, of one without a name, or of unanswered ones' + ' with a median', () => {
    expect(counterpartRecord(history, { marketplace: 'ozon', recipient: 'seller', seller: 'ООО «Лютик»' })).toBeUndefined();
    expect(counterpartRecord(history, { marketplace: 'ozon', recipient: 'seller', seller: '  ' })).toBeUndefined();
    const unanswered = counterpartRecord(history, { marketplace: 'ozon', recipient: 'seller', seller: 'ИП Иванов' });
    expect(unanswered).toEqual({ sent: 1, answered: 0, resolved: 0, escalated: 0, closed: 0, waiting: 1 });
  });

  it('compares names case and spacing aside', () => {
    expect(sellerKey(' ООО\u00a0 «Ромашка» ')).toBe(sellerKey('ооо «ромашка»'));
    expect(sellerKey('Ромашка')).not.toBe(sellerKey('ООО «Ромашка»'));
  });
});
