/**
 * The list of saved inquiries shared by the popup and the history page: loading it (the first rows from
 * the indexes, then the whole history), acting on an inquiry, deleting with undo, search and filters.
 */
import { useEffect, useState } from 'preact/hooks';
import { loadClock, now } from '@/utils/storage/clock';
import { countDeleted, firstInquiries, listInquiries } from '@/utils/db';
import { act, remove, restore } from '@/utils/inquiries/writes';
import type { Inquiry, InquiryStatus } from '@/utils/inquiries/model';
import { findInquiries, prepareSearch, type ListQuery } from '@/utils/inquiries/search';
import { isOverdue, type InquiryAction } from '@/utils/inquiries/lifecycle';
import { MARKETPLACE_LIST, type MarketplaceId } from '@/utils/marketplaces/facts';
import { isQuotaError, storageFailure, type StorageFailure } from '@/utils/db/errors';
import { InquiryGroups, type Pinned } from './InquiryGroups';
import { STATUS_LABEL } from './labels';
import { useFormat, useSettings, useT } from './settings';

export type ListState =
  | { kind: 'loading' }
  /** `failure`: what the shopper is told (utils/db/failure-text.ts); `message`: the browser's own words. */
  | { kind: 'error'; failure: StorageFailure; message: string }
  | { kind: 'ready'; inquiries: Inquiry[]; partial?: boolean };

/** Rows drawn at first; the rest on demand, so a long history opens as fast as a short one. */
export const PAGE = 30;
const STATUSES: InquiryStatus[] = ['not-sent', 'sent', 'answered', 'resolved', 'escalated', 'closed'];

/** `firstRows`: draw the first rows from the indexes before the whole history is read (lists do; the
 * summary, which needs everything anyway, does not). */
export function useInquiries({ firstRows = true, early }: { firstRows?: boolean; early?: Promise<Inquiry[]> } = {}) {
  const t = useT();
  const format = useFormat();
  // A read begun before the page was drawn (see cases/main.tsx) is used once, for the first load.
  const [head] = useState(() => ({ early }));
  const [list, setList] = useState<ListState>({ kind: 'loading' });
  const settings = useSettings();
  const language = settings.language;
  /** Deleted here, newest last: "undo" brings back the last one, then the one before. */
  const [deleted, setDeleted] = useState<Inquiry[]>([]);
  /** How many the recently deleted list holds (deleted here or earlier, elsewhere). */
  const [deletedCount, setDeletedCount] = useState(0);
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const [copied, setCopied] = useState(false);
  const [clock, setClock] = useState(now());

  const attempt = async (action: () => Promise<void>): Promise<boolean> => {
    try {
      setFailure(undefined);
      await action();
      return true;
    } catch (error) {
      setFailure(t('popupActionError', isQuotaError(error) ? t('errorStorageFullShort') : format.failure(error)));
      return false;
    }
  };

  const load = async () => {
    try {
      await loadClock();
      const current = now();
      setClock(current);
      // The first rows at once; the whole history (for search and filters) right after.
      if (firstRows) setList({ kind: 'ready', inquiries: await firstInquiries(PAGE, current, isOverdue), partial: true });
      const prefetched = head.early;
      head.early = undefined;
      const all = await (prefetched ?? listInquiries());
      setList({ kind: 'ready', inquiries: all });
      // The search's texts made while the shopper looks at the list, before the first keystroke.
      void prepareSearch(all);
      setDeletedCount(await countDeleted());
    } catch (error) {
      setList({ kind: 'error', failure: storageFailure(error), message: String((error as Error)?.message ?? error) });
    }
  };

  useEffect(() => {
    void load();
  }, []);

  /** The badge and the reminder follow every change. */

  return {
    list,
    settings,
    language,
    deleted,
    deletedCount,
    failure,
    copied,
    clock,
    load,
    attempt,
    act: (inquiry: Inquiry, action: InquiryAction) =>
      attempt(async () => {
        const result = await act(inquiry.id, action, now(), {
          defaultAnswerDays: settings.defaultAnswerDays,
        });
        if (!result.ok) throw new Error(result.error);
        await load();
      }),
    copy: (text: string) =>
      attempt(async () => {
        await navigator.clipboard.writeText(text);
        setCopied(true);
      }),
    remove: (inquiry: Inquiry) =>
      attempt(async () => {
        await remove(inquiry.id, now());
        setDeleted((list) => [...list, inquiry]);
        await load();
      }),
    undo: () =>
      attempt(async () => {
        const last = deleted.at(-1);
        if (!last) return;
        const found = await restore(last.id);
        setDeleted((list) => list.slice(0, -1));
        await load();
        // Erased meanwhile (from the recently deleted list, in another page): say so, not nothing.
        if (found === 'gone') setFailure(t('undoFailed'));
      }),
  };
}

