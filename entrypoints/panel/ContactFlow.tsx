/**
 * The contact flow in the panel, message first: what happened (a situation, one tap) → the drafted
 * message, with the cursor where the shopper adds their words → the chosen channel, whose button sends
 * and records the inquiry at once (with "undo" in place) → the other channels and the advice, folded. What
 * is typed is kept as a draft until it is recorded or discarded. This file draws it, from its parts
 * (`SituationCards.tsx`, `FlowChoices.tsx`, `MessageBox.tsx`, `ChannelList.tsx`, `SaveRow.tsx`);
 * `use-contact-flow.ts` is its behaviour, `flow-state.ts` its state.
 */
import type { PageContext } from '@/utils/marketplaces/types';
import type { Settings } from '@/utils/storage/settings';
import { checklist } from '@/utils/templates';
import { ChannelList } from './ChannelList';
import type { PanelEnvironment } from './environment';
import { MissingFields, RecipientSelect, TopicSelect } from './FlowChoices';
import { Advice, Checklist, Escalation, SupportScope } from './Guidance';
import { InsertRow } from './InsertRow';
import { MessageBox } from './MessageBox';
import { FlowNotices, SaveRow } from './SaveRow';
import { SituationCards } from './SituationCards';
import { useContactFlow } from './use-contact-flow';
import { useT } from '@/components/settings';

interface Props {
  context: PageContext;
  env: PanelEnvironment;
  settings: Settings;
  marketplaceName: string;
  /** The marketplace page's address (the frame's own is the extension's). */
  pageUrl: string;
  /** Counts the panel's openings: each puts the focus in the message. */
  opened: number;
  /** An inquiry was saved. */
  onSaved?: () => void;
}

export function ContactFlow({ context, env, settings, marketplaceName, pageUrl, opened, onSaved }: Props) {
  const t = useT();
  const { language, corrections } = settings;
  const flow = useContactFlow({ context, env, settings, pageUrl, onSaved });
  const { fromPage, topics, topic, cards, situation, channel, template, message, subject, currentKey, overLimits } = flow;
  const { recipient, typed, edited, restored, saving, savedKey, hasDraft, notice, draftProblem, discarded, recorded } = flow.state;
  const a = flow.actions;

  const missing = (topic?.needs ?? []).filter((name) => !fromPage[name]);
  const saved = savedKey === currentKey;

  return (
    <div class="mh-flow">
      <SituationCards cards={cards} chosen={situation} onChoose={a.chooseSituation} onOther={a.chooseOther} />
      <RecipientSelect recipient={recipient} marketplaceName={marketplaceName} onChoose={a.chooseRecipient} />
      {situation === 'other' && <TopicSelect topics={topics} topic={topic} kind={context.kind} language={language} onChoose={a.chooseTopic} />}
      {missing.length > 0 && <MissingFields names={missing} typed={typed} onType={a.type} />}
      <MessageBox
        subject={subject}
        message={message}
        blank={{ start: template.cursor, end: template.cursorEnd }}
        draftedFor={`${recipient}:${topic?.id}`}
        opened={opened}
        withSubject={channel?.access.type === 'email'}
        edited={edited}
        publicChannel={channel?.public}
        onSubject={a.editSubject}
        onMessage={a.editMessage}
        onBackToTemplate={a.backToTemplate}
      />
      {/* Under the message: the draft arrives a moment after the panel opens, and moves nothing above it. */}
      {restored && <p class="mh-muted" data-testid="mh-draft-note">{t('draftRestored')}</p>}

      <ChannelList flow={flow} settings={settings} url={context.url} part="chosen" />
      <FlowNotices
        notice={notice}
        undoable={!!discarded}
        recorded={saved && recorded?.sent === true}
        draftProblem={draftProblem}
        overLimits={overLimits}
        onUndo={a.undoDiscard}
        onUnrecord={() => void a.unsave()}
      />
      <SaveRow
        saving={saving}
        saved={saved}
        canSave={!!topic}
        hasDraft={hasDraft}
        onCopy={() => void a.copy()}
        onSave={() => void a.save()}
        onDiscard={a.discard}
      />
      <InsertRow env={env} text={message} />
      <ChannelList flow={flow} settings={settings} url={context.url} part="others" />

      <details class="mh-more" data-testid="mh-guidance">
        <summary>{t('guidanceTitle')}</summary>
        {topic && <Checklist items={checklist(topic.id, language)} />}
        <Advice marketplace={context.marketplace} />
        {recipient === 'support' && <SupportScope marketplace={context.marketplace} />}
        {recipient === 'support' && (
          <Escalation marketplace={context.marketplace} corrections={corrections} onCopy={(text) => void a.copyValue(text, 'addressCopied')} />
        )}
      </details>
    </div>
  );
}
