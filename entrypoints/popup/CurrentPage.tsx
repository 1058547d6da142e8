/**
 * The popup's part about the marketplace page in the tab: open the panel there, a screenshot for the newest
 * inquiry about it (the inquiries themselves are pinned atop the list), and the launcher shown or hidden there.
 */
import { Icon } from '@/components/Icon';
import { MARKETPLACES } from '@/utils/marketplaces/facts';
import { useT } from '@/components/settings';
import type { PageContext } from '@/utils/marketplaces/types';
import type { Settings } from '@/utils/storage/settings';
import type { ActivePage } from './active-page';

export function CurrentPage({ page, settings, shot, onOpenPanel, onScreenshot, onToggleLauncher }: {
  page: ActivePage;
  settings: Settings | undefined;
  shot: string | undefined;
  onOpenPanel: () => void;
  onScreenshot: () => void;
  onToggleLauncher: (shown: boolean) => void;
}) {
  const t = useT();
  return (
    <section class="current" data-testid="mh-current-page" aria-label={t(MARKETPLACES[page.marketplace].label)}>
      {page.context && <PageActions context={page.context} count={page.count} shot={shot} onOpenPanel={onOpenPanel} onScreenshot={onScreenshot} />}
      {settings && (
        <label class="check toggle">
          <input
            type="checkbox"
            data-testid="mh-launcher-toggle"
            checked={!settings.hiddenLaunchers.includes(page.marketplace)}
            onChange={(e) => onToggleLauncher(e.currentTarget.checked)}
          />
          <span>{t('popupShowLauncher', t(MARKETPLACES[page.marketplace].label))}</span>
        </label>
      )}
    </section>
  );
}

/** On a page the content script has read: the panel, the inquiries about it, and the screenshot. */
function PageActions({ context, count, shot, onOpenPanel, onScreenshot }: {
  context: PageContext;
  count: number | undefined;
  shot: string | undefined;
  onOpenPanel: () => void;
  onScreenshot: () => void;
}) {
  const t = useT();
  return (
    <>
      <button type="button" class="primary" data-testid="mh-open-panel" onClick={onOpenPanel}>
        <Icon name="chat" />
        {t('popupOpenPanel')}
      </button>
      {count !== undefined && count > 0 && (
        <button type="button" class="small" data-testid="mh-screenshot" onClick={onScreenshot}>
          <Icon name="camera" />
          {t('screenshotAttach')}
        </button>
      )}
      {shot && (
        <p class="muted" role="status" data-testid="mh-screenshot-done">
          {t('screenshotDone', shot)}
        </p>
      )}
    </>
  );
}
