/**
 * What can be done with an inquiry now: its one next step as the primary button (utils/inquiries/next-step.ts),
 * the others in a "⋯" menu (a row in a list) or as buttons beside it (the case file), and the forms they open —
 * a reply with its date, a note, the follow-up to copy. «Напомнить» only once the answer is overdue; «Отметить
 * как отправленное» only for a draft. The claim and the complaint open the inquiry's escalation page.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Inquiry } from '@/utils/inquiries/model';
import { allowedActions, type InquiryAction } from '@/utils/inquiries/lifecycle';
import type { NextStep, NextStepKind } from '@/utils/inquiries/next-step';
import { type MessageKey } from '@/utils/platform/i18n';
import { now as clockNow } from '@/utils/storage/clock';
import type { Profile } from '@/utils/templates';
import { Icon, type IconName } from './Icon';
import { FollowUp, TextForm } from './InquiryForms';
import { MoreMenu, type MenuItem } from './MoreMenu';
import { useT } from './settings';

interface Props {
  inquiry: Inquiry;
  next: NextStep;
  profile?: Profile;
  /** Resolves true when the action was recorded. */
  onAction: (action: InquiryAction) => Promise<boolean> | void;
  onCopy?: (text: string) => void;
  /** A row in a list: the next step, and the rest in a menu. */
  compact?: boolean;
  /** The inquiry's escalation page (the claim, the complaint) is offered: in a tab of its own (from the popup), or here. */
  escalation?: 'new-tab' | 'here';
  /** At the end of the row, after the actions (a row's page link and deletion). */
  children?: ComponentChildren;
}

type Step = 'mark-sent' | 'reply' | 'follow-up' | 'resolve' | 'reopen' | 'note' | 'close';
type Form = 'reply' | 'note' | 'follow-up';

const STEP: Record<Step | 'claim' | 'complaint' | 'escalate', { label: MessageKey; icon: IconName }> = {
  'mark-sent': { label: 'actionMarkSent', icon: 'send' },
  reply: { label: 'actionReply', icon: 'reply' },
  'follow-up': { label: 'actionFollowUp', icon: 'bell' },
  resolve: { label: 'actionResolve', icon: 'check' },
  reopen: { label: 'actionReopen', icon: 'reopen' },
  note: { label: 'actionNote', icon: 'note' },
  close: { label: 'actionClose', icon: 'close' },
  claim: { label: 'actionClaim', icon: 'legal' },
  complaint: { label: 'actionComplaint', icon: 'legal' },
  escalate: { label: 'escalateOpen', icon: 'legal' },
};

const isForm = (step: Step): step is Form => step === 'reply' || step === 'note' || step === 'follow-up';
const escalates = (step: NextStepKind | undefined): step is 'claim' | 'complaint' => step === 'claim' || step === 'complaint';

/** The steps offered besides the escalation, the next one first. */
export function stepsFor(inquiry: Inquiry, next: NextStep): Step[] {
  const allowed = allowedActions(inquiry.status);
  const steps: Step[] = [];
  if (inquiry.status === 'not-sent' && allowed.includes('mark-sent')) steps.push('mark-sent');
  if (allowed.includes('reply')) steps.push('reply');
  // A reminder once the answer is overdue, never before: and only of the inquiry, not of a claim.
  if (inquiry.status === 'sent' && next.overdue) steps.push('follow-up');
  if (allowed.includes('resolve')) steps.push('resolve');
  if (allowed.includes('reopen')) steps.push('reopen');
  steps.push('note');
  if (allowed.includes('close')) steps.push('close');
  const first = next.step as Step | undefined;
  return first && steps.includes(first) ? [first, ...steps.filter((s) => s !== first)] : steps;
}

