/**
 * Which inquiry a reply belongs to, and the reply recorded there: its text (the shopper may correct it),
 * when it came, and the page it was selected on. The inquiries about that page's order or product come
 * first, then those awaiting an answer, then a search of the rest. Once recorded, the reminder stops (the
 * inquiry is answered), and what in the reply asks for something no seller needs is said beside it.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { Icon } from '@/components/Icon';
import { localInput } from '@/components/InquiryForms';
import { ReplyWarnings } from '@/components/ReplyWarnings';
import { SourceAddress } from '@/components/SourceAddress';
import { State } from '@/components/State';
import { StatusChip } from '@/components/StatusChip';
import { useFormat, useT } from '@/components/settings';
import { listInquiries } from '@/utils/db';
import type { Inquiry } from '@/utils/inquiries/model';
import { findInquiries } from '@/utils/inquiries/search';
import { act } from '@/utils/inquiries/writes';
import { MARKETPLACES } from '@/utils/marketplaces/facts';
import { replyCandidates, type ReplyCapture } from '@/utils/replies/capture';
import { dropReplyCapture, readReplyCapture } from '@/utils/storage/reply-captures';
import { loadClock, now as clockNow } from '@/utils/storage/clock';
import { getSettings } from '@/utils/storage/settings';

type Loaded = { capture: ReplyCapture; inquiries: Inquiry[] } | 'loading' | 'missing' | 'failed';
type Saved = { inquiry: Inquiry; text: string } | undefined;

/** At most this many inquiries are listed before the shopper searches. */
const FIRST_SHOWN = 6;

async function load(id: string): Promise<Loaded> {
  const stored = await readReplyCapture(id);
  if (!stored) return 'missing';
  await loadClock();
  return { capture: stored, inquiries: await listInquiries() };
}

export function ReplyPage({ id }: { id: string }) {
  const t = useT();
  const [loaded, setLoaded] = useState<Loaded>('loading');
  const [saved, setSaved] = useState<Saved>();
  useEffect(() => {
    document.title = t('replyPageTitle');
    load(id).then(setLoaded, () => setLoaded('failed'));
  }, [id]);

  let body;
  if (loaded === 'loading') body = <State kind="loading" testid="mh-capture-state" value="loading" title={t('replyLoading')} />;
  else if (loaded === 'missing') body = <State kind="error" testid="mh-capture-state" value="missing" title={t('replyCaptureMissing')} />;
  else if (loaded === 'failed') body = <State kind="error" testid="mh-capture-state" value="failed" title={t('replyLoadFailed')} />;
  else if (saved) body = <SavedReply id={id} saved={saved} from={loaded.capture.from} />;
  else body = <ReplyForm capture={loaded.capture} inquiries={loaded.inquiries} onSaved={setSaved} />;

  return (
    <main class="reply-page" data-testid="mh-reply-page">
      <h1>
        <Icon name="chat" /> {t('replyPageTitle')}
      </h1>
      {body}
    </main>
  );
}

