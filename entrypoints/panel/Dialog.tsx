/**
 * The opened panel, in its frame: what was read from the page, the contact flow, and the earlier
 * inquiries about the same order or product. Everything here is the extension's own page, out of the marketplace's
 * reach. Its guard and keys are `use-dialog.ts`.
 */
import type { RefObject } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Icon } from '@/components/Icon';
import { draftKey } from '@/utils/storage/drafts';
import { onlyAddressRead } from '@/utils/marketplaces/sources';
import type { PageContext } from '@/utils/marketplaces/types';
import type { FramePlacement, PanelState } from '@/utils/panel-frame/protocol';
import { ActConfirm, ActShield, RefusedNote } from './ActGuardView';
import { ContactFlow } from './ContactFlow';
import { PageRead } from './PageRead';
import { EarlierInquiries } from './EarlierInquiries';
import { PastAnswers } from './PastAnswers';
import { createEnvironment, type PageBridge } from './environment';
import { useActGuard, useDialogKeys, useGuardFollowsPage } from './use-dialog';
import { useSettings, useT } from '@/components/settings';

interface Props {
  state: PanelState & FramePlacement;
  page: PageBridge;
  /** The shopper closed the dialog (Escape, the close button). */
  onClose: () => void;
  /** Counts the openings: each new one moves focus into the dialog. */
  opened: number;
  /** Counts the times the page took focus from the panel (utils/panel-frame/host.ts, `focus-taken`). */
  focusTaken: number;
}

export function Dialog({ state, page, onClose, opened, focusTaken }: Props) {
  const t = useT();
  const { context, marketplaceName, pageUrl } = state;
  const root = useRef<HTMLElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  // Language, profile and corrections follow the options page, even while the panel is open.
  const settings = useSettings();
  const language = settings.language;
  const guard = useActGuard(settings.profile);
  const key = draftKey(context);
  const env = useMemo(() => createEnvironment(context, page, guard), [key]);
  useGuardFollowsPage(guard, state, key);
  /** Bumped on each save, so the earlier inquiries include the one just saved (and read again on each opening). */
  const [saves, setSaves] = useState(0);

  useEffect(() => {
    // The focus goes to the message (./MessageBox.tsx). Opened again: acts wait as at the first opening
    // (the browser may not have seen the frame hidden). Not at the first: the guard has waited since the
    // dialog appeared, which may be well before the port brings the first `focus`.
    if (opened <= 1) return;
    guard.hold();
  }, [opened]);

  useDialogKeys(root, onClose);

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
      <DialogHeader closeButton={closeButton} onClose={onClose} />
      <ActConfirm guard={guard} />
      <FocusTakenNote taken={focusTaken} />
      {context.kind === 'blocked' && <p class="mh-note">{t('blockedExplain')}</p>}
      {onlyAddressRead(context) && <UnreadNote context={context} onCopy={(text) => void env.copy(text)} />}
      <PageRead context={context} />
      <ContactFlow
        key={key}
        context={context}
        env={env}
        settings={settings}
        marketplaceName={marketplaceName}
        pageUrl={pageUrl}
        opened={opened}
        onSaved={() => setSaves((n) => n + 1)}
      />
      {/* Below the flow: it arrives a moment after the panel opens, and must not move what is under the
          shopper's pointer. */}
      <EarlierInquiries context={context} settings={settings} reload={`${saves}:${opened}`} onCopy={(text) => env.copy(text)} />
      <PastAnswers context={context} marketplaceName={marketplaceName} pageUrl={pageUrl} env={env} reload={`${saves}:${opened}`} />
      <ActShield guard={guard} />
      <RefusedNote />
    </section>
  );
}

/** The panel's title and the close button. */
function DialogHeader({ closeButton, onClose }: { closeButton: RefObject<HTMLButtonElement | null>; onClose: () => void }) {
  const t = useT();
  return (
    <div class="mh-header">
      <Icon name="chat" class="mh-brand" />
      <div class="mh-heading">
        <h2 id="mh-dialog-title" data-testid="mh-heading">{t('panelTitle')}</h2>
      </div>
      <button
        ref={closeButton}
        type="button"
        class="quiet icon-only mh-close"
        // Closing the panel is never a page's trick: it acts while the rest waits (./act-guard.ts).
        data-act-free
        data-testid="mh-close"
        aria-label={t('panelClose')}
        title={t('panelClose')}
        onClick={onClose}
      >
        <Icon name="close" />
      </button>
    </div>
  );
}

/**
 * The page took focus from a field of the panel, with no click or key of the shopper's on the page: said,
 * with the way back to that field (what was typed in the panel stays; keys after that went to the page).
 */
function FocusTakenNote({ taken }: { taken: number; }) {
  const t = useT();
  const field = useRef<HTMLElement | null>(null);
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const onFocus = (event: FocusEvent) => {
      const target = event.target;
      if (target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && /^(text|search|email|tel|url|number|date|)$/.test(target.type))) {
        field.current = target;
        setShown(false);
      } else if (target instanceof HTMLElement && !target.closest('.mh-focus-taken')) {
        field.current = null;
      }
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, []);
  useEffect(() => {
    if (taken > 0 && field.current?.isConnected) setShown(true);
  }, [taken]);
  if (!shown) return null;
  return (
    <div class="mh-note mh-focus-taken" role="alert" data-testid="mh-focus-taken" data-count={taken}>
      <p>{t('focusTaken')}</p>
      <button
        type="button"
        class="small"
        data-testid="mh-focus-back"
        onClick={() => {
          setShown(false);
          field.current?.focus();
        }}
      >
        {t('focusTakenBack')}
      </button>
    </div>
  );
}

/** The page was not understood: say so, and give the shopper a note to copy into a bug report. */
function UnreadNote({ context, onCopy }: { context: PageContext; onCopy: (text: string) => void }) {
  const t = useT();
  const tried = Object.entries(context.missed ?? {})
    .map(([field, names]) => `${field}: ${(names ?? []).join(', ')}`)
    .join('; ');
  const report = `Market Helpdesk ${context.marketplace} ${context.kind} ${new URL(context.url).pathname} — ${tried}`;
  return (
    <div class="mh-note" data-testid="mh-unread-note" data-value={report}>
      <p>{t('unreadExplain')}</p>
      <code class="mh-report">{report}</code>{' '}
      <button type="button" class="small" data-testid="mh-unread-copy" onClick={() => onCopy(report)}>
        <Icon name="copy" />
        {t('copy')}
      </button>
    </div>
  );
}
