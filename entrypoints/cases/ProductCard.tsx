/**
 * What the product page said of the product when the inquiry was saved: the evidence of what was sold,
 * should the seller change the card afterwards — the title, price and seller of that reading (the
 * inquiry's context) and the card's text. Everything is rendered as text (Preact escapes it).
 */
import type { ProductCard as Card } from '@/utils/inquiries/model';
import type { PageContext } from '@/utils/marketplaces/types';
import { useT, useFormat } from '@/components/settings';

export function ProductCard({ card, context }: { card: Card; context: PageContext }) {
  const t = useT();
  const format = useFormat();
  const rows: [string, string, string][] = [];
  if (context.title) rows.push(['title', t('fieldTitle'), context.title]);
  if (context.price !== undefined) rows.push(['price', t('fieldPrice'), format.price(context.price, context.currency)]);
  if (context.seller) rows.push(['seller', t('fieldSeller'), context.seller]);
  return (
    <section class="case-section case-card" data-testid="mh-case-card" data-captured-at={new Date(card.capturedAt).toISOString()}>
      <h3>{t('historyCard')}</h3>
      <p class="muted">
        <time dateTime={new Date(card.capturedAt).toISOString()}>{t('historyCardCaptured', format.dateTime(card.capturedAt))}</time>
      </p>
      {rows.length > 0 && (
        <dl class="mh-fields">
          {rows.map(([key, label, value]) => (
            <div class="mh-field" key={key}>
              <dt>{label}</dt>
              <dd data-testid={`mh-case-card-${key}`}>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      {card.text ? (
        <details class="case-card-text">
          <summary>{t('historyCardText')}</summary>
          <pre class="case-message" data-testid="mh-case-card-text">{card.text}</pre>
        </details>
      ) : (
        <p class="muted">{t('historyCardNoText')}</p>
      )}
    </section>
  );
}
