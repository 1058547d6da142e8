/**
 * One inquiry's case file: what was read from the page, the message sent, the timeline, the evidence,
 * and a link back to the page. Files are written here, from the extension's page (a runtime message
 * cannot carry them).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import { Icon } from '@/components/Icon';
import { InquiryActions } from '@/components/InquiryActions';
import { DueLine } from '@/components/DueLine';
import { StatusChip } from '@/components/StatusChip';
import type { InquiryAction } from '@/utils/inquiries/lifecycle';
import { nextStep } from '@/utils/inquiries/next-step';
import { ladder } from '@/utils/inquiries/ladder';
import type { Settings } from '@/utils/storage/settings';
import { ContextFields } from '@/components/ContextFields';
import { attachmentsOf, eventsOf } from '@/utils/db';
import type { Attachment, Inquiry, InquiryEvent } from '@/utils/inquiries/model';
import { MARKETPLACES } from '@/utils/marketplaces/facts';
import { Attachments, attachAll, type AttachNotice } from './Attachments';
import { ProductCard } from './ProductCard';
import { Timeline } from './Timeline';
import { WhatNow } from './WhatNow';
import { Ladder } from './Ladder';
import { webHref } from '@/utils/platform/links';
import { useT, useFormat } from '@/components/settings';

interface Props {
  inquiry: Inquiry;
  now: number;
  settings: Settings | undefined;
  onAction: (action: InquiryAction) => Promise<boolean> | void;
  onCopy: (text: string) => void;
  onChanged: () => void;
}

export function CaseFile({ inquiry, now: clock, settings, onAction, onCopy, onChanged }: Props) {
  const t = useT();
  const format = useFormat();
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening a case moves focus to it, for keyboard and screen-reader users.
  useEffect(() => heading.current?.focus(), [inquiry.id]);
  const { events, files, notice, setNotice, reload } = useCaseRecords(inquiry);

  const attach = async (input: HTMLInputElement) => {
    const list = Array.from(input.files ?? []);
    // Cleared at once, so choosing the same file again is noticed.
    input.value = '';
    if (!list.length) return;
    setNotice(await attachAll(inquiry.id, list, t, format));
    await reload();
    onChanged();
  };

  return (
    <article class="case" data-testid="mh-case" data-id={inquiry.id} data-status={inquiry.status}>
      <CaseHead inquiry={inquiry} events={events} clock={clock} settings={settings} onAction={onAction} onCopy={onCopy} heading={heading} />

      <Ladder ladder={ladder(inquiry, clock, events)} />

      <section class="case-section" aria-labelledby="mh-case-message-title">
        <h3 id="mh-case-message-title">{t('historyMessage')}</h3>
        <p class="case-subject">{inquiry.subject}</p>
        <pre class="case-message" data-testid="mh-case-message">{inquiry.message}</pre>
      </section>

      <Timeline events={events} marketplace={inquiry.marketplace} />

      <Attachments files={files} notice={notice} onAttach={(input) => void attach(input)} />

      <section class="case-section" aria-labelledby="mh-case-read-title">
        <h3 id="mh-case-read-title">{t('historyRead')}</h3>
        <ContextFields context={inquiry.context} />
      </section>

      {inquiry.card && <ProductCard card={inquiry.card} context={inquiry.context} />}
    </article>
  );
}

/** The inquiry's timeline and files, read again whenever the inquiry changes; and what attaching came to. */
function useCaseRecords(inquiry: Inquiry) {
  const [events, setEvents] = useState<InquiryEvent[]>([]);
  const [files, setFiles] = useState<Attachment[]>([]);
  const [notice, setNotice] = useState<AttachNotice | undefined>(undefined);

  const reload = async () => {
    setEvents(await eventsOf(inquiry.id));
    setFiles(await attachmentsOf(inquiry.id));
  };
  useEffect(() => {
    void reload();
  }, [inquiry.id, inquiry.updatedAt]);

  return { events, files, notice, setNotice, reload };
}

interface HeadProps {
  inquiry: Inquiry;
  events: InquiryEvent[];
  clock: number;
  settings: Settings | undefined;
  onAction: (action: InquiryAction) => Promise<boolean> | void;
  onCopy: (text: string) => void;
  heading: RefObject<HTMLHeadingElement | null>;
}

/** The inquiry once: what it is, where it stands, when the answer is due, what to do now. */
function CaseHead({ inquiry, events, clock, settings, onAction, onCopy, heading }: HeadProps) {
  const next = nextStep(inquiry, clock, events);
  return (
    <header class="case-head" data-testid="mh-inquiry" data-id={inquiry.id} data-status={inquiry.status} data-overdue={String(next.overdue)} data-step={next.step ?? ''}>
      <CaseTop inquiry={inquiry} />
      <h2 data-testid="mh-case-title" ref={heading} tabIndex={-1}>
        {inquiry.fields.title || inquiry.subject}
      </h2>
      <div class="case-status">
        <StatusChip status={inquiry.status} overdue={next.overdue} testid="mh-inquiry-status" />
        <DueLine inquiry={inquiry} next={next} detailed />
      </div>
      <WhatNow next={next} />
      <InquiryActions
        inquiry={inquiry}
        next={next}
        profile={settings?.profile}
        onAction={onAction}
        onCopy={onCopy}
        escalation="here"
      />
    </header>
  );
}

/** Where and when the inquiry was made, and the way back to that page (or its address, when not a web page). */
function CaseTop({ inquiry }: { inquiry: Inquiry }) {
  const t = useT();
  const format = useFormat();
  const about = [
    t(MARKETPLACES[inquiry.marketplace].label),
    inquiry.fields.orderId && t('popupOrder', inquiry.fields.orderId),
    inquiry.fields.article && t('popupArticle', inquiry.fields.article),
  ].filter(Boolean);
  return (
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
  );
}
