/**
 * The contact flow's save: the inquiry made of what is on screen, through the background, with one request
 * id per text (so that a retry is recognised), and the draft dropped once what it held is saved.
 */
import { useRef, type Dispatch } from 'preact/hooks';
import type { Channel } from '@/utils/catalogue/types';
import type { SaveInquiryRequest } from '@/utils/inquiries/model';
import { t } from '@/utils/platform/i18n';
import { cleanFields } from '@/utils/templates';
import type { PanelEnvironment } from './environment';
import type { FlowAction, FlowState } from './flow-state';
import { flowKey, type FlowInput, type FlowView } from './flow-view';
import { saveErrorText } from './save-errors';

/**
 * What the product page says of its product beyond the reading (which the inquiry keeps as its
 * context), asked of the page only now: reading it costs nothing until an inquiry is saved.
 */
async function cardOf(env: PanelEnvironment): Promise<NonNullable<SaveInquiryRequest['card']>> {
  const text = await env.cardText();
  return text ? { text } : {};
}

export function useSave({ context, env, settings, pageUrl, onSaved }: FlowInput, state: FlowState, view: FlowView, dispatch: Dispatch<FlowAction>) {
  const { language } = settings;
  const { topic, channel, fields, message, subject, currentKey } = view;
  const latestKey = useRef('');
  latestKey.current = currentKey;
  /** The save request being made of this text, kept for its retries. */
  const saveRequest = useRef<{ key: string; id: string } | undefined>(undefined);

  /**
   * `sent`: the channel just used, which records the inquiry as sent through it, and what the panel said of
   * using it (the notice then says both). Without it, the inquiry is saved as it stands (a draft unless a
   * channel was used before).
   */
  const save = async (sent?: { channel: Channel; text: string; said?: string }) => {
    if (!topic) return;
    // What went out through the channel is what is recorded (a public form's text differs from a chat's),
    // under the key the panel shows once that channel is the chosen one.
    const text = sent?.text ?? message;
    const startedAt = sent ? flowKey(state.recipient, topic.id, sent.channel.id, fields, text, subject) : currentKey;
    // One id per save of this text: a retry of it (after no answer) is recognised, a new text is a new save.
    if (saveRequest.current?.key !== startedAt) saveRequest.current = { key: startedAt, id: crypto.randomUUID() };
    const requestId = saveRequest.current.id;
    dispatch({ type: 'saving' });
    const request: SaveInquiryRequest = {
      pageUrl,
      context,
      fields: cleanFields(fields),
      recipient: state.recipient,
      topic: topic.id,
      channel: sent?.channel.id ?? channel?.id ?? '',
      subject,
      message: text,
      language,
      channelOpened: sent !== undefined || state.channelOpened,
      requestId,
      ...(context.kind === 'product' && { card: await cardOf(env) }),
    };
    const result = await env.save(request);
    if (result === 'declined') {
      dispatch({ type: 'save-failed', notice: { kind: 'status', text: t('statusSaveDeclined', language) } });
    } else if (result === 'no-background') {
      // The panel has lost the rest of the extension (reloaded under it): the draft cannot be kept
      // either, so the text goes to the clipboard.
      await env.copy(text);
      dispatch({ type: 'save-failed', notice: { kind: 'error', text: t('errorNoBackground', language) } });
    } else if (!result.ok) {
      dispatch({ type: 'save-failed', notice: { kind: 'error', text: saveErrorText(result, language) } });
    } else {
      // Anything typed while saving stays a draft.
      const unchanged = latestKey.current === startedAt;
      if (unchanged) env.discardDraft();
      onSaved?.();
      const savedWords = t(result.status === 'sent' ? 'statusSavedSent' : 'statusSavedNotSent', language);
      const notice = { kind: 'status', text: sent?.said ? `${sent.said} ${savedWords}` : savedWords } as const;
      dispatch({ type: 'saved', key: startedAt, draftDiscarded: unchanged, notice, inquiryId: result.id, sent: result.status === 'sent' });
    }
  };

  /** The inquiry just recorded taken back: it is a draft again, kept as before. */
  const unsave = async (keepDraft: () => void) => {
    const recorded = state.recorded;
    if (!recorded) return;
    const taken = await env.unsave(recorded.inquiryId);
    if (taken) {
      keepDraft();
      onSaved?.();
    }
    if (taken) dispatch({ type: 'unrecorded', notice: { kind: 'status', text: t('statusUnsaved', language) } });
    else dispatch({ type: 'notice', notice: { kind: 'error', text: t('statusUnsaveFailed', language) } });
  };

  return { save, unsave };
}
