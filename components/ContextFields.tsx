/**
 * What was read from a page, as a definition list. Every value is rendered as text (Preact escapes it),
 * and each field carries its `data-testid` and machine-form `data-value` (the automation hooks).
 */
import type { PageContext } from '@/utils/marketplaces/types';
import { moscowDate } from '@/utils/calendar/moscow';
import { now } from '@/utils/storage/clock';
import { addDays, daysBetween, onWorkingDay } from '@/utils/calendar';
import { foreignOzon } from '@/utils/escalation/foreign';
import { sellerPage } from '@/utils/marketplaces/addresses';
import { useT, useFormat } from './settings';

interface Props {
  context: PageContext;
  /** Today (YYYY-MM-DD, Moscow), for the return window; the extension's clock by default. */
  today?: string;
}

/** The seven days of art. 26.1 from the delivery date, where Russian law applies. */
function ReturnWindow({ context, today }: { context: PageContext; today: string }) {
  const t = useT();
  const format = useFormat();
  if (context.kind !== 'order' || !context.deliveredDate || foreignOzon(context.url)) return null;
  // The shorter of art. 26.1's two windows, seven days moved off a day off (ГК ст. 193), worked out with the
  // calendar alone so that the panel carries none of the escalation's law; its passed text names the three months.
  const window = returnWindow(context.deliveredDate, today);
  const text = window.passed
    ? t('returnWindowPassed', format.date(window.date))
    : window.daysLeft === 0
      ? t('returnWindowLast')
      : t('returnWindowLeft', window.daysLeft, format.date(window.date));
  return (
    <p class="mh-note" data-testid="mh-return-window" data-value={String(window.daysLeft)} data-date={window.date}>
      {text}
    </p>
  );
}

/** Seven days from delivery, the last one moved to a working day: the same date the escalation's table gives. */
export function returnWindow(delivered: string, today: string): { date: string; daysLeft: number; passed: boolean } {
  const { date } = onWorkingDay(addDays(delivered, 7));
  const daysLeft = daysBetween(today, date);
  return { date, daysLeft, passed: daysLeft < 0 };
}

export function ContextFields({ context, today = moscowDate(now()) }: Props) {
  const t = useT();
  const format = useFormat();
  const rows = [];
  if (context.article) {
    rows.push(
      <Row label={t('fieldArticle')} key="article">
        <span data-testid="mh-article" data-value={context.article}>{context.article}</span>
      </Row>,
    );
  }
  if (context.productId) {
    rows.push(
      <Row label={t('fieldProductId')} key="productId">
        <span data-testid="mh-product-id" data-value={context.productId}>{context.productId}</span>
      </Row>,
    );
  }
  if (context.title) {
    rows.push(
      <Row label={t('fieldTitle')} key="title">
        <span data-testid="mh-title" data-value={context.title}>{context.title}</span>
      </Row>,
    );
  }
  if (context.seller) {
    rows.push(
      <Row label={t('fieldSeller')} key="seller">
        <span data-testid="mh-seller" data-value={context.seller}>
          {sellerPage(context) ? (
            // A new tab, never this one: in the panel's frame a link without a target would navigate the
            // frame itself, to a page of the marketplace's origin that could then reach into the panel.
            <a data-testid="mh-seller-link" data-value={context.sellerUrl} href={sellerPage(context)} target="_blank" rel="noopener noreferrer">
              {context.seller}
            </a>
          ) : (
            context.seller
          )}
        </span>
      </Row>,
    );
  }
  if (context.price !== undefined) {
    rows.push(
      <Row label={t('fieldPrice')} key="price">
        <span data-testid="mh-price" data-value={String(context.price)}>
          {format.price(context.price, context.currency)}
        </span>
        {context.currency && <span data-testid="mh-currency" data-value={context.currency} hidden />}
      </Row>,
    );
  }
  if (context.orderId) {
    rows.push(
      <Row label={t('fieldOrderId')} key="orderId">
        <span data-testid="mh-order-id" data-value={context.orderId}>{context.orderId}</span>
      </Row>,
    );
  }
  if (context.orderDate) {
    rows.push(
      <Row label={t('fieldOrderDate')} key="orderDate">
        <span data-testid="mh-order-date" data-value={context.orderDate}>{format.date(context.orderDate)}</span>
      </Row>,
    );
  }
  if (context.orderStatus) {
    rows.push(
      <Row label={t('fieldOrderStatus')} key="orderStatus">
        <span data-testid="mh-order-status" data-value={context.orderStatus}>{context.orderStatus}</span>
      </Row>,
    );
  }
  if (context.deliveredDate) {
    rows.push(
      <Row label={t('fieldDeliveredDate')} key="deliveredDate">
        <span data-testid="mh-delivered-date" data-value={context.deliveredDate}>{format.date(context.deliveredDate)}</span>
        <ReturnWindow context={context} today={today} />
      </Row>,
    );
  }
  if (context.items?.length) {
    rows.push(
      <Row label={t('fieldItems')} key="items">
        <ul class="mh-list">
          {context.items.map((item, i) => (
            <li
              key={i}
              data-testid="mh-item"
              data-article={item.article ?? ''}
              data-value={item.title ?? ''}
              data-order-id={item.orderId ?? ''}
              data-status={item.status ?? ''}
            >
              {item.title}
              {item.article && <span class="mh-muted"> · {t('itemArticle', item.article)}</span>}
              {item.orderId && <span class="mh-muted"> · {t('itemOrder', item.orderId)}</span>}
              {item.status && <span class="mh-muted"> · {item.status}</span>}
            </li>
          ))}
        </ul>
      </Row>,
    );
  }
  if (context.orders?.length) {
    rows.push(
      <Row label={t('fieldOrders')} key="orders">
        <ul class="mh-list">
          {context.orders.map((order) => (
            <li key={order.orderId} data-testid="mh-listed-order" data-value={order.orderId}>
              {order.orderId}
              {order.orderDate && <span class="mh-muted"> · {format.date(order.orderDate)}</span>}
              {order.status && <span class="mh-muted"> · {order.status}</span>}
            </li>
          ))}
        </ul>
      </Row>,
    );
  }
  if (rows.length === 0) return <p class="mh-muted">{t('panelNothingRead')}</p>;
  return <dl class="mh-fields">{rows}</dl>;
}

function Row({ label, children }: { label: string; children: preact.ComponentChildren }) {
  return (
    <div class="mh-field">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
