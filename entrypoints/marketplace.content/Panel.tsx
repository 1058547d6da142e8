/**
 * The panel on a marketplace page: a small launcher at the left edge that opens a dialog with what was
 * read. It never shows saved history (that stays in the extension's own pages).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ContextFields } from '../../components/ContextFields';
import { t, type Language, type MessageKey } from '../../utils/i18n';
import type { PageContext, PageKind } from '../../utils/marketplaces/types';

const KIND_LABEL: Record<PageKind, MessageKey> = {
  product: 'kindProduct',
  order: 'kindOrder',
  'order-list': 'kindOrderList',
  blocked: 'kindBlocked',
};

interface Props {
  context: PageContext;
  language?: Language;
  /** Open on mount (after in-page navigation, when the shopper had it open). */
  initiallyOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
}

export function Panel({ context, language = 'ru', initiallyOpen = false, onOpenChange }: Props) {
  const [open, setOpen] = useState(initiallyOpen);
  const launcher = useRef<HTMLButtonElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(initiallyOpen);

  useEffect(() => {
    // Focus follows the dialog: into it when it opens, back to the launcher when it closes.
    if (open) closeButton.current?.focus();
    else if (wasOpen.current) launcher.current?.focus();
    wasOpen.current = open;
    onOpenChange?.(open);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
    }
  };

  return (
    <div class="mh-root" data-testid="mh-panel" data-kind={context.kind} data-open={String(open)} onKeyDown={onKeyDown}>
      <button
        ref={launcher}
        type="button"
        class="mh-launcher"
        data-testid="mh-open"
        aria-label={t('launcherLabel', language)}
        title={t('launcherLabel', language)}
        aria-expanded={open}
        aria-controls="mh-dialog"
        onClick={() => setOpen(!open)}
      >
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
          <path
            fill="currentColor"
            d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2Zm3 6a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3Zm5 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3Zm5 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3Z"
          />
        </svg>
      </button>
      {open && (
        <section id="mh-dialog" class="mh-dialog" role="dialog" aria-modal="false" aria-labelledby="mh-dialog-title">
          <header class="mh-header">
            <div>
              <h2 id="mh-dialog-title">{t('panelTitle', language)}</h2>
              <p class="mh-kind" data-testid="mh-kind">{t(KIND_LABEL[context.kind], language)}</p>
            </div>
            <button ref={closeButton} type="button" class="mh-close" data-testid="mh-close" onClick={() => setOpen(false)}>
              <span aria-hidden="true">×</span>
              <span class="mh-sr">{t('panelClose', language)}</span>
            </button>
          </header>
          {context.kind === 'blocked' && <p class="mh-note">{t('blockedExplain', language)}</p>}
          {context.kind !== 'blocked' && <p class="mh-muted">{t('panelIntro', language)}</p>}
          <ContextFields context={context} language={language} />
        </section>
      )}
    </div>
  );
}
