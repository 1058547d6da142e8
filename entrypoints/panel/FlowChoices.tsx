/**
 * The contact flow's first choices: whom to write to, about what, and the fields the topic needs that the
 * page did not give.
 */
import type { ContextFieldName, Recipient, Topic } from '@/utils/catalogue/types';
import type { PageKind } from '@/utils/marketplaces/types';
import type { Language, MessageKey } from '@/utils/platform/i18n';
import type { MessageFields } from '@/utils/templates';
import { useT } from '@/components/settings';

const FIELD_LABEL: Record<ContextFieldName, MessageKey> = {
  article: 'fieldArticle',
  title: 'fieldTitleInput',
  seller: 'fieldSeller',
  orderId: 'fieldOrderId',
  orderDate: 'fieldOrderDate',
};

export function RecipientSelect({ recipient, marketplaceName, onChoose }: {
  recipient: Recipient;
  marketplaceName: string;
  onChoose: (recipient: Recipient) => void;
}) {
  const t = useT();
  return (
    <div class="mh-row mh-inline">
      <label class="mh-label" for="mh-recipient">{t('recipientLabel')}</label>
      <select
        id="mh-recipient"
        data-testid="mh-recipient"
        value={recipient}
        onChange={(e) => onChoose((e.currentTarget as HTMLSelectElement).value as Recipient)}
      >
        <option value="seller">{t('recipientSeller')}</option>
        <option value="support">{t('recipientSupport', marketplaceName)}</option>
      </select>
    </div>
  );
}

/** The topics that fit this kind of page come first, in their own group, when there are others too. */
export function TopicSelect({ topics, topic, kind, language, onChoose }: {
  topics: Topic[];
  topic: Topic | undefined;
  kind: PageKind;
  language: Language;
  onChoose: (topicId: string) => void;
}) {
  const t = useT();
  const fitting = topics.filter((tp) => tp.fits.includes(kind));
  const others = topics.filter((tp) => !tp.fits.includes(kind));
  const topicOption = (tp: Topic) => (
    <option key={tp.id} value={tp.id}>
      {tp.name[language]}
    </option>
  );
  return (
    <div class="mh-row">
      <label class="mh-label" for="mh-topic">{t('topicLabel')}</label>
      <select
        id="mh-topic"
        data-testid="mh-topic"
        value={topic?.id}
        onChange={(e) => onChoose((e.currentTarget as HTMLSelectElement).value)}
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
  );
}

/** `names`: the fields the topic needs and the page did not give; `typed`: what the shopper put in them. */
export function MissingFields({ names, typed, onType }: {
  names: ContextFieldName[];
  typed: MessageFields;
  onType: (name: ContextFieldName, value: string) => void;
}) {
  const t = useT();
  return (
    <fieldset class="mh-missing">
      <legend class="mh-muted">{t('missingFieldsIntro')}</legend>
      {names.map((name) => (
        <div class="mh-row" key={name}>
          <label class="mh-label" for={`mh-field-${name}`}>{t(FIELD_LABEL[name])}</label>
          {name === 'orderDate' ? (
            <input
              id={`mh-field-${name}`}
              data-testid={`mh-field-${name}`}
              type="date"
              value={typed[name] ?? ''}
              onInput={(e) => onType(name, e.currentTarget.value)}
            />
          ) : (
            <input
              id={`mh-field-${name}`}
              data-testid={`mh-field-${name}`}
              type="text"
              inputMode={name === 'article' ? 'numeric' : 'text'}
              value={typed[name] ?? ''}
              onInput={(e) => onType(name, e.currentTarget.value)}
            />
          )}
        </div>
      ))}
    </fieldset>
  );
}
