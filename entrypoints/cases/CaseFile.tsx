/**
 * One inquiry's case file: what was read from the page, the message sent, the timeline, the evidence,
 * and a link back to the page. Files are written here, from the extension's page (a runtime message
 * cannot carry them).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { Icon } from '@/components/Icon';
import { InquiryActions } from '@/components/InquiryActions';
import { DueLine } from '@/components/InquiryRow';
import { StatusChip } from '@/components/StatusChip';
import { allowedActions, isAwaitingReply, isOverdue, type InquiryAction } from '@/utils/inquiries/lifecycle';
import { isQuotaError } from '@/utils/db/errors';
import type { Settings } from '@/utils/storage/settings';
import { ContextFields } from '@/components/ContextFields';
import { channelById } from '@/utils/catalogue';
import { now } from '@/utils/storage/clock';
import { attachmentsOf, eventsOf } from '@/utils/db';
import { attach as attachFile } from '@/utils/inquiries/writes';
import { type MessageKey } from '@/utils/platform/i18n';
import type { Attachment, Inquiry, InquiryEvent } from '@/utils/inquiries/model';
import { MARKETPLACE_LABEL, STATUS_LABEL } from '@/components/labels';
import { ProductCard } from './ProductCard';
import { webHref } from '@/utils/platform/links';
import { useT, useFormat, useLanguage } from '@/components/settings';

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
  now: number;
  settings: Settings | undefined;
  onAction: (action: InquiryAction) => Promise<boolean> | void;
  onCopy: (text: string) => void;
  onChanged: () => void;
}

export function CaseFile({ inquiry, now: clock, settings, onAction, onCopy, onChanged }: Props) {
  const language = useLanguage();
  const t = useT();
  const format = useFormat();
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
        else if (result.error === 'too-large') problems.push(t('attachTooLarge', file.name));
        else if (result.error === 'type') problems.push(t('attachType', file.name));
        else problems.push(t('historyNotFound'));
      } catch (error) {
        problems.push(isQuotaError(error) ? t('errorStorageFullShort') : format.failure(error));
      }
    }
    if (problems.length) setNotice({ error: true, text: problems.join(' ') });
    else setNotice({ error: false, text: t('attachDone', added.join(', ')) });
    await reload();
    onChanged();
  };

  const eventText = (event: InquiryEvent) => {
    if (event.type === 'sent') return t('eventSent', channelById(event.detail ?? '')?.name[language] ?? event.detail ?? '');
    if (event.type === 'status') {
      const status = event.detail as keyof typeof STATUS_LABEL | undefined;
      return t('eventStatus', status && STATUS_LABEL[status] ? t(STATUS_LABEL[status]) : '');
    }
    return t(EVENT_LABEL[event.type]);
  };

  const overdue = isOverdue(inquiry, clock);
  const awaiting = isAwaitingReply(inquiry, clock);
  const about = [
    t(MARKETPLACE_LABEL[inquiry.marketplace]),
    inquiry.fields.orderId && t('popupOrder', inquiry.fields.orderId),
    inquiry.fields.article && t('popupArticle', inquiry.fields.article),
  ].filter(Boolean);

  return (
    <article class="case" data-testid="mh-case" data-id={inquiry.id} data-status={inquiry.status}>
      {/* The inquiry once: what it is, where it stands, when the answer is due, what to do now. */}
      <header class="case-head" data-testid="mh-inquiry" data-id={inquiry.id} data-status={inquiry.status} data-overdue={String(overdue)}>
        <div class="case-top">
          <p class="eyebrow">
            {about.join(' · ')} · <time dateTime={new Date(inquiry.createdAt).toISOString()}>{format.dateTime(inquiry.createdAt)}</time>
          </p>
          {webHref(inquiry.pageUrl) ? (
            <a class="button quiet small" href={webHref(inquiry.pageUrl)} target="_blank" rel="noopener noreferrer" data-testid="mh-case-original">
              <Icon name="external" />
              {t('historyOriginal')}
            </a>
          ) : (
            <span class="muted" data-testid="mh-case-original">{inquiry.pageUrl}</span>
          )}
        </div>
        <h2 data-testid="mh-case-title" ref={heading} tabIndex={-1}>
          {inquiry.fields.title || inquiry.subject}
        </h2>
        <div class="case-status">
          <StatusChip status={inquiry.status} testid="mh-inquiry-status" />
          <DueLine inquiry={inquiry} overdue={overdue} awaiting={awaiting} />
        </div>
        <InquiryActions
          inquiry={inquiry}
          profile={settings?.profile}
          onAction={onAction}
          onCopy={onCopy}
        >
          {allowedActions(inquiry.status).includes('escalate') && (
            <a class="button" href={`#escalate/${encodeURIComponent(inquiry.id)}`} data-testid="mh-escalate">
              <Icon name="legal" />
              {t('escalateOpen')}
            </a>
          )}
        </InquiryActions>
      </header>

      <section class="case-section" aria-labelledby="mh-case-message-title">
        <h3 id="mh-case-message-title">{t('historyMessage')}</h3>
        <p class="case-subject">{inquiry.subject}</p>
        <pre class="case-message" data-testid="mh-case-message">{inquiry.message}</pre>
      </section>

      <section class="case-section" aria-labelledby="mh-case-timeline-title">
        <h3 id="mh-case-timeline-title">{t('historyTimeline')}</h3>
        <ol class="timeline" data-testid="mh-timeline">
          {events.map((event) => (
            <li key={event.id} data-testid="mh-event" data-type={event.type}>
              <time dateTime={new Date(event.at).toISOString()}>{format.dateTime(event.at)}</time>
              <strong>{eventText(event)}</strong>
              {(event.type === 'claim' || event.type === 'complaint') && event.detail && (
                <details class="event-document">
                  <summary>{t('escalateDocument')}</summary>
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
      </section>

      <section class="case-section" aria-labelledby="mh-case-files-title">
        <h3 id="mh-case-files-title">{t('historyAttachments')}</h3>
        {files.length === 0 && <p class="muted">{t('historyNoAttachments')}</p>}
        <ul class="attachments" data-testid="mh-attachments">
          {files.map((file) => (
            <AttachmentThumb key={file.id} file={file} />
          ))}
        </ul>
        <label class="attach button">
          <Icon name="clip" />
          {t('historyAttach')}
          <input class="sr-only" type="file" multiple accept="image/*,application/pdf" data-testid="mh-attach" onChange={(e) => void attach(e.currentTarget)} />
        </label>
        {notice && (
          <p class={notice.error ? 'error' : 'muted'} role={notice.error ? 'alert' : 'status'} data-testid={notice.error ? 'mh-attach-error' : 'mh-attach-status'}>
            {notice.text}
          </p>
        )}
      </section>

      <section class="case-section" aria-labelledby="mh-case-read-title">
        <h3 id="mh-case-read-title">{t('historyRead')}</h3>
        <ContextFields context={inquiry.context} />
      </section>

      {inquiry.card && <ProductCard card={inquiry.card} />}
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
