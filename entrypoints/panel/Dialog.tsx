/**
 * The opened panel, in its frame: what was read from the page, the earlier inquiries about the same order
 * or product, and the contact flow. Everything here is the extension's own page, out of the marketplace's
 * reach.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ContextFields } from '../../components/ContextFields';
import { Icon } from '../../components/Icon';
import { draftKey } from '../../utils/storage/drafts';
import { t, type MessageKey } from '../../utils/platform/i18n';
import type { PageKind } from '../../utils/marketplaces/types';
import { DEFAULT_SETTINGS, getSettings, watchSettings, type Settings } from '../../utils/storage/settings';
import { onlyAddressRead } from '../../utils/marketplaces/sources';
import type { PageContext } from '../../utils/marketplaces/types';
import type { PanelState } from '../../utils/platform/panel-frame';
import type { Language } from '../../utils/platform/i18n';
import { ContactFlow } from './ContactFlow';
import { EarlierInquiries } from './EarlierInquiries';
import { createEnvironment, type PageBridge } from './environment';

const KIND_LABEL: Record<PageKind, MessageKey> = {
  product: 'kindProduct',
  order: 'kindOrder',
  'order-list': 'kindOrderList',
  blocked: 'kindBlocked',
};

interface Props {
  state: PanelState;
  page: PageBridge;
  /** The shopper closed the dialog (Escape, the close button). */
  onClose: () => void;
  /** Counts the openings: each new one moves focus into the dialog. */
  opened: number;
}

export function Dialog({ state, page, onClose, opened }: Props) {
  const { context, marketplaceName, pageUrl } = state;
  const root = useRef<HTMLElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  // Language, profile and corrections follow the options page, even while the panel is open.
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    void getSettings().then(setSettings, () => {});
    return watchSettings(setSettings);
  }, []);
  const language = settings.language;
  const key = draftKey(context);
  const env = useMemo(() => createEnvironment(context, page), [key]);
  /** Bumped on each save, so the earlier inquiries include the one just saved (and read again on each opening). */
  const [saves, setSaves] = useState(0);

  useEffect(() => {
    if (opened > 0) closeButton.current?.focus();
  }, [opened]);

  // On the frame's whole document, not the dialog: after a click on a part of the panel that takes no
  // focus, focus is on the frame's body, and Escape and Tab must still work from there.
  const onKey = useRef<(event: KeyboardEvent) => void>(() => {});
  onKey.current = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'Tab' && root.current) {
      // Focus stays inside while the panel is open: past the last control it comes back to the first.
      const controls = focusable(root.current);
      const first = controls[0];
      const last = controls[controls.length - 1];
      if (!first) return;
      const at = document.activeElement;
      if (event.shiftKey && (at === first || !root.current.contains(at))) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (at === last || !root.current.contains(at))) {
        event.preventDefault();
        first.focus();
      }
    }
  };
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey.current(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  return (
    <section
      ref={root}
      class="mh-dialog"
      role="dialog"
      aria-modal="false"
      aria-labelledby="mh-dialog-title"
      lang={language}
      data-testid="mh-panel"
      data-kind={context.kind}
      data-open={String(state.open)}
    >
      <div class="mh-header">
        <Icon name="chat" class="mh-brand" />
        <div class="mh-heading">
          <h2 id="mh-dialog-title">{t('panelTitle', language)}</h2>
          <p class="mh-kind" data-testid="mh-kind">{t(KIND_LABEL[context.kind], language)}</p>
        </div>
        <button
          ref={closeButton}
          type="button"
          class="quiet icon-only mh-close"
          data-testid="mh-close"
          aria-label={t('panelClose', language)}
          title={t('panelClose', language)}
          onClick={onClose}
        >
          <Icon name="close" />
        </button>
      </div>
      {context.kind === 'blocked' && <p class="mh-note">{t('blockedExplain', language)}</p>}
      {onlyAddressRead(context) && <UnreadNote context={context} language={language} onCopy={(text) => void env.copy(text)} />}
      <details class="mh-read" open>
        <summary>{t('panelIntro', language)}</summary>
        <ContextFields context={context} language={language} />
      </details>
      <EarlierInquiries context={context} settings={settings} reload={`${saves}:${opened}`} onCopy={(text) => env.copy(text)} />
      <ContactFlow
        key={key}
        context={context}
        env={env}
        settings={settings}
        marketplaceName={marketplaceName}
        pageUrl={pageUrl}
        onSaved={() => setSaves((n) => n + 1)}
      />
    </section>
  );
}

/** The controls Tab can reach, in order. */
function focusable(root: HTMLElement): HTMLElement[] {
  const selector = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
  return [...root.querySelectorAll<HTMLElement>(selector)].filter((el) => el.getClientRects().length > 0 && !el.closest('details:not([open]) > :not(summary)'));
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
      <button type="button" class="small" data-testid="mh-unread-copy" onClick={() => onCopy(report)}>
        <Icon name="copy" />
        {t('copy', language)}
      </button>
    </div>
  );
}
