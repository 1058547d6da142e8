/**
 * The contact flow in the panel: whom to write to → about what → the message, prefilled from the page and
 * editable → send it through a channel, copy it, save it. What is typed is kept as a draft until it is
 * saved or discarded. This file draws it; `use-contact-flow.ts` is its behaviour, `flow-state.ts` its state.
 */
import { channelById, withCorrection } from '@/utils/catalogue';
import type { ContextFieldName, Recipient, Topic } from '@/utils/catalogue/types';
import { type MessageKey } from '@/utils/platform/i18n';
import type { PageContext } from '@/utils/marketplaces/types';
import type { Settings } from '@/utils/storage/settings';
import { DRAFT_LIMITS } from '@/utils/storage/drafts';
import { callScript, checklist } from '@/utils/templates';
import { Icon } from '@/components/Icon';
import { ChannelRow } from './ChannelRow';
import type { PanelEnvironment } from './environment';
import { Advice, Checklist, Escalation, SupportScope } from './Guidance';
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

const FIELD_LABEL: Record<ContextFieldName, MessageKey> = {
  article: 'fieldArticle',
  title: 'fieldTitleInput',
  seller: 'fieldSeller',
  orderId: 'fieldOrderId',
  orderDate: 'fieldOrderDate',
};

export function ContactFlow({ context, env, settings, marketplaceName, pageUrl, onSaved }: Props) {
  const t = useT();
  const { language, profile, corrections } = settings;
  const page = new URL(context.url);
  const host = page.hostname.replace(/^www\./, '');
  const flow = useContactFlow({ context, env, settings, pageUrl, onSaved });
  const { fromPage, topics, topic, channels, channel, fields, message, subject, currentKey, overLimits } = flow;
  const { recipient, typed, edited, restored, saving, savedKey, hasDraft, notice, draftProblem, discarded } = flow.state;
  const { chooseRecipient, chooseTopic, type, editMessage, editSubject, backToTemplate, discard, undoDiscard, copy, copyValue, use, save } =
    flow.actions;

  const missing = (topic?.needs ?? []).filter((name) => !fromPage[name]);
  const fitting = topics.filter((tp) => tp.fits.includes(context.kind));
  const others = topics.filter((tp) => !tp.fits.includes(context.kind));
  const topicOption = (tp: Topic) => (
    <option key={tp.id} value={tp.id}>
      {tp.name[language]}
    </option>
  );

  return (
    <div class="mh-flow">
      <div class="mh-row">
        <label class="mh-label" for="mh-recipient">{t('recipientLabel')}</label>
        <select
          id="mh-recipient"
          data-testid="mh-recipient"
          value={recipient}
          onChange={(e) => chooseRecipient((e.currentTarget as HTMLSelectElement).value as Recipient)}
        >
          <option value="seller">{t('recipientSeller')}</option>
          <option value="support">{t('recipientSupport', marketplaceName)}</option>
        </select>
      </div>

      <div class="mh-row">
        <label class="mh-label" for="mh-topic">{t('topicLabel')}</label>
        <select
          id="mh-topic"
          data-testid="mh-topic"
          value={topic?.id}
          onChange={(e) => chooseTopic((e.currentTarget as HTMLSelectElement).value)}
        >
          {fitting.length > 0 && others.length > 0 ? (
            <>
              <optgroup label={t('topicsForPage')}>{fitting.map(topicOption)}</optgroup>
              <optgroup label={t('topicsOther')}>{others.map(topicOption)}</optgroup>
            </>
          ) : (
            topics.map(topicOption)
          )}
        </select>
      </div>

      {missing.length > 0 && (
        <fieldset class="mh-missing">
          <legend class="mh-muted">{t('missingFieldsIntro')}</legend>
          {missing.map((name) => (
            <div class="mh-row" key={name}>
              <label class="mh-label" for={`mh-field-${name}`}>{t(FIELD_LABEL[name])}</label>
              {name === 'orderDate' ? (
                <input
                  id={`mh-field-${name}`}
                  data-testid={`mh-field-${name}`}
                  type="date"
                  value={typed[name] ?? ''}
                  onInput={(e) => type(name, e.currentTarget.value)}
                />
              ) : (
                <input
                  id={`mh-field-${name}`}
                  data-testid={`mh-field-${name}`}
                  type="text"
                  inputMode={name === 'article' ? 'numeric' : 'text'}
                  value={typed[name] ?? ''}
                  onInput={(e) => type(name, e.currentTarget.value)}
                />
              )}
            </div>
          ))}
        </fieldset>
      )}

      {topic && <Checklist items={checklist(topic.id, language)} />}

      {restored && <p class="mh-muted" data-testid="mh-draft-note">{t('draftRestored')}</p>}

      <div class="mh-row mh-stack">
        <label class="mh-label" for="mh-subject">{t('subjectLabel')}</label>
        <input
          id="mh-subject"
          data-testid="mh-subject"
          type="text"
          value={subject}
          onInput={(e) => editSubject((e.currentTarget as HTMLInputElement).value)}
        />
      </div>
      <div class="mh-row mh-stack">
        <label class="mh-label" for="mh-message">{t('messageLabel')}</label>
        <textarea
          id="mh-message"
          data-testid="mh-message"
          rows={9}
          aria-describedby={channel?.public ? 'mh-public-note' : undefined}
          value={message}
          onInput={(e) => editMessage((e.currentTarget as HTMLTextAreaElement).value)}
        />
        {edited && (
          <p class="mh-muted">
            {t('messageEdited')}{' '}
            <button type="button" class="link" data-testid="mh-reset" onClick={backToTemplate}>
              {t('messageReset')}
            </button>
          </p>
        )}
      </div>
      {channel?.public && (
        <p id="mh-public-note" class="mh-note" data-testid="mh-public-note">
          {t('publicNote')}
        </p>
      )}

      <div class="mh-channels" role="group" aria-labelledby="mh-channels-label">
        <p class="mh-label" id="mh-channels-label">{t('channelsLabel')}</p>
        {channels.length === 0 && <p class="mh-muted">{t('noChannels')}</p>}
        {channels.map((c) => (
          <ChannelRow
            key={c.id}
            channel={c}
            selected={c.id === channel?.id}
            subject={subject}
            message={message}
            host={host}
            origin={page.origin}
            related={c.related?.map(channelById).filter((r) => r !== undefined).map((r) => withCorrection(r, corrections))}
            callScript={
              c.access.type === 'phone' && topic
                ? callScript({ topic: topic.id, recipient, fields, profile, language })
                : undefined
            }
            onUse={(chosen, click) => void use(chosen, click)}
            onCopy={(text, done) => void copyValue(text, done)}
          />
        ))}
      </div>

      <div class="actions mh-save-row">
        <button type="button" data-testid="mh-copy" onClick={() => void copy()}>
          <Icon name="copy" />
          {t('copy')}
        </button>
        <button
          type="button"
          class="primary"
          data-testid="mh-save"
          disabled={saving || !topic || savedKey === currentKey}
          onClick={() => void save()}
        >
          {savedKey === currentKey && <Icon name="check" />}
          {saving ? t('saving') : savedKey === currentKey ? t('saved') : t('save')}
        </button>
        {hasDraft && (
          <button
            type="button"
            class="quiet danger icon-only apart"
            data-testid="mh-discard"
            aria-label={t('discard')}
            title={t('discard')}
            onClick={discard}
          >
            <Icon name="trash" />
          </button>
        )}
      </div>
      <p class="mh-status" role="status" aria-live="polite" data-testid={notice?.kind === 'status' ? 'mh-status' : undefined}>
        {notice?.kind === 'status' ? notice.text : ''}
        {discarded && (
          <>
            {' '}
            <button type="button" class="link" data-testid="mh-discard-undo" onClick={undoDiscard}>
              {t('popupUndo')}
            </button>
          </>
        )}
      </p>
      {notice?.kind === 'error' && (
        <p class="mh-error" role="alert" data-testid="mh-error">
          {notice.text}
        </p>
      )}
      {draftProblem && (
        <p class="mh-error" role="alert" data-testid="mh-draft-problem" data-problem={draftProblem}>
          {t(draftProblem === 'full' ? 'draftStorageFull' : 'draftNotKept')}
        </p>
      )}
      {overLimits && (
        <p class="mh-note" role="status" data-testid="mh-draft-limit">
          {t('draftTooLong', DRAFT_LIMITS.message, DRAFT_LIMITS.subject, DRAFT_LIMITS.field)}
        </p>
      )}

      <Advice marketplace={context.marketplace} />
      {recipient === 'support' && <SupportScope marketplace={context.marketplace} />}
      {recipient === 'support' && (
        <Escalation marketplace={context.marketplace} corrections={corrections} onCopy={(text) => void copyValue(text, 'addressCopied')} />
      )}
    </div>
  );
}
