/**
 * The toolbar popup: the saved inquiries, newest first, and the page in the active tab — open the panel
 * there, see how many inquiries already concern it, show or hide the launcher on that marketplace.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ListNotices, ListView, useInquiries } from '@/components/InquiryList';
import { Icon } from '@/components/Icon';
import { MARKETPLACE_LABEL } from '@/components/labels';
import { ListError, State } from '@/components/State';
import { now } from '@/utils/storage/clock';
import { countInquiriesAbout, latestInquiryAbout } from '@/utils/db';
import { attach } from '@/utils/inquiries/writes';
import { MAX_ATTACHMENT_BYTES } from '@/utils/inquiries/model';
import { adapterFor } from '@/utils/marketplaces';
import type { MarketplaceId, PageContext } from '@/utils/marketplaces/types';
import { dataUrlBlob } from '@/utils/platform/download';
import { sendMessage } from '@/utils/messages';
import { setLauncherHidden } from '@/utils/storage/settings';
import { useT, useFormat } from '@/components/settings';

interface ActivePage {
  tabId: number;
  marketplace: MarketplaceId;
  context: PageContext | null;
  count?: number;
}

/** The tab the popup is about: the active one, or the one named by ?tab= (tests open the popup as a tab). */
async function activeTab(): Promise<{ id: number; url?: string } | undefined> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) {
    const tab = await browser.tabs.get(named).catch(() => undefined);
    return tab?.id !== undefined ? { id: tab.id, url: tab.url } : undefined;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, url: tab.url } : undefined;
}

async function readActivePage(): Promise<ActivePage | undefined> {
  const tab = await activeTab();
  const adapter = tab?.url ? adapterFor(new URL(tab.url)) : undefined;
  if (!tab || !adapter) return undefined;
  const context = await sendMessage('pageContext', undefined, tab.id).catch(() => null);
  const page: ActivePage = { tabId: tab.id, marketplace: adapter.id, context: context ?? null };
  if (page.context && (page.context.orderId || page.context.article)) {
    page.count = await countInquiriesAbout({ orderId: page.context.orderId, article: page.context.article });
  }
  return page;
}

export function Popup() {
  const t = useT();
  const format = useFormat();
  const inquiries = useInquiries();
  const { list, settings, language, attempt } = inquiries;
  const [page, setPage] = useState<ActivePage | undefined>(undefined);

  useEffect(() => {
    void readActivePage().then(setPage, () => setPage(undefined));
  }, []);

  const openPanel = async () => {
    if (!page) return;
    const opened = await sendMessage('openPanel', undefined, page.tabId).catch(() => false);
    if (opened) window.close();
  };

  /** A screenshot of the marketplace tab, kept with the newest inquiry about its order or product. */
  const screenshot = () =>
    attempt(async () => {
      if (!page?.context) return;
      const inquiry = await latestInquiryAbout({
        marketplace: page.marketplace,
        orderId: page.context.orderId,
        article: page.context.article,
      });
      if (!inquiry) throw new Error(t('historyNotFound'));
      const tab = await browser.tabs.get(page.tabId);
      const stamp = new Date(now()).toISOString().slice(0, 16).replace(':', '-');
      // PNG first; a very large screen's PNG can pass the 10 MB limit, and JPEG then keeps it under.
      let blob = dataUrlBlob(await browser.tabs.captureVisibleTab(tab.windowId, { format: 'png' }));
      let type = 'image/png';
      if (blob.size > MAX_ATTACHMENT_BYTES) {
        blob = dataUrlBlob(await browser.tabs.captureVisibleTab(tab.windowId, { format: 'jpeg', quality: 85 }));
        type = 'image/jpeg';
      }
      const file = new File([blob], `screenshot-${stamp}.${type === 'image/png' ? 'png' : 'jpg'}`, { type });
      const result = await attach(inquiry.id, file, now());
      if (!result.ok) throw new Error(t(result.error === 'too-large' ? 'attachTooLarge' : 'historyNotFound', file.name));
      setShot(inquiry.fields.title || inquiry.subject);
      await inquiries.load();
    });
  const [shot, setShot] = useState<string | undefined>(undefined);

  const toggleLauncher = (shown: boolean) =>
    attempt(async () => {
      // The page's settings follow the change (components/settings.tsx).
      if (page) await setLauncherHidden(page.marketplace, !shown);
    });

  return (
    <main class="popup" lang={language}>
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

      {page && (
        <section class="current" data-testid="mh-current-page" aria-label={t(MARKETPLACE_LABEL[page.marketplace])}>
          {page.context && (
            <>
              <button type="button" class="primary" data-testid="mh-open-panel" onClick={() => void openPanel()}>
                <Icon name="chat" />
                {t('popupOpenPanel')}
              </button>
              {page.count !== undefined && (
                <p class="muted" data-testid="mh-page-count" data-value={String(page.count)}>
                  {t(page.context.orderId ? 'popupAboutOrder' : 'popupAboutProduct', page.count)}
                </p>
              )}
              {page.count !== undefined && page.count > 0 && (
                <button type="button" class="small" data-testid="mh-screenshot" onClick={() => void screenshot()}>
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
          )}
          {settings && (
            <label class="check toggle">
              <input
                type="checkbox"
                data-testid="mh-launcher-toggle"
                checked={!settings.hiddenLaunchers.includes(page.marketplace)}
                onChange={(e) => void toggleLauncher(e.currentTarget.checked)}
              />
              <span>{t('popupShowLauncher', t(MARKETPLACE_LABEL[page.marketplace]))}</span>
            </label>
          )}
        </section>
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
        <ListView state={inquiries} inquiries={list.inquiries} caseLink />
      )}
    </main>
  );
}
