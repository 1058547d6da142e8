/**
 * The contact flow's ways out: the message copied, a number or an address copied, and a channel used
 * (opened, or its page control shown), each said in the panel.
 */
import type { Dispatch } from 'preact/hooks';
import type { Channel } from '@/utils/catalogue/types';
import { t, type Language } from '@/utils/platform/i18n';
import type { Draft } from '@/utils/storage/drafts';
import { sendThrough } from './channel-actions';
import type { PanelEnvironment } from './environment';
import type { FlowAction, FlowState } from './flow-state';
import type { FlowView } from './flow-view';

/** What the panel says after a copy. */
const copyWords = { copied: 'statusCopied', failed: 'statusCopyFailed', declined: 'statusDeclined' } as const;

/**
 * `keepDraft`: a channel used is kept in the draft; `record`: a channel used records the inquiry as sent
 * through it — one act sends and records (the panel offers "undo" in place).
 */
export function channelUse(
  env: PanelEnvironment,
  language: Language,
  state: FlowState,
  view: FlowView,
  dispatch: Dispatch<FlowAction>,
  keepDraft: (change: Partial<Draft>) => void,
  record: (sent: { channel: Channel; text: string; said?: string }) => Promise<void>,
) {
  const { message, subject, messageFor } = view;

  const copy = async (text = message) => {
    const outcome = await env.copy(text);
    const ok = outcome !== 'failed';
    dispatch({ type: 'notice', notice: { kind: ok ? 'status' : 'error', text: t(copyWords[outcome], language) } });
    return outcome === 'copied';
  };

  const copyValue = async (text: string, done: 'numberCopied' | 'addressCopied') => {
    const outcome = await env.copy(text);
    const ok = outcome !== 'failed';
    dispatch({ type: 'notice', notice: { kind: ok ? 'status' : 'error', text: t(outcome === 'copied' ? done : copyWords[outcome], language) } });
  };

  /**
   * `click`: a link channel's own click. Where copying will ask first (./act-guard.ts), the link's opening
   * waits for the answer: held back here, before anything awaits, and opened on «yes».
   */
  const use = async (chosen: Channel, click?: { event: Event; href: string }) => {
    const text = state.edited ? message : messageFor(chosen.public).body;
    let openLink: (() => void) | undefined;
    if (click && env.asksBeforeCopying(text)) {
      click.event.preventDefault();
      openLink = () => void window.open(click.href, '_blank', 'noopener,noreferrer');
    }
    dispatch({ type: 'channel', channelId: chosen.id });
    const outcome = await sendThrough(chosen, text, subject, env, language, openLink);
    keepDraft({ channel: chosen.id });
    if (outcome.notice) dispatch({ type: 'notice', notice: outcome.notice });
    if (!outcome.opened) return;
    dispatch({ type: 'channel-opened' });
    // A copy that failed is said as an error, and the inquiry is not recorded: nothing reached the channel.
    if (outcome.notice?.kind === 'error') return;
    await record({ channel: chosen, text, said: outcome.notice?.text });
  };

  return { copy, copyValue, use };
}
