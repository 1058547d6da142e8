/**
 * The page in the tab the popup is about: its marketplace, what the content script read there, and how
 * many saved inquiries already concern its order or product.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { countInquiriesAbout } from '@/utils/db';
import { adapterFor } from '@/utils/marketplaces';
import type { MarketplaceId, PageContext } from '@/utils/marketplaces/types';
import { sendMessage } from '@/utils/messages';

export interface ActivePage {
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

/** The marketplace page in the tab, read once when the popup opens; undefined on any other page. */
export function useActivePage(): ActivePage | undefined {
  const [page, setPage] = useState<ActivePage | undefined>(undefined);

  useEffect(() => {
    void readActivePage().then(setPage, () => setPage(undefined));
  }, []);

  return page;
}
