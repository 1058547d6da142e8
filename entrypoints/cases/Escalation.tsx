/**
 * Escalation of one inquiry (cases.html#escalate/<id>): the claim to the seller or the complaint to
 * Rospotrebnadzor, with the legal deadlines and the penalty to date beside the form, the document as it
 * will print, and the ways out — print (to PDF), copy, .txt, .html — and "mark as sent", which records the
 * full text on the timeline and moves the inquiry to "escalated". What is typed is kept as a draft.
 */
import { discardEscalationDraft, loadEscalationDraft, saveEscalationDraft } from '../../utils/storage/escalation-drafts';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { channelById, correctableValue, withCorrection } from '../../utils/catalogue';
import { legalDeadline, moscowDate } from '../../utils/calendar';
import { now } from '../../utils/storage/clock';
import { attachmentsOf, eventsOf } from '../../utils/db';
import { situationOf } from '../../utils/catalogue/topics';
import type { Deadline, Remedy, Situation } from '../../utils/escalation/deadlines';
import { deadlinesFor, isIsoDate, penaltyArithmetic, penaltyFor } from '../../utils/escalation/deadlines';
import {
  buildDocument,
  documentDate,
  documentHtml,
  documentText,
  type DocumentKind,
  type EscalationInput,
  type Missing,
  type SellerEntity,
} from '../../utils/escalation/documents';
import { ARTICLES, foreignOzon, type ArticleId } from '../../utils/escalation/law';
import { formatDate, t, type Language, type MessageKey } from '../../utils/platform/i18n';
import type { Attachment, Inquiry, InquiryEvent } from '../../utils/inquiries/model';
import { ESCALATION_ANSWER_DAYS, type InquiryAction } from '../../utils/inquiries/lifecycle';
import { download } from '../../utils/platform/download';
import { updateSettings, type Settings } from '../../utils/storage/settings';
import type { Profile } from '../../utils/templates';

interface Form {
  kind: DocumentKind;
  situation: Situation;
  seller: SellerEntity;
  dates: { delivered?: string; demandReceived?: string; promised?: string; newDelivery?: string };
  price: string;
  prepayment: string;
  remedy: Remedy;
  termsInWriting: boolean;
  technicallyComplex: boolean;
  problem: string;
  /** On an order of several items, which one the document is about. */
  item: number;
}

const SITUATIONS: [Situation, MessageKey][] = [
  ['return', 'situationReturn'],
  ['defect', 'situationDefect'],
  ['demand-late', 'situationDemandLate'],
  ['not-delivered', 'situationNotDelivered'],
];

const REMEDIES: Record<Situation, [Remedy, MessageKey][]> = {
  return: [],
  defect: [
    ['refund', 'remedyRefund'],
    ['replace', 'remedyReplace'],
    ['repair', 'remedyRepair'],
    ['discount', 'remedyDiscount'],
  ],
  'demand-late': [
    ['refund', 'remedyRefund'],
    ['replace', 'remedyReplace'],
    ['repair', 'remedyRepair'],
    ['discount', 'remedyDiscount'],
  ],
  'not-delivered': [
    ['deliver', 'remedyDeliver'],
    ['refund', 'remedyRefund'],
  ],
};

const MISSING_LABEL: Record<Missing, MessageKey> = {
  'profile-name': 'missingProfileName',
  'profile-contact': 'missingProfileContact',
  'profile-address': 'missingProfileAddress',
  'seller-name': 'missingSellerName',
  'seller-ids': 'missingSellerIds',
  'seller-address': 'missingSellerAddress',
  product: 'missingProduct',
  price: 'missingPrice',
  prepayment: 'missingPrepayment',
  'date-delivered': 'missingDateDelivered',
  'date-demand': 'missingDateDemand',
  'date-promised': 'missingDatePromised',
  'date-new-delivery': 'missingDateNewDelivery',
  problem: 'missingProblem',
};

const DEADLINE_LABEL: Record<Deadline['id'], MessageKey> = {
  'return-window': 'deadlineReturnWindow',
  refund: 'deadlineRefund',
  'complex-goods': 'deadlineComplexGoods',
  remedy: 'deadlineRemedy',
  delivery: 'deadlineDelivery',
  'prepayment-refund': 'deadlinePrepaymentRefund',
};

function initialForm(inquiry: Inquiry): Form {
  const sent = inquiry.firstSentAt;
  return {
    kind: 'claim',
    situation: situationOf(inquiry.topic),
    seller: {},
    dates: {
      ...(inquiry.context.deliveredDate && { delivered: inquiry.context.deliveredDate }),
      ...(sent !== undefined && { demandReceived: moscowDate(sent) }),
    },
    price: inquiry.context.price ? String(inquiry.context.price) : '',
    prepayment: inquiry.context.price ? String(inquiry.context.price) : '',
    remedy: 'refund',
    termsInWriting: true,
    technicallyComplex: false,
    problem: '',
    item: 0,
  };
}

