/** A case file's timeline: each event of the inquiry in words, with the document or detail it carries. */
import { channelById } from '@/utils/catalogue';
import type { InquiryEvent } from '@/utils/inquiries/model';
import { type Language, type MessageKey } from '@/utils/platform/i18n';
import { STATUS_LABEL } from '@/components/labels';
import { VIA_LABEL } from './escalation/via';
import { ReplyWarnings } from '@/components/ReplyWarnings';
import { SourceAddress } from '@/components/SourceAddress';
import { useT, useFormat, useLanguage, type Translate } from '@/components/settings';
import type { MarketplaceId } from '@/utils/marketplaces/types';

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

/** What happened, in words: a sending names its channel, a change of status the status it came to. */
function eventText(event: InquiryEvent, t: Translate, language: Language): string {
  if (event.type === 'sent') return t('eventSent', channelById(event.detail ?? '')?.name[language] ?? event.detail ?? '');
  if (event.type === 'status') {
    const status = event.detail as keyof typeof STATUS_LABEL | undefined;
    return t('eventStatus', status && STATUS_LABEL[status] ? t(STATUS_LABEL[status]) : '');
  }
  return t(EVENT_LABEL[event.type]);
}

export function Timeline({ events, marketplace }: { events: InquiryEvent[]; marketplace: MarketplaceId }) {
  const t = useT();
  return (
    <section class="case-section" aria-labelledby="mh-case-timeline-title">
      <h3 id="mh-case-timeline-title">{t('historyTimeline')}</h3>
      <ol class="timeline" data-testid="mh-timeline">
        {events.map((event) => (
          <TimelineEvent key={event.id} event={event} marketplace={marketplace} />
        ))}
      </ol>
    </section>
  );
}

/** One event: when, what, and the claim's or complaint's text, or the reply's, note's or file's words. */
function TimelineEvent({ event, marketplace }: { event: InquiryEvent; marketplace: MarketplaceId }) {
  const language = useLanguage();
  const t = useT();
  const format = useFormat();
  return (
    <li data-testid="mh-event" data-type={event.type}>
      <time dateTime={new Date(event.at).toISOString()}>{format.dateTime(event.at)}</time>
      <strong>{eventText(event, t, language)}</strong>
      {event.via && (
        <span class="event-detail" data-testid="mh-event-via" data-via={event.via}>
          {' '}
          {t('eventVia', t(VIA_LABEL[event.via]).toLowerCase())}
        </span>
      )}
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
      {event.type === 'reply' && event.source && (
        <span class="event-detail event-source" data-testid="mh-event-source">
          {t('eventReplyFrom')} <SourceAddress address={event.source} />
        </span>
      )}
      {event.type === 'reply' && event.detail && <ReplyWarnings text={event.detail} marketplace={marketplace} />}
    </li>
  );
}
