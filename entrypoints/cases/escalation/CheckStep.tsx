/**
 * «Проверьте»: the shopper's own details (open while the document waits for them), the legal deadlines,
 * what is still missing in any step (each with a way back to it), and the document as it will print,
 * editable, with how to send it so that its receipt can be proved.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { GenderChoice } from '@/components/GenderChoice';
import { useT } from '@/components/settings';
import type { Correction } from '@/utils/catalogue/types';
import { deadlinesFor } from '@/utils/escalation/deadlines';
import type { EscalationInput, LegalDocument } from '@/utils/escalation/documents';
import type { InquiryAction } from '@/utils/inquiries/lifecycle';
import type { Inquiry } from '@/utils/inquiries/model';
import type { MessageKey } from '@/utils/platform/i18n';
import type { Profile } from '@/utils/templates';
import { ComplaintPack } from './ComplaintPack';
import { Deadlines } from './Deadlines';
import { DocumentView, type Notice } from './DocumentView';
import { TextField } from './fields';
import type { Form } from './form';
import { GapItems } from './StepNav';
import { gapCount, gapsIn, STEP_IDS, STEP_TITLE, type Gaps, type StepId } from './steps';

interface ProfileProps {
  profile: Profile;
  /** Whether the document waits for the shopper's own details: then they are asked first, open. */
  needsProfile: boolean;
  changeProfile: (name: keyof Profile, value: string) => void;
  saveProfile: () => void;
}

interface CheckProps extends ProfileProps {
  inquiry: Inquiry;
  form: Form;
  input: EscalationInput;
  /** The document drawn, once nothing is missing or wrong. */
  document: LegalDocument | undefined;
  gaps: Gaps;
  go: (step: StepId) => void;
  change: (next: Partial<Form>) => void;
  corrections: Record<string, Correction>;
  today: string;
  onAction: (action: InquiryAction) => Promise<boolean> | void;
  onNotice: (notice: Notice) => void;
}

export function CheckStep({ inquiry, form, input, document, gaps, go, change, corrections, today, onAction, onNotice, ...profile }: CheckProps) {
  const t = useT();
  return (
    <>
      <ProfileFieldset {...profile} />
      <AllGaps gaps={gaps} go={go} />
      {(deadlinesFor(input).length > 0 || form.kind === 'complaint') && (
        <aside class="escalation-side no-print">
          <h4>{t('escalateDeadlines')}</h4>
          <Deadlines input={input} />
          {form.kind === 'complaint' && <ComplaintPack inquiry={inquiry} corrections={corrections} />}
        </aside>
      )}
      {document && (
        <DocumentView
          inquiry={inquiry}
          document={document}
          claimReceived={input.dates.claimReceived}
          today={today}
          onAction={onAction}
          onNotice={onNotice}
          edits={form.edits}
          onEdits={(edits) => change({ edits })}
        />
      )}
    </>
  );
}

/** The shopper's own details, which every document carries: the settings' profile, written back there (use-escalation.ts). */
export function ProfileFieldset({ profile, needsProfile, changeProfile, saveProfile }: ProfileProps) {
  const t = useT();
  // Open as the step opens while anything is missing, and kept open as the last field is typed.
  const [open] = useState(needsProfile);
  const profileField = (name: Exclude<keyof Profile, 'gender'>, label: MessageKey, type: 'text' | 'tel' | 'email' = 'text') => (
    <TextField
      type={type}
      label={t(label)}
      testid={`mh-escalate-profile-${name}`}
      value={profile[name]}
      onInput={(value) => changeProfile(name, value)}
      onBlur={saveProfile}
    />
  );
  return (
    <details class="profile-details no-print" open={open} data-testid="mh-escalate-profile-box">
      <summary>{t('escalateProfile')}</summary>
      <fieldset data-testid="mh-escalate-profile" data-missing={String(needsProfile)}>
        <legend class="sr-only">{t('escalateProfile')}</legend>
        <p class="muted">{t('escalateProfileNote')}</p>
        {profileField('name', 'optionsName')}
        <GenderChoice testid="mh-escalate-profile-gender" value={profile.gender} onChange={(gender) => changeProfile('gender', gender ?? '')} />
        {profileField('phone', 'optionsPhone', 'tel')}
        {profileField('email', 'optionsEmail', 'email')}
        {profileField('address', 'optionsAddress')}
      </fieldset>
    </details>
  );
}

/** What the document still waits for, step by step, each with a button back to its step. */
export function AllGaps({ gaps, go }: { gaps: Gaps; go: (step: StepId) => void }) {
  const t = useT();
  if (!gapCount(gaps)) return null;
  const wrong = gaps.missing.length + gaps.asked.length === 0;
  return (
    <div class={`${wrong ? 'error' : 'notice'} no-print all-gaps`} role={wrong ? 'alert' : 'status'} data-testid={wrong ? 'mh-doc-invalid' : 'mh-doc-missing'}>
      <p>{t(wrong ? 'escalateInvalid' : 'escalateMissing')}</p>
      {STEP_IDS.map((step, i) => {
        const own = gapsIn(gaps, step);
        if (!gapCount(own)) return null;
        return (
          <Group key={step} step={step}>
            {step !== 'check' && (
              <button type="button" class="link" data-testid="mh-gaps-go" data-step={step} onClick={() => go(step)}>
                {t('stepGo', String(i + 1), t(STEP_TITLE[step]))}
              </button>
            )}
            <GapItems gaps={own} />
          </Group>
        );
      })}
    </div>
  );
}

const Group = ({ step, children }: { step: StepId; children: ComponentChildren }) => (
  <div class="gaps-group" data-step={step}>
    {children}
  </div>
);
