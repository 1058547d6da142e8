/**
 * The warnings beside a saved reply (utils/replies/warnings.ts): what in it asks for something no seller
 * needs, the words that did, and what the marketplace's rules say, with the page it was read on. Shown in
 * the reply page once saved, and under the reply in the case file.
 */
import type { MarketplaceId } from '@/utils/marketplaces/types';
import type { MessageKey } from '@/utils/platform/i18n';
import { webHref } from '@/utils/platform/links';
import { replyRule } from '@/utils/replies/rules';
import { replyWarnings, type ReplyWarningKind } from '@/utils/replies/warnings';
import { Icon } from './Icon';
import { useFormat, useLanguage, useT } from './settings';

const WARNING_TEXT: Record<ReplyWarningKind, MessageKey> = {
  phone: 'replyWarnPhone',
  address: 'replyWarnAddress',
  link: 'replyWarnLink',
  messenger: 'replyWarnMessenger',
  card: 'replyWarnCard',
  code: 'replyWarnCode',
  payment: 'replyWarnPayment',
};

export function ReplyWarnings({ text, marketplace }: { text: string; marketplace: MarketplaceId }) {
  const t = useT();
  const language = useLanguage();
  const format = useFormat();
  const warnings = replyWarnings(text, marketplace);
  if (!warnings.length) return null;
  return (
    <div class="notice reply-warnings" role="note" data-testid="mh-reply-warnings">
      <p class="reply-warnings-title">
        <Icon name="alert" /> {t('replyWarnTitle')}
      </p>
      <ul>
        {warnings.map(({ kind, found }) => (
          <li key={kind} data-testid="mh-reply-warning" data-kind={kind}>
            {t(WARNING_TEXT[kind], found)}
          </li>
        ))}
      </ul>
      {/* What the marketplace's rules say, once each (the kinds of going elsewhere share one rule). */}
      {[...new Set(warnings.map(({ kind }) => replyRule(kind, marketplace)))].map((rule) => (
        <p key={rule.source.url + rule.ru} class="reply-rule" data-testid="mh-reply-rule">
          {language === 'en' ? rule.en : rule.ru}{' '}
          <span class="source-line">
            {t(rule.source.kind === 'press' ? 'replyWarnSourcePress' : 'replyWarnSourceRules')}{' '}
            <a href={webHref(rule.source.url)} target="_blank" rel="noopener noreferrer">
              {rule.source.title}
            </a>
            {t('replyWarnSourceRead', format.date(rule.source.read))}
          </span>
        </p>
      ))}
    </div>
  );
}
