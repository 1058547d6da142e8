/**
 * The channels of the contact flow's topic, each a `ChannelRow` (the phone's with what to say on the call,
 * the hotline's with its related lines): the chosen one right under the message, its button the panel's
 * main act; the others folded below.
 */
import { channelById, withCorrection } from '@/utils/catalogue';
import type { Settings } from '@/utils/storage/settings';
import { callScript } from '@/utils/templates';
import { ChannelRow } from './ChannelRow';
import type { ContactFlowModel } from './use-contact-flow';
import { useT } from '@/components/settings';

interface Props {
  flow: ContactFlowModel;
  settings: Settings;
  /** The marketplace page's address. */
  url: string;
  /** 'chosen': the channel the message goes through; 'others': the rest, folded. */
  part: 'chosen' | 'others';
}

export function ChannelList({ flow, settings, url, part }: Props) {
  const t = useT();
  const { language, profile, corrections } = settings;
  const { topic, channel, others, fields, message, subject } = flow;
  const { recipient } = flow.state;
  const { use, copyValue } = flow.actions;
  const page = new URL(url);
  const host = page.hostname.replace(/^www\./, '');
  const shown = part === 'chosen' ? (channel ? [channel] : []) : others;
  const rows = shown.map((c) => (
        <ChannelRow
          key={c.id}
          channel={c}
          primary={part === 'chosen'}
          subject={subject}
          message={message}
          host={host}
          origin={page.origin}
          related={c.related?.map(channelById).filter((r) => r !== undefined).map((r) => withCorrection(r, corrections))}
          callScript={
            c.access.type === 'phone' && topic
              ? callScript({ topic: topic.id, recipient, fields, profile, language })
              : undefined
          }
          onUse={(chosen, click) => void use(chosen, click)}
          onCopy={(text, done) => void copyValue(text, done)}
        />
  ));
  if (part === 'chosen') {
    return (
      <div class="mh-channels" role="group" aria-label={t('channelsLabel')} data-testid="mh-channel-chosen">
        {rows.length === 0 ? <p class="mh-muted">{t('noChannels')}</p> : rows}
      </div>
    );
  }
  if (rows.length === 0) return null;
  return (
    <details class="mh-more mh-channels" data-testid="mh-other-channels">
      <summary>{t('otherChannels', rows.length)}</summary>
      {rows}
    </details>
  );
}
