/**
 * The toolbar popup, an inbox: the inquiries about the page in the active tab first, then those that need the
 * shopper's action, those awaiting an answer, and those done, each row with its one next step; and the page
 * in the tab — open the panel there, show or hide the launcher on that marketplace.
 */
import { browser } from 'wxt/browser';
import { ListNotices, ListView, useInquiries } from '@/components/InquiryList';
import type { Pinned } from '@/components/InquiryGroups';
import { isAbout } from '@/utils/inquiries/search';
import { Icon } from '@/components/Icon';
import { ListError, State } from '@/components/State';
import { sendMessage } from '@/utils/messages';
import { setLauncherHidden } from '@/utils/storage/settings';
import { useT, useFormat } from '@/components/settings';
import { useActivePage } from './active-page';
import { CurrentPage } from './CurrentPage';
import { useScreenshot } from './screenshot';

export function Popup() {
  const t = useT();
  const format = useFormat();
  const inquiries = useInquiries();
  const { list, settings, language, attempt } = inquiries;
  const page = useActivePage();
  const { shot, screenshot } = useScreenshot(page, inquiries, t);
  // The inquiries about the page in the tab come first, under their own heading.
  const context = page?.context;
  const pinned: Pinned | undefined =
    page && context && (context.orderId || context.article)
      ? {
          label: t(context.orderId ? 'groupThisOrder' : 'groupThisProduct'),
          about: (inquiry) => isAbout(inquiry, { marketplace: page.marketplace, orderId: context.orderId, article: context.article }),
        }
      : undefined;

  const openPanel = async () => {
    if (!page) return;
    const opened = await sendMessage('openPanel', undefined, page.tabId).catch(() => false);
    if (opened) window.close();
  };

  const toggleLauncher = (shown: boolean) =>
    attempt(async () => {
      // The page's settings follow the change (components/settings.tsx).
      if (page) await setLauncherHidden(page.marketplace, !shown);
    });

  return (
    <main class="popup" lang={language}>
      <PopupHeader />

      {page && (
        <CurrentPage
          page={page}
          settings={settings}
          shot={shot}
          onOpenPanel={() => void openPanel()}
          onScreenshot={() => void screenshot()}
          onToggleLauncher={(shown) => void toggleLauncher(shown)}
        />
      )}

      <ListNotices state={inquiries} />

      {list.kind === 'loading' && <State kind="loading" title={t('popupLoading')} />}
      {list.kind === 'error' && <ListError message={format.failure(list.failure)} testid="mh-popup-list-error" />}
      {list.kind === 'ready' && list.inquiries.length === 0 && (
        <State kind="empty" testid="mh-empty" title={t('popupEmptyTitle')}>
          {t('popupEmpty')}
        </State>
      )}
      {list.kind === 'ready' && list.inquiries.length > 0 && (
        <ListView state={inquiries} inquiries={list.inquiries} caseLink grouped clocks pinned={pinned} />
      )}
    </main>
  );
}

/** The popup's title, and the way to the options. */
function PopupHeader() {
  const t = useT();
  return (
    <header class="top">
      <h1>
        <Icon name="chat" class="brand-icon" />
        {t('popupTitle')}
      </h1>
      <button type="button" class="quiet small" data-testid="mh-open-options" onClick={() => void browser.runtime.openOptionsPage()}>
        <Icon name="settings" />
        {t('optionsOpen')}
      </button>
    </header>
  );
}
