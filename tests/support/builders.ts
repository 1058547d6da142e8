/**
 * Test records built in one place: each builder gives a record the schemas accept, and a test changes
 * only the fields it is about (`anInquiry({ status: 'sent' })`).
 */
import type { Inquiry } from '../../utils/inquiries/model';

export const ORDER_URL = 'https://www.ozon.ru/my/orderdetails/?order=46206571-0591';
export const PRODUCT_URL = 'https://www.ozon.ru/product/termokruzhka-987654321/';

/** An unsent question to Ozon's support chat about late order 46206571-0591, made at `createdAt` 1000. */
export function anInquiry(change: Partial<Inquiry> = {}): Inquiry {
  const createdAt = change.createdAt ?? 1000;
  return {
    id: 'i1',
    marketplace: 'ozon',
    pageUrl: ORDER_URL,
    context: { marketplace: 'ozon', kind: 'order', url: ORDER_URL, sources: {} },
    fields: { orderId: '46206571-0591' },
    recipient: 'support',
    topic: 'delivery-late',
    channel: 'ozon-support-chat',
    subject: 'Срок доставки прошёл',
    message: 'Здравствуйте!',
    language: 'ru',
    status: 'not-sent',
    createdAt,
    updatedAt: createdAt,
    ...change,
  };
}

/** An unsent question to the seller about product 987654321, the mug. */
export function aProductInquiry(change: Partial<Inquiry> = {}): Inquiry {
  return anInquiry({
    pageUrl: PRODUCT_URL,
    context: { marketplace: 'ozon', kind: 'product', url: PRODUCT_URL, sources: {} },
    fields: {},
    recipient: 'seller',
    topic: 'product-question',
    channel: 'ozon-seller-question',
    subject: 'Вопрос о товаре',
    ...change,
  });
}
