/**
 * One channel in the panel: what it is for, where its facts come from, and its action — the page's own
 * form, a link, an e-mail, a phone number (with a copy button first: `tel:` often does nothing on a
 * desktop) and what to say, or a postal address.
 */
import { Icon } from '@/components/Icon';
import type { CorrectedChannel } from '@/utils/catalogue';
import { shortMailBody } from '@/utils/templates';
import { buildMailto } from '@/utils/templates/mailto';
import { webHref } from '@/utils/platform/links';
import { sourceLine } from '@/utils/catalogue/source-line';
import { useT, useLanguage } from '@/components/settings';

interface Props {
  channel: CorrectedChannel;
  /** The channel the message goes through: its action is the panel's main one. */
  primary: boolean;
  subject: string;
  message: string;
  /** The page's host without www., for channels that do not work from some countries. */
  host: string;
  /** The marketplace page's origin, for links to its own pages (the panel's own is the extension's). */
  origin: string;
  /** Channels shown with this one (the hotline's city lines). */
  related?: CorrectedChannel[];
  callScript?: string[];
  /** `click`: a link's own click, which the flow may hold back (see use-contact-flow.ts). */
  onUse: (channel: CorrectedChannel, click?: { event: Event; href: string }) => void;
  onCopy: (text: string, done: 'numberCopied' | 'addressCopied') => void;
}

export function ChannelRow({ channel, primary, host, ...rest }: Props) {
  const language = useLanguage();
  const t = useT();
  const unavailable = channel.notFrom?.domains.includes(host);
  return (
    <div class={primary ? 'mh-channel mh-primary' : 'mh-channel'} data-channel={channel.id}>
      <div>
        <strong id={nameIdOf(channel)}>{channel.name[language]}</strong>
        {channel.public && <span class="chip plain" data-tone="warning">{t('channelPublic')}</span>}
        <p class="mh-muted">{channel.about[language]}</p>
        {unavailable && (
          <p class="mh-note" data-testid={`mh-not-from-${channel.id}`}>
            {channel.notFrom!.note[language]}
          </p>
        )}
      </div>
      <ChannelAction channel={channel} primary={primary} {...rest} />
      <p class="mh-source" data-testid={`mh-source-${channel.id}`}>
        {sourceLine(channel, language)}
      </p>
    </div>
  );
}

/** Several channels share an action's words ("Скопировать и открыть"): the channel's name tells them apart. */
const nameIdOf = (channel: CorrectedChannel) => `mh-channel-name-${channel.id}`;

/** The channel's action, as its access asks. */
function ChannelAction({ channel, primary, subject, message, origin, related, callScript, onUse, onCopy }: Omit<Props, 'host'>) {
  const language = useLanguage();
  const t = useT();
  const access = channel.access;
  const testid = `mh-channel-${channel.id}`;
  const nameId = nameIdOf(channel);
  if (access.type === 'page-target') {
    return (
      <button type="button" class={primary ? 'primary' : undefined} data-testid={testid} aria-describedby={nameId} onClick={() => onUse(channel)}>
        <Icon name="chat" />
        {t('actionPageTarget')}
      </button>
    );
  }
  if (access.type === 'link') {
    // A correction the shopper typed can be anything: only a web address becomes a link.
    const href = webHref(access.sameSite ? new URL(access.path, origin).href : access.url);
    return href ? (
      <a
        class={primary ? 'button primary' : 'button'}
        data-testid={testid}
        href={href}
        target="_blank"
        rel="noopener noreferrer"
        aria-describedby={nameId}
        onClick={(event) => onUse(channel, { event, href })}
      >
        <Icon name="external" />
        {t('actionLink')}
      </a>
    ) : (
      <span data-testid={testid}>{access.sameSite ? access.path : access.url}</span>
    );
  }
  if (access.type === 'email') {
    const mail = buildMailto(access.address, subject, message, shortMailBody(language));
    return (
      // `_self`: the mail program opens; no tab of the browser's (and nothing loads in this frame).
      <a class={primary ? 'button primary' : 'button'} data-testid={testid} href={mail.href} target="_self" aria-describedby={nameId} onClick={() => onUse(channel)}>
        <Icon name="send" />
        {t('actionEmail')}
      </a>
    );
  }
  if (access.type === 'phone') return <PhoneAction channel={channel} primary={primary} related={related} callScript={callScript} onUse={onUse} onCopy={onCopy} />;
  return (
    <div>
      <p data-testid={`mh-postal-${channel.id}`}>{access.address}</p>
      <button type="button" data-testid={testid} aria-describedby={nameId} onClick={() => onCopy(access.address, 'addressCopied')}>
        <Icon name="copy" />
        {t('copyAddress')}
      </button>
    </div>
  );
}

/** A phone channel: its number, the related lines, and what to say on the call. */
function PhoneAction({ channel, primary, related, callScript, onUse, onCopy }: Pick<Props, 'channel' | 'primary' | 'related' | 'callScript' | 'onUse' | 'onCopy'>) {
  const t = useT();
  return (
    <div class="mh-phones">
      <PhoneNumber channel={channel} onCopy={onCopy} onUse={onUse} main mainAct={primary} />
      {related && related.length > 0 && (
        <div class="mh-muted">
          {t('alsoNumbers')}:
          {related.map((r) => (
            <PhoneNumber key={r.id} channel={r} onCopy={onCopy} onUse={onUse} />
          ))}
        </div>
      )}
      {callScript && (
        <details class="mh-script" data-testid={`mh-call-script-${channel.id}`}>
          <summary>{t('callScriptTitle')}</summary>
          <ol>
            {callScript.map((step, i) => (
              <li key={i}>{step}</li>
            ))}
          </ol>
        </details>
      )}
    </div>
  );
}

/** `main`: the channel's own number (the others are its related lines); `mainAct`: its call is the panel's main act. */
function PhoneNumber({ channel, onCopy, onUse, main, mainAct }: {
  channel: CorrectedChannel;
  onCopy: Props['onCopy'];
  onUse: Props['onUse'];
  main?: boolean;
  mainAct?: boolean;
}) {
  const language = useLanguage();
  const t = useT();
  if (channel.access.type !== 'phone') return null;
  const number = channel.access.number;
  const digits = number.replace(/[^\d+]/g, '');
  return (
    <div class="mh-phone">
      <span class="mh-number" data-testid={`mh-phone-${channel.id}`} data-value={number}>
        {main ? number : `${channel.name[language]}: ${number}`}
      </span>
      <button type="button" class="small" data-testid={`mh-copy-number-${channel.id}`} onClick={() => onCopy(number, 'numberCopied')}>
        <Icon name="copy" />
        {t('copyNumber')}
      </button>
      <a class={mainAct ? 'button small primary' : 'button small'} data-testid={`mh-channel-${channel.id}`} href={`tel:${digits}`} target="_self" onClick={() => onUse(channel)}>
        {t('call')}
      </a>
    </div>
  );
}
