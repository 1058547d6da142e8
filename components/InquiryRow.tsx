/**
 * One saved inquiry in a list (the popup, the history page): where it stands, when an answer is due, and
 * what can be done with it now. Everything is rendered as text.
 */
import { now as clockNow } from '../utils/storage/clock';
import { useState } from 'preact/hooks';
import { moscowDate } from '../utils/calendar';
import { formatDate, formatDateTime, t, type Language } from '../utils/platform/i18n';
import type { Inquiry } from '../utils/inquiries/model';
import { allowedActions, isAwaitingReply, isOverdue, type InquiryAction } from '../utils/inquiries/lifecycle';
import { followUpMessage, type Profile } from '../utils/templates';
import { MARKETPLACE_LABEL, STATUS_LABEL } from './labels';
import { webHref } from '../utils/platform/links';
import { LIMITS } from '../utils/inquiries/schemas';

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
  const [form, setForm] = useState<'reply' | 'note' | 'follow-up' | undefined>(undefined);
  const { fields } = inquiry;
  const about = [
    fields.orderId && t('popupOrder', language, fields.orderId),
    fields.article && t('popupArticle', language, fields.article),
  ].filter(Boolean);
  const overdue = isOverdue(inquiry, now);
  const awaiting = isAwaitingReply(inquiry, now);
  const allowed = allowedActions(inquiry.status);
  // A form closes only once what it holds is saved: a failure leaves the text where it was typed.
  const act = async (action: InquiryAction) => {
    const recorded = await onAction?.(inquiry, action);
    if (recorded !== false) setForm(undefined);
  };
  const dueNote = [
    inquiry.dueIsDefault ? t('popupDueDefault', language) : '',
    inquiry.dueApproximate ? t('popupDueApproximate', language) : '',
  ].filter(Boolean).join(' ');

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
        <span class="inquiry-market">{t(MARKETPLACE_LABEL[inquiry.marketplace], language)}</span>
        <span class={`inquiry-status status-${inquiry.status}`} data-testid="mh-inquiry-status">
          {t(STATUS_LABEL[inquiry.status], language)}
        </span>
      </div>
      <div class="inquiry-title" data-testid="mh-inquiry-title">
        {titleLinksToCase ? <a href={`#${encodeURIComponent(inquiry.id)}`}>{fields.title || inquiry.subject}</a> : fields.title || inquiry.subject}
      </div>
      <div class="inquiry-meta">
        {about.length > 0 && <span data-testid="mh-inquiry-about">{about.join(' · ')}</span>}
        <time dateTime={new Date(inquiry.createdAt).toISOString()}>{formatDateTime(inquiry.createdAt, language)}</time>
      </div>
      {overdue && (
        <p class="due overdue-note" data-testid="mh-overdue">
          {t('popupOverdue', language, formatDate(moscowDate(inquiry.dueAt!), language))} {dueNote}
        </p>
      )}
      {awaiting && (
        <p class="due" data-testid="mh-awaiting">
          {t('popupAwaiting', language, formatDate(moscowDate(inquiry.dueAt!), language))} {dueNote}
        </p>
      )}
      {onAction && (
        <div class="inquiry-actions">
          {allowed.includes('mark-sent') && inquiry.channel && (
            <button type="button" class="link" data-testid="mh-action-mark-sent" onClick={() => act({ type: 'mark-sent' })}>
              {t('actionMarkSent', language)}
            </button>
          )}
          {allowed.includes('reply') && (
            <button type="button" class="link" data-testid="mh-action-reply" onClick={() => setForm('reply')}>
              {t('actionReply', language)}
            </button>
          )}
          {(inquiry.status === 'sent' || inquiry.status === 'escalated') && (
            <button type="button" class="link" data-testid="mh-action-follow-up" onClick={() => setForm('follow-up')}>
              {t('actionFollowUp', language)}
            </button>
          )}
          {allowed.includes('resolve') && (
            <button type="button" class="link" data-testid="mh-action-resolve" onClick={() => act({ type: 'resolve' })}>
              {t('actionResolve', language)}
            </button>
          )}
          {allowed.includes('close') && (
            <button type="button" class="link" data-testid="mh-action-close" onClick={() => act({ type: 'close' })}>
              {t('actionClose', language)}
            </button>
          )}
          {allowed.includes('reopen') && (
            <button type="button" class="link" data-testid="mh-action-reopen" onClick={() => act({ type: 'reopen' })}>
              {t('actionReopen', language)}
            </button>
          )}
          <button type="button" class="link" data-testid="mh-action-note" onClick={() => setForm('note')}>
            {t('actionNote', language)}
          </button>
        </div>
      )}
      {form === 'reply' && (
        <TextForm
          language={language}
          label={t('replyText', language)}
          withDate
          testid="mh-reply"
          onCancel={() => setForm(undefined)}
          minDate={inquiry.sentAt}
          onSave={(text, date) => act({ type: 'reply', text, receivedAt: date ? new Date(date).getTime() : clockNow() })}
        />
      )}
      {form === 'note' && (
        <TextForm
          language={language}
          label={t('noteText', language)}
          testid="mh-note"
          onCancel={() => setForm(undefined)}
          onSave={(text) => act({ type: 'note', text })}
        />
      )}
      {form === 'follow-up' && (
        <FollowUp inquiry={inquiry} language={language} profile={profile} onCopy={onCopy} onSent={() => act({ type: 'mark-sent' })} />
      )}
      <div class="inquiry-actions">
        {caseLink && (
          <a href={`/cases.html#${encodeURIComponent(inquiry.id)}`} target="_blank" data-testid="mh-inquiry-case">
            {t('openCase', language)}
          </a>
        )}
        {webHref(inquiry.pageUrl) && (
          <a href={webHref(inquiry.pageUrl)} target="_blank" rel="noopener noreferrer" data-testid="mh-inquiry-open">
            {t('popupOpenPage', language)}
          </a>
        )}
        {onDelete && (
          <button type="button" class="link" data-testid="mh-inquiry-delete" onClick={() => onDelete(inquiry)}>
            {t('popupDelete', language)}
          </button>
        )}
      </div>
    </li>
  );
}

