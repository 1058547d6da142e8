/**
 * One saved inquiry in a list (the popup, the history page), compact: its status (an overdue one as overdue),
 * title, when the answer is due, the reply's first words, its one next step and a "⋯" menu for the rest,
 * then the page's link and the deletion. Everything is rendered as text.
 */
import type { Inquiry } from '@/utils/inquiries/model';
import type { InquiryAction } from '@/utils/inquiries/lifecycle';
import type { NextStep } from '@/utils/inquiries/next-step';
import type { Profile } from '@/utils/templates';
import { webHref } from '@/utils/platform/links';
import { MARKETPLACES } from '@/utils/marketplaces/facts';
import { DueLine } from './DueLine';
import { ClockLine } from './PlatformClock';
import type { LadderClock } from '@/utils/inquiries/ladder';
import { Icon } from './Icon';
import { InquiryActions } from './InquiryActions';
import { StatusChip } from './StatusChip';
import { useT, useFormat } from './settings';

interface Props {
  inquiry: Inquiry;
  next: NextStep;
  /** The last reply recorded, when there is one. */
  reply?: string;
  profile?: Profile;
  /** Resolves true when the action was recorded. */
  onAction?: (inquiry: Inquiry, action: InquiryAction) => Promise<boolean> | void;
  onDelete?: (inquiry: Inquiry) => void;
  onCopy?: (text: string) => void;
  /** The marketplace's clock running now, shown under the due line (the popup). */
  clock?: LadderClock;
  /** This is the inquiry shown beside the list (history page). */
  selected?: boolean;
  /** Link to the inquiry's case file on the history page (from the popup: a new tab). */
  caseLink?: boolean;
  /** On the history page: the title opens the case file beside the list. */
  titleLinksToCase?: boolean;
}

export function InquiryRow({ inquiry, next, reply, clock, profile, onAction, onDelete, onCopy, selected, caseLink, titleLinksToCase }: Props) {
  const t = useT();
  const format = useFormat();
  const { fields } = inquiry;
  const about = [fields.orderId && t('popupOrder', fields.orderId), fields.article && t('popupArticle', fields.article)].filter(Boolean);
  const title = fields.title || inquiry.subject;
  const id = encodeURIComponent(inquiry.id);
  // From the popup the case file and the escalation open in a tab of their own; on the history page, beside the list.
  const escalation = titleLinksToCase ? 'here' : caseLink ? 'new-tab' : undefined;

  const tools = (
    <span class="inquiry-tools">
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
    </span>
  );

  return (
    <li
      class={['inquiry', next.overdue && 'overdue', selected && 'selected'].filter(Boolean).join(' ')}
      aria-current={selected ? 'true' : undefined}
      data-testid="mh-inquiry"
      data-id={inquiry.id}
      data-status={inquiry.status}
      data-overdue={String(next.overdue)}
      data-group={next.group}
      data-step={next.step ?? ''}
    >
      <div class="inquiry-head">
        <StatusChip status={inquiry.status} overdue={next.overdue} testid="mh-inquiry-status" />
        <span class="inquiry-market">
          {t(MARKETPLACES[inquiry.marketplace].label)} ·{' '}
          <time dateTime={new Date(inquiry.createdAt).toISOString()}>{format.dateTime(inquiry.createdAt, true)}</time>
          {about.length > 0 && <> · <span data-testid="mh-inquiry-about">{about.join(' · ')}</span></>}
        </span>
      </div>
      <div class="inquiry-title" data-testid="mh-inquiry-title">
        {titleLinksToCase ? (
          <a href={`#${id}`}>{title}</a>
        ) : caseLink ? (
          <a href={`/cases.html#${id}`} target="_blank" data-testid="mh-inquiry-case" title={t('openCase')}>
            {title}
          </a>
        ) : (
          title
        )}
      </div>
      <DueLine inquiry={inquiry} next={next} />
      {clock && <ClockLine clock={clock} />}
      {reply && (
        <p class="inquiry-reply" data-testid="mh-inquiry-reply">
          {t('replyExcerpt', reply)}
        </p>
      )}
      {onAction ? (
        <InquiryActions
          inquiry={inquiry}
          next={next}
          profile={profile}
          onAction={(action) => onAction(inquiry, action)}
          onCopy={onCopy}
          escalation={escalation}
          compact
        >
          {tools}
        </InquiryActions>
      ) : (
        tools
      )}
    </li>
  );
}
