/**
 * The document's text, part by part, in fields the shopper may edit before printing or downloading. What
 * is typed is kept in the draft (document-edits.ts) and is what prints, downloads and is recorded.
 */
import { useT } from '@/components/settings';
import type { LegalDocument } from '@/utils/escalation/documents';
import { editPart, resetEdits, type DocumentEdits, type PartId } from './document-edits';

interface Props {
  /** The document as drawn from the form, before the shopper's edits. */
  drawn: LegalDocument;
  /** The document as it will print: the shopper's edits in place. */
  shown: LegalDocument;
  stale: PartId[];
  edits: DocumentEdits | undefined;
  onEdits: (edits: DocumentEdits) => void;
}

export function DocumentEditor({ drawn, shown, stale, edits, onEdits }: Props) {
  const t = useT();
  return (
    <div class="doc-editor no-print" data-testid="mh-doc-editor" lang="ru">
      {shown.parts.map((part, i) => (
        <div class="doc-edit-part" key={part.id}>
          <textarea
            data-testid="mh-doc-edit-part"
            data-part={part.id}
            aria-label={t('docEditPart', String(i + 1), String(shown.parts.length))}
            rows={Math.min(20, part.text.split('\n').length + 1)}
            value={part.text}
            onInput={(e) => onEdits(editPart(edits, drawn, part.id, e.currentTarget.value))}
          />
          {stale.includes(part.id) && (
            <p class="notice" data-testid="mh-doc-edit-stale" data-part={part.id}>
              {t('docEditStale')}{' '}
              <button type="button" data-testid="mh-doc-edit-take" onClick={() => onEdits(resetEdits(edits, drawn.kind, part.id))}>
                {t('docEditTake')}
              </button>
            </p>
          )}
        </div>
      ))}
    </div>
  );
}
