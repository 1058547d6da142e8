/** What the panel read from the page: one line, opened to the whole reading. */
import { ContextFields } from '@/components/ContextFields';
import { useFormat, useLanguage, useT } from '@/components/settings';
import { READ_LIMITS } from '@/utils/marketplaces/sources/finish';
import type { ContextField, PageContext } from '@/utils/marketplaces/types';
import type { Language, MessageKey } from '@/utils/platform/i18n';

/**
 * What was read from the page, as one line (article · title · seller · price, or order · date · status),
 * opened to check every field; and which fields were too long to read whole.
 */
export function PageRead({ context }: { context: PageContext }) {
  const t = useT();
  const language = useLanguage();
  const line = useReadLine(context);
  return (
    <details class="mh-read" data-testid="mh-read">
      <summary title={t('panelIntro')}>
        <span class="sr-only">{t('panelIntro')} </span>
        <span class="mh-read-line" data-testid="mh-read-line">{line || t('panelNothingRead')}</span>
      </summary>
      {context.cut && context.cut.length > 0 && (
        <p class="mh-note" data-testid="mh-cut" data-value={context.cut.join(' ')}>
          {t('pageFieldsCut', context.cut.map((field) => t(CUT_LABEL[field]).toLowerCase()).join(', '), formatCount(READ_LIMITS.field, language))}
        </p>
      )}
      <ContextFields context={context} />
    </details>
  );
}

/** The name of a field the page wrote too long, as the panel labels it. */
const CUT_LABEL: Record<ContextField, MessageKey> = {
  article: 'fieldArticle',
  productId: 'fieldProductId',
  title: 'fieldTitle',
  seller: 'fieldSeller',
  sellerUrl: 'fieldSeller',
  price: 'fieldPrice',
  currency: 'fieldPrice',
  orderId: 'fieldOrderId',
  orderDate: 'fieldOrderDate',
  orderStatus: 'fieldOrderStatus',
  deliveredDate: 'fieldDeliveredDate',
  items: 'fieldItems',
  orders: 'fieldOrders',
};

function formatCount(count: number, language: Language): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'ru-RU').format(count);
}


/** The reading in one line: what a shopper recognises the product or the order by. */
function useReadLine(context: PageContext): string {
  const t = useT();
  const format = useFormat();
  const parts =
    context.orderId || context.kind === 'order'
      ? [
          context.orderId && t('readLineOrder', context.orderId),
          context.orderDate && format.date(context.orderDate),
          context.orderStatus,
          context.items?.length === 1 ? context.items[0].title : undefined,
        ]
      : [
          context.article && t('readLineArticle', context.article),
          context.title,
          context.seller,
          context.price !== undefined ? format.price(context.price, context.currency) : undefined,
        ];
  return parts.filter((part): part is string => Boolean(part)).join(' · ');
}
