/**
 * The claim's steps around the form: the indicator (1–5, the current one marked for screen readers, each
 * step reached clickable), what a step still lacks for the document, and «Назад» / «Далее», which says
 * what is missing before it moves on.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '@/components/settings';
import { ASKED_LABEL, MISSING_LABEL, PROBLEM_LABEL } from './labels';
import { gapCount, gapsIn, STEP_IDS, STEP_TITLE, type Gaps, type StepId } from './steps';

interface IndicatorProps {
  step: StepId;
  /** The furthest step reached, by its index: it and those before it can be opened. */
  reached: number;
  gaps: Gaps;
  go: (step: StepId) => void;
}

export function StepIndicator({ step, reached, gaps, go }: IndicatorProps) {
  const t = useT();
  return (
    <nav class="steps no-print" aria-label={t('stepsLabel')}>
      <ol data-testid="mh-steps">
        {STEP_IDS.map((id, i) => {
          const current = id === step;
          const open = gapCount(gapsIn(gaps, id)) > 0;
          const inner = (
            <>
              <span class="step-number" aria-hidden="true">{i + 1}</span>
              <span class="step-title">{t(STEP_TITLE[id])}</span>
            </>
          );
          const state = current ? 'current' : i <= reached ? 'reached' : 'ahead';
          return (
            <li key={id} class={`step step-${state}${open && i <= reached && !current ? ' step-open' : ''}`} data-state={state}>
              {current || i > reached ? (
                <span data-testid={`mh-step-${id}`} aria-current={current ? 'step' : undefined}>{inner}</span>
              ) : (
                <button type="button" data-testid={`mh-step-${id}`} onClick={() => go(id)} aria-label={t('stepGo', String(i + 1), t(STEP_TITLE[id]))}>
                  {inner}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

/** What the document still needs of this step: the core's items, labelled as the page always has. */
export function GapList({ gaps, testid, alert = false }: { gaps: Gaps; testid: string; alert?: boolean }) {
  const t = useT();
  if (!gapCount(gaps)) return null;
  const wrong = gaps.problems.length > 0;
  return (
    <div class={`${wrong || alert ? 'error' : 'notice'} no-print`} role={alert ? 'alert' : 'status'} data-testid={testid} tabIndex={-1}>
      {t(alert ? 'stepGapsBeforeNext' : 'stepGaps')}
      <GapItems gaps={gaps} />
    </div>
  );
}

/** The items themselves, each marked with its id in the core's list. */
export function GapItems({ gaps }: { gaps: Gaps }) {
  const t = useT();
  return (
    <ul>
      {gaps.missing.map((m) => (
        <li key={m} data-missing={m}>{t(MISSING_LABEL[m])}</li>
      ))}
      {gaps.asked.map((a) => (
        <li key={a} data-asked={a}>{t(ASKED_LABEL[a])}</li>
      ))}
      {gaps.problems.map((p) => (
        <li key={p} data-problem={p}>{t(PROBLEM_LABEL[p])}</li>
      ))}
    </ul>
  );
}

interface FooterProps {
  step: StepId;
  /** What this step still lacks. */
  gaps: Gaps;
  go: (step: StepId) => void;
}

/**
 * «Назад» and «Далее». With something missing here, the first «Далее» lists it and stays; the button then
 * reads «Всё равно дальше», for a shopper who will come back to it.
 */
export function StepFooter({ step, gaps, go }: FooterProps) {
  const t = useT();
  const [warned, setWarned] = useState(false);
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => setWarned(false), [step]);
  const index = STEP_IDS.indexOf(step);
  const previous = STEP_IDS[index - 1];
  const next = STEP_IDS[index + 1];
  const open = gapCount(gaps);
  const forward = () => {
    if (!next) return;
    if (open && !warned) {
      setWarned(true);
      requestAnimationFrame(() => list.current?.querySelector<HTMLElement>('[data-testid="mh-step-next-gaps"]')?.focus());
      return;
    }
    go(next);
  };
  return (
    <div class="step-footer no-print" ref={list}>
      {warned && open > 0 && <GapList gaps={gaps} testid="mh-step-next-gaps" alert />}
      <div class="step-buttons">
        {previous && (
          <button type="button" data-testid="mh-step-back" onClick={() => go(previous)}>
            {t('stepBack')}
          </button>
        )}
        {next && (
          <button type="button" class="primary" data-testid="mh-step-next" data-gaps={String(open)} data-warned={String(warned && open > 0)} onClick={forward}>
            {t(warned && open > 0 ? 'stepNextAnyway' : 'stepNext', t(STEP_TITLE[next]))}
          </button>
        )}
      </div>
    </div>
  );
}
