/** One saved inquiry in a list (the popup, the history page). Everything is rendered as text. */
import { formatDateTime, t, type Language } from '../utils/i18n';
import type { Inquiry } from '../utils/inquiry';
import { MARKETPLACE_LABEL, STATUS_LABEL } from './labels';

interface Props {
  inquiry: Inquiry;
  language?: Language;
  onDelete?: (inquiry: Inquiry) => void;
}

export function InquiryRow({ inquiry, language = 'ru', onDelete }: Props) {
  const { fields } = inquiry;
  const about = [
    fields.orderId && t('popupOrder', language, fields.orderId),
    fields.article && t('popupArticle', language, fields.article),
  ].filter(Boolean);
  return (
    <li class="inquiry" data-testid="mh-inquiry" data-id={inquiry.id} data-status={inquiry.status}>
      <div class="inquiry-head">
        <span class="inquiry-market">{t(MARKETPLACE_LABEL[inquiry.marketplace], language)}</span>
        <span class={`inquiry-status status-${inquiry.status}`} data-testid="mh-inquiry-status">
          {t(STATUS_LABEL[inquiry.status], language)}
        </span>
      </div>
      <div class="inquiry-title" data-testid="mh-inquiry-title">{fields.title || inquiry.subject}</div>
      <div class="inquiry-meta">
        {about.length > 0 && <span data-testid="mh-inquiry-about">{about.join(' · ')}</span>}
        <time dateTime={new Date(inquiry.createdAt).toISOString()}>{formatDateTime(inquiry.createdAt, language)}</time>
      </div>
      <div class="inquiry-actions">
        <a href={inquiry.pageUrl} target="_blank" rel="noopener noreferrer" data-testid="mh-inquiry-open">
          {t('popupOpenPage', language)}
        </a>
        {onDelete && (
          <button type="button" class="link" data-testid="mh-inquiry-delete" onClick={() => onDelete(inquiry)}>
            {t('popupDelete', language)}
          </button>
        )}
      </div>
    </li>
  );
}
