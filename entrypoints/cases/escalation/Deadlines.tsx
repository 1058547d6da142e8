/** The legal deadlines of the case beside the form, and the penalty to date with its arithmetic. */
import { deadlinesFor, penaltyArithmetic, penaltyFor } from '@/utils/escalation/deadlines';
import { documentDate, type EscalationInput } from '@/utils/escalation/documents';
import { ARTICLES, type ArticleId } from '@/utils/escalation/law';
import { formatDate, t, type Language } from '@/utils/platform/i18n';
import { DEADLINE_LABEL } from './form';

export function Deadlines({ input, language }: { input: EscalationInput; language: Language }) {
  const deadlines = deadlinesFor(input);
  if (!deadlines.length) return <p class="muted" data-testid="mh-deadlines-empty">{t('escalateNoDeadlines', language)}</p>;
  const penalty = penaltyFor(input, deadlines);
  return (
    <>
      <ul class="deadlines" data-testid="mh-deadlines">
        {deadlines.map((d) => (
          <li key={d.id} data-testid="mh-deadline" data-id={d.id} data-date={d.date} data-passed={String(d.passed)} class={d.passed ? 'passed' : undefined}>
            <strong>{t(DEADLINE_LABEL[d.id], language)}</strong>: {formatDate(d.date, language)} ·{' '}
            {d.passed ? t('deadlinePassed', language, -d.daysLeft) : d.daysLeft === 0 ? t('deadlineToday', language) : t('deadlineLeft', language, d.daysLeft)}
            <span class="muted">
              {' '}
              (
              {d.term.days || d.term.months
                ? `${t('deadlineTerm', language, d.term.months ? t('deadlineMonths', language, d.term.months) : t('deadlineDays', language, d.term.days!), formatDate(d.from, language))}; `
                : ''}
              <ArticleLabel article={d.article} language={language} />)
            </span>
            {d.moved && <span class="muted"> — {t('deadlineMoved', language, formatDate(d.nominal, language))}</span>}
            {d.approximate && <span class="muted"> — {t('deadlineApproximate', language)}</span>}
          </li>
        ))}
      </ul>
      {penalty && (
        <p data-testid="mh-penalty" data-value={penalty.amount.toFixed(2)}>
          {t('escalatePenalty', language, articleText(penalty.article, language), penaltyArithmetic(penalty, language))}{' '}
          <span class="muted">({documentDate(penalty.since)}–{documentDate(penalty.until)})</span>
        </p>
      )}
    </>
  );
}

const articleText = (article: ArticleId, language: Language) => (language === 'ru' ? `ст. ${article}` : `art. ${article}`);

/** "ст. 26.1", with what the article says on hover. */
/** The article and what it says, in words on the page: a hover title reaches neither keyboards nor touch. */
function ArticleLabel({ article, language }: { article: ArticleId; language: Language }) {
  return (
    <details class="article">
      <summary>{articleText(article, language)}</summary>
      {ARTICLES[article][language]}
    </details>
  );
}
