/**
 * The contact flow's behaviour: what follows from the state (the topic, the channels, the message from
 * its template), the draft kept and restored, the channels used, the save. The view is `ContactFlow.tsx`;
 * the state and its changes are `flow-state.ts`.
 */
import { useEffect, useMemo, useReducer, useRef } from 'preact/hooks';
import {
  channelsFor,
  defaultRecipient,
  topicById,
  topicsFor,
  withCorrection,
  type CorrectedChannel,
} from '@/utils/catalogue';
import type { Channel, ContextFieldName, Recipient, Topic } from '@/utils/catalogue/types';
import type { SaveInquiryRequest } from '@/utils/inquiries/model';
import type { PageContext } from '@/utils/marketplaces/types';
import { t } from '@/utils/platform/i18n';
import { draftOverLimits, type Draft } from '@/utils/storage/drafts';
import type { Settings } from '@/utils/storage/settings';
import { buildMessage, cleanFields, fieldsFromContext, type MessageFields } from '@/utils/templates';
import { sendThrough } from './channel-actions';
import type { PanelEnvironment } from './environment';
import { flowReducer, initialFlow } from './flow-state';
import { saveErrorText } from './save-errors';

/** What the panel says after a copy. */
const copyWords = { copied: 'statusCopied', failed: 'statusCopyFailed', declined: 'statusDeclined' } as const;

export interface FlowInput {
  context: PageContext;
  env: PanelEnvironment;
  settings: Settings;
  /** The marketplace page's address (the frame's own is the extension's). */
  pageUrl: string;
  onSaved?: () => void;
}

/**
 * What the product page says of its product, asked of the page only now (reading it costs nothing
 * until an inquiry is saved): the reading's title, price and seller, and the page's text.
 */
async function cardOf(context: PageContext, env: PanelEnvironment): Promise<NonNullable<SaveInquiryRequest['card']>> {
  const text = await env.cardText();
  return {
    ...(context.title && { title: context.title }),
    ...(context.price !== undefined && { price: context.price }),
    ...(context.currency && { currency: context.currency }),
    ...(context.seller && { seller: context.seller }),
    ...(text && { text }),
  };
}

