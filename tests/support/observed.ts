import type { PageContext } from '../../utils/marketplaces/types';
import type { Observed } from './pages';

/** A reader's result in the shape the expectations are compared against. */
export function observedFromContext(context: PageContext | null): Observed {
  if (!context) return { kind: null };
  return {
    kind: context.kind,
    article: context.article,
    productId: context.productId,
    title: context.title,
    seller: context.seller,
    sellerUrl: context.sellerUrl,
    price: context.price,
    currency: context.currency,
    orderId: context.orderId,
    orderDate: context.orderDate,
    orderStatus: context.orderStatus,
    deliveredDate: context.deliveredDate,
    items: context.items,
    orders: context.orders?.map((o) => o.orderId),
  };
}
