/**
 * One inquiry's case file: what was read from the page, the message sent, the timeline, the evidence,
 * and a link back to the page. Files are written here, from the extension's page (a runtime message
 * cannot carry them).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { InquiryRow } from '../../components/InquiryRow';
import { allowedActions, type InquiryAction } from '../../utils/inquiries/lifecycle';
import { isQuotaError } from '../../utils/inquiries/save';
import type { Settings } from '../../utils/storage/settings';
import { ContextFields } from '../../components/ContextFields';
import { channelById } from '../../utils/catalogue';
import { now } from '../../utils/storage/clock';
import { attachmentsOf, eventsOf } from '../../utils/db';
import { attach as attachFile } from '../../utils/inquiries/writes';
import { formatDateTime, t, type Language, type MessageKey } from '../../utils/platform/i18n';
import type { Attachment, Inquiry, InquiryEvent } from '../../utils/inquiries/model';
import { STATUS_LABEL } from '../../components/labels';
import { ProductCard } from './ProductCard';
import { webHref } from '../../utils/platform/links';
import { loadFailureText } from '../../utils/db/failure-text';

const EVENT_LABEL: Record<InquiryEvent['type'], MessageKey> = {
  created: 'eventCreated',
  sent: 'eventSent',
  status: 'eventStatus',
  reply: 'eventReply',
  note: 'eventNote',
  attachment: 'eventAttachment',
  claim: 'eventClaim',
  complaint: 'eventComplaint',
};

interface Props {
  inquiry: Inquiry;
  language: Language;
  now: number;
  settings: Settings | undefined;
  onAction: (action: InquiryAction) => Promise<boolean> | void;
  onCopy: (text: string) => void;
  onChanged: () => void;
}

export function CaseFile({ inquiry, language, now: clock, settings, onAction, onCopy, onChanged }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening a case moves focus to it, for keyboard and screen-reader users.
  useEffect(() => heading.current?.focus(), [inquiry.id]);
  const [events, setEvents] = useState<InquiryEvent[]>([]);
  const [files, setFiles] = useState<Attachment[]>([]);
  const [notice, setNotice] = useState<{ error: boolean; text: string } | undefined>(undefined);

  const reload = async () => {
    setEvents(await eventsOf(inquiry.id));
    setFiles(await attachmentsOf(inquiry.id));
  };
  useEffect(() => {
    void reload();
  }, [inquiry.id, inquiry.updatedAt]);

  const attach = async (input: HTMLInputElement) => {
    const list = Array.from(input.files ?? []);
    // Cleared at once, so choosing the same file again is noticed.
    input.value = '';
    if (!list.length) return;
    const problems: string[] = [];
    const added: string[] = [];
    for (const file of list) {
      try {
        const result = await attachFile(inquiry.id, file, now());
        if (result.ok) added.push(file.name);
        else if (result.error === 'too-large') problems.push(t('attachTooLarge', language, file.name));
        else if (result.error === 'type') problems.push(t('attachType', language, file.name));
        else problems.push(t('historyNotFound', language));
      } catch (error) {
        problems.push(isQuotaError(error) ? t('errorStorageFullShort', language) : loadFailureText(error, language));
      }
    }
    if (problems.length) setNotice({ error: true, text: problems.join(' ') });
    else setNotice({ error: false, text: t('attachDone', language, added.join(', ')) });
    await reload();
    onChanged();
  };

  const eventText = (event: InquiryEvent) => {
    if (event.type === 'sent') return t('eventSent', language, channelById(event.detail ?? '')?.name[language] ?? event.detail ?? '');
    if (event.type === 'status') {
      const status = event.detail as keyof typeof STATUS_LABEL | undefined;
      return t('eventStatus', language, status && STATUS_LABEL[status] ? t(STATUS_LABEL[status], language) : '');
    }
    return t(EVENT_LABEL[event.type], language);
  };

  return (
    <article class="case" data-testid="mh-case" data-id={inquiry.id}>
      <h2 data-testid="mh-case-title" ref={heading} tabIndex={-1}>
        {inquiry.fields.title || inquiry.subject}
      </h2>
      <ul class="inquiries case-actions">
        <InquiryRow
          inquiry={inquiry}
          now={clock}
          language={language}
          profile={settings?.profile}
          onAction={(_, action) => onAction(action)}
          onCopy={onCopy}
        />
      </ul>
      <p class="muted">
        {t(STATUS_LABEL[inquiry.status], language)} · {formatDateTime(inquiry.createdAt, language)} ·{' '}
        {webHref(inquiry.pageUrl) ? (
          <a href={webHref(inquiry.pageUrl)} target="_blank" rel="noopener noreferrer" data-testid="mh-case-original">
            {t('historyOriginal', language)}
          </a>
        ) : (
          <span data-testid="mh-case-original">{inquiry.pageUrl}</span>
        )}
      </p>

      {allowedActions(inquiry.status).includes('escalate') && (
        <p>
          <a class="button-link" href={`#escalate/${encodeURIComponent(inquiry.id)}`} data-testid="mh-escalate">
            {t('escalateOpen', language)}
          </a>
        </p>
      )}

      <h3>{t('historyRead', language)}</h3>
      <ContextFields context={inquiry.context} language={language} />

      {inquiry.card && <ProductCard card={inquiry.card} language={language} />}

      <h3>{t('historyMessage', language)}</h3>
      <p class="case-subject">{inquiry.subject}</p>
      <pre class="case-message" data-testid="mh-case-message">{inquiry.message}</pre>

      <h3>{t('historyTimeline', language)}</h3>
      <ol class="timeline" data-testid="mh-timeline">
        {events.map((event) => (
          <li key={event.id} data-testid="mh-event" data-type={event.type}>
            <time dateTime={new Date(event.at).toISOString()}>{formatDateTime(event.at, language)}</time>{' '}
            <strong>{eventText(event)}</strong>
            {(event.type === 'claim' || event.type === 'complaint') && event.detail && (
              <details class="event-document">
                <summary>{t('escalateDocument', language)}</summary>
                <pre class="case-message" data-testid="mh-event-document">{event.detail}</pre>
              </details>
            )}
            {(event.type === 'reply' || event.type === 'note' || event.type === 'attachment') && event.detail && (
              <span class="event-detail" data-testid="mh-event-detail">
                {event.detail}
              </span>
            )}
          </li>
        ))}
      </ol>

      <h3>{t('historyAttachments', language)}</h3>
      {files.length === 0 && <p class="muted">{t('historyNoAttachments', language)}</p>}
      <ul class="attachments" data-testid="mh-attachments">
        {files.map((file) => (
          <AttachmentThumb key={file.id} file={file} />
        ))}
      </ul>
      <label class="attach">
        {t('historyAttach', language)}
        <input type="file" multiple accept="image/*,application/pdf" data-testid="mh-attach" onChange={(e) => void attach(e.currentTarget)} />
      </label>
      {notice && (
        <p class={notice.error ? 'error' : 'muted'} role={notice.error ? 'alert' : 'status'} data-testid={notice.error ? 'mh-attach-error' : 'mh-attach-status'}>
          {notice.text}
        </p>
      )}
    </article>
  );
}

/** A thumbnail that opens the file full size; the object URL is let go when it leaves the page. */
function AttachmentThumb({ file }: { file: Attachment }) {
  // The extension's own object URL of the kept file (blob:chrome-extension://…), never an address from data.
  const [objectUrl, setObjectUrl] = useState<string | undefined>(undefined);
  useEffect(() => {
    const made = URL.createObjectURL(file.blob);
    setObjectUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [file.id]);
  return (
    <li data-testid="mh-attachment" data-name={file.name} data-type={file.type} data-size={String(file.size)}>
      <a href={objectUrl} target="_blank" rel="noopener" title={file.name}>
        {file.type.startsWith('image/') && objectUrl ? <img src={objectUrl} alt="" /> : <span class="pdf" aria-hidden="true">PDF</span>}
        <span class="file-name">{file.name}</span>
      </a>
    </li>
  );
}
