import { describe, expect, it } from 'vitest';
import { flowReducer, initialFlow, type FlowAction, type FlowState } from '../../entrypoints/panel/flow-state';
import type { Draft } from '../../utils/storage/drafts';

const stored: Draft = {
  recipient: 'support',
  topic: 'damaged-item',
  channel: 'ozon-support-chat',
  fields: { orderId: '46206571-0591' },
  message: 'Текст из черновика',
  subject: 'Тема из черновика',
  edited: true,
  updatedAt: 1,
};

const run = (actions: FlowAction[], from: FlowState = initialFlow('seller', 'product-question')) =>
  actions.reduce(flowReducer, from);

describe('the contact flow state', () => {
  it('restores a draft that arrives before the shopper did anything, and says so', () => {
    const state = run([{ type: 'draft-loaded', draft: stored }]);
    expect(state).toMatchObject({
      recipient: 'support',
      topicId: 'damaged-item',
      channelId: 'ozon-support-chat',
      typed: { orderId: '46206571-0591' },
      edited: true,
      editedText: 'Текст из черновика',
      subjectEdited: 'Тема из черновика',
      hasDraft: true,
      restored: true,
    });
  });

  it('keeps what was typed when the draft arrives after the shopper typed', () => {
    const state = run([
      { type: 'message', value: 'Мой новый текст' },
      { type: 'field', name: 'article', value: '987654321' },
      { type: 'draft-loaded', draft: stored },
    ]);
    expect(state).toMatchObject({
      recipient: 'seller',
      topicId: 'product-question',
      editedText: 'Мой новый текст',
      edited: true,
      typed: { article: '987654321' },
      restored: false,
    });
    expect(state.subjectEdited).toBeUndefined();
  });

  for (const first of [
    { type: 'recipient', recipient: 'support', topicId: 'where-is-order' },
    { type: 'topic', topicId: 'size' },
    { type: 'subject', value: 'Моя тема' },
    { type: 'channel', channelId: 'ozon-seller-chat' },
    { type: 'back-to-template' },
  ] satisfies FlowAction[]) {
    it(`drops a late draft after the shopper's "${first.type}"`, () => {
      const before = run([first]);
      expect(run([{ type: 'draft-loaded', draft: stored }], before)).toBe(before);
    });
  }

  it('changes nothing when there is no draft', () => {
    const start = initialFlow('seller', 'product-question');
    expect(run([{ type: 'draft-loaded', draft: undefined }], start)).toBe(start);
  });

  it('opens on the page read anew until the shopper changes something, never after', () => {
    const opening = { type: 'opening', situation: 'defect', recipient: 'support', topicId: 'defect' } as const;
    expect(run([opening])).toMatchObject({ situation: 'defect', topicId: 'defect', touched: false });
    const typed = run([{ type: 'message', value: 'Мой текст' }, opening]);
    expect(typed.topicId).not.toBe('defect');
    expect(run([{ type: 'situation', situation: 'refund', recipient: 'support', topicId: 'refund-missing' }, opening])).toMatchObject({
      situation: 'refund',
      topicId: 'refund-missing',
    });
  });

  it('forgets the chosen channel and its opening when the topic or the recipient changes', () => {
    const opened = run([{ type: 'channel', channelId: 'ozon-seller-chat' }, { type: 'channel-opened' }]);
    expect(opened).toMatchObject({ channelId: 'ozon-seller-chat', channelOpened: true });
    expect(run([{ type: 'topic', topicId: 'size' }], opened)).toMatchObject({ channelId: undefined, channelOpened: false });
    expect(run([{ type: 'recipient', recipient: 'support', topicId: 'where-is-order' }], opened)).toMatchObject({
      channelId: undefined,
      channelOpened: false,
    });
  });

  it('goes back to the template: the text and the subject follow it again', () => {
    const state = run([{ type: 'message', value: 'x' }, { type: 'subject', value: 'y' }, { type: 'back-to-template' }]);
    expect(state).toMatchObject({ edited: false, subjectEdited: undefined });
  });

  it('discards the draft: typed values, edits and notices gone, the choice of topic kept', () => {
    const state = run([
      { type: 'draft-loaded', draft: stored },
      { type: 'channel-opened' },
      { type: 'notice', notice: { kind: 'status', text: 'ok' } },
      { type: 'discard' },
    ]);
    expect(state).toMatchObject({
      topicId: 'damaged-item',
      typed: {},
      edited: false,
      editedText: '',
      subjectEdited: undefined,
      channelOpened: false,
      hasDraft: false,
      restored: false,
      notice: undefined,
    });
  });

  it('brings a discarded draft back on undo, even after the shopper had typed', () => {
    const notice = { kind: 'status', text: 'discarded' } as const;
    const discarded = run([
      { type: 'message', value: 'Мой текст' },
      { type: 'discard', draft: stored, notice },
    ]);
    expect(discarded).toMatchObject({ edited: false, hasDraft: false, notice, discarded: stored });
    expect(run([{ type: 'undo-discard' }], discarded)).toMatchObject({
      recipient: 'support',
      topicId: 'damaged-item',
      channelId: 'ozon-support-chat',
      typed: { orderId: '46206571-0591' },
      edited: true,
      editedText: 'Текст из черновика',
      subjectEdited: 'Тема из черновика',
      hasDraft: true,
      notice: undefined,
      discarded: undefined,
    });
  });

  it('offers the undo only until the next change: then the discarded draft is gone', () => {
    const state = run([
      { type: 'message', value: 'Мой текст' },
      { type: 'discard', draft: stored },
      { type: 'field', name: 'article', value: '987654321' },
    ]);
    expect(state.discarded).toBeUndefined();
    expect(run([{ type: 'undo-discard' }], state)).toBe(state);
  });

  it('marks what was saved, and keeps the draft when something was typed while saving', () => {
    const saving = run([{ type: 'draft-loaded', draft: stored }, { type: 'saving' }]);
    expect(saving).toMatchObject({ saving: true, notice: undefined });
    const notice = { kind: 'status', text: 'saved' } as const;
    expect(run([{ type: 'saved', key: 'k', draftDiscarded: true, notice, inquiryId: 'i1', sent: true }], saving)).toMatchObject({
      saving: false,
      savedKey: 'k',
      hasDraft: false,
      restored: false,
      notice,
    });
    expect(run([{ type: 'saved', key: 'k', draftDiscarded: false, notice, inquiryId: 'i1', sent: true }], saving)).toMatchObject({ hasDraft: true, savedKey: 'k' });
    // The inquiry recorded is kept for "undo"; taken back, the text is a draft again.
    const recorded = run([{ type: 'saved', key: 'k', draftDiscarded: true, notice, inquiryId: 'i1', sent: true }], saving);
    expect(recorded.recorded).toEqual({ inquiryId: 'i1', sent: true });
    expect(run([{ type: 'unrecorded', notice }], recorded)).toMatchObject({ recorded: undefined, savedKey: undefined, hasDraft: true, channelOpened: false });
    // A change after the save offers saving again.
    expect(run([{ type: 'saved', key: 'k', draftDiscarded: true, notice, inquiryId: 'i1', sent: true }, { type: 'draft-kept' }], saving)).toMatchObject({
      savedKey: undefined,
      hasDraft: true,
    });
  });

  it('keeps the text on a refused save and shows why', () => {
    const notice = { kind: 'error', text: 'refused' } as const;
    const state = run([{ type: 'message', value: 'Мой текст' }, { type: 'saving' }, { type: 'save-failed', notice }]);
    expect(state).toMatchObject({ saving: false, editedText: 'Мой текст', notice });
  });

  it('says when a draft could not be written, the text staying, until one is kept or it is discarded', () => {
    const full = run([{ type: 'message', value: 'Мой текст' }, { type: 'draft-kept' }, { type: 'draft-written', problem: 'full' }]);
    expect(full).toMatchObject({ draftProblem: 'full', editedText: 'Мой текст', hasDraft: true });
    expect(flowReducer(full, { type: 'draft-written', problem: undefined }).draftProblem).toBeUndefined();
    expect(flowReducer(full, { type: 'discard' }).draftProblem).toBeUndefined();
  });
});
