/** The questions a claim or complaint needs answered: the kind, the situation, the seller, dates, the profile. */
import type { Remedy, Situation } from '../../../utils/escalation/deadlines';
import type { SellerEntity } from '../../../utils/escalation/documents';
import type { Inquiry } from '../../../utils/inquiries/model';
import { t, type Language, type MessageKey } from '../../../utils/platform/i18n';
import type { Profile } from '../../../utils/templates';
import { REMEDIES, remedyOf, SITUATIONS, type Form } from './form';

interface Props {
  inquiry: Inquiry;
  form: Form;
  profile: Profile;
  /** Whether the document waits for the shopper's own details. */
  needsProfile: boolean;
  language: Language;
  change: (next: Partial<Form>) => void;
  changeProfile: (name: keyof Profile, value: string) => void;
  saveProfile: () => void;
}

export function EscalationForm({ inquiry, form, profile, needsProfile, language, change, changeProfile, saveProfile }: Props) {
  const remedy = remedyOf(form);
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
  const profileField = (name: keyof Profile, label: MessageKey, type: 'text' | 'tel' | 'email' = 'text') => (
    <label class="field">
      {t(label, language)}
      <input
        type={type as 'text'}
        data-testid={`mh-escalate-profile-${name}`}
        value={profile[name] ?? ''}
        onInput={(e) => changeProfile(name, e.currentTarget.value)}
        onBlur={saveProfile}
      />
    </label>
  );

  return (
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
          <select data-testid="mh-remedy" value={remedy} onChange={(e) => change({ remedy: e.currentTarget.value as Remedy })}>
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
        {form.situation === 'not-delivered' && remedy === 'deliver' && dateField('newDelivery', 'escalateNewDelivery')}
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

      <fieldset data-testid="mh-escalate-profile" data-missing={String(needsProfile)}>
        <legend>{t('escalateProfile', language)}</legend>
        <p class="muted">{t('escalateProfileNote', language)}</p>
        {profileField('name', 'optionsName')}
        {profileField('phone', 'optionsPhone', 'tel')}
        {profileField('email', 'optionsEmail', 'email')}
        {profileField('address', 'optionsAddress')}
      </fieldset>
    </form>
  );
}
