/**
 * The forms an inquiry's actions open: a reply with its date, a note, the follow-up to copy and mark sent.
 */
import { useState } from 'preact/hooks';
import type { Inquiry } from '@/utils/inquiries/model';
import { LIMITS } from '@/utils/inquiries/limits';
import { now as clockNow } from '@/utils/storage/clock';
import { followUpMessage, type Profile } from '@/utils/templates';
import { Icon } from './Icon';
import { useLanguage, useT } from './settings';

export function TextForm({ label, withDate, minDate, testid, onSave, onCancel }: {
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
export function localInput(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function FollowUp({ inquiry, profile, onCopy, onSent }: {
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