export function useContactFlow({ context, env, settings, pageUrl, onSaved }: FlowInput) {
  const { language, profile, corrections } = settings;
  const fromPage = useMemo(() => fieldsFromContext(context), [context]);
  // Asked on every render: the page's own widgets may arrive after the panel opened.
  const targets = env.targets();

  const [state, dispatch] = useReducer(flowReducer, undefined, () => {
    const recipient = defaultRecipient(context.kind, context.marketplace);
    return initialFlow(recipient, topicsFor(context.marketplace, recipient, context.kind)[0]?.id ?? '');
  });
  const { recipient, typed, edited, editedText, subjectEdited, channelOpened } = state;

  const topics = topicsFor(context.marketplace, recipient, context.kind);
  const topic: Topic | undefined = topicById(context.marketplace, state.topicId) ?? topics[0];
  const available = (channel: Channel) =>
    channel.access.type !== 'page-target' || targets.includes(channel.access.target);
  const channels: CorrectedChannel[] = topic
    ? channelsFor(topic, available).map((c) => withCorrection(c, corrections))
    : [];
  const channel = channels.find((c) => c.id === state.channelId) ?? channels[0];
  const fields: MessageFields = { ...fromPage, ...cleanFields(typed) };

  const messageFor = (publicChannel: boolean | undefined) =>
    buildMessage({ topic: topic!.id, recipient, fields, items: context.items, public: publicChannel, profile, language });
  const template = topic ? messageFor(channel?.public) : { subject: '', body: '' };
  const message = edited ? editedText : template.body;
  const subject = subjectEdited ?? template.subject;
  const currentKey = JSON.stringify([recipient, topic?.id, channel?.id, fields, message, subject]);
  /** What is typed is longer than a draft keeps (the draft keeps its beginning; the panel says so). */
  const overLimits = draftOverLimits({ message, subject: subjectEdited, fields: typed });
  const latestKey = useRef('');
  latestKey.current = currentKey;
  /** The save request being made of this text, kept for its retries. */
  const saveRequest = useRef<{ key: string; id: string } | undefined>(undefined);

  // What is typed is written at once when the page goes away or the panel is rebuilt.
  useEffect(() => {
    const flush = () => env.flushDraft();
    addEventListener('pagehide', flush);
    return () => {
      removeEventListener('pagehide', flush);
      flush();
    };
  }, [env]);

  // A draft that could not be written is said at once (the text stays in the form); the next one kept clears it.
  useEffect(() => env.onDraftWritten((problem) => dispatch({ type: 'draft-written', problem })), [env]);

  // A draft left on this page comes back, unless the shopper has begun meanwhile (the reducer drops it).
  useEffect(() => {
    let alive = true;
    void env.loadDraft().then((draft) => {
      if (alive) dispatch({ type: 'draft-loaded', draft });
    });
    return () => {
      alive = false;
    };
  }, []);

  /** The draft as the panel shows it now. */
  const draftNow = (change: Partial<Draft> = {}): Draft => ({
    recipient,
    topic: topic?.id ?? '',
    channel: channel?.id ?? '',
    fields: typed,
    message,
    subject: subjectEdited,
    edited,
    updatedAt: Date.now(),
    ...change,
  });

  const keepDraft = (change: Partial<Draft>) => {
    env.saveDraft(draftNow(change));
    dispatch({ type: 'draft-kept' });
  };

  const chooseRecipient = (next: Recipient) => {
    const topicId = topicsFor(context.marketplace, next, context.kind)[0]?.id ?? '';
    dispatch({ type: 'recipient', recipient: next, topicId });
    keepDraft({ recipient: next, topic: topicId, channel: '' });
  };

  const chooseTopic = (next: string) => {
    dispatch({ type: 'topic', topicId: next });
    keepDraft({ topic: next, channel: '' });
  };

  const type = (name: ContextFieldName, value: string) => {
    dispatch({ type: 'field', name, value });
    keepDraft({ fields: { ...typed, [name]: value } });
  };

  const editMessage = (value: string) => {
    dispatch({ type: 'message', value });
    keepDraft({ message: value, edited: true });
  };

  const editSubject = (value: string) => {
    dispatch({ type: 'subject', value });
    keepDraft({ subject: value });
  };

  const backToTemplate = () => {
    dispatch({ type: 'back-to-template' });
    keepDraft({ edited: false, message: template.body, subject: undefined });
  };

  // Discarding is destructive: what was there comes back with "undo", until the next change.
  const discard = () => {
    const draft = draftNow();
    env.discardDraft();
    dispatch({ type: 'discard', draft, notice: { kind: 'status', text: t('draftDiscarded', language) } });
  };

  const undoDiscard = () => {
    if (!state.discarded) return;
    env.saveDraft({ ...state.discarded, updatedAt: Date.now() });
    env.flushDraft();
    dispatch({ type: 'undo-discard' });
  };

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
    const text = edited ? message : messageFor(chosen.public).body;
    let openLink: (() => void) | undefined;
    if (click && env.asksBeforeCopying(text)) {
      click.event.preventDefault();
      openLink = () => void window.open(click.href, '_blank', 'noopener,noreferrer');
    }
    dispatch({ type: 'channel', channelId: chosen.id });
    const outcome = await sendThrough(chosen, text, subject, env, language, openLink);
    if (outcome.opened) dispatch({ type: 'channel-opened' });
    if (outcome.notice) dispatch({ type: 'notice', notice: outcome.notice });
    keepDraft({ channel: chosen.id });
  };

  const save = async () => {
    if (!topic) return;
    const startedAt = currentKey;
    // One id per save of this text: a retry of it (after no answer) is recognised, a new text is a new save.
    if (saveRequest.current?.key !== startedAt) saveRequest.current = { key: startedAt, id: crypto.randomUUID() };
    const requestId = saveRequest.current.id;
    dispatch({ type: 'saving' });
    const request: SaveInquiryRequest = {
      pageUrl,
      context,
      fields: cleanFields(fields),
      recipient,
      topic: topic.id,
      channel: channel?.id ?? '',
      subject,
      message,
      language,
      channelOpened,
      requestId,
      ...(context.kind === 'product' && { card: await cardOf(context, env) }),
    };
    const result = await env.save(request);
    if (result === 'declined') {
      dispatch({ type: 'save-failed', notice: { kind: 'status', text: t('statusSaveDeclined', language) } });
    } else if (result === 'no-background') {
      // The panel has lost the rest of the extension (reloaded under it): the draft cannot be kept
      // either, so the text goes to the clipboard.
      await env.copy(message);
      dispatch({ type: 'save-failed', notice: { kind: 'error', text: t('errorNoBackground', language) } });
    } else if (!result.ok) {
      dispatch({ type: 'save-failed', notice: { kind: 'error', text: saveErrorText(result, language) } });
    } else {
      // Anything typed while saving stays a draft.
      const unchanged = latestKey.current === startedAt;
      if (unchanged) env.discardDraft();
      onSaved?.();
      const notice = { kind: 'status', text: t(result.status === 'sent' ? 'statusSavedSent' : 'statusSavedNotSent', language) } as const;
      dispatch({ type: 'saved', key: startedAt, draftDiscarded: unchanged, notice });
    }
  };

  return {
    state,
    fromPage,
    topics,
    topic,
    channels,
    channel,
    fields,
    message,
    subject,
    currentKey,
    overLimits,
    actions: { chooseRecipient, chooseTopic, type, editMessage, editSubject, backToTemplate, discard, undoDiscard, copy, copyValue, use, save },
  };
}
