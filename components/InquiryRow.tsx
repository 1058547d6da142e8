/**
 * One saved inquiry in a list (the popup, the history page): where it stands, when an answer is due, and
 * what can be done with it now. Everything is rendered as text.
 */
import { moscowDate } from '@/utils/calendar';
import { formatDate, formatDateTime, t, type Language } from '@/utils/platform/i18n';
import type { Inquiry } from '@/utils/inquiries/model';
import { isAwaitingReply, isOverdue, type InquiryAction } from '@/utils/inquiries/lifecycle';
import type { Profile } from '@/utils/templates';
import { Icon } from './Icon';
import { InquiryActions } from './InquiryActions';
import { webHref } from '@/utils/platform/links';
import { MARKETPLACE_LABEL } from './labels';
import { StatusChip } from './StatusChip';

interface Props {
  inquiry: Inquiry;
  now: number;
  language?: Language;
  profile?: Profile;
  /** Resolves true when the action was recorded. */
  onAction?: (inquiry: Inquiry, action: InquiryAction) => Promise<boolean> | void;
  onDelete?: (inquiry: Inquiry) => void;
  onCopy?: (text: string) => void;
  /** This is the inquiry shown beside the list (history page). */
  selected?: boolean;
  /** Link to the inquiry's case file on the history page (from the popup: a new tab). */
  caseLink?: boolean;
  /** On the history page: the title opens the case file beside the list. */
  titleLinksToCase?: boolean;
}

export function InquiryRow({ inquiry, now, language = 'ru', profile, onAction, onDelete, onCopy, selected, caseLink, titleLinksToCase }: Props) {
  const { fields } = inquiry;
  const about = [
    fields.orderId && t('popupOrder', language, fields.orderId),
    fields.article && t('popupArticle', language, fields.article),
  ].filter(Boolean);
  const overdue = isOverdue(inquiry, now);
  const awaiting = isAwaitingReply(inquiry, now);
  const title = fields.title || inquiry.subject;

  return (
    <li
      class={['inquiry', overdue && 'overdue', selected && 'selected'].filter(Boolean).join(' ')}
      aria-current={selected ? 'true' : undefined}
      data-testid="mh-inquiry"
      data-id={inquiry.id}
      data-status={inquiry.status}
      data-overdue={String(overdue)}
    >
      <div class="inquiry-head">
        <span class="inquiry-market">
          {t(MARKETPLACE_LABEL[inquiry.marketplace], language)} ·{' '}
          <time dateTime={new Date(inquiry.createdAt).toISOString()}>{formatDateTime(inquiry.createdAt, language, true)}</time>
        </span>
        <StatusChip status={inquiry.status} language={language} testid="mh-inquiry-status" />
      </div>
      <div class="inquiry-title-row">
        <div class="inquiry-title" data-testid="mh-inquiry-title">
          {titleLinksToCase ? (
            <a href={`#${encodeURIComponent(inquiry.id)}`}>{title}</a>
          ) : caseLink ? (
            // From the popup, the title opens the case file in a tab of its own.
            <a href={`/cases.html#${encodeURIComponent(inquiry.id)}`} target="_blank" data-testid="mh-inquiry-case" title={t('openCase', language)}>
              {title}
            </a>
          ) : (
            title
          )}
        </div>
        <div class="inquiry-tools">
          {webHref(inquiry.pageUrl) && (
            <a
              class="button quiet small icon-only"
              href={webHref(inquiry.pageUrl)}
              target="_blank"
              rel="noopener noreferrer"
              data-testid="mh-inquiry-open"
              aria-label={t('popupOpenPage', language)}
              title={t('popupOpenPage', language)}
            >
              <Icon name="external" />
            </a>
          )}
          {onDelete && (
            <button
              type="button"
              class="quiet danger small icon-only"
              data-testid="mh-inquiry-delete"
              aria-label={t('popupDelete', language)}
              title={t('popupDelete', language)}
              onClick={() => onDelete(inquiry)}
            >
              <Icon name="trash" />
            </button>
          )}
        </div>
      </div>
      {about.length > 0 && (
        <div class="inquiry-meta">
          <span data-testid="mh-inquiry-about">{about.join(' · ')}</span>
        </div>
      )}
      <DueLine inquiry={inquiry} overdue={overdue} awaiting={awaiting} language={language} />
      {onAction && (
        <InquiryActions
          inquiry={inquiry}
          language={language}
          profile={profile}
          onAction={(action) => onAction(inquiry, action)}
          onCopy={onCopy}
          compact
        />
      )}
    </li>
  );
}

/** When the answer is due, or that it is overdue: a line with a clock, red once the time has passed. */
export function DueLine({ inquiry, overdue, awaiting, language }: { inquiry: Inquiry; overdue: boolean; awaiting: boolean; language: Language }) {
  if (!overdue && !awaiting) return null;
  const note = [
    inquiry.dueIsDefault ? t('popupDueDefault', language) : '',
    inquiry.dueApproximate ? t('popupDueApproximate', language) : '',
  ].filter(Boolean).join(' ');
  const date = formatDate(moscowDate(inquiry.dueAt!), language);
  return (
    <p class={overdue ? 'due overdue-note' : 'due'} data-testid={overdue ? 'mh-overdue' : 'mh-awaiting'}>
      <Icon name={overdue ? 'alert' : 'clock'} />
      <span>
        {t(overdue ? 'popupOverdue' : 'popupAwaiting', language, date)}
        {note && <span class="muted"> {note}</span>}
      </span>
    </p>
  );
}
