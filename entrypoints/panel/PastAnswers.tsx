/**
 * Below the flow: how this seller (or, where the page names none, this marketplace's support) answered
 * the shopper's earlier inquiries — one line, from the shopper's own history, read through the background
 * (utils/replies/seller-record.ts) — and the way to save an answer selected on this page as a reply.
 */
import { useEffect, useState } from 'preact/hooks';
import { Icon } from '@/components/Icon';
import { useFormat, useT } from '@/components/settings';
import type { PageContext } from '@/utils/marketplaces/types';
import { sendMessage } from '@/utils/messages';
import type { Counterpart, CounterpartRecord } from '@/utils/replies/seller-record';
import type { PanelEnvironment } from './environment';

interface Props {
  context: PageContext;
  marketplaceName: string;
  pageUrl: string;
  env: PanelEnvironment;
  /** Changes when the panel saved an inquiry or was opened again: read again. */
  reload: string;
}

export function PastAnswers({ context, marketplaceName, pageUrl, env, reload }: Props) {
  const t = useT();
  const format = useFormat();
  const seller = context.seller?.trim();
  const who: Counterpart = seller ? { marketplace: context.marketplace, recipient: 'seller', seller } : { marketplace: context.marketplace, recipient: 'support' };
  const [record, setRecord] = useState<CounterpartRecord | null>(null);
  const [note, setNote] = useState<'none' | 'opened' | 'failed' | undefined>();

  useEffect(() => {
    let alive = true;
    sendMessage('counterpartRecord', who).then(
      (found) => alive && setRecord(found ?? null),
      () => alive && setRecord(null),
    );
    return () => {
      alive = false;
    };
  }, [who.marketplace, seller, reload]);

  const saveSelection = async () => {
    const text = await env.pageSelection();
    if (!text) return setNote('none');
    const opened = await sendMessage('captureReply', { text, from: pageUrl }).catch(() => false);
    setNote(opened ? 'opened' : 'failed');
  };

  if (context.kind !== 'product' && context.kind !== 'order' && context.kind !== 'order-list') return null;

  const parts = record && [
    record.medianDays !== undefined && (record.medianDays < 1 ? t('counterpartWithinDay') : t('counterpartMedian', format.number(record.medianDays))),
    record.resolved > 0 && t('counterpartResolved', record.resolved),
    record.escalated > 0 && t('counterpartEscalated', record.escalated),
    record.closed > 0 && t('counterpartClosed', record.closed),
    record.waiting > 0 && t('counterpartWaiting', record.waiting),
  ].filter(Boolean);

  return (
    <section class="mh-past" aria-label={t('counterpartTitle')}>
      {record && (
        <p class="mh-muted mh-counterpart" data-testid="mh-counterpart" data-sent={record.sent} data-answered={record.answered}>
          <Icon name="reply" />{' '}
          {seller ? t('counterpartSeller', seller, record.answered, record.sent) : t('counterpartSupport', marketplaceName, record.answered, record.sent)}
          {parts && parts.length > 0 && `; ${parts.join('; ')}`}
          {/* A sentence's end, unless its last words end with one («дн.»). */}
          {parts?.length && String(parts[parts.length - 1]).endsWith('.') ? '' : '.'}
        </p>
      )}
      <button type="button" class="link" data-testid="mh-reply-from-selection" onClick={() => void saveSelection()}>
        {t('replyFromSelection')}
      </button>
      {note && (
        <p class={`mh-note${note === 'opened' ? '' : ' mh-warn'}`} role="status" data-testid="mh-reply-from-selection-note" data-value={note}>
          {t(note === 'none' ? 'replyFromSelectionNone' : note === 'opened' ? 'replyFromSelectionOpened' : 'replyFromSelectionFailed')}
        </p>
      )}
    </section>
  );
}
