/**
 * What the founding documents advise around an inquiry: what to have ready, how to write, what support
 * can and cannot do, and where to turn when nobody answers.
 */
import { advice, channelById, escalation, supportScope, withCorrection } from '@/utils/catalogue';
import type { Correction } from '@/utils/catalogue/types';
import { t, type Language } from '@/utils/platform/i18n';
import type { MarketplaceId } from '@/utils/marketplaces/types';
import { sourceLine } from '@/components/source-line';
import { webHref } from '@/utils/platform/links';

export function Checklist({ items, language }: { items: string[]; language: Language }) {
  if (!items.length) return null;
  return (
    <div class="mh-checklist" data-testid="mh-checklist">
      <p class="mh-label">{t('checklistTitle', language)}</p>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

export function Advice({ marketplace, language }: { marketplace: MarketplaceId; language: Language }) {
  const items = advice[marketplace];
  if (!items.length) return null;
  return (
    <details class="mh-more" data-testid="mh-advice">
      <summary>{t('adviceTitle', language)}</summary>
      <ul>
        {items.map((item) => (
          <li key={item.text.ru}>{item.text[language]}</li>
        ))}
      </ul>
    </details>
  );
}

export function SupportScope({ marketplace, language }: { marketplace: MarketplaceId; language: Language }) {
  const scope = supportScope[marketplace];
  if (!scope) return null;
  return (
    <details class="mh-more" data-testid="mh-support-scope">
      <summary>{t('scopeTitle', language)}</summary>
      <ul>
        {scope.can.map((item) => (
          <li key={item.ru}>{item[language]}</li>
        ))}
      </ul>
      <p class="mh-label">{t('scopeCannot', language)}</p>
      <ul>
        {scope.cannot.map((item) => (
          <li key={item.ru}>{item[language]}</li>
        ))}
      </ul>
    </details>
  );
}

/** The regulator and the operator's address, for when support does not answer or refuses. */
export function Escalation({ marketplace, language, corrections, onCopy }: {
  marketplace: MarketplaceId;
  language: Language;
  corrections: Record<string, Correction>;
  onCopy: (text: string) => void;
}) {
  const entries = escalation[marketplace]
    .map(channelById)
    .filter((c) => c !== undefined)
    .map((c) => withCorrection(c, corrections));
  if (!entries.length) return null;
  return (
    <details class="mh-more" data-testid="mh-escalation">
      <summary>{t('escalationTitle', language)}</summary>
      {entries.map((channel) => (
        <div class="mh-channel" key={channel.id} data-channel={channel.id}>
          <strong>{channel.name[language]}</strong>
          <p class="mh-muted">{channel.about[language]}</p>
          {channel.access.type === 'link' && 'url' in channel.access && webHref(channel.access.url) && (
            <a class="button" href={webHref(channel.access.url)} target="_blank" rel="noopener noreferrer" data-testid={`mh-channel-${channel.id}`}>
              {t('actionOpenSite', language)}
            </a>
          )}
          {channel.access.type === 'postal' && (
            <>
              <p data-testid={`mh-postal-${channel.id}`}>{channel.access.address}</p>
              <button type="button" data-testid={`mh-channel-${channel.id}`} onClick={() => onCopy((channel.access as { address: string }).address)}>
                {t('copyAddress', language)}
              </button>
            </>
          )}
          <p class="mh-source">{sourceLine(channel, language)}</p>
        </div>
      ))}
    </details>
  );
}
