/**
 * The contact flow in the panel: whom to write to → about what → the message, prefilled from the page and
 * editable → send it through a channel, copy it, save it. What is typed is kept as a draft until it is
 * saved or discarded.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  channelById,
  channelsFor,
  defaultRecipient,
  topicById,
  topicsFor,
  withCorrection,
  type CorrectedChannel,
} from '../../utils/catalogue';
import type { Channel, ContextFieldName, Recipient, Topic } from '../../utils/catalogue/types';
import type { Draft } from '../../utils/storage/drafts';
import { t, type MessageKey } from '../../utils/platform/i18n';
import type { SaveInquiryRequest } from '../../utils/inquiries/model';
import type { PageContext } from '../../utils/marketplaces/types';
import type { Settings } from '../../utils/storage/settings';
import {
  buildMessage,
  callScript,
  checklist,
  cleanFields,
  fieldsFromContext,
  shortMailBody,
  type MessageFields,
} from '../../utils/templates';
import { buildMailto } from '../../utils/templates/mailto';
import { ChannelRow } from './ChannelRow';
import type { PanelEnvironment } from './environment';
import { Advice, Checklist, Escalation, SupportScope } from './Guidance';
import { saveErrorText } from './save-errors';

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

type Notice = { kind: 'status' | 'error'; text: string } | undefined;

export function ContactFlow({ context, env, settings, marketplaceName, pageUrl, onSaved }: Props) {
  const { language, profile, corrections } = settings;
  const page = new URL(context.url);
  const host = page.hostname.replace(/^www\./, '');
  const fromPage = useMemo(() => fieldsFromContext(context), [context]);
  // Asked on every render: the page's own widgets may arrive after the panel opened.
  const targets = env.targets();

  const [recipient, setRecipient] = useState<Recipient>(defaultRecipient(context.kind, context.marketplace));
  const topics = topicsFor(context.marketplace, recipient, context.kind);
  const [topicId, setTopicId] = useState(topics[0]?.id ?? '');
  const topic: Topic | undefined = topicById(context.marketplace, topicId) ?? topics[0];

  const available = (channel: Channel) =>
    channel.access.type !== 'page-target' || targets.includes(channel.access.target);
  const channels: CorrectedChannel[] = topic
    ? channelsFor(topic, available).map((c) => withCorrection(c, corrections))
    : [];
  const [channelId, setChannelId] = useState<string | undefined>(undefined);
  const channel = channels.find((c) => c.id === channelId) ?? channels[0];

  const [typed, setTyped] = useState<MessageFields>({});
  const fields: MessageFields = { ...fromPage, ...cleanFields(typed) };

  const [edited, setEdited] = useState(false);
  const [editedText, setEditedText] = useState('');
  const [subjectEdited, setSubjectEdited] = useState<string | undefined>(undefined);
  const [channelOpened, setChannelOpened] = useState(false);
  const [hasDraft, setHasDraft] = useState(false);
  const [restored, setRestored] = useState(false);
  const [saving, setSaving] = useState(false);
  const [savedKey, setSavedKey] = useState<string | undefined>(undefined);
  const [notice, setNotice] = useState<Notice>(undefined);
  const loaded = useRef(false);
  /** The shopper changed something before the stored draft arrived: theirs wins. */
  const touched = useRef(false);
  const latestKey = useRef('');

  const messageFor = (publicChannel: boolean | undefined) =>
    buildMessage({ topic: topic!.id, recipient, fields, items: context.items, public: publicChannel, profile, language });
  const template = topic ? messageFor(channel?.public) : { subject: '', body: '' };
  const message = edited ? editedText : template.body;
  const subject = subjectEdited ?? template.subject;
  const currentKey = JSON.stringify([recipient, topic?.id, channel?.id, fields, message, subject]);
  latestKey.current = currentKey;

  // What is typed is written at once when the page goes away or the panel is rebuilt.
  useEffect(() => {
    const flush = () => env.flushDraft();
    addEventListener('pagehide', flush);
    return () => {
      removeEventListener('pagehide', flush);
      flush();
    };
  }, [env]);

  // A draft left on this page comes back.
  useEffect(() => {
    let alive = true;
    void env.loadDraft().then((draft) => {
      if (!alive) return;
      loaded.current = true;
      if (!draft || touched.current) return;
      setRecipient(draft.recipient);
      setTopicId(draft.topic);
      setChannelId(draft.channel);
      setTyped(draft.fields);
      setEdited(draft.edited);
      setEditedText(draft.message);
      setSubjectEdited(draft.subject);
      setHasDraft(true);
      setRestored(true);
    });
    return () => {
      alive = false;
    };
  }, []);

  const keepDraft = (change: Partial<Draft>) => {
    touched.current = true;
    const draft: Draft = {
      recipient,
      topic: topic?.id ?? '',
      channel: channel?.id ?? '',
      fields: typed,
      message,
      subject: subjectEdited,
      edited,
      updatedAt: Date.now(),
      ...change,
    };
    env.saveDraft(draft);
    setHasDraft(true);
    setSavedKey(undefined);
  };

  const chooseRecipient = (next: Recipient) => {
    const nextTopic = topicsFor(context.marketplace, next, context.kind)[0]?.id ?? '';
    setRecipient(next);
    setTopicId(nextTopic);
    setChannelId(undefined);
    setChannelOpened(false);
    keepDraft({ recipient: next, topic: nextTopic, channel: '' });
  };

  const chooseTopic = (next: string) => {
    setTopicId(next);
    setChannelId(undefined);
    setChannelOpened(false);
    keepDraft({ topic: next, channel: '' });
  };

  const type = (name: ContextFieldName, value: string) => {
    const next = { ...typed, [name]: value };
    setTyped(next);
    keepDraft({ fields: next });
  };

  const editMessage = (value: string) => {
    setEdited(true);
    setEditedText(value);
    keepDraft({ message: value, edited: true });
  };

  const backToTemplate = () => {
    setEdited(false);
    setSubjectEdited(undefined);
    keepDraft({ edited: false, message: template.body, subject: undefined });
  };

  const discard = () => {
    env.discardDraft();
    setTyped({});
    setEdited(false);
    setEditedText('');
    setSubjectEdited(undefined);
    setChannelOpened(false);
    setHasDraft(false);
    setRestored(false);
    setNotice(undefined);
  };

  const copy = async (text = message) => {
    const ok = await env.copy(text);
    setNotice({ kind: ok ? 'status' : 'error', text: t(ok ? 'statusCopied' : 'statusCopyFailed', language) });
    return ok;
  };

  const copyValue = async (text: string, done: 'numberCopied' | 'addressCopied') => {
    const ok = await env.copy(text);
    setNotice({ kind: ok ? 'status' : 'error', text: t(ok ? done : 'statusCopyFailed', language) });
  };

  const use = async (chosen: Channel) => {
    setChannelId(chosen.id);
    const text = edited ? message : messageFor(chosen.public).body;
    const access = chosen.access;
    if (access.type === 'phone' || access.type === 'postal') {
      // A call is made by the shopper; the inquiry counts as sent once they have reached for the number.
      setChannelOpened(true);
      keepDraft({ channel: chosen.id });
      return;
    }
    if (access.type === 'page-target') {
      const copied = await env.copy(text);
      const shown = await env.reveal(access.target);
      if (shown) setChannelOpened(true);
      setNotice({
        kind: copied && shown ? 'status' : 'error',
        text: t(!copied ? 'statusCopyFailed' : shown ? 'statusRevealed' : 'statusTargetGone', language),
      });
    } else if (access.type === 'link') {
      // The link itself opens the page (a real <a>, so the browser treats it as the user's click).
      const copied = await env.copy(text);
      setChannelOpened(true);
      setNotice({ kind: copied ? 'status' : 'error', text: t(copied ? 'statusOpened' : 'statusCopyFailed', language) });
    } else {
      const mail = buildMailto(access.address, subject, text, shortMailBody(language));
      const copied = mail.shortened ? await env.copy(text) : true;
      setChannelOpened(true);
      setNotice({
        kind: copied ? 'status' : 'error',
        text: t(!copied ? 'statusCopyFailed' : mail.shortened ? 'statusEmailShortened' : 'statusEmailOpened', language),
      });
    }
    keepDraft({ channel: chosen.id });
  };

  const save = async () => {
    if (!topic) return;
    const startedAt = currentKey;
    setSaving(true);
    setNotice(undefined);
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
    };
    const result = await env.save(request);
    setSaving(false);
    if (result === 'no-background') {
      // The panel has lost the rest of the extension (reloaded under it): the draft cannot be kept
      // either, so the text goes to the clipboard.
      await env.copy(message);
      setNotice({ kind: 'error', text: t('errorNoBackground', language) });
    } else if (!result.ok) {
      setNotice({ kind: 'error', text: saveErrorText(result, language) });
    } else {
      // Anything typed while saving stays a draft.
      if (latestKey.current === startedAt) {
        env.discardDraft();
        setHasDraft(false);
      }
      setRestored(false);
      setSavedKey(startedAt);
      onSaved?.();
      setNotice({ kind: 'status', text: t(result.status === 'sent' ? 'statusSavedSent' : 'statusSavedNotSent', language) });
    }
  };

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
        <label class="mh-label" for="mh-recipient">{t('recipientLabel', language)}</label>
        <select
          id="mh-recipient"
          data-testid="mh-recipient"
          value={recipient}
          onChange={(e) => chooseRecipient((e.currentTarget as HTMLSelectElement).value as Recipient)}
        >
          <option value="seller">{t('recipientSeller', language)}</option>
          <option value="support">{t('recipientSupport', language, marketplaceName)}</option>
        </select>
      </div>

      <div class="mh-row">
        <label class="mh-label" for="mh-topic">{t('topicLabel', language)}</label>
        <select
          id="mh-topic"
          data-testid="mh-topic"
          value={topic?.id}
          onChange={(e) => chooseTopic((e.currentTarget as HTMLSelectElement).value)}
        >
          {fitting.length > 0 && others.length > 0 ? (
            <>
              <optgroup label={t('topicsForPage', language)}>{fitting.map(topicOption)}</optgroup>
              <optgroup label={t('topicsOther', language)}>{others.map(topicOption)}</optgroup>
            </>
          ) : (
            topics.map(topicOption)
          )}
        </select>
      </div>

      {missing.length > 0 && (
        <fieldset class="mh-missing">
          <legend class="mh-muted">{t('missingFieldsIntro', language)}</legend>
          {missing.map((name) => (
            <div class="mh-row" key={name}>
              <label class="mh-label" for={`mh-field-${name}`}>{t(FIELD_LABEL[name], language)}</label>
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

      {topic && <Checklist items={checklist(topic.id, language)} language={language} />}

      {restored && <p class="mh-muted" data-testid="mh-draft-note">{t('draftRestored', language)}</p>}

      <div class="mh-row mh-stack">
        <label class="mh-label" for="mh-subject">{t('subjectLabel', language)}</label>
        <input
          id="mh-subject"
          data-testid="mh-subject"
          type="text"
          value={subject}
          onInput={(e) => {
            const value = (e.currentTarget as HTMLInputElement).value;
            setSubjectEdited(value);
            keepDraft({ subject: value });
          }}
        />
      </div>
      <div class="mh-row mh-stack">
        <label class="mh-label" for="mh-message">{t('messageLabel', language)}</label>
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
            {t('messageEdited', language)}{' '}
            <button type="button" class="mh-link" data-testid="mh-reset" onClick={backToTemplate}>
              {t('messageReset', language)}
            </button>
          </p>
        )}
      </div>
      {channel?.public && (
        <p id="mh-public-note" class="mh-note" data-testid="mh-public-note">
          {t('publicNote', language)}
        </p>
      )}

      <div class="mh-channels" role="group" aria-labelledby="mh-channels-label">
        <p class="mh-label" id="mh-channels-label">{t('channelsLabel', language)}</p>
        {channels.length === 0 && <p class="mh-muted">{t('noChannels', language)}</p>}
        {channels.map((c) => (
          <ChannelRow
            key={c.id}
            channel={c}
            selected={c.id === channel?.id}
            language={language}
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
            onUse={(chosen) => void use(chosen)}
            onCopy={(text, done) => void copyValue(text, done)}
          />
        ))}
      </div>

      <div class="mh-actions">
        <button type="button" data-testid="mh-copy" onClick={() => void copy()}>
          {t('copy', language)}
        </button>
        <button
          type="button"
          class="mh-primary"
          data-testid="mh-save"
          disabled={saving || !topic || savedKey === currentKey}
          onClick={() => void save()}
        >
          {saving ? t('saving', language) : savedKey === currentKey ? t('saved', language) : t('save', language)}
        </button>
        {hasDraft && (
          <button type="button" class="mh-link" data-testid="mh-discard" onClick={discard}>
            {t('discard', language)}
          </button>
        )}
      </div>
      <p class="mh-status" role="status" aria-live="polite" data-testid={notice?.kind === 'status' ? 'mh-status' : undefined}>
        {notice?.kind === 'status' ? notice.text : ''}
      </p>
      {notice?.kind === 'error' && (
        <p class="mh-error" role="alert" data-testid="mh-error">
          {notice.text}
        </p>
      )}

      <Advice marketplace={context.marketplace} language={language} />
      {recipient === 'support' && <SupportScope marketplace={context.marketplace} language={language} />}
      {recipient === 'support' && (
        <Escalation marketplace={context.marketplace} language={language} corrections={corrections} onCopy={(text) => void copyValue(text, 'addressCopied')} />
      )}
    </div>
  );
}