export function InquiryActions({ inquiry, next, profile, onAction, onCopy, compact, escalation: where, children }: Props) {
  const t = useT();
  const [form, setForm] = useState<Form | undefined>(undefined);
  // A form closes only once what it holds is saved: a failure leaves the text where it was typed.
  const act = async (action: InquiryAction) => {
    const recorded = await onAction(action);
    if (recorded !== false) setForm(undefined);
  };
  const run = (step: Step) => {
    if (isForm(step)) setForm(form === step ? undefined : step);
    else void act({ type: step });
  };
  const steps = stepsFor(inquiry, next);
  const primary = next.step;
  const canEscalate = where !== undefined && allowedActions(inquiry.status).includes('escalate');
  const escalation = canEscalate && escalates(primary) ? primary : canEscalate ? 'escalate' : undefined;
  const size = compact ? ' small' : '';

  const stepButton = (step: Step) => (
    <button
      key={step}
      type="button"
      class={`${step === primary ? 'primary' : step === 'close' ? 'quiet' : ''}${size}`}
      data-testid={`mh-action-${step}`}
      aria-expanded={isForm(step) ? form === step : undefined}
      onClick={() => run(step)}
    >
      <Icon name={STEP[step].icon} />
      {t(STEP[step].label)}
    </button>
  );
  const escalationLink = escalation && (
    <EscalationLink
      id={encodeURIComponent(inquiry.id)}
      newTab={where === 'new-tab'}
      class={`button${escalation === primary ? ' primary' : ''}${size}`}
      testid={compact ? `mh-action-${escalation}` : 'mh-escalate'}
    >
      <Icon name="legal" />
      {t(STEP[escalation].label)}
    </EscalationLink>
  );
  const escalationFirst = escalation !== undefined && escalation === primary;

  let row: ComponentChildren;
  if (compact) {
    const lead = escalationFirst ? undefined : steps.find((s) => s === primary);
    const rest: MenuItem[] = steps
      .filter((s) => s !== lead)
      .map((s) => ({ key: s, label: t(STEP[s].label), icon: STEP[s].icon, testid: `mh-action-${s}`, onSelect: () => run(s) }));
    if (escalation && !escalationFirst) {
      const id = encodeURIComponent(inquiry.id);
      const open = () => (where === 'new-tab' ? void window.open(`/cases.html#escalate/${id}`, '_blank') : (location.hash = `escalate/${id}`));
      rest.push({ key: 'escalate', label: t('escalateOpen'), icon: 'legal', testid: 'mh-action-escalate', onSelect: open });
    }
    row = (
      <>
        {escalationFirst ? escalationLink : lead && stepButton(lead)}
        <MoreMenu items={rest} label={t('actionMore', inquiry.fields.title || inquiry.subject)} testid="mh-inquiry-menu" />
      </>
    );
  } else {
    row = (
      <>
        {escalationFirst && escalationLink}
        {steps.map(stepButton)}
        {!escalationFirst && escalationLink}
      </>
    );
  }

  return (
    <div class="inquiry-actions">
      <div class="actions">
        {row}
        {children}
      </div>
      {form === 'reply' && (
        <TextForm
          label={t('replyText')}
          withDate
          testid="mh-reply"
          onCancel={() => setForm(undefined)}
          minDate={inquiry.sentAt}
          onSave={(text, date) => act({ type: 'reply', text, receivedAt: date ? new Date(date).getTime() : clockNow() })}
        />
      )}
      {form === 'note' && (
        <TextForm label={t('noteText')} testid="mh-note" onCancel={() => setForm(undefined)} onSave={(text) => act({ type: 'note', text })} />
      )}
      {form === 'follow-up' && (
        <FollowUp inquiry={inquiry} profile={profile} onCopy={onCopy} onSent={() => act({ type: 'mark-sent' })} />
      )}
    </div>
  );
}

/** The inquiry's escalation page: in a tab of its own (from the popup), or in this one (the case file's pages). */
function EscalationLink({ id, newTab, class: style, testid, children }: {
  id: string;
  newTab: boolean;
  class: string;
  testid: string;
  children: ComponentChildren;
}) {
  return newTab ? (
    <a class={style} href={`/cases.html#escalate/${id}`} target="_blank" data-testid={testid}>
      {children}
    </a>
  ) : (
    <a class={style} href={`#escalate/${id}`} data-testid={testid}>
      {children}
    </a>
  );
}
