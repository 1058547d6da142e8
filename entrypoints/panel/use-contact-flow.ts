/**
 * The contact flow's behaviour: what follows from the state (the topic, the channels, the message from
 * its template), the draft kept and restored, the channels used, the save. The view is `ContactFlow.tsx`;
 * the state and its changes are `flow-state.ts`; the parts of the behaviour are `flow-view.ts`,
 * `use-flow-drafts.ts`, `flow-channel-use.ts` and `use-flow-save.ts`.
 */
import { useEffect, useMemo, useReducer } from 'preact/hooks';
import { defaultRecipient, topicsFor } from '@/utils/catalogue';
import { fieldsFromContext } from '@/utils/templates';
import { channelUse } from './flow-channel-use';
import { flowReducer, initialFlow } from './flow-state';
import { deriveFlow, openingChoice, type FlowInput } from './flow-view';
import { draftEdits, useDraftStorage } from './use-flow-drafts';
import { useSave } from './use-flow-save';

export type ContactFlowModel = ReturnType<typeof useContactFlow>;

export function useContactFlow(input: FlowInput) {
  const { context, env, settings } = input;
  const fromPage = useMemo(() => fieldsFromContext(context), [context]);
  // Asked on every render: the page's own widgets may arrive after the panel opened.
  const targets = env.targets();

  const opening = () =>
    openingChoice(context, () => {
      const recipient = defaultRecipient(context.kind, context.marketplace);
      return { recipient, topicId: topicsFor(context.marketplace, recipient, context.kind)[0]?.id ?? '' };
    });
  const [state, dispatch] = useReducer(flowReducer, undefined, () => {
    const first = opening();
    return { ...initialFlow(first.recipient, first.topicId), situation: first.situation };
  });
  // The page read again (an order's status arrived, a card chosen) before the shopper changed anything:
  // the flow opens on what the page now makes likeliest.
  const openingKey = JSON.stringify(opening());
  useEffect(() => dispatch({ type: 'opening', ...opening() }), [openingKey]);
  const view = deriveFlow(context, settings, targets, fromPage, state, env.hiddenTargets());
  const { save, unsave } = useSave(input, state, view, dispatch);
  useDraftStorage(env, dispatch);
  const { keepDraft, ...edits } = draftEdits(context, env, settings.language, state, view, dispatch);
  const { copy, copyValue, use } = channelUse(env, settings.language, state, view, dispatch, keepDraft, save);

  const { topics, topic, cards, situation, channels, channel, others, fields, message, subject, currentKey, overLimits } = view;
  return {
    state,
    fromPage,
    topics,
    topic,
    cards,
    situation,
    channels,
    channel,
    others,
    template: view.template,
    fields,
    message,
    subject,
    currentKey,
    overLimits,
    actions: { ...edits, copy, copyValue, use, save, unsave: () => unsave(() => keepDraft({})) },
  };
}
