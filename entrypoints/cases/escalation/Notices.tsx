/**
 * What the escalation page says beside the form: a draft not kept whole, what the document still needs,
 * what was typed wrong, and what came of an action on the document.
 */
import type { Asked, Missing, Problem } from '@/utils/escalation/documents';
import { DRAFT_LIMITS } from '@/utils/storage/drafts';
import type { Notice } from './DocumentView';
import { ASKED_LABEL, MISSING_LABEL, PROBLEM_LABEL } from './labels';
import type { DraftProblem } from './use-escalation';
import { useT } from '@/components/settings';

/** The draft was cut to fit, or could not be kept at all. */
export function DraftProblemNotice({ problem }: { problem: DraftProblem }) {
  const t = useT();
  return (
    <p class={problem === 'cut' ? 'notice no-print' : 'error no-print'} role="alert" data-testid="mh-escalation-draft-problem">
      {problem === 'cut'
        ? t('escalationDraftCut', DRAFT_LIMITS.message)
        : t(problem === 'full' ? 'draftStorageFull' : 'draftNotKept')}
    </p>
  );
}

/** What the document waits for: the fields every document has, then what this one asks beyond them. */
export function MissingNotice({ missing, asked }: { missing: Missing[]; asked: Asked[] }) {
  const t = useT();
  return (
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
  );
}

/** What was typed that the document cannot rest on. */
export function InvalidNotice({ problems }: { problems: Problem[] }) {
  const t = useT();
  return (
    <div class="error no-print" role="alert" data-testid="mh-doc-invalid">
      {t('escalateInvalid')}
      <ul>
        {problems.map((p) => (
          <li key={p} data-problem={p}>{t(PROBLEM_LABEL[p])}</li>
        ))}
      </ul>
    </div>
  );
}

/** What came of printing, copying, saving or marking the document as sent. */
export function ActionNotice({ notice }: { notice: Notice }) {
  return (
    <p class={`${notice.error ? 'error' : 'muted'} no-print`} role={notice.error ? 'alert' : 'status'} data-testid={notice.error ? 'mh-error' : 'mh-status'}>
      {notice.text}
    </p>
  );
}
