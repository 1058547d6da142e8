/**
 * Beside the channel's own act (which sends and records): copy the text alone, keep the inquiry in the
 * history as a draft, discard the draft; and what the panel says of them all, right under the channel's
 * button — the status (with "undo" after a recording or a discard), an error, a draft that could not be
 * kept, a text longer than a draft keeps.
 */
import { useEffect, useRef } from 'preact/hooks';
import { Icon } from '@/components/Icon';
import { DRAFT_LIMITS } from '@/utils/storage/drafts';
import type { DraftProblem } from './environment';
import type { Notice } from './flow-state';
import { useT } from '@/components/settings';

export function SaveRow({ saving, saved, canSave, hasDraft, onCopy, onSave, onDiscard }: {
  saving: boolean;
  /** What is on screen is what was last saved. */
  saved: boolean;
  /** There is a topic to save the inquiry under. */
  canSave: boolean;
  hasDraft: boolean;
  onCopy: () => void;
  onSave: () => void;
  onDiscard: () => void;
}) {
  const t = useT();
  return (
    <div class="actions mh-save-row">
      <button type="button" class="small" data-testid="mh-save" disabled={saving || !canSave || saved} onClick={onSave}>
        {saved && <Icon name="check" />}
        {saving ? t('saving') : saved ? t('saved') : t('saveDraft')}
      </button>
      <button type="button" class="small" data-testid="mh-copy" onClick={onCopy}>
        <Icon name="copy" />
        {t('copyOnly')}
      </button>
      {hasDraft && (
        <button
          type="button"
          class="quiet danger icon-only apart"
          data-testid="mh-discard"
          aria-label={t('discard')}
          title={t('discard')}
          onClick={onDiscard}
        >
          <Icon name="trash" />
        </button>
      )}
    </div>
  );
}

export function FlowNotices({ notice, undoable, recorded, draftProblem, overLimits, onUndo, onUnrecord }: {
  notice: Notice;
  /** A draft was just discarded: "undo" brings it back. */
  undoable: boolean;
  /** What is on screen was just recorded as sent: "undo" takes the record back. */
  recorded: boolean;
  draftProblem: DraftProblem | undefined;
  overLimits: boolean;
  onUndo: () => void;
  onUnrecord: () => void;
}) {
  const t = useT();
  // Said where the shopper is looking: brought into the panel's view when it changes.
  const said = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (notice?.text) said.current?.scrollIntoView?.({ block: 'nearest' });
  }, [notice?.text]);
  return (
    <>
      <p ref={said} class="mh-status" role="status" aria-live="polite" data-testid={notice?.kind === 'status' ? 'mh-status' : undefined}>
        {notice?.kind === 'status' ? notice.text : ''}
        {undoable && (
          <>
            {' '}
            <button type="button" class="link" data-testid="mh-discard-undo" onClick={onUndo}>
              {t('popupUndo')}
            </button>
          </>
        )}
        {recorded && notice?.kind === 'status' && (
          <>
            {' '}
            <button type="button" class="link" data-testid="mh-unrecord" onClick={onUnrecord}>
              {t('undoRecord')}
            </button>
          </>
        )}
      </p>
      {notice?.kind === 'error' && (
        <p class="mh-error" role="alert" data-testid="mh-error">
          {notice.text}
        </p>
      )}
      {draftProblem && (
        <p class="mh-error" role="alert" data-testid="mh-draft-problem" data-problem={draftProblem}>
          {t(draftProblem === 'full' ? 'draftStorageFull' : 'draftNotKept')}
        </p>
      )}
      {overLimits && (
        <p class="mh-note" role="status" data-testid="mh-draft-limit">
          {t('draftTooLong', DRAFT_LIMITS.message, DRAFT_LIMITS.subject, DRAFT_LIMITS.field)}
        </p>
      )}
    </>
  );
}
