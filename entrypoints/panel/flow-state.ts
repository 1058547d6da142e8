/**
 * The contact flow's state and every change to it, as one reducer: pure, so it is tested without a DOM.
 * The shopper's own changes mark the flow touched; a stored draft that arrives after that is dropped, so
 * it never overwrites what was typed (the draft is read asynchronously while the shopper may already type).
 */
import type { ContextFieldName, Recipient } from '@/utils/catalogue/types';
import type { Draft } from '@/utils/storage/drafts';
import type { DraftProblem } from './environment';
import type { MessageFields } from '@/utils/templates';

export type Notice = { kind: 'status' | 'error'; text: string } | undefined;

export interface FlowState {
  recipient: Recipient;
  topicId: string;
  /** The channel chosen; absent: the topic's first. */
  channelId?: string;
  /** What the shopper typed in where the page had nothing. */
  typed: MessageFields;
  /** The shopper changed the text: it no longer follows the template. */
  edited: boolean;
  editedText: string;
  /** A subject the shopper typed; absent while it follows the template. */
  subjectEdited?: string;
  /** A channel was opened (or its page control shown): saving makes the inquiry sent. */
  channelOpened: boolean;
  hasDraft: boolean;
  /** The draft on show was restored from storage (and the panel says so). */
  restored: boolean;
  saving: boolean;
  /** What was last saved (the flow's key at that moment): saving it again is offered no more. */
  savedKey?: string;
  notice: Notice;
  /** The last draft write failed (the disk full, or otherwise): the panel says so, the text stays. */
  draftProblem?: DraftProblem;
  /** The shopper changed something: a draft arriving now is older than what is on screen. */
  touched: boolean;
  /** The draft just discarded, to bring back until the next change. */
  discarded?: Draft;
}

export type FlowAction =
  | { type: 'draft-loaded'; draft: Draft | undefined }
  | { type: 'recipient'; recipient: Recipient; topicId: string }
  | { type: 'topic'; topicId: string }
  | { type: 'field'; name: ContextFieldName; value: string }
  | { type: 'message'; value: string }
  | { type: 'subject'; value: string }
  | { type: 'back-to-template' }
  | { type: 'channel'; channelId: string }
  | { type: 'channel-opened' }
  /** The draft was written (or is about to be): it exists, and what was saved is no longer on screen. */
  | { type: 'draft-kept' }
  /** A draft write ended: kept (undefined), or why not. */
  | { type: 'draft-written'; problem: DraftProblem | undefined }
  /** `draft`: the draft as it was, which "undo" brings back. */
  | { type: 'discard'; draft?: Draft; notice?: Notice }
  | { type: 'undo-discard' }
  | { type: 'notice'; notice: Notice }
  | { type: 'saving' }
  | { type: 'save-failed'; notice: Notice }
  | { type: 'saved'; key: string; draftDiscarded: boolean; notice: Notice };

export function initialFlow(recipient: Recipient, topicId: string): FlowState {
  return {
    recipient,
    topicId,
    typed: {},
    edited: false,
    editedText: '',
    channelOpened: false,
    hasDraft: false,
    restored: false,
    saving: false,
    notice: undefined,
    touched: false,
  };
}

export function flowReducer(state: FlowState, action: FlowAction): FlowState {
  switch (action.type) {
    case 'draft-loaded': {
      const draft = action.draft;
      if (!draft || state.touched) return state;
      return {
        ...state,
        recipient: draft.recipient,
        topicId: draft.topic,
        channelId: draft.channel,
        typed: draft.fields,
        edited: draft.edited,
        editedText: draft.message,
        subjectEdited: draft.subject,
        hasDraft: true,
        restored: true,
      };
    }
    case 'recipient':
      return { ...touch(state), recipient: action.recipient, topicId: action.topicId, channelId: undefined, channelOpened: false };
    case 'topic':
      return { ...touch(state), topicId: action.topicId, channelId: undefined, channelOpened: false };
    case 'field':
      return { ...touch(state), typed: { ...state.typed, [action.name]: action.value } };
    case 'message':
      return { ...touch(state), edited: true, editedText: action.value };
    case 'subject':
      return { ...touch(state), subjectEdited: action.value };
    case 'back-to-template':
      return { ...touch(state), edited: false, subjectEdited: undefined };
    case 'channel':
      return { ...touch(state), channelId: action.channelId };
    case 'channel-opened':
      return { ...state, channelOpened: true };
    case 'draft-kept':
      return { ...touch(state), hasDraft: true, savedKey: undefined };
    case 'draft-written':
      return state.draftProblem === action.problem ? state : { ...state, draftProblem: action.problem };
    case 'discard':
      return {
        ...state,
        draftProblem: undefined,
        typed: {},
        edited: false,
        editedText: '',
        subjectEdited: undefined,
        channelOpened: false,
        hasDraft: false,
        restored: false,
        notice: action.notice,
        discarded: action.draft,
      };
    case 'undo-discard': {
      const draft = state.discarded;
      if (!draft) return state;
      return {
        ...state,
        recipient: draft.recipient,
        topicId: draft.topic,
        channelId: draft.channel || undefined,
        typed: draft.fields,
        edited: draft.edited,
        editedText: draft.message,
        subjectEdited: draft.subject,
        hasDraft: true,
        notice: undefined,
        discarded: undefined,
      };
    }
    case 'notice':
      return { ...state, notice: action.notice };
    case 'saving':
      return { ...state, saving: true, notice: undefined };
    case 'save-failed':
      return { ...state, saving: false, notice: action.notice };
    case 'saved':
      return {
        ...state,
        saving: false,
        hasDraft: action.draftDiscarded ? false : state.hasDraft,
        restored: false,
        savedKey: action.key,
        notice: action.notice,
      };
  }
}

/** The shopper changed something: a draft arriving later is dropped, and a discarded one is gone for good. */
function touch(state: FlowState): FlowState {
  return state.touched && !state.discarded ? state : { ...state, touched: true, discarded: undefined };
}
