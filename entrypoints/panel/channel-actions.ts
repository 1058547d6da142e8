/**
 * What using a channel does, per kind of channel: copy the message, have the page show its own form,
 * open a link or an e-mail. Returns what the flow records (whether the channel counts as opened, what to
 * tell the shopper); the panel's environment does the work, so a test passes a fake one.
 */
import type { Channel } from '@/utils/catalogue/types';
import type { PageTarget } from '@/utils/marketplaces/types';
import { t, type Language, type MessageKey } from '@/utils/platform/i18n';
import { shortMailBody } from '@/utils/templates';
import { buildMailto } from '@/utils/templates/mailto';
import type { PanelEnvironment } from './environment';
import type { Notice } from './flow-state';

export interface ChannelOutcome {
  /** The inquiry counts as sent once saved. */
  opened: boolean;
  notice?: Notice;
}

/** How to open each page control that is on the page but folded away. */
const HIDDEN_WORDS: Record<PageTarget, MessageKey> = {
  'seller-question': 'statusTargetHiddenQuestion',
  'seller-chat': 'statusTargetHiddenChat',
};

/**
 * `openLink`: where a link channel's own opening was held back until the copy was confirmed (the browser
 * cannot vouch for the panel's visibility, ./act-guard.ts), opens it once the answer is «yes».
 */
export async function sendThrough(
  channel: Channel,
  text: string,
  subject: string,
  env: Pick<PanelEnvironment, 'copy' | 'reveal'>,
  language: Language,
  openLink?: () => void,
): Promise<ChannelOutcome> {
  const access = channel.access;
  const say = (ok: boolean, key: MessageKey): Notice => ({ kind: ok ? 'status' : 'error', text: t(key, language) });
  const declined: ChannelOutcome = { opened: false, notice: say(true, 'statusDeclined') };
  // A call or a letter is made by the shopper; the inquiry counts as sent once they have reached for it.
  if (access.type === 'phone' || access.type === 'postal') return { opened: true };
  if (access.type === 'page-target') {
    const outcome = await env.copy(text);
    if (outcome === 'declined') return declined;
    const copied = outcome === 'copied';
    // Only a control drawn and outlined counts as the channel opened; a folded one is said how to open.
    const shown = await env.reveal(access.target);
    const words = shown === 'shown' ? 'statusRevealed' : shown === 'hidden' ? HIDDEN_WORDS[access.target] : 'statusTargetGone';
    return { opened: shown === 'shown', notice: say(copied && shown === 'shown', copied ? words : 'statusCopyFailed') };
  }
  if (access.type === 'link') {
    // The link itself opens the page (a real <a>, so the browser treats it as the user's click).
    const outcome = await env.copy(text);
    if (outcome === 'declined') return openLink ? declined : { opened: true, notice: say(true, 'statusDeclined') };
    openLink?.();
    const copied = outcome === 'copied';
    return { opened: true, notice: say(copied, copied ? 'statusOpened' : 'statusCopyFailed') };
  }
  const mail = buildMailto(access.address, subject, text, shortMailBody(language));
  const outcome = mail.shortened ? await env.copy(text) : 'copied';
  if (outcome === 'declined') return { opened: true, notice: say(true, 'statusDeclined') };
  const copied = outcome === 'copied';
  return {
    opened: true,
    notice: say(copied, !copied ? 'statusCopyFailed' : mail.shortened ? 'statusEmailShortened' : 'statusEmailOpened'),
  };
}
