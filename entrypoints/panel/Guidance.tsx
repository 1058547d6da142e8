/**
 * What the founding documents advise around an inquiry: what to have ready, how to write, what support
 * can and cannot do, and where to turn when nobody answers.
 */
import { advice, channelById, escalation, supportScope, withCorrection } from '@/utils/catalogue';
import type { Correction } from '@/utils/catalogue/types';
import type { MarketplaceId } from '@/utils/marketplaces/types';
import { sourceLine } from '@/utils/catalogue/source-line';
import { webHref } from '@/utils/platform/links';
import { useT, useLanguage } from '@/components/settings';

export function Checklist({ items }: { items: string[]; }) {
  const t = useT();
  if (!items.length) return null;
  return (
    <div class="mh-checklist" data-testid="mh-checklist">
      <p class="mh-label">{t('checklistTitle')}</p>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

export function Advice({ marketplace }: { marketplace: MarketplaceId; }) {
  const language = useLanguage();
  const t = useT();
  const items = advice[marketplace];
  if (!items.length) return null;
  return (
    <details class="mh-more" data-testid="mh-advice">
      <summary>{t('adviceTitle')}</summary>
      <ul>
        {items.map((item) => (
          <li key={item.text.ru}>{item.text[language]}</li>
        ))}
      </ul>
    </details>
  );
}

export function SupportScope({ marketplace }: { marketplace: MarketplaceId; }) {
  const language = useLanguage();
  const t = useT();
  const scope = supportScope[marketplace];
  if (!scope) return null;
  return (
    <details class="mh-more" data-testid="mh-support-scope">
      <summary>{t('scopeTitle')}</summary>
      <ul>
        {scope.can.map((item) => (
          <li key={item.ru}>{item[language]}</li>
        ))}
      </ul>
      <p class="mh-label">{t('scopeCannot')}</p>
      <ul>
        {scope.cannot.map((item) => (
          <li key={item.ru}>{item[language]}</li>
        ))}
      </ul>
    </details>
  );
}

/** The regulator and the operator's address, for when support does not answer or refuses. */
export function Escalation({ marketplace, corrections, onCopy }: {
  marketplace: MarketplaceId;
  corrections: Record<string, Correction>;
  onCopy: (text: string) => void;
}) {
  const language = useLanguage();
  const t = useT();
  const entries = escalation[marketplace]
    .map(channelById)
    .filter((c) => c !== undefined)
    .map((c) => withCorrection(c, corrections));
  if (!entries.length) return null;
  return (
    <details class="mh-more" data-testid="mh-escalation">
      <summary>{t('escalationTitle')}</summary>
      {entries.map((channel) => (
        <div class="mh-channel" key={channel.id} data-channel={channel.id}>
          <strong>{channel.name[language]}</strong>
          <p class="mh-muted">{channel.about[language]}</p>
          {channel.access.type === 'link' && 'url' in channel.access && webHref(channel.access.url) && (
            <a class="button" href={webHref(channel.access.url)} target="_blank" rel="noopener noreferrer" data-testid={`mh-channel-${channel.id}`}>
              {t('actionOpenSite')}
            </a>
          )}
          {channel.access.type === 'postal' && (
            <>
              <p data-testid={`mh-postal-${channel.id}`}>{channel.access.address}</p>
              <button type="button" data-testid={`mh-channel-${channel.id}`} onClick={() => onCopy((channel.access as { address: string }).address)}>
                {t('copyAddress')}
              </button>
            </>
          )}
          <p class="mh-source">{sourceLine(channel, language)}</p>
        </div>
      ))}
    </details>
  );
}
