/**
 * The document as it will print, its text editable, and its ways out: print (to PDF), copy, .txt, .html,
 * and "mark as sent", which records the full text on the timeline and moves the inquiry to "escalated".
 * The shopper's edits are in all of them.
 */
import { useState } from 'preact/hooks';
import { moscowDate } from '@/utils/calendar';
import { documentHtml, documentText, type LegalDocument } from '@/utils/escalation/documents';
import { ESCALATION_ANSWER_DAYS, escalationDue, type InquiryAction } from '@/utils/inquiries/lifecycle';
import type { Inquiry } from '@/utils/inquiries/model';
import { download } from '@/utils/platform/download';
import { discardEscalationDraft } from '@/utils/storage/escalation-drafts';
import { now } from '@/utils/storage/clock';
import { Notes } from './Notes';
import { applyEdits, resetEdits, type DocumentEdits } from './document-edits';
import { DocumentEditor } from './DocumentEditor';
import { CLAIM_WAYS, COMPLAINT_WAYS, VIA_LABEL, type DocumentVia } from './via';
import { useT, useFormat, useLanguage } from '@/components/settings';

export interface Notice {
  error: boolean;
  text: string;
}

interface Props {
  inquiry: Inquiry;
  document: LegalDocument;
  /** The seller's receipt of the claim, when typed: the answer's ten days count from it. */
  claimReceived?: string;
  today: string;
  onAction: (action: InquiryAction) => Promise<boolean> | void;
  onNotice: (notice: Notice) => void;
  edits: DocumentEdits | undefined;
  onEdits: (edits: DocumentEdits) => void;
}

export function DocumentView({ inquiry, document: drawn, claimReceived, today, onAction, onNotice, edits, onEdits }: Props) {
  const language = useLanguage();
  const t = useT();
  const format = useFormat();
  const [pending, setPending] = useState(false);
  const [editing, setEditing] = useState(false);
  const [via, setVia] = useState<DocumentVia | undefined>(undefined);
  const { document, edited, stale } = applyEdits(drawn, edits);
  const kind = document.kind;
  const text = documentText(document);
  const fileBase = `${kind === 'claim' ? 'pretenziya' : 'zhaloba'}-${inquiry.fields.orderId ?? inquiry.fields.article ?? inquiry.id.slice(0, 8)}-${today}`;

  const record = async () => {
    if (pending) return;
    const at = now();
    setPending(true);
    // The list shows what went wrong when the write fails; the form and the text stay as they are.
    const action = { type: 'escalate', document: kind, text, ...(kind === 'claim' && claimReceived && { claimReceived }), ...(via && { via }) } as const;
    const ok = await onAction(action);
    setPending(false);
    if (ok === false) return;
    // The complaint is the last document: what was typed for it is kept no longer. (After a claim it
    // stays, for the complaint that may follow.)
    if (kind === 'complaint') void discardEscalationDraft(inquiry.id);
    const due = escalationDue(action, at);
    const what = t(kind === 'claim' ? 'escalateKindClaim' : 'escalateKindComplaint');
    onNotice({ error: false, text: t('escalateRecorded', what, format.date(moscowDate(at)), format.date(due.date)) });
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      onNotice({ error: false, text: t('escalateCopied') });
    } catch (error) {
      onNotice({ error: true, text: String((error as Error)?.message ?? error) });
    }
  };

  return (
    <section aria-label={t('escalateDocument')}>
      <h3 class="no-print">{t('escalateDocument')}</h3>
      {language === 'en' && <p class="muted no-print">{t('escalateExplainNote')}</p>}
      <div class="doc-actions no-print">
        <button type="button" data-testid="mh-doc-print" onClick={() => print()}>{t('escalatePrint')}</button>
        <button type="button" data-testid="mh-doc-copy" onClick={() => void copy()}>{t('escalateCopy')}</button>
        <button type="button" data-testid="mh-doc-txt" onClick={() => download(`${fileBase}.txt`, text, 'text/plain;charset=utf-8')}>
          {t('escalateTxt')}
        </button>
        <button type="button" data-testid="mh-doc-html" onClick={() => download(`${fileBase}.html`, documentHtml(document), 'text/html;charset=utf-8')}>
          {t('escalateHtml')}
        </button>
        <button type="button" data-testid="mh-doc-edit" aria-pressed={editing} onClick={() => setEditing(!editing)}>
          {t(editing ? 'docEditDone' : 'docEdit')}
        </button>
        <SentVia kind={kind} value={via} onChange={setVia} />
        <button type="button" class="primary" data-testid="mh-doc-sent" disabled={pending} onClick={() => void record()}>{t('escalateRecord')}</button>
      </div>
      {edited.length > 0 && (
        <p class="notice no-print" data-testid="mh-doc-edited" data-parts={edited.join(' ')}>
          {t('docEdited')} {stale.length > 0 && !editing && <span data-testid="mh-doc-edited-stale">{t('docEditedStale')} </span>}
          <button type="button" data-testid="mh-doc-edit-reset" onClick={() => onEdits(resetEdits(edits, kind))}>{t('docEditReset')}</button>
        </p>
      )}
      {editing && <DocumentEditor drawn={drawn} shown={document} stale={stale} edits={edits} onEdits={onEdits} />}
      <p class="muted no-print">{t('escalateRecordHint', ESCALATION_ANSWER_DAYS[kind])}</p>
      <Notes notes={document.notes} />
      <PrintedDocument document={document} hidden={editing} edited={edited.length > 0} />
    </section>
  );
}

/** The document as it prints: the addressee on the right, the title centred; in English each part explained. */
function PrintedDocument({ document, hidden, edited }: { document: LegalDocument; hidden: boolean; edited: boolean }) {
  const language = useLanguage();
  const kind = document.kind;
  return (
    <div class={`doc-print${language === 'en' ? ' with-explain' : ''}${hidden ? ' print-only' : ''}`} data-testid="mh-document" data-kind={kind} data-edited={String(edited)} lang="ru">
      {document.parts.map((part) => (
        <div class={`doc-part doc-${part.id}`} key={part.id} data-testid="mh-doc-part" data-part={part.id}>
          <div class="doc-text">
            {part.text.split('\n').map((line, i) => (
              <p key={i}>{line || '\u00a0'}</p>
            ))}
          </div>
          {language === 'en' && (
            <p class="doc-explain no-print" lang="en" data-testid="mh-doc-explain">{part.en}</p>
          )}
        </div>
      ))}
    </div>
  );
}

/** How the document went: recorded with it, since the proof of its receipt rests on the way it was sent. */
function SentVia({ kind, value, onChange }: { kind: 'claim' | 'complaint'; value: DocumentVia | undefined; onChange: (via: DocumentVia | undefined) => void }) {
  const t = useT();
  const ways = kind === 'claim' ? CLAIM_WAYS : COMPLAINT_WAYS;
  return (
    <label class="field sent-via">
      {t('sentViaLabel')}
      <select data-testid="mh-doc-via" value={value ?? ''} onChange={(e) => onChange((e.currentTarget.value || undefined) as DocumentVia | undefined)}>
        <option value="">{t('sentViaUnsaid')}</option>
        {ways.map((way) => (
          <option value={way} key={way}>{t(VIA_LABEL[way])}</option>
        ))}
      </select>
    </label>
  );
}

