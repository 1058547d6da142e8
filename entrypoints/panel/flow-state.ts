/**
 * The contact flow's state and every change to it, as one reducer: pure, so it is tested without a DOM.
 * The shopper's own changes mark the flow touched; a stored draft that arrives after that is dropped, so
 * it never overwrites what was typed (the draft is read asynchronously while the shopper may already type).
 */
import type { SituationId } from '@/utils/catalogue/situations';
import type { ContextFieldName, Recipient } from '@/utils/catalogue/types';
import type { Draft } from '@/utils/storage/drafts';
import type { DraftProblem } from './environment';
import type { MessageFields } from '@/utils/templates';

export type Notice = { kind: 'status' | 'error'; text: string } | undefined;

export interface FlowState {
  recipient: Recipient;
  topicId: string;
  /** The situation card chosen; 'other': a topic of the full list; absent: the topic's own card, if any. */
  situation?: SituationId | 'other';
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
  /** The inquiry last recorded here, and whether as sent: "undo" takes it back while it is on screen. */
  recorded?: { inquiryId: string; sent: boolean };
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
  | { type: 'situation'; situation: SituationId | 'other'; recipient: Recipient; topicId: string }
  /** The page read anew before the shopper changed anything: the flow opens on its situation. */
  | { type: 'opening'; situation: SituationId | undefined; recipient: Recipient; topicId: string }
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
  | { type: 'saved'; key: string; draftDiscarded: boolean; notice: Notice; inquiryId: string; sent: boolean }
  /** The inquiry just recorded was taken back: the text is a draft again. */
  | { type: 'unrecorded'; notice: Notice };

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
  return (handlers[action.type] as Handler<FlowAction['type']>)(state, action);
}

type Handler<T extends FlowAction['type']> = (state: FlowState, action: Extract<FlowAction, { type: T }>) => FlowState;

/** What each action does to the state, one entry a type. */
const handlers: { [T in FlowAction['type']]: Handler<T> } = {
  'draft-loaded': (state, { draft }) => (!draft || state.touched ? state : { ...withDraft(state, draft, draft.channel), restored: true }),
  situation: (state, { situation, recipient, topicId }) => ({ ...touch(state), situation, recipient, topicId, channelId: undefined, channelOpened: false }),
  opening: (state, { situation, recipient, topicId }) =>
    state.touched || state.hasDraft ? state : { ...state, situation, recipient, topicId, channelId: undefined },
  recipient: (state, action) => ({ ...touch(state), recipient: action.recipient, topicId: action.topicId, channelId: undefined, channelOpened: false }),
  topic: (state, action) => ({ ...touch(state), situation: 'other', topicId: action.topicId, channelId: undefined, channelOpened: false }),
  field: (state, action) => ({ ...touch(state), typed: { ...state.typed, [action.name]: action.value } }),
  message: (state, action) => ({ ...touch(state), edited: true, editedText: action.value }),
  subject: (state, action) => ({ ...touch(state), subjectEdited: action.value }),
  'back-to-template': (state) => ({ ...touch(state), edited: false, subjectEdited: undefined }),
  channel: (state, action) => ({ ...touch(state), channelId: action.channelId }),
  'channel-opened': (state) => ({ ...state, channelOpened: true }),
  'draft-kept': (state) => ({ ...touch(state), hasDraft: true, savedKey: undefined }),
  'draft-written': (state, action) => (state.draftProblem === action.problem ? state : { ...state, draftProblem: action.problem }),
  discard: (state, action) => ({
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
  }),
  'undo-discard': (state) => {
    const draft = state.discarded;
    if (!draft) return state;
    return { ...withDraft(state, draft, draft.channel || undefined), notice: undefined, discarded: undefined };
  },
  notice: (state, action) => ({ ...state, notice: action.notice }),
  saving: (state) => ({ ...state, saving: true, notice: undefined }),
  'save-failed': (state, action) => ({ ...state, saving: false, notice: action.notice }),
  saved: (state, action) => ({
    ...state,
    saving: false,
    hasDraft: action.draftDiscarded ? false : state.hasDraft,
    restored: false,
    savedKey: action.key,
    notice: action.notice,
    recorded: { inquiryId: action.inquiryId, sent: action.sent },
  }),
  unrecorded: (state, action) => ({ ...state, savedKey: undefined, recorded: undefined, channelOpened: false, hasDraft: true, notice: action.notice }),
};

/** A stored draft back on screen; `channelId` as each caller reads the draft's. */
function withDraft(state: FlowState, draft: Draft, channelId: string | undefined): FlowState {
  return {
    ...state,
    recipient: draft.recipient,
    topicId: draft.topic,
    situation: undefined,
    channelId,
    typed: draft.fields,
    edited: draft.edited,
    editedText: draft.message,
    subjectEdited: draft.subject,
    hasDraft: true,
  };
}

/** The shopper changed something: a draft arriving later is dropped, and a discarded one is gone for good. */
function touch(state: FlowState): FlowState {
  return state.touched && !state.discarded ? state : { ...state, touched: true, discarded: undefined };
}
