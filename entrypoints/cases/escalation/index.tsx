/** The escalation page (cases.html#escalate/<id>): the claim's steps, its deadlines, complaint pack and document. */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import { State } from '@/components/State';
import { moscowDate } from '@/utils/calendar';
import { buildDocument } from '@/utils/escalation/documents';
import { foreignOzon } from '@/utils/escalation/law';
import { situationChoicesOf } from '@/utils/catalogue/topics';
import type { InquiryAction } from '@/utils/inquiries/lifecycle';
import type { Inquiry } from '@/utils/inquiries/model';
import { now } from '@/utils/storage/clock';
import type { Settings } from '@/utils/storage/settings';
import { problemsFor } from '@/utils/escalation/documents';
import { CheckStep } from './CheckStep';
import { Deadlines } from './Deadlines';
import type { Notice } from './DocumentView';
import { EscalationForm } from './EscalationForm';
import { SelectField } from './fields';
import { inputOf, SITUATIONS, type Form } from './form';
import type { Situation } from '@/utils/escalation/deadlines';
import { ActionNotice, DraftProblemNotice } from './Notices';
import { GapList, StepFooter, StepIndicator } from './StepNav';
import { gapsIn, gapsOf, STEP_IDS, STEP_TITLE, stepOf, type StepId } from './steps';
import { useEscalation } from './use-escalation';
import { useT } from '@/components/settings';

interface Props {
  inquiry: Inquiry;
  settings: Settings | undefined;
  onAction: (action: InquiryAction) => Promise<boolean> | void;
}

/**
 * The claim to the seller or the complaint to Rospotrebnadzor, written step by step (steps.ts): what
 * happened, what the shopper wants, who the seller is, the dates, then the document to check, edit and
 * print. Each step says what the document still needs of it. What is typed, and the step, is kept as a draft.
 */
export function Escalation({ inquiry, settings, onAction }: Props) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [inquiry.id]);
  const { form, events, files, change, draftProblem, profile, changeProfile, saveProfile } = useEscalation(inquiry, settings);
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  const corrections = settings?.corrections ?? {};
  const { step, reached, go, stepHeading } = useStep(form, change);

  const today = moscowDate(now());
  const input = useMemo(
    () => form?.situation && profile && inputOf(form, { inquiry, events, files, profile, corrections, today }),
    [form, inquiry, events, files, profile, corrections, today],
  );
  const result = input && buildDocument(input);
  const country = foreignOzon(inquiry.pageUrl || inquiry.context.url);

  if (country) return <ForeignNotice inquiry={inquiry} country={country} heading={heading} />;
  if (form && profile && !form.situation) return <SituationFirst inquiry={inquiry} heading={heading} change={change} />;
  if (!form || !input || !profile) return <State kind="loading" title={t('popupLoading')} />;

  const gaps = gapsOf(result, problemsFor(input));
  const own = gapsIn(gaps, step);
  const index = STEP_IDS.indexOf(step);

  return (
    <article class="case escalation" data-testid="mh-escalation" data-id={inquiry.id} data-step={step}>
      <h2 ref={heading} tabIndex={-1}>{t(form.kind === 'claim' ? 'escalateKindClaim' : 'escalateKindComplaint')}</h2>
      <p class="no-print"><a href={`#${encodeURIComponent(inquiry.id)}`} data-testid="mh-escalate-back">{t('escalateBack')}</a></p>
      <p class="notice no-print" data-testid="mh-not-legal-advice">{t('escalateNotAdvice')}</p>
      {draftProblem && <DraftProblemNotice problem={draftProblem} />}
      <StepIndicator step={step} reached={reached} gaps={gaps} go={go} />
      <section class="step-body" data-testid="mh-step" data-step={step} aria-labelledby="mh-step-heading">
        <h3 id="mh-step-heading" class="no-print" ref={stepHeading} tabIndex={-1} data-testid="mh-step-heading">
          {t('stepHeading', String(index + 1), String(STEP_IDS.length), t(STEP_TITLE[step]))}
        </h3>
        {step === 'check' ? (
          <CheckStep
            {...{ inquiry, form, input, gaps, go, change, corrections, today, onAction, profile, changeProfile, saveProfile }}
            document={result?.ok ? result.document : undefined}
            needsProfile={gaps.missing.some((m) => m.startsWith('profile-'))}
            onNotice={setNotice}
          />
        ) : (
          <EscalationForm step={step} inquiry={inquiry} form={form} input={input} asked={gaps.asked} change={change} />
        )}
        {step !== 'check' && <GapList gaps={own} testid="mh-step-gaps" />}
        {step === 'dates' && (
          <aside class="escalation-side no-print">
            <h4>{t('escalateDeadlines')}</h4>
            <Deadlines input={input} />
          </aside>
        )}
        <StepFooter step={step} gaps={own} go={go} />
      </section>
      {notice && <ActionNotice notice={notice} />}
    </article>
  );
}

