/** The escalation page (cases.html#escalate/<id>): its form, deadlines, complaint pack and document. */
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
import { ComplaintPack } from './ComplaintPack';
import { Deadlines } from './Deadlines';
import { DocumentView, type Notice } from './DocumentView';
import { EscalationForm } from './EscalationForm';
import { SelectField } from './fields';
import { inputOf, SITUATIONS, type Form } from './form';
import type { Situation } from '@/utils/escalation/deadlines';
import { ActionNotice, DraftProblemNotice, InvalidNotice, MissingNotice } from './Notices';
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
    () => form?.situation && profile && inputOf(form, { inquiry, events, files, profile, corrections, today }),
    [form, inquiry, events, files, profile, corrections, today],
  );
  const result = input && buildDocument(input);
  const country = foreignOzon(inquiry.pageUrl || inquiry.context.url);

  if (country) return <ForeignNotice inquiry={inquiry} country={country} heading={heading} />;
  if (form && profile && !form.situation) return <SituationFirst inquiry={inquiry} heading={heading} change={change} />;
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

      {draftProblem && <DraftProblemNotice problem={draftProblem} />}

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

      {missing.length + asked.length > 0 && <MissingNotice missing={missing} asked={asked} />}
      {problems.length > 0 && <InvalidNotice problems={problems} />}

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
      {notice && <ActionNotice notice={notice} />}
    </article>
  );
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
