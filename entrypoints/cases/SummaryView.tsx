/**
 * The shopper's own figures on how support answers, each with how it is counted: the answer time over the
 * months, by channel, marketplace and seller; the inquiries waiting longest; the problems solved at the
 * first inquiry and those that took more. With too few answers it says what will come, and draws no chart.
 */
import { useMemo } from 'preact/hooks';
import { Icon } from '@/components/Icon';
import { MARKETPLACES } from '@/utils/marketplaces/facts';
import { State } from '@/components/State';
import { channelById } from '@/utils/catalogue';
import { formatNumber, t, type Language } from '@/utils/platform/i18n';
import type { Inquiry } from '@/utils/inquiries/model';
import type { MarketplaceId } from '@/utils/marketplaces/types';
import { ANSWERS_FOR_CHARTS, summarise, type AnswerTime, type MonthAnswerTime, type Summary } from '@/utils/inquiries/summary';
import { useT, useFormat, useLanguage } from '@/components/settings';

export function duration(ms: number, language: Language): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return t('underMinute', language);
  if (minutes < 60) return t('minutes', language, minutes);
  const hours = ms / 3_600_000;
  if (hours < 48) return t('hours', language, formatNumber(hours, language));
  return t('days', language, formatNumber(hours / 24, language));
}

export function SummaryView({ inquiries, now }: { inquiries: Inquiry[]; now: number; }) {
  const language = useLanguage();
  const t = useT();
  const summary = useMemo(() => summarise(inquiries, now), [inquiries, now]);
  const byId = useMemo(() => new Map(inquiries.map((i) => [i.id, i])), [inquiries]);
  const channelName = (key: string) => channelById(key)?.name[language] ?? key;
  const marketName = (key: string) => t(MARKETPLACES[key as MarketplaceId].label);

  return (
    <div class="summary" data-testid="mh-summary">
      <AnswerTimeFigure summary={summary} channelName={channelName} marketName={marketName} />
      <SlowestOpen summary={summary} byId={byId} />
      <FirstContact summary={summary} />
      <Repeated summary={summary} />
      <OpenNow summary={summary} />
    </div>
  );
}

interface AnswerTimeProps {
  summary: Summary;
  channelName: (key: string) => string;
  marketName: (key: string) => string;
}

/** How long support takes to answer: nothing yet, a few answers in words, or the charts. */
function AnswerTimeFigure({ summary, channelName, marketName }: AnswerTimeProps) {
  const t = useT();
  return (
    <section class="figure wide" aria-labelledby="mh-answer-time-title">
      <h2 id="mh-answer-time-title">{t('summaryAnswerTime')}</h2>
      <p class="how">{t('summaryAnswerTimeHow')}</p>
      {summary.answered === 0 ? (
        <State kind="empty" icon="chart" title={t('summaryEmpty')}>
          {t('summaryWillShow')}
        </State>
      ) : summary.answered < ANSWERS_FOR_CHARTS ? (
        <FewAnswers summary={summary} channelName={channelName} marketName={marketName} />
      ) : (
        <AnswerCharts summary={summary} channelName={channelName} marketName={marketName} />
      )}
    </section>
  );
}

/** The answer time over the months, then by channel, by marketplace and for the first ten sellers. */
function AnswerCharts({ summary, channelName, marketName }: AnswerTimeProps) {
  const t = useT();
  return (
    <>
      <h3>{t('summaryByMonth')}</h3>
      <Months rows={summary.answerTimeByMonth} />
      <div class="figure-columns">
        <div>
          <h3>{t('summaryByChannel')}</h3>
          <Bars testid="mh-answer-by-channel" rows={summary.answerTimeByChannel} name={channelName} />
        </div>
        <div>
          <h3>{t('summaryByMarketplace')}</h3>
          <Bars testid="mh-answer-by-marketplace" rows={summary.answerTimeByMarketplace} name={marketName} />
          {summary.answerTimeBySeller.length > 0 && (
            <>
              <h3>{t('summaryBySeller')}</h3>
              <Bars testid="mh-answer-by-seller" rows={summary.answerTimeBySeller.slice(0, 10)} name={(key) => key} />
            </>
          )}
        </div>
      </div>
    </>
  );
}