function ReplyForm({ capture, inquiries, onSaved }: { capture: ReplyCapture; inquiries: Inquiry[]; onSaved: (saved: Saved) => void }) {
  const t = useT();
  const format = useFormat();
  const [text, setText] = useState(capture.text);
  const [received, setReceived] = useState(localInput(capture.at));
  const candidates = useMemo(() => replyCandidates(inquiries, capture), [inquiries, capture]);
  const [chosen, setChosen] = useState<string | undefined>(candidates[0]?.suggested === 'this-page' ? candidates[0].inquiry.id : undefined);
  const [query, setQuery] = useState('');
  const [problem, setProblem] = useState<string>();
  const [saving, setSaving] = useState(false);

  const shown = useMemo(() => {
    if (!query.trim()) return candidates.slice(0, FIRST_SHOWN);
    const found = new Set(findInquiries(candidates.map((c) => c.inquiry), { text: query }, clockNow()).map((i) => i.id));
    return candidates.filter((c) => found.has(c.inquiry.id));
  }, [candidates, query]);
  // A choice the search has hidden is no choice: saving asks again rather than record it unseen.
  useEffect(() => {
    if (chosen && !shown.some((c) => c.inquiry.id === chosen)) setChosen(undefined);
  }, [shown]);

  if (!candidates.length) {
    return (
      <State kind="empty" testid="mh-capture-state" value="no-inquiries" title={t('replyNoInquiries')}>
        <p>{t('replyNoInquiriesHint')}</p>
      </State>
    );
  }

  const save = async (event: Event) => {
    event.preventDefault();
    if (!chosen) return setProblem(t('replyNeedInquiry'));
    if (!text.trim()) return setProblem(t('replyEmpty'));
    // The field holds minutes: left as it was, the capture's own moment (never before the sending it
    // answers, which may be in the same minute); changed, the time the shopper gives, within reason.
    const inquiry = inquiries.find((i) => i.id === chosen);
    const sentAt = inquiry?.firstSentAt ?? 0;
    const unchanged = received === localInput(capture.at);
    const typed = unchanged ? Math.max(capture.at, sentAt) : new Date(received).getTime();
    if (Number.isNaN(typed)) return setProblem(t('replyTimeMissing'));
    if (typed > clockNow() + 60_000) return setProblem(t('replyTimeFuture'));
    if (!unchanged && typed < sentAt - 60_000) return setProblem(t('replyTimeBeforeSent', format.dateTime(sentAt, true)));
    const receivedAt = Math.min(Math.max(typed, sentAt), clockNow());
    setSaving(true);
    setProblem(undefined);
    try {
      const settings = await getSettings();
      const result = await act(
        chosen,
        { type: 'reply', text, receivedAt, source: capture.from },
        clockNow(),
        { defaultAnswerDays: settings.defaultAnswerDays },
      );
      if (!result.ok) setProblem(t('replySaveFailed'));
      else onSaved({ inquiry: result.inquiry, text: text.trim() });
    } catch {
      setProblem(t('replySaveFailed'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form class="reply-form" onSubmit={save} data-testid="mh-capture-form">
      <label class="field">
        <span>{t('replyTextLabel')}</span>
        <textarea rows={6} value={text} maxLength={20_000} onInput={(e) => setText(e.currentTarget.value)} data-testid="mh-capture-text" />
      </label>
      <div class="reply-meta">
        <label class="field">
          <span>{t('replyReceivedLabel')}</span>
          <input type="datetime-local" value={received} onInput={(e) => setReceived(e.currentTarget.value)} data-testid="mh-capture-received" />
        </label>
        <p class="reply-from" data-testid="mh-capture-from">
          <span>{t('replyFromLabel')}</span> <SourceAddress address={capture.from || t('replyFromUnknown')} />
        </p>
      </div>
      <fieldset class="reply-choice">
        <legend>{t('replyChooseInquiry')}</legend>
        <label class="field reply-search">
          <span class="sr-only">{t('replySearch')}</span>
          <input type="search" placeholder={t('replySearch')} value={query} onInput={(e) => setQuery(e.currentTarget.value)} data-testid="mh-capture-search" />
        </label>
        {shown.length === 0 && <p class="muted" data-testid="mh-capture-none">{t('replySearchNone')}</p>}
        <ul class="reply-candidates">
          {shown.map(({ inquiry, suggested }) => (
            <li key={inquiry.id}>
              <label class="reply-candidate" data-testid="mh-capture-candidate" data-id={inquiry.id} data-suggested={suggested ?? ''}>
                <input type="radio" name="inquiry" value={inquiry.id} checked={chosen === inquiry.id} onChange={() => setChosen(inquiry.id)} />
                <span class="reply-candidate-text">
                  <strong>{inquiry.fields.title || inquiry.subject}</strong>
                  <span class="muted">
                    {MARKETPLACES[inquiry.marketplace].name}
                    {inquiry.fields.orderId && ` · ${t('replyOrder', inquiry.fields.orderId)}`}
                    {inquiry.fields.article && ` · ${t('replyArticle', inquiry.fields.article)}`}
                    {inquiry.sentAt !== undefined && ` · ${t('replySentOn', format.dateTime(inquiry.sentAt, true))}`}
                  </span>
                  {suggested && <span class="reply-suggested">{t(suggested === 'this-page' ? 'replySuggestedThisPage' : 'replySuggestedAwaiting')}</span>}
                </span>
                <StatusChip status={inquiry.status} />
              </label>
            </li>
          ))}
        </ul>
        {!query.trim() && candidates.length > FIRST_SHOWN && <p class="muted">{t('replyMoreBySearch', candidates.length - FIRST_SHOWN)}</p>}
      </fieldset>
      {problem && (
        <p class="error" role="alert" data-testid="mh-capture-problem">
          {problem}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={saving} data-testid="mh-capture-save">
          {t(saving ? 'replySaving' : 'replySave')}
        </button>
        <button type="button" onClick={() => window.close()} data-testid="mh-capture-cancel">
          {t('replyCancel')}
        </button>
      </div>
    </form>
  );
}

function SavedReply({ id, saved, from }: { id: string; saved: NonNullable<Saved>; from: string }) {
  const t = useT();
  useEffect(() => {
    // Recorded: the kept selection is no longer needed.
    void dropReplyCapture(id).catch(() => {});
  }, []);
  const { inquiry, text } = saved;
  return (
    <section class="reply-saved" data-testid="mh-capture-saved" data-id={inquiry.id} data-status={inquiry.status}>
      <p class="notice success" role="status">
        {t('replySaved', inquiry.fields.title || inquiry.subject)}
      </p>
      <blockquote class="reply-quote">{text}</blockquote>
      {from && (
        <p class="muted">
          {t('eventReplyFrom')} <SourceAddress address={from} />
        </p>
      )}
      <ReplyWarnings text={text} marketplace={inquiry.marketplace} />
      <div class="actions">
        <a class="button primary" href={`/cases.html#${encodeURIComponent(inquiry.id)}`} target="_blank" data-testid="mh-capture-open-case">
          {t('replyOpenCase')}
        </a>
        <button type="button" onClick={() => window.close()}>
          {t('replyClose')}
        </button>
      </div>
    </section>
  );
}
