/** What the escalation tests share: a Moscow date at noon, and an answered Ozon order inquiry to vary. */
import type { Inquiry } from '../../utils/inquiries/model';

export const msk = (iso: string) => Date.parse(`${iso}T12:00:00+03:00`);

const ORDER_URL = 'https://www.ozon.ru/my/orderdetails/?order=46206571-0591';

/** Order 46206571-0591 of 17.09.2026, asked about in Ozon's support chat; each test sets what it needs. */
export function orderInquiry(change: Partial<Inquiry> & { title?: string } = {}): Inquiry {
  const { title = 'Чайник электрический 1,7 л, стекло', ...rest } = change;
  return {
    id: 'i1',
    marketplace: 'ozon',
    status: 'answered',
    createdAt: msk('2026-11-02'),
    updatedAt: msk('2026-11-05'),
    pageUrl: ORDER_URL,
    context: { marketplace: 'ozon', kind: 'order', url: ORDER_URL, sources: {} },
    fields: { orderId: '46206571-0591', orderDate: '2026-09-17', article: '555000111', title },
    recipient: 'support',
    topic: 'return',
    channel: 'ozon-support-chat',
    subject: 'Возврат',
    message: 'Здравствуйте',
    language: 'ru',
    ...rest,
  };
}
