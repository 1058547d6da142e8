/**
 * What using a channel does, per kind of channel: copy the message, have the page show its own form,
 * open a link or an e-mail. Returns what the flow records (whether the channel counts as opened, what to
 * tell the shopper); the panel's environment does the work, so a test passes a fake one.
 */
import type { Channel } from '../../utils/catalogue/types';
import { t, type Language, type MessageKey } from '../../utils/platform/i18n';
import { shortMailBody } from '../../utils/templates';
import { buildMailto } from '../../utils/templates/mailto';
import type { PanelEnvironment } from './environment';
import type { Notice } from './flow-state';

export interface ChannelOutcome {
  /** The inquiry counts as sent once saved. */
  opened: boolean;
  notice?: Notice;
}

export async function sendThrough(
  channel: Channel,
  text: string,
  subject: string,
  env: Pick<PanelEnvironment, 'copy' | 'reveal'>,
  language: Language,
): Promise<ChannelOutcome> {
  const access = channel.access;
  const say = (ok: boolean, key: MessageKey): Notice => ({ kind: ok ? 'status' : 'error', text: t(key, language) });
  // A call or a letter is made by the shopper; the inquiry counts as sent once they have reached for it.
  if (access.type === 'phone' || access.type === 'postal') return { opened: true };
  if (access.type === 'page-target') {
    const copied = await env.copy(text);
    const shown = await env.reveal(access.target);
    return {
      opened: shown,
      notice: say(copied && shown, !copied ? 'statusCopyFailed' : shown ? 'statusRevealed' : 'statusTargetGone'),
    };
  }
  if (access.type === 'link') {
    // The link itself opens the page (a real <a>, so the browser treats it as the user's click).
    const copied = await env.copy(text);
    return { opened: true, notice: say(copied, copied ? 'statusOpened' : 'statusCopyFailed') };
  }
  const mail = buildMailto(access.address, subject, text, shortMailBody(language));
  const copied = mail.shortened ? await env.copy(text) : true;
  return {
    opened: true,
    notice: say(copied, !copied ? 'statusCopyFailed' : mail.shortened ? 'statusEmailShortened' : 'statusEmailOpened'),
  };
}
