/**
 * What the product page said of the product when the inquiry was saved: the evidence of what was sold,
 * should the seller change the card afterwards. Everything is rendered as text (Preact escapes it).
 */
import type { ProductCard as Card } from '@/utils/inquiries/model';
import { formatDateTime, formatPrice, t, type Language } from '@/utils/platform/i18n';

export function ProductCard({ card, language }: { card: Card; language: Language }) {
  const rows: [string, string, string][] = [];
  if (card.title) rows.push(['title', t('fieldTitle', language), card.title]);
  if (card.price !== undefined) rows.push(['price', t('fieldPrice', language), formatPrice(card.price, card.currency, language)]);
  if (card.seller) rows.push(['seller', t('fieldSeller', language), card.seller]);
  return (
    <section class="case-section case-card" data-testid="mh-case-card" data-captured-at={new Date(card.capturedAt).toISOString()}>
      <h3>{t('historyCard', language)}</h3>
      <p class="muted">
        <time dateTime={new Date(card.capturedAt).toISOString()}>{t('historyCardCaptured', language, formatDateTime(card.capturedAt, language))}</time>
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
          <summary>{t('historyCardText', language)}</summary>
          <pre class="case-message" data-testid="mh-case-card-text">{card.text}</pre>
        </details>
      ) : (
        <p class="muted">{t('historyCardNoText', language)}</p>
      )}
    </section>
  );
}
