/**
 * The toolbar popup: the saved inquiries, newest first, and the page in the active tab — open the panel
 * there, see how many inquiries already concern it, show or hide the launcher on that marketplace.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { InquiryRow } from '../../components/InquiryRow';
import { MARKETPLACE_LABEL, STATUS_LABEL } from '../../components/labels';
import { loadClock, now } from '../../utils/clock';
import {
  actOnInquiry,
  countInquiriesAbout,
  deleteInquiry,
  firstInquiries,
  listInquiries,
  undeleteInquiry,
} from '../../utils/db';
import { t } from '../../utils/i18n';
import type { Inquiry, InquiryStatus } from '../../utils/inquiry';
import { findInquiries, type ListQuery } from '../../utils/inquiry-search';
import type { InquiryAction } from '../../utils/lifecycle';
import { adapterFor, marketplaces } from '../../utils/marketplaces';
import type { MarketplaceId, PageContext } from '../../utils/marketplaces/types';
import { sendMessage } from '../../utils/messages';
import { DEFAULT_SETTINGS, getSettings, setLauncherHidden, watchSettings, type Settings } from '../../utils/settings';

type ListState =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; inquiries: Inquiry[]; partial?: boolean };

/** Rows drawn at first; the rest on demand, so a long history opens as fast as a short one. */
const PAGE = 30;
const STATUSES: InquiryStatus[] = ['not-sent', 'sent', 'answered', 'resolved', 'escalated', 'closed'];

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
  const [list, setList] = useState<ListState>({ kind: 'loading' });
  const [page, setPage] = useState<ActivePage | undefined>(undefined);
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  const language = (settings ?? DEFAULT_SETTINGS).language;
  /** Deleted in this popup, newest last: "undo" brings back the last one, then the one before. */
  const [deleted, setDeleted] = useState<Inquiry[]>([]);
  const [failure, setFailure] = useState<string | undefined>(undefined);

  const attempt = async (action: () => Promise<void>) => {
    try {
      setFailure(undefined);
      await action();
    } catch (error) {
      setFailure(String((error as Error)?.message ?? error));
    }
  };

  const [query, setQuery] = useState<ListQuery>({});
  const [shown, setShown] = useState(PAGE);
  const [clock, setClock] = useState(Date.now());
  // A reminder's notification opens the popup (as a tab) on its inquiry alone.
  const only = new URLSearchParams(location.search).get('inquiry');

  const load = async () => {
    try {
      await loadClock();
      const current = now();
      setClock(current);
      // The first rows at once; the whole history (for search and filters) right after.
      setList({ kind: 'ready', inquiries: await firstInquiries(PAGE, current), partial: true });
      setList({ kind: 'ready', inquiries: await listInquiries() });
    } catch (error) {
      setList({ kind: 'error', message: String((error as Error)?.message ?? error) });
    }
  };

  useEffect(() => {
    void load();
    void readActivePage().then(setPage, () => setPage(undefined));
    void getSettings().then(setSettings, () => {});
    return watchSettings(setSettings);
  }, []);

  /** The badge and the reminder follow every change. */
  const remindersChanged = () => sendMessage('remindersChanged').catch(() => 0);

  const act = (inquiry: Inquiry, action: InquiryAction) =>
    attempt(async () => {
      const result = await actOnInquiry(inquiry.id, action, now(), {
        defaultAnswerDays: (settings ?? DEFAULT_SETTINGS).defaultAnswerDays,
      });
      if (!result.ok) throw new Error(result.error);
      await load();
      await remindersChanged();
    });

  const copy = (text: string) =>
    attempt(async () => {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    });
  const [copied, setCopied] = useState(false);

  const remove = (inquiry: Inquiry) =>
    attempt(async () => {
      await deleteInquiry(inquiry.id, now());
      setDeleted((list) => [...list, inquiry]);
      await load();
      await remindersChanged();
    });

  const undo = () =>
    attempt(async () => {
      const last = deleted.at(-1);
      if (!last) return;
      await undeleteInquiry(last.id);
      setDeleted((list) => list.slice(0, -1));
      await load();
      await remindersChanged();
    });

  const openPanel = async () => {
    if (!page) return;
    const opened = await sendMessage('openPanel', undefined, page.tabId).catch(() => false);
    if (opened) window.close();
  };

  const toggleLauncher = (shown: boolean) =>
    attempt(async () => {
      if (page) setSettings(await setLauncherHidden(page.marketplace, !shown));
    });

  return (
    <main class="popup" lang={language}>
      <header class="top">
        <h1>{t('popupTitle', language)}</h1>
        <button type="button" class="link" data-testid="mh-open-options" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('optionsOpen', language)}
        </button>
      </header>

      {page && (
        <section class="current" data-testid="mh-current-page">
          {page.context && (
            <>
              <button type="button" class="primary" data-testid="mh-open-panel" onClick={() => void openPanel()}>
                {t('popupOpenPanel', language)}
              </button>
              {page.count !== undefined && (
                <p class="muted" data-testid="mh-page-count" data-value={String(page.count)}>
                  {t(page.context.orderId ? 'popupAboutOrder' : 'popupAboutProduct', language, page.count)}
                </p>
              )}
            </>
          )}
          {settings && (
            <label class="toggle">
              <input
                type="checkbox"
                data-testid="mh-launcher-toggle"
                checked={!settings.hiddenLaunchers.includes(page.marketplace)}
                onChange={(e) => void toggleLauncher(e.currentTarget.checked)}
              />
              {t('popupShowLauncher', language, t(MARKETPLACE_LABEL[page.marketplace], language))}
            </label>
          )}
        </section>
      )}

      {failure && (
        <p class="error" role="alert" data-testid="mh-popup-error">
          {t('popupActionError', language, failure)}
        </p>
      )}
      {deleted.length > 0 && (
        <div class="undo" role="status" data-testid="mh-undo-bar">
          {t('popupDeleted', language)}{' '}
          <button type="button" class="link" data-testid="mh-undo" onClick={() => void undo()}>
            {t('popupUndo', language)}
          </button>
        </div>
      )}

      {list.kind === 'loading' && <p class="muted">{t('popupLoading', language)}</p>}
      {list.kind === 'error' && (
        <p class="error" role="alert" data-testid="mh-popup-list-error">
          {t('popupError', language, list.message)}
        </p>
      )}
      {list.kind === 'ready' && list.inquiries.length === 0 && (
        <p class="empty" data-testid="mh-empty">{t('popupEmpty', language)}</p>
      )}
      {list.kind === 'ready' && list.inquiries.length > 0 && (
        <ListView
          inquiries={only ? list.inquiries.filter((i) => i.id === only) : list.inquiries}
          query={query}
          setQuery={(q) => {
            setQuery(q);
            setShown(PAGE);
          }}
          shown={shown}
          onMore={() => setShown(shown + PAGE)}
          now={clock}
          language={language}
          settings={settings}
          onAction={(i, a) => void act(i, a)}
          onDelete={(i) => void remove(i)}
          onCopy={(text) => void copy(text)}
        />
      )}
      {copied && (
        <p class="muted" role="status">
          {t('copied', language)}
        </p>
      )}
    </main>
  );
}

