/** The shopper's own figures on how support answers, each with how it is counted. */
import { useMemo } from 'preact/hooks';
import { MARKETPLACE_LABEL } from '../../components/labels';
import { channelById } from '../../utils/catalogue';
import { t, type Language } from '../../utils/platform/i18n';
import type { Inquiry } from '../../utils/inquiries/model';
import type { MarketplaceId } from '../../utils/marketplaces/types';
import { summarise, type AnswerTime } from '../../utils/inquiries/summary';

export function duration(ms: number, language: Language): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return t('minutes', language, minutes);
  const hours = ms / 3_600_000;
  if (hours < 48) return t('hours', language, Math.round(hours * 10) / 10);
  return t('days', language, Math.round((hours / 24) * 10) / 10);
}

export function SummaryView({ inquiries, now, language }: { inquiries: Inquiry[]; now: number; language: Language }) {
  const summary = useMemo(() => summarise(inquiries, now), [inquiries, now]);

  const share = summary.resolvedProblems ? Math.round((summary.resolvedAtFirst / summary.resolvedProblems) * 100) : undefined;
  return (
    <div class="summary" data-testid="mh-summary">
      <section class="figure">
        <h2>{t('summaryAnswerTime', language)}</h2>
        <p class="how">{t('summaryAnswerTimeHow', language)}</p>
        {summary.answerTimeByChannel.length === 0 ? (
          <p class="muted">{t('summaryEmpty', language)}</p>
        ) : (
          <>
            <h3>{t('summaryByChannel', language)}</h3>
            <Bars testid="mh-answer-by-channel" rows={summary.answerTimeByChannel} name={(key) => channelById(key)?.name[language] ?? key} language={language} />
            <h3>{t('summaryByMarketplace', language)}</h3>
            <Bars
              testid="mh-answer-by-marketplace"
              rows={summary.answerTimeByMarketplace}
              name={(key) => t(MARKETPLACE_LABEL[key as MarketplaceId], language)}
              language={language}
            />
          </>
        )}
      </section>
      <section class="figure" data-testid="mh-first-contact" data-value={share === undefined ? '' : String(share)}>
        <h2>{t('summaryFirstContact', language)}</h2>
        <p class="big">{share === undefined ? '—' : `${share} %`}</p>
        <p class="muted">
          {summary.resolvedAtFirst} / {summary.resolvedProblems}
        </p>
        <p class="how">{t('summaryFirstContactHow', language)}</p>
      </section>
      <section class="figure" data-testid="mh-repeated" data-value={String(summary.repeated.length)}>
        <h2>{t('summaryRepeated', language)}</h2>
        <p class="big">{summary.repeated.length}</p>
        <ul>
          {summary.repeated.slice(0, 10).map((r) => (
            <li key={r.problem}>
              {r.problem.replace(/^[^:]+:(order|article):/, '')} — {t('summaryInquiries', language, r.inquiries, r.sends)}
            </li>
          ))}
        </ul>
        <p class="how">{t('summaryRepeatedHow', language)}</p>
      </section>
      <section class="figure" data-testid="mh-open-now" data-value={String(summary.open)} data-overdue={String(summary.overdue)}>
        <h2>{t('summaryOpen', language)}</h2>
        <p class="big">{summary.open}</p>
        <p class="how">
          {t('summaryOpenHow', language)} {summary.overdue}
        </p>
      </section>
    </div>
  );
}

/** A horizontal bar per row, its length the median; an SVG drawn here, no chart library needed. */
function Bars({ rows, name, language, testid }: { rows: AnswerTime[]; name: (key: string) => string; language: Language; testid: string }) {
  const longest = Math.max(...rows.map((r) => r.median), 1);
  return (
    <ul class="bars" data-testid={testid}>
      {rows.map((row) => (
        <li key={row.key} data-key={row.key} data-median={String(row.median)} data-count={String(row.count)}>
          <span class="bar-name">{name(row.key)}</span>
          <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
            <rect x="0" y="0" height="10" width={Math.max(2, (row.median / longest) * 100)} />
          </svg>
          <span class="bar-value">
            {duration(row.median, language)} <span class="muted">({t('summaryCount', language, row.count)})</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