/** The step shown, the furthest reached, and a move to another, which puts the focus on its heading. */
function useStep(form: Form | undefined, change: (next: (form: Form) => Partial<Form>) => void) {
  const step = stepOf(form?.step);
  const reached = Math.max(form?.reached ?? 0, STEP_IDS.indexOf(step));
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    stepHeading.current?.focus();
    stepHeading.current?.scrollIntoView?.({ block: 'start' });
  }, [step]);
  const go = (next: StepId) => {
    moved.current = true;
    change((f) => ({ step: next, reached: Math.max(f.reached ?? 0, STEP_IDS.indexOf(next), STEP_IDS.indexOf(stepOf(f.step))) }));
  };
  return { step, reached, go, stepHeading };
}

/**
 * A topic no claim follows from (a courier, a pickup point's hours, a payment): nothing is assumed; the
 * shopper is told a message to support is usually the way, and says what happened if a demand was made.
 * A topic that covers several situations («Пришло не то или не всё») asks which one, offering those.
 */
function SituationFirst({ inquiry, heading, change }: { inquiry: Inquiry; heading: RefObject<HTMLHeadingElement | null>; change: (next: Partial<Form>) => void }) {
  const t = useT();
  const among = situationChoicesOf(inquiry.topic);
  const choices = among ? SITUATIONS.filter(([s]) => among.includes(s)) : SITUATIONS;
  return (
    <article class="case escalation" data-testid="mh-escalation" data-id={inquiry.id}>
      <h2 ref={heading} tabIndex={-1}>{t('escalateTitle')}</h2>
      <p><a href={`#${encodeURIComponent(inquiry.id)}`} data-testid="mh-escalate-back">{t('escalateBack')}</a></p>
      {among ? (
        <p class="notice" role="status" data-testid="mh-situation-which">{t('escalateSituationMismatch')}</p>
      ) : (
        <p class="notice" role="status" data-testid="mh-situation-none">{t('escalateSituationNone')}</p>
      )}
      <form class="escalation-form" onSubmit={(e) => e.preventDefault()}>
        <SelectField<Situation>
          label="escalateSituation"
          testid="mh-situation"
          value={undefined}
          choices={choices}
          none="situationChoose"
          onChange={(situation) => situation && change({ situation })}
        />
      </form>
    </article>
  );
}

/** An order placed on Ozon's site abroad (ozon.by, ozon.kz): Russian consumer law does not apply, so no document is drawn up. */
function ForeignNotice({ inquiry, country, heading }: { inquiry: Inquiry; country: string; heading: RefObject<HTMLHeadingElement | null> }) {
  const t = useT();
  return (
    <article class="case escalation" data-testid="mh-escalation">
      <h2 ref={heading} tabIndex={-1}>{t('escalateTitle')}</h2>
      <p><a href={`#${encodeURIComponent(inquiry.id)}`}>{t('escalateBack')}</a></p>
      <p class="notice" role="status" data-testid="mh-escalation-foreign">{t('escalateForeign', country)}</p>
    </article>
  );
}
