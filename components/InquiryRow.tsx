/**
 * One saved inquiry in a list (the popup, the history page): where it stands, when an answer is due, and
 * what can be done with it now. Everything is rendered as text.
 */
import { moscowDate } from '@/utils/calendar';
import type { Inquiry } from '@/utils/inquiries/model';
import { isAwaitingReply, isOverdue, type InquiryAction } from '@/utils/inquiries/lifecycle';
import type { Profile } from '@/utils/templates';
import { Icon } from './Icon';
import { InquiryActions } from './InquiryActions';
import { webHref } from '@/utils/platform/links';
import { MARKETPLACES } from '@/utils/marketplaces/facts';
import { StatusChip } from './StatusChip';
import { useT, useFormat } from './settings';

interface Props {
  inquiry: Inquiry;
  now: number;
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

export function InquiryRow({ inquiry, now, profile, onAction, onDelete, onCopy, selected, caseLink, titleLinksToCase }: Props) {
  const t = useT();
  const format = useFormat();
  const { fields } = inquiry;
  const about = [
    fields.orderId && t('popupOrder', fields.orderId),
    fields.article && t('popupArticle', fields.article),
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
          {t(MARKETPLACES[inquiry.marketplace].label)} ·{' '}
          <time dateTime={new Date(inquiry.createdAt).toISOString()}>{format.dateTime(inquiry.createdAt, true)}</time>
        </span>
        <StatusChip status={inquiry.status} testid="mh-inquiry-status" />
      </div>
      <div class="inquiry-title-row">
        <div class="inquiry-title" data-testid="mh-inquiry-title">
          {titleLinksToCase ? (
            <a href={`#${encodeURIComponent(inquiry.id)}`}>{title}</a>
          ) : caseLink ? (
            // From the popup, the title opens the case file in a tab of its own.
            <a href={`/cases.html#${encodeURIComponent(inquiry.id)}`} target="_blank" data-testid="mh-inquiry-case" title={t('openCase')}>
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
              aria-label={t('popupOpenPage')}
              title={t('popupOpenPage')}
            >
              <Icon name="external" />
            </a>
          )}
          {onDelete && (
            <button
              type="button"
              class="quiet danger small icon-only"
              data-testid="mh-inquiry-delete"
              aria-label={t('popupDelete')}
              title={t('popupDelete')}
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
      <DueLine inquiry={inquiry} overdue={overdue} awaiting={awaiting} />
      {onAction && (
        <InquiryActions
          inquiry={inquiry}
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
export function DueLine({ inquiry, overdue, awaiting }: { inquiry: Inquiry; overdue: boolean; awaiting: boolean; }) {
  const t = useT();
  const format = useFormat();
  if (!overdue && !awaiting) return null;
  const note = [
    inquiry.dueIsDefault ? t('popupDueDefault') : '',
    inquiry.dueApproximate ? t('popupDueApproximate') : '',
  ].filter(Boolean).join(' ');
  const date = format.date(moscowDate(inquiry.dueAt!));
  return (
    <p class={overdue ? 'due overdue-note' : 'due'} data-testid={overdue ? 'mh-overdue' : 'mh-awaiting'}>
      <Icon name={overdue ? 'alert' : 'clock'} />
      <span>
        {t(overdue ? 'popupOverdue' : 'popupAwaiting', date)}
        {note && <span class="muted"> {note}</span>}
      </span>
    </p>
  );
}
