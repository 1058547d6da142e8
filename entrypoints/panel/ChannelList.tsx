/**
 * The channels of the contact flow's topic, each a `ChannelRow`: the phone's with what to say on the call,
 * the hotline's with its related lines.
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
}

export function ChannelList({ flow, settings, url }: Props) {
  const t = useT();
  const { language, profile, corrections } = settings;
  const { topic, channels, channel, fields, message, subject } = flow;
  const { recipient } = flow.state;
  const { use, copyValue } = flow.actions;
  const page = new URL(url);
  const host = page.hostname.replace(/^www\./, '');
  return (
    <div class="mh-channels" role="group" aria-labelledby="mh-channels-label">
      <p class="mh-label" id="mh-channels-label">{t('channelsLabel')}</p>
      {channels.length === 0 && <p class="mh-muted">{t('noChannels')}</p>}
      {channels.map((c) => (
        <ChannelRow
          key={c.id}
          channel={c}
          selected={c.id === channel?.id}
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
      ))}
    </div>
  );
}