/** The open inquiries waiting longest for an answer, each a link to its case file. */
function SlowestOpen({ summary, byId }: { summary: Summary; byId: Map<string, Inquiry> }) {
  const language = useLanguage();
  const t = useT();
  return (
    <section class="figure wide" data-testid="mh-slowest-open" data-count={String(summary.slowestOpen.length)} aria-labelledby="mh-slowest-title">
      <h2 id="mh-slowest-title">{t('summarySlowest')}</h2>
      <p class="how">{t('summarySlowestHow')}</p>
      {summary.slowestOpen.length === 0 ? (
        <p class="muted">{t('summarySlowestNone')}</p>
      ) : (
        <ol class="waiting">
          {summary.slowestOpen.map((w) => {
            const inquiry = byId.get(w.id);
            return (
              <li key={w.id} data-id={w.id} data-waited={String(w.waited)} data-overdue={String(w.overdue)}>
                <a href={`#${encodeURIComponent(w.id)}`}>{inquiry ? inquiry.fields.title || inquiry.subject : w.id}</a>
                <span class="waiting-time">
                  <Icon name="clock" />
                  {t('summaryWaited', duration(w.waited, language))}
                </span>
                {w.overdue && <span class="chip" data-tone="danger">{t('summaryOverdue')}</span>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

/** The share of solved problems that one inquiry was enough for. */
function FirstContact({ summary }: { summary: Summary }) {
  const t = useT();
  const share = summary.resolvedProblems ? Math.round((summary.resolvedAtFirst / summary.resolvedProblems) * 100) : undefined;
  return (
    <section class="figure" data-testid="mh-first-contact" data-value={share === undefined ? '' : String(share)} aria-labelledby="mh-first-contact-title">
      <h2 id="mh-first-contact-title">{t('summaryFirstContact')}</h2>
      <p class="big">{share === undefined ? '—' : `${share} %`}</p>
      <p class="muted">
        {summary.resolvedAtFirst} / {summary.resolvedProblems}
      </p>
      <p class="how">{t('summaryFirstContactHow')}</p>
    </section>
  );
}

/** The problems that took more than one inquiry, the first ten named. */
function Repeated({ summary }: { summary: Summary }) {
  const t = useT();
  return (
    <section class="figure" data-testid="mh-repeated" data-value={String(summary.repeated.length)} aria-labelledby="mh-repeated-title">
      <h2 id="mh-repeated-title">{t('summaryRepeated')}</h2>
      <p class="big">{summary.repeated.length}</p>
      {summary.repeated.length > 0 && (
        <ul>
          {summary.repeated.slice(0, 10).map((r) => (
            <li key={r.problem}>
              {r.problem.replace(/^[^:]+:(order|article):/, '')} — {t('summaryInquiries', r.inquiries, r.sends)}
            </li>
          ))}
        </ul>
      )}
      <p class="how">{t('summaryRepeatedHow')}</p>
    </section>
  );
}

/** How many inquiries are open now, and how many of them are overdue. */
function OpenNow({ summary }: { summary: Summary }) {
  const t = useT();
  return (
    <section class="figure" data-testid="mh-open-now" data-value={String(summary.open)} data-overdue={String(summary.overdue)} aria-labelledby="mh-open-title">
      <h2 id="mh-open-title">{t('summaryOpen')}</h2>
      <p class="big">{summary.open}</p>
      <p class="how">
        {t('summaryOpenHow')} {summary.overdue}
      </p>
    </section>
  );
}

/** One or two answers: what they were, in words, and what the charts will show once there are more. */
function FewAnswers({ summary, channelName, marketName }: AnswerTimeProps) {
  const t = useT();
  return (
    <div class="few" data-testid="mh-summary-few" data-value={String(summary.answered)}>
      <p>{t('summaryFew', summary.answered, ANSWERS_FOR_CHARTS)}</p>
      <Rows testid="mh-answer-by-channel" rows={summary.answerTimeByChannel} name={channelName} />
      <Rows testid="mh-answer-by-marketplace" rows={summary.answerTimeByMarketplace} name={marketName} />
    </div>
  );
}

/** The figures as lines of text, no bars: for too few answers to compare. */
function Rows({ rows, name, testid }: { rows: AnswerTime[]; name: (key: string) => string; testid: string }) {
  const language = useLanguage();
  const t = useT();
  return (
    <ul class="plain-rows" data-testid={testid}>
      {rows.map((row) => (
        <li key={row.key} data-key={row.key} data-median={String(row.median)} data-count={String(row.count)}>
          {name(row.key)} — {duration(row.median, language)} <span class="muted">({t('summaryCount', row.count)})</span>
        </li>
      ))}
    </ul>
  );
}

/** A horizontal bar per row, its length the median; drawn here, no chart library needed. */
function Bars({ rows, name, testid }: { rows: AnswerTime[]; name: (key: string) => string; testid: string }) {
  const language = useLanguage();
  const t = useT();
  const longest = Math.max(...rows.map((r) => r.median), 1);
  return (
    <ul class="bars" data-testid={testid}>
      {rows.map((row) => (
        <li key={row.key} data-key={row.key} data-median={String(row.median)} data-count={String(row.count)}>
          <span class="bar-name">{name(row.key)}</span>
          <span class="bar" aria-hidden="true">
            <span style={{ width: `${Math.max(2, (row.median / longest) * 100)}%` }} />
          </span>
          <span class="bar-value">
            {duration(row.median, language)} <span class="muted">({t('summaryCount', row.count)})</span>
          </span>
        </li>
      ))}
    </ul>
  );
}

/** A column per month, its height the median; a month without answers is a gap, said so. */
function Months({ rows }: { rows: MonthAnswerTime[]; }) {
  const language = useLanguage();
  const t = useT();
  const format = useFormat();
  const longest = Math.max(...rows.map((r) => r.median ?? 0), 1);
  return (
    <ol class="months" data-testid="mh-answer-by-month">
      {rows.map((row, i) => {
        const withYear = i === 0 || row.key.endsWith('-01');
        return (
          <li key={row.key} data-key={row.key} data-median={row.median === undefined ? '' : String(row.median)} data-count={String(row.count)}>
            <span class="month-name">{format.month(row.key, withYear)}</span>
            {row.median === undefined ? (
              <span class="month-value">
                <span aria-hidden="true">—</span>
                <span class="sr-only">{t('summaryNoAnswersInMonth')}</span>
              </span>
            ) : (
              <span class="month-value">
                {duration(row.median, language)}
                <span class="sr-only"> ({t('summaryCount', row.count)})</span>
              </span>
            )}
            <span class="month-bar" aria-hidden="true">
              {row.median !== undefined && <span style={{ height: `${Math.max(3, (row.median / longest) * 100)}%` }} />}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
