/** The escalation page (cases.html#escalate/<id>): its form, deadlines, complaint pack and document. */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { State } from '@/components/State';
import { moscowDate } from '@/utils/calendar';
import { buildDocument } from '@/utils/escalation/documents';
import { foreignOzon } from '@/utils/escalation/law';
import type { InquiryAction } from '@/utils/inquiries/lifecycle';
import type { Inquiry } from '@/utils/inquiries/model';
import { now } from '@/utils/storage/clock';
import { DRAFT_LIMITS } from '@/utils/storage/drafts';
import type { Settings } from '@/utils/storage/settings';
import { ComplaintPack } from './ComplaintPack';
import { Deadlines } from './Deadlines';
import { DocumentView, type Notice } from './DocumentView';
import { EscalationForm } from './EscalationForm';
import { ASKED_LABEL, inputOf, MISSING_LABEL, PROBLEM_LABEL } from './form';
import { useEscalation } from './use-escalation';
import { useT } from '@/components/settings';

interface Props {
  inquiry: Inquiry;
  settings: Settings | undefined;
  onAction: (action: InquiryAction) => Promise<boolean> | void;
}

/**
 * The claim to the seller or the complaint to Rospotrebnadzor, with the legal deadlines and the penalty to
 * date beside the form, and the document as it will print. What is typed is kept as a draft.
 */
export function Escalation({ inquiry, settings, onAction }: Props) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [inquiry.id]);
  const { form, events, files, change, draftProblem, profile, changeProfile, saveProfile } = useEscalation(inquiry, settings);
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  const corrections = settings?.corrections ?? {};

  const today = moscowDate(now());
  const input = useMemo(
    () => form && profile && inputOf(form, { inquiry, events, files, profile, corrections, today }),
    [form, inquiry, events, files, profile, corrections, today],
  );
  const result = input && buildDocument(input);
  const country = foreignOzon(inquiry.pageUrl || inquiry.context.url);

  if (country) {
    return (
      <article class="case escalation" data-testid="mh-escalation">
        <h2 ref={heading} tabIndex={-1}>{t('escalateTitle')}</h2>
        <p><a href={`#${encodeURIComponent(inquiry.id)}`}>{t('escalateBack')}</a></p>
        <p class="notice" role="status" data-testid="mh-escalation-foreign">{t('escalateForeign', country)}</p>
      </article>
    );
  }
  if (!form || !input || !profile) return <State kind="loading" title={t('popupLoading')} />;

  const document = result?.ok ? result.document : undefined;
  const missing = result && !result.ok && result.reason === 'missing' ? result.missing : [];
  const asked = result && !result.ok && result.reason === 'missing' ? result.asked : [];
  const problems = result && !result.ok && result.reason === 'invalid' ? result.problems : [];
  const needsProfile = missing.some((m) => m.startsWith('profile-'));

  return (
    <article class="case escalation" data-testid="mh-escalation" data-id={inquiry.id}>
      <h2 ref={heading} tabIndex={-1}>{t('escalateTitle')}</h2>
      <p class="no-print"><a href={`#${encodeURIComponent(inquiry.id)}`} data-testid="mh-escalate-back">{t('escalateBack')}</a></p>
      <p class="notice no-print" data-testid="mh-not-legal-advice">{t('escalateNotAdvice')}</p>

      {draftProblem && (
        <p class={draftProblem === 'cut' ? 'notice no-print' : 'error no-print'} role="alert" data-testid="mh-escalation-draft-problem">
          {draftProblem === 'cut'
            ? t('escalationDraftCut', DRAFT_LIMITS.message)
            : t(draftProblem === 'full' ? 'draftStorageFull' : 'draftNotKept')}
        </p>
      )}

      <div class="escalation-grid no-print">
        <EscalationForm
          inquiry={inquiry}
          form={form}
          input={input}
          asked={asked}
          profile={profile}
          needsProfile={needsProfile}
          change={change}
          changeProfile={changeProfile}
          saveProfile={saveProfile}
        />
        <aside class="escalation-side">
          <h3>{t('escalateDeadlines')}</h3>
          <Deadlines input={input} />
          {form.kind === 'complaint' && <ComplaintPack inquiry={inquiry} corrections={corrections} />}
        </aside>
      </div>

      {missing.length + asked.length > 0 && (
        <div class="notice no-print" role="status" data-testid="mh-doc-missing">
          {t('escalateMissing')}
          <ul>
            {missing.map((m) => (
              <li key={m} data-missing={m}>{t(MISSING_LABEL[m])}</li>
            ))}
            {asked.map((a) => (
              <li key={a} data-asked={a}>{t(ASKED_LABEL[a])}</li>
            ))}
          </ul>
        </div>
      )}
      {problems.length > 0 && (
        <div class="error no-print" role="alert" data-testid="mh-doc-invalid">
          {t('escalateInvalid')}
          <ul>
            {problems.map((p) => (
              <li key={p} data-problem={p}>{t(PROBLEM_LABEL[p])}</li>
            ))}
          </ul>
        </div>
      )}

      {document && (
        <DocumentView
          inquiry={inquiry}
          document={document}
          claimReceived={input.dates.claimReceived}
          today={today}
          onAction={onAction}
          onNotice={setNotice}
        />
      )}
      {notice && (
        <p class={`${notice.error ? 'error' : 'muted'} no-print`} role={notice.error ? 'alert' : 'status'} data-testid={notice.error ? 'mh-error' : 'mh-status'}>
          {notice.text}
        </p>
      )}
    </article>
  );
}
