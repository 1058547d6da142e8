/**
 * What the escalation page says beside the form: a draft not kept whole, and what came of an action on
 * the document. What the document still needs is said step by step (StepNav.tsx, CheckStep.tsx).
 */
import { DRAFT_LIMITS } from '@/utils/storage/drafts';
import type { Notice } from './DocumentView';
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

/** What came of printing, copying, saving or marking the document as sent. */
export function ActionNotice({ notice }: { notice: Notice }) {
  return (
    <p class={`${notice.error ? 'error' : 'muted'} no-print`} role={notice.error ? 'alert' : 'status'} data-testid={notice.error ? 'mh-error' : 'mh-status'}>
      {notice.text}
    </p>
  );
}
