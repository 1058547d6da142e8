/** The legal deadlines of the case beside the form, and the penalty to date with its arithmetic. */
import { penaltyArithmetic, penaltyPerDay, rubles } from '@/utils/escalation/deadlines';
import { documentDate, resolveCase, type EscalationInput } from '@/utils/escalation/documents';
import { ARTICLES, type ArticleId } from '@/utils/escalation/law';
import { type Language } from '@/utils/platform/i18n';
import { DEADLINE_LABEL } from './labels';
import { useT, useFormat, useLanguage } from '@/components/settings';

export function Deadlines({ input }: { input: EscalationInput; }) {
  const language = useLanguage();
  const t = useT();
  const format = useFormat();
  // The case as the document reads it; a late refund of a return bears art. 395 interest, its sum not worked out.
  const { deadlines, penalty, interest } = resolveCase(input);
  if (!deadlines.length) return <p class="muted" data-testid="mh-deadlines-empty">{t('escalateNoDeadlines')}</p>;
  const interestFrom = interest?.since;
  return (
    <>
      <ul class="deadlines" data-testid="mh-deadlines">
        {deadlines.map((d) => (
          <li key={d.id} data-testid="mh-deadline" data-id={d.id} data-date={d.date} data-passed={String(d.passed)} class={d.passed ? 'passed' : undefined}>
            <strong>{t(DEADLINE_LABEL[d.id])}</strong>: {format.date(d.date)} ·{' '}
            {d.passed ? t('deadlinePassed', -d.daysLeft) : d.daysLeft === 0 ? t('deadlineToday') : t('deadlineLeft', d.daysLeft)}
            <span class="muted">
              {' '}
              (
              {d.term.days || d.term.months
                ? `${t('deadlineTerm', d.term.months ? t('deadlineMonths', d.term.months) : t('deadlineDays', d.term.days!), format.date(d.from))}; `
                : ''}
              <ArticleLabel article={d.article} />)
            </span>
            {d.moved && <span class="muted"> — {t('deadlineMoved', format.date(d.nominal))}</span>}
            {d.approximate && <span class="muted"> — {t('deadlineApproximate')}</span>}
            {d.outerLimit && <span class="muted"> — {t('deadlineOuterLimit')}</span>}
          </li>
        ))}
      </ul>
      {penalty?.approximate && (
        // The term's last day is not certain yet: the rate per day, never a total.
        <p data-testid="mh-penalty" data-approximate="true">
          {t('escalatePenaltyApproximate', articleText(penalty.article, language), rubles(penaltyPerDay(penalty)))}
        </p>
      )}
      {penalty && !penalty.approximate && (
        <p data-testid="mh-penalty" data-value={penalty.amount.toFixed(2)}>
          {t('escalatePenalty', articleText(penalty.article, language), penaltyArithmetic(penalty, language))}{' '}
          <span class="muted">({documentDate(penalty.since)}–{documentDate(penalty.until)})</span>
        </p>
      )}
      {interestFrom && (
        <p data-testid="mh-interest" data-since={interestFrom}>
          {t('escalateInterest395', format.date(interestFrom))}
        </p>
      )}
    </>
  );
}

const articleText = (article: ArticleId, language: Language) => (language === 'ru' ? `ст. ${article}` : `art. ${article}`);

/** "ст. 26.1", with what the article says on hover. */
/** The article and what it says, in words on the page: a hover title reaches neither keyboards nor touch. */
function ArticleLabel({ article }: { article: ArticleId; }) {
  const language = useLanguage();
  return (
    <details class="article">
      <summary>{articleText(article, language)}</summary>
      {ARTICLES[article][language]}
    </details>
  );
}