function ListView({ inquiries, query, setQuery, shown, onMore, now, language, settings, onAction, onDelete, onCopy }: {
  inquiries: Inquiry[];
  query: ListQuery;
  setQuery: (query: ListQuery) => void;
  shown: number;
  onMore: () => void;
  now: number;
  language: Settings['language'];
  settings: Settings | undefined;
  onAction: (inquiry: Inquiry, action: InquiryAction) => void;
  onDelete: (inquiry: Inquiry) => void;
  onCopy: (text: string) => void;
}) {
  const found = findInquiries(inquiries, query, now);
  return (
    <>
      <div class="filters">
        <input
          type="search"
          data-testid="mh-search"
          aria-label={t('popupSearch', language)}
          placeholder={t('popupSearch', language)}
          value={query.text ?? ''}
          onInput={(e) => setQuery({ ...query, text: e.currentTarget.value })}
        />
        <select
          data-testid="mh-filter-status"
          aria-label={t('popupAllStatuses', language)}
          value={query.status ?? ''}
          onChange={(e) => setQuery({ ...query, status: e.currentTarget.value as InquiryStatus | '' })}
        >
          <option value="">{t('popupAllStatuses', language)}</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(STATUS_LABEL[status], language)}
            </option>
          ))}
        </select>
        <select
          data-testid="mh-filter-marketplace"
          aria-label={t('popupAllMarketplaces', language)}
          value={query.marketplace ?? ''}
          onChange={(e) => setQuery({ ...query, marketplace: e.currentTarget.value as MarketplaceId | '' })}
        >
          <option value="">{t('popupAllMarketplaces', language)}</option>
          {marketplaces.map((m) => (
            <option key={m.id} value={m.id}>
              {t(MARKETPLACE_LABEL[m.id], language)}
            </option>
          ))}
        </select>
      </div>
      {found.length === 0 ? (
        <p class="empty" data-testid="mh-nothing-found">{t('popupNothingFound', language)}</p>
      ) : (
        <ul class="inquiries" data-testid="mh-inquiries" data-count={String(found.length)}>
          {found.slice(0, shown).map((inquiry) => (
            <InquiryRow
              key={inquiry.id}
              inquiry={inquiry}
              now={now}
              language={language}
              profile={settings?.profile}
              onAction={onAction}
              onDelete={onDelete}
              onCopy={onCopy}
            />
          ))}
        </ul>
      )}
      {found.length > shown && (
        <button type="button" class="link" data-testid="mh-show-more" onClick={onMore}>
          {t('popupShowMore', language)}
        </button>
      )}
    </>
  );
}