/** An inquiry about a whole order, narrowed to the item chosen, where it names no product of its own. */
function aboutItem(inquiry: Inquiry, index: number): Inquiry {
  const item = inquiry.context.items?.[index];
  if (!item || inquiry.fields.article || inquiry.fields.title) return inquiry;
  return { ...inquiry, fields: { ...inquiry.fields, article: item.article, title: item.title } };
}

const amount = (text: string) => {
  const value = Number(text.replace(/\s/g, '').replace(',', '.'));
  return Number.isFinite(value) && value > 0 ? value : undefined;
};

interface Props {
  inquiry: Inquiry;
  language: Language;
  settings: Settings | undefined;
  onAction: (action: InquiryAction) => Promise<boolean> | void;
}

export function Escalation({ inquiry, language, settings, onAction }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [inquiry.id]);
  const [form, setForm] = useState<Form | undefined>(undefined);
  const [events, setEvents] = useState<InquiryEvent[]>([]);
  const [files, setFiles] = useState<Attachment[]>([]);
  const [notice, setNotice] = useState<{ error: boolean; text: string } | undefined>(undefined);
  // Taken from the settings once: while the shopper types, their text is the truth, not the saved copy.
  const [profile, setProfile] = useState<Profile | undefined>(settings?.profile);
  useEffect(() => {
    if (profile === undefined && settings) setProfile(settings.profile);
  }, [settings]);
  const [pending, setPending] = useState(false);

  useEffect(() => {
    void (async () => {
      const [stored, own, attached] = await Promise.all([
        loadEscalationDraft<Form>(inquiry.id),
        eventsOf(inquiry.id),
        attachmentsOf(inquiry.id),
      ]);
      setEvents(own);
      setFiles(attached);
      setForm({ ...initialForm(inquiry), ...stored });
    })();
  }, [inquiry.id, inquiry.updatedAt]);

  const change = (next: Partial<Form>) => {
    if (!form) return;
    const updated = { ...form, ...next };
    setForm(updated);
    // Kept at once: closing the page loses nothing typed.
    void saveEscalationDraft(inquiry.id, updated);
  };
  const changeProfile = (name: keyof Profile, value: string) => {
    const next: Profile = { ...profile, [name]: value || undefined };
    setProfile(next);
    // Saved as typed (the documents trim it): each save carries the whole latest profile.
    void updateSettings({ profile: next });
  };

  const today = moscowDate(now());
  const input: EscalationInput | undefined = useMemo(
    () =>
      form && {
        kind: form.kind,
        situation: form.situation,
        inquiry: aboutItem(inquiry, form.item),
        events,
        attachments: files.map((f) => ({ name: f.name, addedAt: f.addedAt })),
        profile: profile ?? {},
        seller: form.seller,
        dates: Object.fromEntries(Object.entries(form.dates).filter(([, v]) => isIsoDate(v))),
        price: amount(form.price),
        prepayment: amount(form.prepayment),
        remedy: REMEDIES[form.situation].some(([r]) => r === form.remedy) ? form.remedy : REMEDIES[form.situation][0]?.[0],
        termsInWriting: form.termsInWriting,
        technicallyComplex: form.technicallyComplex,
        problem: form.problem,
        today,
      },
    [form, inquiry, events, files, profile, today],
  );
  const result = input && buildDocument(input);
  const country = foreignOzon(inquiry.pageUrl || inquiry.context.url);

  if (country) {
    return (
      <article class="case escalation" data-testid="mh-escalation">
        <h2 ref={heading} tabIndex={-1}>{t('escalateTitle', language)}</h2>
        <p><a href={`#${encodeURIComponent(inquiry.id)}`}>{t('escalateBack', language)}</a></p>
        <p class="notice" role="status" data-testid="mh-escalation-foreign">{t('escalateForeign', language, country)}</p>
      </article>
    );
  }
  if (!form || !input || !profile) return <p class="muted">{t('popupLoading', language)}</p>;

  const document = result?.ok ? result.document : undefined;
  const text = document ? documentText(document) : '';
  const fileBase = `${form.kind === 'claim' ? 'pretenziya' : 'zhaloba'}-${inquiry.fields.orderId ?? inquiry.fields.article ?? inquiry.id.slice(0, 8)}-${today}`;

  const record = async () => {
    if (!document || pending) return;
    const at = now();
    setPending(true);
    // The list shows what went wrong when the write fails; the form and the text stay as they are.
    const ok = await onAction({ type: 'escalate', document: form.kind, text });
    setPending(false);
    if (ok === false) return;
    // The complaint is the last document: what was typed for it is kept no longer. (After a claim it
    // stays, for the complaint that may follow.)
    if (form.kind === 'complaint') void discardEscalationDraft(inquiry.id);
    const due = legalDeadline(at, ESCALATION_ANSWER_DAYS[form.kind]);
    const what = t(form.kind === 'claim' ? 'escalateKindClaim' : 'escalateKindComplaint', language);
    setNotice({ error: false, text: t('escalateRecorded', language, what, formatDate(moscowDate(at), language), formatDate(due.date, language)) });
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setNotice({ error: false, text: t('escalateCopied', language) });
    } catch (error) {
      setNotice({ error: true, text: String((error as Error)?.message ?? error) });
    }
  };

  const dateField = (name: keyof Form['dates'], label: MessageKey) => (
    <label class="field">
      {t(label, language)}
      <input
        type="date"
        data-testid={`mh-date-${name}`}
        value={form.dates[name] ?? ''}
        onInput={(e) => change({ dates: { ...form.dates, [name]: e.currentTarget.value || undefined } })}
      />
    </label>
  );
  const sellerField = (name: keyof SellerEntity, label: MessageKey) => (
    <label class="field">
      {t(label, language)}
      <input
        data-testid={`mh-seller-${name}`}
        value={form.seller[name] ?? ''}
        onInput={(e) => change({ seller: { ...form.seller, [name]: e.currentTarget.value } })}
      />
    </label>
  );
  const missing = result && !result.ok && result.reason === 'missing' ? result.missing : [];
  const profileField = (name: keyof Profile, label: MessageKey, type: 'text' | 'tel' | 'email' = 'text') => (
    <label class="field">
      {t(label, language)}
      <input
        type={type as 'text'}
        data-testid={`mh-escalate-profile-${name}`}
        value={profile[name] ?? ''}
        onInput={(e) => changeProfile(name, e.currentTarget.value)}
      />
    </label>
  );
  const regulator = channelById('rospotrebnadzor');
  const regulatorUrl = regulator && correctableValue(withCorrection(regulator, settings?.corrections ?? {}));
  const needsProfile = missing.some((m) => m.startsWith('profile-'));
  const ethics = inquiry.marketplace === 'ozon' ? channelById('ozon-ethics') : undefined;
  const ethicsLink = ethics && correctableValue(withCorrection(ethics, settings?.corrections ?? {}));

  return (
    <article class="case escalation" data-testid="mh-escalation" data-id={inquiry.id}>
      <h2 ref={heading} tabIndex={-1}>{t('escalateTitle', language)}</h2>
      <p class="no-print"><a href={`#${encodeURIComponent(inquiry.id)}`} data-testid="mh-escalate-back">{t('escalateBack', language)}</a></p>
      <p class="notice no-print" data-testid="mh-not-legal-advice">{t('escalateNotAdvice', language)}</p>

      <div class="escalation-grid no-print">
        <form class="escalation-form" onSubmit={(e) => e.preventDefault()}>
          <fieldset>
            <legend>{t('escalateKind', language)}</legend>
            {(['claim', 'complaint'] as const).map((kind) => (
              <label class="choice" key={kind}>
                <input type="radio" name="kind" data-testid={`mh-doc-kind-${kind}`} checked={form.kind === kind} onChange={() => change({ kind })} />
                {t(kind === 'claim' ? 'escalateKindClaim' : 'escalateKindComplaint', language)}
              </label>
            ))}
          </fieldset>
          <label class="field">
            {t('escalateSituation', language)}
            <select data-testid="mh-situation" value={form.situation} onChange={(e) => change({ situation: e.currentTarget.value as Situation })}>
              {SITUATIONS.map(([id, label]) => (
                <option value={id} key={id}>{t(label, language)}</option>
              ))}
            </select>
          </label>
          {REMEDIES[form.situation].length > 0 && (
            <label class="field">
              {t('escalateRemedy', language)}
              <select data-testid="mh-remedy" value={input.remedy} onChange={(e) => change({ remedy: e.currentTarget.value as Remedy })}>
                {REMEDIES[form.situation].map(([id, label]) => (
                  <option value={id} key={id}>{t(label, language)}</option>
                ))}
              </select>
            </label>
          )}
          {!inquiry.fields.article && !inquiry.fields.title && (inquiry.context.items?.length ?? 0) > 1 && (
            <label class="field">
              {t('escalateItem', language)}
              <select data-testid="mh-doc-item" value={String(form.item)} onChange={(e) => change({ item: Number(e.currentTarget.value) })}>
                {inquiry.context.items!.map((item, i) => (
                  <option value={String(i)} key={i}>
                    {[item.title, item.article && t('itemArticle', language, item.article)].filter(Boolean).join(' · ')}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label class="field">
            {t('escalateProblem', language)}
            <textarea rows={3} maxLength={4000} data-testid="mh-problem" value={form.problem} onInput={(e) => change({ problem: e.currentTarget.value })} />
          </label>

          <fieldset>
            <legend>{t('escalateSeller', language)}</legend>
            <p class="muted">
              {t('escalateSellerHint', language)}
              {inquiry.fields.seller && (
                <>
                  {' '}
                  {inquiry.context.sellerUrl ? (
                    <a href={inquiry.context.sellerUrl} target="_blank" rel="noopener noreferrer" data-testid="mh-seller-page">
                      {t('escalateSellerShop', language, inquiry.fields.seller)}
                    </a>
                  ) : (
                    t('escalateSellerShop', language, inquiry.fields.seller)
                  )}
                </>
              )}
            </p>
            {sellerField('name', 'escalateSellerName')}
            {sellerField('ids', 'escalateSellerIds')}
            {sellerField('address', 'escalateSellerAddress')}
          </fieldset>

          <fieldset>
            <legend>{t('escalateDates', language)}</legend>
            {form.situation !== 'not-delivered' && dateField('delivered', 'escalateDelivered')}
            {form.situation === 'not-delivered' && dateField('promised', 'escalatePromised')}
            {form.situation === 'not-delivered' && input.remedy === 'deliver' && dateField('newDelivery', 'escalateNewDelivery')}
            {dateField('demandReceived', 'escalateDemand')}
            <label class="field">
              {t('escalatePrice', language)}
              <input inputMode="decimal" data-testid="mh-price-input" value={form.price} onInput={(e) => change({ price: e.currentTarget.value })} />
            </label>
            {form.situation === 'not-delivered' && (
              <label class="field">
                {t('escalatePrepayment', language)}
                <input inputMode="decimal" data-testid="mh-prepayment" value={form.prepayment} onInput={(e) => change({ prepayment: e.currentTarget.value })} />
              </label>
            )}
            {form.situation === 'return' && (
              <label class="choice">
                <input type="checkbox" data-testid="mh-terms-written" checked={form.termsInWriting} onChange={(e) => change({ termsInWriting: e.currentTarget.checked })} />
                {t('escalateTermsWritten', language)}
              </label>
            )}
            {form.situation === 'defect' && (
              <label class="choice">
                <input type="checkbox" data-testid="mh-complex" checked={form.technicallyComplex} onChange={(e) => change({ technicallyComplex: e.currentTarget.checked })} />
                {t('escalateComplex', language)}
              </label>
            )}
          </fieldset>

          {(
            <fieldset data-testid="mh-escalate-profile" data-missing={String(needsProfile)}>
              <legend>{t('escalateProfile', language)}</legend>
              <p class="muted">{t('escalateProfileNote', language)}</p>
              {profileField('name', 'optionsName')}
              {profileField('phone', 'optionsPhone', 'tel')}
              {profileField('email', 'optionsEmail', 'email')}
              {profileField('address', 'optionsAddress')}
            </fieldset>
          )}
        </form>

        <aside class="escalation-side">
          <h3>{t('escalateDeadlines', language)}</h3>
          <Deadlines input={input} language={language} />
          {form.kind === 'complaint' && (
            <div data-testid="mh-complaint-pack">
              <h3>{t('complaintChecklist', language)}</h3>
              <ul data-testid="mh-complaint-checklist">
                <li>{t('complaintChecklistReceipt', language)}</li>
                <li>{t('complaintChecklistReplies', language)}</li>
                <li>{t('complaintChecklistClaim', language)}</li>
                <li>{t('complaintChecklistOther', language)}</li>
              </ul>
              <h3>{t('complaintHow', language)}</h3>
              <p data-testid="mh-complaint-how">
                {t('complaintHowText', language)}{' '}
                {regulatorUrl && (
                  <a href={regulatorUrl} target="_blank" rel="noopener noreferrer">{regulatorUrl}</a>
                )}
              </p>
              <h3>{t('complaintNext', language)}</h3>
              <p data-testid="mh-complaint-next">{t('complaintNextText', language)}</p>
              {ethics && (
                <p class="notice" data-testid="mh-ethics">
                  {t('complaintEthics', language, ethics.name[language])}
                  {ethicsLink && (
                    <>
                      {' '}
                      <a href={ethicsLink} target="_blank" rel="noopener noreferrer">{ethicsLink}</a>
                    </>
                  )}
                </p>
              )}
            </div>
          )}
        </aside>
      </div>

      {missing.length > 0 && (
        <div class="notice no-print" role="status" data-testid="mh-doc-missing">
          {t('escalateMissing', language)}
          <ul>
            {missing.map((m) => (
              <li key={m} data-missing={m}>{t(MISSING_LABEL[m], language)}</li>
            ))}
          </ul>
        </div>
      )}

      {document && (
        <section aria-label={t('escalateDocument', language)}>
          <h3 class="no-print">{t('escalateDocument', language)}</h3>
          {language === 'en' && <p class="muted no-print">{t('escalateExplainNote', language)}</p>}
          <div class="doc-actions no-print">
            <button type="button" data-testid="mh-doc-print" onClick={() => print()}>{t('escalatePrint', language)}</button>
            <button type="button" data-testid="mh-doc-copy" onClick={() => void copy()}>{t('escalateCopy', language)}</button>
            <button type="button" data-testid="mh-doc-txt" onClick={() => download(`${fileBase}.txt`, text, 'text/plain;charset=utf-8')}>
              {t('escalateTxt', language)}
            </button>
            <button type="button" data-testid="mh-doc-html" onClick={() => download(`${fileBase}.html`, documentHtml(document), 'text/html;charset=utf-8')}>
              {t('escalateHtml', language)}
            </button>
            <button type="button" class="primary" data-testid="mh-doc-sent" disabled={pending} onClick={() => void record()}>{t('escalateRecord', language)}</button>
          </div>
          <p class="muted no-print">{t('escalateRecordHint', language, ESCALATION_ANSWER_DAYS[form.kind])}</p>
          <div class={`doc-print${language === 'en' ? ' with-explain' : ''}`} data-testid="mh-document" data-kind={document.kind} lang="ru">
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
        </section>
      )}
      {notice && (
        <p class={`${notice.error ? 'error' : 'muted'} no-print`} role={notice.error ? 'alert' : 'status'} data-testid={notice.error ? 'mh-error' : 'mh-status'}>
          {notice.text}
        </p>
      )}
    </article>
  );
}

function Deadlines({ input, language }: { input: EscalationInput; language: Language }) {
  const deadlines = deadlinesFor(input);
  if (!deadlines.length) return <p class="muted" data-testid="mh-deadlines-empty">{t('escalateNoDeadlines', language)}</p>;
  const penalty = penaltyFor(input, deadlines);
  return (
    <>
      <ul class="deadlines" data-testid="mh-deadlines">
        {deadlines.map((d) => (
          <li key={d.id} data-testid="mh-deadline" data-id={d.id} data-date={d.date} data-passed={String(d.passed)} class={d.passed ? 'passed' : undefined}>
            <strong>{t(DEADLINE_LABEL[d.id], language)}</strong>: {formatDate(d.date, language)} ·{' '}
            {d.passed ? t('deadlinePassed', language, -d.daysLeft) : d.daysLeft === 0 ? t('deadlineToday', language) : t('deadlineLeft', language, d.daysLeft)}
            <span class="muted">
              {' '}
              (
              {d.term.days || d.term.months
                ? `${t('deadlineTerm', language, d.term.months ? t('deadlineMonths', language, d.term.months) : t('deadlineDays', language, d.term.days!), formatDate(d.from, language))}; `
                : ''}
              <ArticleLabel article={d.article} language={language} />)
            </span>
            {d.moved && <span class="muted"> — {t('deadlineMoved', language, formatDate(d.nominal, language))}</span>}
            {d.approximate && <span class="muted"> — {t('deadlineApproximate', language)}</span>}
          </li>
        ))}
      </ul>
      {penalty && (
        <p data-testid="mh-penalty" data-value={penalty.amount.toFixed(2)}>
          {t('escalatePenalty', language, articleText(penalty.article, language), penaltyArithmetic(penalty, language))}{' '}
          <span class="muted">({documentDate(penalty.since)}–{documentDate(penalty.until)})</span>
        </p>
      )}
    </>
  );
}

const articleText = (article: ArticleId, language: Language) => (language === 'ru' ? `ст. ${article}` : `art. ${article}`);

/** "ст. 26.1", with what the article says on hover. */
function ArticleLabel({ article, language }: { article: ArticleId; language: Language }) {
  return <abbr title={ARTICLES[article][language]}>{articleText(article, language)}</abbr>;
}