/** The messages around a list: a failed action, what was deleted (with undo), a copy done. */
export function ListNotices({ state }: { state: ReturnType<typeof useInquiries> }) {
  const t = useT();
  const { failure, deleted, deletedCount, copied, undo } = state;
  return (
    <>
      {failure && (
        <p class="error" role="alert" data-testid="mh-popup-error">
          {failure}
        </p>
      )}
      {deleted.length > 0 && (
        <div class="undo" role="status" data-testid="mh-undo-bar">
          {t('popupDeleted')}{' '}
          <button type="button" class="link" data-testid="mh-undo" onClick={() => void undo()}>
            {t('popupUndo')}
          </button>
        </div>
      )}
      {deletedCount > 0 && (
        <p class="muted">
          <a href="/cases.html#deleted" target="_blank" data-testid="mh-deleted-link">
            {t('popupDeletedList', deletedCount)}
          </a>
        </p>
      )}
      {copied && (
        <p class="muted" role="status">
          {t('copied')}
        </p>
      )}
    </>
  );
}

/**
 * The list with its search and filters: the first PAGE rows, then more on demand. Actions go to the
 * `useInquiries` state it is given.
 */
export function ListView({ state, inquiries, selected, caseLink, titleLinksToCase, grouped, pinned, clocks }: {
  state: ReturnType<typeof useInquiries>;
  inquiries: Inquiry[];
  /** In groups by what the shopper has to do (the popup). */
  grouped?: boolean;
  /** The inquiries about the page in the tab, shown first under their own heading. */
  pinned?: Pinned;
  /** The inquiry shown beside the list (history page). */
  selected?: string;
  /** Rows link to the inquiry's case file on the history page. */
  caseLink?: boolean;
  /** Rows' titles open their case file beside the list (the history page). */
  titleLinksToCase?: boolean;
  /** Rows show the marketplace's clock running now (the popup). */
  clocks?: boolean;
}) {
  const t = useT();
  const [query, changeQuery] = useState<ListQuery>({});
  const [shown, setShown] = useState(PAGE);
  const setQuery = (next: ListQuery) => {
    changeQuery(next);
    setShown(PAGE);
  };
  const onMore = () => setShown(shown + PAGE);
  const { clock: now, settings } = state;
  const onAction = (inquiry: Inquiry, action: InquiryAction) => state.act(inquiry, action);
  const onDelete = (inquiry: Inquiry) => void state.remove(inquiry);
  const onCopy = (text: string) => void state.copy(text);
  const found = findInquiries(inquiries, query, now);
  return (
    <>
      <div class="filters">
        <input
          type="search"
          data-testid="mh-search"
          aria-label={t('popupSearch')}
          placeholder={t('popupSearch')}
          value={query.text ?? ''}
          onInput={(e) => setQuery({ ...query, text: e.currentTarget.value })}
        />
        <select
          data-testid="mh-filter-status"
          aria-label={t('popupAllStatuses')}
          value={query.status ?? ''}
          onChange={(e) => setQuery({ ...query, status: e.currentTarget.value as InquiryStatus | '' })}
        >
          <option value="">{t('popupAllStatuses')}</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(STATUS_LABEL[status])}
            </option>
          ))}
        </select>
        <select
          data-testid="mh-filter-marketplace"
          aria-label={t('popupAllMarketplaces')}
          value={query.marketplace ?? ''}
          onChange={(e) => setQuery({ ...query, marketplace: e.currentTarget.value as MarketplaceId | '' })}
        >
          <option value="">{t('popupAllMarketplaces')}</option>
          {MARKETPLACE_LIST.map((m) => (
            <option key={m.id} value={m.id}>
              {t(m.label)}
            </option>
          ))}
        </select>
      </div>
      {found.length === 0 ? (
        <p class="empty" data-testid="mh-nothing-found">{t('popupNothingFound')}</p>
      ) : (
        <InquiryGroups
          inquiries={found}
          now={now}
          shown={shown}
          grouped={grouped}
          pinned={pinned}
          selected={selected}
          clocks={clocks}
          row={{ profile: settings?.profile, onAction, onDelete, onCopy, caseLink, titleLinksToCase }}
        />
      )}
      {found.length > shown && (
        <button type="button" class="link" data-testid="mh-show-more" onClick={onMore}>
          {t('popupShowMore')}
        </button>
      )}
    </>
  );
}
