/**
 * What can be done with an inquiry now, as buttons: the one next step primary (mark a draft sent, record
 * the reply awaited, call an answered question solved), the others secondary, and the forms they open —
 * a reply with its date, a note, the follow-up to copy. Shared by the list's rows and the case file.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Inquiry, InquiryStatus } from '@/utils/inquiries/model';
import { allowedActions, type InquiryAction } from '@/utils/inquiries/lifecycle';
import { type MessageKey } from '@/utils/platform/i18n';
import { now as clockNow } from '@/utils/storage/clock';
import { followUpMessage, type Profile } from '@/utils/templates';
import { Icon, type IconName } from './Icon';
import { LIMITS } from '@/utils/inquiries/limits';
import { useT, useLanguage } from './settings';

interface Props {
  inquiry: Inquiry;
  profile?: Profile;
  /** Resolves true when the action was recorded. */
  onAction: (action: InquiryAction) => Promise<boolean> | void;
  onCopy?: (text: string) => void;
  /** Small buttons, for a row in a list. */
  compact?: boolean;
  /** More actions at the end of the row (the case file's claim and page). */
  children?: ComponentChildren;
}

type Step = 'mark-sent' | 'reply' | 'follow-up' | 'resolve' | 'reopen' | 'note' | 'close';

const STEP: Record<Step, { label: MessageKey; icon: IconName }> = {
  'mark-sent': { label: 'actionMarkSent', icon: 'send' },
  reply: { label: 'actionReply', icon: 'reply' },
  'follow-up': { label: 'actionFollowUp', icon: 'bell' },
  resolve: { label: 'actionResolve', icon: 'check' },
  reopen: { label: 'actionReopen', icon: 'reopen' },
  note: { label: 'actionNote', icon: 'note' },
  close: { label: 'actionClose', icon: 'close' },
};

/** The primary step of each status: what the shopper most likely does next. */
const NEXT: Record<InquiryStatus, Step | undefined> = {
  'not-sent': 'mark-sent',
  sent: 'reply',
  escalated: 'reply',
  answered: 'resolve',
  resolved: undefined,
  closed: undefined,
};

/** The steps offered, in order. A sent inquiry is sent again through its follow-up, not a second "sent". */
export function stepsFor(inquiry: Inquiry): Step[] {
  const allowed = allowedActions(inquiry.status);
  const awaiting = inquiry.status === 'sent' || inquiry.status === 'escalated';
  const steps: Step[] = [];
  if (allowed.includes('mark-sent') && inquiry.channel && !awaiting) steps.push('mark-sent');
  if (allowed.includes('reply')) steps.push('reply');
  if (awaiting) steps.push('follow-up');
  if (allowed.includes('resolve')) steps.push('resolve');
  if (allowed.includes('reopen')) steps.push('reopen');
  steps.push('note');
  if (allowed.includes('close')) steps.push('close');
  const next = NEXT[inquiry.status];
  return next && steps.includes(next) ? [next, ...steps.filter((s) => s !== next)] : steps;
}

export function InquiryActions({ inquiry, profile, onAction, onCopy, compact, children }: Props) {
  const t = useT();
  const [form, setForm] = useState<'reply' | 'note' | 'follow-up' | undefined>(undefined);
  // A form closes only once what it holds is saved: a failure leaves the text where it was typed.
  const act = async (action: InquiryAction) => {
    const recorded = await onAction(action);
    if (recorded !== false) setForm(undefined);
  };
  const run = (step: Step) => {
    if (step === 'reply' || step === 'note' || step === 'follow-up') setForm(form === step ? undefined : step);
    else void act({ type: step });
  };
  const steps = stepsFor(inquiry);
  const next = NEXT[inquiry.status];
  const size = compact ? ' small' : '';

  return (
    <div class="inquiry-actions">
      <div class="actions">
        {steps.map((step) => (
          <button
            key={step}
            type="button"
            class={`${step === next ? 'primary' : step === 'close' ? 'quiet' : ''}${size}`}
            data-testid={`mh-action-${step}`}
            aria-expanded={step === 'reply' || step === 'note' || step === 'follow-up' ? form === step : undefined}
            onClick={() => run(step)}
          >
            <Icon name={STEP[step].icon} />
            {t(STEP[step].label)}
          </button>
        ))}
        {children}
      </div>
      {form === 'reply' && (
        <TextForm
          label={t('replyText')}
          withDate
          testid="mh-reply"
          onCancel={() => setForm(undefined)}
          minDate={inquiry.sentAt}
          onSave={(text, date) => act({ type: 'reply', text, receivedAt: date ? new Date(date).getTime() : clockNow() })}
        />
      )}
      {form === 'note' && (
        <TextForm
          label={t('noteText')}
          testid="mh-note"
          onCancel={() => setForm(undefined)}
          onSave={(text) => act({ type: 'note', text })}
        />
      )}
      {form === 'follow-up' && (
        <FollowUp inquiry={inquiry} profile={profile} onCopy={onCopy} onSent={() => act({ type: 'mark-sent' })} />
      )}
    </div>
  );
}

function TextForm({ label, withDate, minDate, testid, onSave, onCancel }: {
  label: string;
  withDate?: boolean;
  /** The reply cannot have come before the inquiry was sent. */
  minDate?: number;
  testid: string;
  onSave: (text: string, date?: string) => void;
  onCancel: () => void;
}) {
  const t = useT();
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
          {t('replyDate')}
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
      <div class="actions">
        <button type="submit" class="small" data-testid={`${testid}-save`} disabled={!text.trim()}>
          {t('formSave')}
        </button>
        <button type="button" class="quiet small" onClick={onCancel}>
          {t('formCancel')}
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

function FollowUp({ inquiry, profile, onCopy, onSent }: {
  inquiry: Inquiry;
  profile?: Profile;
  onCopy?: (text: string) => void;
  onSent: () => void;
}) {
  const language = useLanguage();
  const t = useT();
  const message = followUpMessage({
    subject: inquiry.subject,
    fields: inquiry.fields,
    firstSentAt: inquiry.firstSentAt ?? inquiry.createdAt,
    profile,
    language,
  });
  return (
    <div class="inline-form" data-testid="mh-follow-up">
      <p class="muted" id={`mh-follow-up-title-${inquiry.id}`}>{t('followUpTitle')}</p>
      <textarea
        data-testid="mh-follow-up-text"
        rows={7}
        readOnly
        value={message.body}
        aria-labelledby={`mh-follow-up-title-${inquiry.id}`}
      />
      <div class="actions">
        <button type="button" class="small" data-testid="mh-follow-up-copy" onClick={() => onCopy?.(message.body)}>
          <Icon name="copy" />
          {t('followUpCopy')}
        </button>
        <button type="button" class="primary small" data-testid="mh-follow-up-sent" onClick={onSent}>
          {t('followUpSent')}
        </button>
      </div>
    </div>
  );
}