function TextForm({ language, label, withDate, minDate, testid, onSave, onCancel }: {
  language: Language;
  label: string;
  withDate?: boolean;
  /** The reply cannot have come before the inquiry was sent. */
  minDate?: number;
  testid: string;
  onSave: (text: string, date?: string) => void;
  onCancel: () => void;
}) {
  const [text, setText] = useState('');
  const [date, setDate] = useState('');
  return (
    <form
      class="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) onSave(text, date || undefined);
      }}
    >
      <label>
        {label}
        <textarea data-testid={`${testid}-text`} rows={3} maxLength={LIMITS.reply} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      {withDate && (
        <label>
          {t('replyDate', language)}
          <input
            data-testid={`${testid}-date`}
            type="datetime-local"
            min={minDate ? localInput(minDate) : undefined}
            max={localInput(clockNow())}
            value={date}
            onInput={(e) => setDate(e.currentTarget.value)}
          />
        </label>
      )}
      <div class="inquiry-actions">
        <button type="submit" data-testid={`${testid}-save`} disabled={!text.trim()}>
          {t('formSave', language)}
        </button>
        <button type="button" class="link" onClick={onCancel}>
          {t('formCancel', language)}
        </button>
      </div>
    </form>
  );
}

/** A moment as a datetime-local input holds it, in the browser's time zone. */
function localInput(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function FollowUp({ inquiry, language, profile, onCopy, onSent }: {
  inquiry: Inquiry;
  language: Language;
  profile?: Profile;
  onCopy?: (text: string) => void;
  onSent: () => void;
}) {
  const message = followUpMessage({
    subject: inquiry.subject,
    fields: inquiry.fields,
    firstSentAt: inquiry.firstSentAt ?? inquiry.createdAt,
    profile,
    language,
  });
  return (
    <div class="inline-form" data-testid="mh-follow-up">
      <p class="muted">{t('followUpTitle', language)}</p>
      <textarea data-testid="mh-follow-up-text" rows={7} readOnly value={message.body} />
      <div class="inquiry-actions">
        <button type="button" data-testid="mh-follow-up-copy" onClick={() => onCopy?.(message.body)}>
          {t('followUpCopy', language)}
        </button>
        <button type="button" class="link" data-testid="mh-follow-up-sent" onClick={onSent}>
          {t('followUpSent', language)}
        </button>
      </div>
    </div>
  );
}
