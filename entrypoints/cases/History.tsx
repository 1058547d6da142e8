/**
 * The history page: every inquiry with the popup's search and filters, one inquiry's case file beside
 * them (cases.html#<id>), the summary of how support answers (cases.html#summary), and the recently
 * deleted inquiries (cases.html#deleted).
 */
import { useEffect, useState } from 'preact/hooks';
import { ListNotices, ListView, useInquiries } from '@/components/InquiryList';
import { RecentlyDeleted } from '@/components/RecentlyDeleted';
import { Icon } from '@/components/Icon';
import { ListError, State } from '@/components/State';
import type { Inquiry } from '@/utils/inquiries/model';
import { CaseFile } from './CaseFile';
import { Escalation } from './escalation';
import { SummaryView } from './SummaryView';
import { useT, useFormat } from '@/components/settings';

export const route = () => decodeURIComponent(location.hash.slice(1));

type Inquiries = ReturnType<typeof useInquiries>;

export function History({ early }: { early?: Promise<Inquiry[]> }) {
  const t = useT();
  const format = useFormat();
  const inquiries = useInquiries({ firstRows: route() !== 'summary', early });
  const { list, language } = inquiries;
  const selected = useRoute();

  const all = list.kind === 'ready' ? list.inquiries : [];
  // cases.html#escalate/<id>: the claim and complaint for one inquiry.
  const escalating = selected.startsWith('escalate/');
  const caseId = escalating ? selected.slice('escalate/'.length) : selected;
  const current = all.find((i) => i.id === caseId);

  return (
    <main class="history" lang={language}>
      <HistoryTop selected={selected} />
      <ListNotices state={inquiries} />
      {selected === 'deleted' ? (
        <RecentlyDeleted onChanged={() => void inquiries.load()} />
      ) : selected === 'summary' ? (
        <SummaryPane inquiries={inquiries} all={all} />
      ) : (
        <div class="history-main">
          <section class="history-list" aria-label={t('historyTitle')}>
            {list.kind === 'loading' && <State kind="loading" title={t('popupLoading')} />}
            {list.kind === 'error' && <ListError message={format.failure(list.failure)} />}
            {list.kind === 'ready' && all.length === 0 && (
              <State kind="empty" testid="mh-empty" title={t('popupEmptyTitle')}>
                {t('popupEmpty')}
              </State>
            )}
            {list.kind === 'ready' && all.length > 0 && (
              <ListView state={inquiries} inquiries={all} selected={caseId} titleLinksToCase />
            )}
          </section>
          <CasePane inquiries={inquiries} current={current} escalating={escalating} selected={selected} />
        </div>
      )}
    </main>
  );
}

/** The page's place (the part of the address after #), followed as it changes. */
function useRoute() {
  const [selected, setSelected] = useState(route());
  useEffect(() => {
    const follow = () => setSelected(route());
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  return selected;
}

/** The page's name and its three tabs: the inquiries, the summary, the recently deleted. */
function HistoryTop({ selected }: { selected: string }) {
  const t = useT();
  return (
    <header class="history-top">
      <h1>
        <Icon name="chat" class="brand-icon" />
        Market Helpdesk
      </h1>
      <nav class="tabs" aria-label="Market Helpdesk">
        <a href="#" aria-current={selected !== 'summary' && selected !== 'deleted' ? 'page' : undefined} data-testid="mh-tab-inquiries">
          <Icon name="inbox" />
          {t('historyTitle')}
        </a>
        <a href="#summary" aria-current={selected === 'summary' ? 'page' : undefined} data-testid="mh-tab-summary">
          <Icon name="chart" />
          {t('historySummary')}
        </a>
        <a href="#deleted" aria-current={selected === 'deleted' ? 'page' : undefined} data-testid="mh-tab-deleted">
          {t('deletedTitle')}
        </a>
      </nav>
    </header>
  );
}

/** The summary, drawn only from the whole history: a part of it would give wrong figures. */
function SummaryPane({ inquiries, all }: { inquiries: Inquiries; all: Inquiry[] }) {
  const t = useT();
  const { list } = inquiries;
  if (list.kind === 'ready' && !list.partial) return <SummaryView inquiries={all} now={inquiries.clock} />;
  if (list.kind === 'error') return <ListError message={list.message} />;
  return <State kind="loading" title={t('popupLoading')} />;
}

interface CaseProps {
  inquiries: Inquiries;
  /** The inquiry the address names, once the list holds it. */
  current: Inquiry | undefined;
  escalating: boolean;
  selected: string;
}

/** Beside the list: the chosen inquiry's case file or escalation, or why there is none to show. */
function CasePane({ inquiries, current, escalating, selected }: CaseProps) {
  const t = useT();
  const { list, settings } = inquiries;
  return (
    <section class="history-case" aria-label={current ? current.fields.title || current.subject : t('historyChoose')}>
      {current && escalating ? (
        <Escalation
          key={current.id}
          inquiry={current}
          settings={settings}
          onAction={(a) => inquiries.act(current, a)}
        />
      ) : current ? (
        <CaseFile
          key={current.id}
          inquiry={current}
          now={inquiries.clock}
          settings={settings}
          onAction={(a) => inquiries.act(current, a)}
          onCopy={(text) => void inquiries.copy(text)}
          onChanged={() => void inquiries.load()}
        />
      ) : selected && list.kind === 'ready' && !list.partial ? (
        <State kind="empty" icon="search" testid="mh-case-empty" title={t('historyNotFound')} />
      ) : (
        <State kind="empty" icon="document" testid="mh-case-empty" title={t('historyChoose')}>
          {t('historyChooseHow')}
        </State>
      )}
    </section>
  );
}
