/**
 * The opened panel: what was read from the page, and the contact flow. It never shows saved history
 * (that stays in the extension's own pages).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ContextFields } from '../../components/ContextFields';
import { draftKey } from '../../utils/drafts';
import { t, type MessageKey } from '../../utils/i18n';
import type { PageKind } from '../../utils/marketplaces/types';
import type { DialogProps } from '../../utils/panel-bridge';
import { DEFAULT_SETTINGS, getSettings, watchSettings, type Settings } from '../../utils/settings';
import { onlyAddressRead } from '../../utils/marketplaces/sources';
import type { PageContext } from '../../utils/marketplaces/types';
import type { Language } from '../../utils/i18n';
import { ContactFlow } from './ContactFlow';
import { createEnvironment } from './environment';

const KIND_LABEL: Record<PageKind, MessageKey> = {
  product: 'kindProduct',
  order: 'kindOrder',
  'order-list': 'kindOrderList',
  blocked: 'kindBlocked',
};

export function Dialog({ context, marketplaceName, shadow, findTarget, onClose, opened }: DialogProps) {
  const closeButton = useRef<HTMLButtonElement>(null);
  // Language, profile and corrections follow the options page, even while the panel is open.
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    void getSettings().then(setSettings, () => {});
    return watchSettings(setSettings);
  }, []);
  const language = settings.language;
  const key = draftKey(context);
  const env = useMemo(() => createEnvironment(context, shadow, findTarget), [key]);

  useEffect(() => {
    closeButton.current?.focus();
  }, [opened]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <section class="mh-dialog" role="dialog" aria-modal="false" aria-labelledby="mh-dialog-title" onKeyDown={onKeyDown}>
      <header class="mh-header">
        <div>
          <h2 id="mh-dialog-title">{t('panelTitle', language)}</h2>
          <p class="mh-kind" data-testid="mh-kind">{t(KIND_LABEL[context.kind], language)}</p>
        </div>
        <button ref={closeButton} type="button" class="mh-close" data-testid="mh-close" onClick={onClose}>
          <span aria-hidden="true">×</span>
          <span class="mh-sr">{t('panelClose', language)}</span>
        </button>
      </header>
      {context.kind === 'blocked' && <p class="mh-note">{t('blockedExplain', language)}</p>}
      {onlyAddressRead(context) && <UnreadNote context={context} language={language} onCopy={(text) => void env.copy(text)} />}
      <details class="mh-read" open>
        <summary>{t('panelIntro', language)}</summary>
        <ContextFields context={context} language={language} />
      </details>
      <ContactFlow key={key} context={context} env={env} settings={settings} marketplaceName={marketplaceName} />
    </section>
  );
}

/** The page was not understood: say so, and give the shopper a note to copy into a bug report. */
function UnreadNote({ context, language, onCopy }: { context: PageContext; language: Language; onCopy: (text: string) => void }) {
  const tried = Object.entries(context.missed ?? {})
    .map(([field, names]) => `${field}: ${(names ?? []).join(', ')}`)
    .join('; ');
  const report = `Market Helpdesk ${context.marketplace} ${context.kind} ${new URL(context.url).pathname} — ${tried}`;
  return (
    <div class="mh-note" data-testid="mh-unread-note" data-value={report}>
      <p>{t('unreadExplain', language)}</p>
      <code class="mh-report">{report}</code>{' '}
      <button type="button" class="mh-link" data-testid="mh-unread-copy" onClick={() => onCopy(report)}>
        {t('copy', language)}
      </button>
    </div>
  );
}
