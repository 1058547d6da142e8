/**
 * What follows from the contact flow's state, worked out afresh on each render: the topics, the topic, the
 * channels open on this page, the message from its template (or as the shopper edited it), and the key
 * that tells one text from another.
 */
import { channelsFor, topicById, topicsFor, withCorrection, type CorrectedChannel } from '@/utils/catalogue';
import { cardOfTopic, situationCards, type SituationPage } from '@/utils/catalogue/situations';
import type { Channel, Topic } from '@/utils/catalogue/types';
import type { PageContext, PageTarget } from '@/utils/marketplaces/types';
import { draftOverLimits } from '@/utils/storage/drafts';
import type { Settings } from '@/utils/storage/settings';
import { buildMessage, cleanFields, type MessageFields } from '@/utils/templates';
import type { PanelEnvironment } from './environment';
import type { FlowState } from './flow-state';

/** What the contact flow is given. */
export interface FlowInput {
  context: PageContext;
  env: PanelEnvironment;
  settings: Settings;
  /** The marketplace page's address (the frame's own is the extension's). */
  pageUrl: string;
  onSaved?: () => void;
}

export type FlowView = ReturnType<typeof deriveFlow>;

/** What tells one text from another: the same key, the same inquiry (a save of it is not offered again). */
export function flowKey(...parts: [recipient: string, topicId: string | undefined, channelId: string | undefined, fields: MessageFields, message: string, subject: string]): string {
  return JSON.stringify(parts);
}

/** The page as the situation cards see it. */
export function situationPage(context: PageContext): SituationPage {
  return { marketplace: context.marketplace, kind: context.kind, orderStatus: context.orderStatus, deliveredDate: context.deliveredDate };
}

/** The situation the flow opens on: the first card of the page, or the recipient's first topic. */
export function openingChoice(context: PageContext, fallback: () => { recipient: Topic['recipient']; topicId: string }) {
  const first = situationCards(situationPage(context))[0];
  return first ? { recipient: first.recipient, topicId: first.topicId, situation: first.id } : { ...fallback(), situation: undefined };
}

/**
 * `targets`: the page's own controls present now, `hidden` those of them not shown; `fromPage`: the fields
 * read from the page.
 */
export function deriveFlow(context: PageContext, settings: Settings, targets: PageTarget[], fromPage: MessageFields, state: FlowState, hidden: PageTarget[] = []) {
  const { language, profile, corrections } = settings;
  const { recipient, typed, edited, editedText, subjectEdited } = state;
  const topics = topicsFor(context.marketplace, recipient, context.kind);
  const topic: Topic | undefined = topicById(context.marketplace, state.topicId) ?? topics[0];
  const cards = situationCards(situationPage(context));
  const situation = state.situation ?? (topic && cardOfTopic(topic.id, recipient, situationPage(context))) ?? 'other';
  const available = (channel: Channel) =>
    channel.access.type !== 'page-target' || targets.includes(channel.access.target);
  const channels: CorrectedChannel[] = topic
    ? channelsFor(topic, available).map((c) => withCorrection(c, corrections))
    : [];
  // A page control the page does not show now is not led with: the next channel is, where there is one.
  const shown = (c: Channel) => c.access.type !== 'page-target' || !hidden.includes(c.access.target);
  const channel = channels.find((c) => c.id === state.channelId) ?? channels.find(shown) ?? channels[0];
  /** The chosen channel first, the others after it (folded in the panel). */
  const others = channels.filter((c) => c !== channel);
  const fields: MessageFields = { ...fromPage, ...cleanFields(typed) };

  const messageFor = (publicChannel: boolean | undefined) =>
    buildMessage({ topic: topic!.id, recipient, fields, items: context.items, public: publicChannel, profile, language });
  const template = topic ? messageFor(channel?.public) : { subject: '', body: '', cursor: 0, cursorEnd: 0 };
  const message = edited ? editedText : template.body;
  const subject = subjectEdited ?? template.subject;
  const currentKey = flowKey(recipient, topic?.id, channel?.id, fields, message, subject);
  /** What is typed is longer than a draft keeps (the draft keeps its beginning; the panel says so). */
  const overLimits = draftOverLimits({ message, subject: subjectEdited, fields: typed });
  return { topics, topic, cards, situation, channels, channel, others, fields, messageFor, template, message, subject, currentKey, overLimits };
}
