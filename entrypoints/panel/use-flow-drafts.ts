/**
 * The contact flow's draft: kept on each change the shopper makes, written at once when the page goes
 * away, brought back when the panel opens on the same page, and discarded (until "undo") on request.
 */
import { useEffect, type Dispatch } from 'preact/hooks';
import { topicsFor } from '@/utils/catalogue';
import { situationTopic, type SituationCard } from '@/utils/catalogue/situations';
import type { ContextFieldName, Recipient } from '@/utils/catalogue/types';
import type { PageContext } from '@/utils/marketplaces/types';
import { t, type Language } from '@/utils/platform/i18n';
import type { Draft } from '@/utils/storage/drafts';
import type { PanelEnvironment } from './environment';
import type { FlowAction, FlowState } from './flow-state';
import { situationPage, type FlowView } from './flow-view';

/** The draft's storage: written when the page goes, a failed write said, the stored draft brought back. */
export function useDraftStorage(env: PanelEnvironment, dispatch: Dispatch<FlowAction>): void {
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
}

/** The draft as the panel shows it now, with `change` made. */
function draftOf(state: FlowState, view: FlowView, change: Partial<Draft> = {}): Draft {
  return {
    recipient: state.recipient,
    topic: view.topic?.id ?? '',
    channel: view.channel?.id ?? '',
    fields: state.typed,
    message: view.message,
    subject: state.subjectEdited,
    edited: state.edited,
    updatedAt: Date.now(),
    ...change,
  };
}

/**
 * The shopper's changes to the form, each kept as a draft; `keepDraft` keeps one for any other change (a
 * channel used).
 */
export function draftEdits(
  context: PageContext,
  env: PanelEnvironment,
  language: Language,
  state: FlowState,
  view: FlowView,
  dispatch: Dispatch<FlowAction>,
) {
  const keepDraft = (change: Partial<Draft>) => {
    env.saveDraft(draftOf(state, view, change));
    dispatch({ type: 'draft-kept' });
  };

  /** The situation stays when the recipient changes: its topic with the new recipient, if it has one. */
  const chooseRecipient = (next: Recipient) => {
    const situation = view.situation;
    const topicId =
      (situation && situation !== 'other' ? situationTopic(situation, next, situationPage(context))?.id : undefined) ??
      topicsFor(context.marketplace, next, context.kind)[0]?.id ??
      '';
    dispatch({ type: 'recipient', recipient: next, topicId });
    keepDraft({ recipient: next, topic: topicId, channel: '' });
  };

  // Kept at once, not after a pause: the page read anew may draw the panel afresh a moment later, and the
  // choice comes back from the draft.
  const chooseSituation = (card: SituationCard) => {
    dispatch({ type: 'situation', situation: card.id, recipient: card.recipient, topicId: card.topicId });
    keepDraft({ recipient: card.recipient, topic: card.topicId, channel: '' });
    env.flushDraft();
  };

  /** «Другое»: the full list, on the topic already chosen. */
  const chooseOther = () => {
    dispatch({ type: 'situation', situation: 'other', recipient: state.recipient, topicId: view.topic?.id ?? state.topicId });
  };

  const chooseTopic = (next: string) => {
    dispatch({ type: 'topic', topicId: next });
    keepDraft({ topic: next, channel: '' });
  };

  const type = (name: ContextFieldName, value: string) => {
    dispatch({ type: 'field', name, value });
    keepDraft({ fields: { ...state.typed, [name]: value } });
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
    keepDraft({ edited: false, message: view.template.body, subject: undefined });
  };

  // Discarding is destructive: what was there comes back with "undo", until the next change.
  const discard = () => {
    const draft = draftOf(state, view);
    env.discardDraft();
    dispatch({ type: 'discard', draft, notice: { kind: 'status', text: t('draftDiscarded', language) } });
  };

  const undoDiscard = () => {
    if (!state.discarded) return;
    env.saveDraft({ ...state.discarded, updatedAt: Date.now() });
    env.flushDraft();
    dispatch({ type: 'undo-discard' });
  };

  return { keepDraft, chooseRecipient, chooseSituation, chooseOther, chooseTopic, type, editMessage, editSubject, backToTemplate, discard, undoDiscard };
}
