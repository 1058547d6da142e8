/**
 * The contact flow in the panel: whom to write to → about what → the message, prefilled from the page and
 * editable → send it through a channel, copy it, save it. What is typed is kept as a draft until it is
 * saved or discarded. This file draws it, from its parts (`FlowChoices.tsx`, `MessageBox.tsx`,
 * `ChannelList.tsx`, `SaveRow.tsx`); `use-contact-flow.ts` is its behaviour, `flow-state.ts` its state.
 */
import type { PageContext } from '@/utils/marketplaces/types';
import type { Settings } from '@/utils/storage/settings';
import { checklist } from '@/utils/templates';
import { ChannelList } from './ChannelList';
import type { PanelEnvironment } from './environment';
import { MissingFields, RecipientSelect, TopicSelect } from './FlowChoices';
import { Advice, Checklist, Escalation, SupportScope } from './Guidance';
import { MessageBox } from './MessageBox';
import { FlowNotices, SaveRow } from './SaveRow';
import { useContactFlow } from './use-contact-flow';
import { useT } from '@/components/settings';

interface Props {
  context: PageContext;
  env: PanelEnvironment;
  settings: Settings;
  marketplaceName: string;
  /** The marketplace page's address (the frame's own is the extension's). */
  pageUrl: string;
  /** An inquiry was saved. */
  onSaved?: () => void;
}

export function ContactFlow({ context, env, settings, marketplaceName, pageUrl, onSaved }: Props) {
  const t = useT();
  const { language, corrections } = settings;
  const flow = useContactFlow({ context, env, settings, pageUrl, onSaved });
  const { fromPage, topics, topic, channel, message, subject, currentKey, overLimits } = flow;
  const { recipient, typed, edited, restored, saving, savedKey, hasDraft, notice, draftProblem, discarded } = flow.state;
  const { chooseRecipient, chooseTopic, type, editMessage, editSubject, backToTemplate, discard, undoDiscard, copy, copyValue, save } =
    flow.actions;

  const missing = (topic?.needs ?? []).filter((name) => !fromPage[name]);

  return (
    <div class="mh-flow">
      <RecipientSelect recipient={recipient} marketplaceName={marketplaceName} onChoose={chooseRecipient} />
      <TopicSelect topics={topics} topic={topic} kind={context.kind} language={language} onChoose={chooseTopic} />
      {missing.length > 0 && <MissingFields names={missing} typed={typed} onType={type} />}

      {topic && <Checklist items={checklist(topic.id, language)} />}

      {restored && <p class="mh-muted" data-testid="mh-draft-note">{t('draftRestored')}</p>}

      <MessageBox
        subject={subject}
        message={message}
        edited={edited}
        publicChannel={channel?.public}
        onSubject={editSubject}
        onMessage={editMessage}
        onBackToTemplate={backToTemplate}
      />

      <ChannelList flow={flow} settings={settings} url={context.url} />

      <SaveRow
        saving={saving}
        saved={savedKey === currentKey}
        canSave={!!topic}
        hasDraft={hasDraft}
        onCopy={() => void copy()}
        onSave={() => void save()}
        onDiscard={discard}
      />
      <FlowNotices notice={notice} undoable={!!discarded} draftProblem={draftProblem} overLimits={overLimits} onUndo={undoDiscard} />

      <Advice marketplace={context.marketplace} />
      {recipient === 'support' && <SupportScope marketplace={context.marketplace} />}
      {recipient === 'support' && (
        <Escalation marketplace={context.marketplace} corrections={corrections} onCopy={(text) => void copyValue(text, 'addressCopied')} />
      )}
    </div>
  );
}
