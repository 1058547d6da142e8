/** The questions a claim or complaint needs answered: the kind, the situation, the goods, the seller, dates, the profile. */
import type { LateBasis, Remedy, Situation } from '@/utils/escalation/deadlines';
import type { Asked, EscalationInput } from '@/utils/escalation/documents';
import { COMPLEX_GOODS_LIST } from '@/utils/escalation/law';
import type { Inquiry } from '@/utils/inquiries/model';
import { type MessageKey } from '@/utils/platform/i18n';
import type { Profile } from '@/utils/templates';
import { GenderChoice } from '@/components/GenderChoice';
import { DateFields } from './DateFields';
import { CheckField, SelectField, TextField } from './fields';
import { COMPLEX_GROUNDS, LATE_BASES, remediesOf, REPLACEMENTS, RESTRICTED, SITUATIONS, type Form } from './form';
import { MadeToOrderField } from './MadeToOrderField';
import { MismatchFields } from './MismatchFields';
import { DefectRemedyFields } from './DefectRemedyFields';
import { SellerFields } from './SellerFields';
import { webHref } from '@/utils/platform/links';
import { useT } from '@/components/settings';

interface Props {
  inquiry: Inquiry;
  form: Form;
  input: EscalationInput;
  /** What the core asks beyond the fields every document has. */
  asked: Asked[];
  profile: Profile;
  /** Whether the document waits for the shopper's own details. */
  needsProfile: boolean;
  change: (next: Partial<Form> | ((form: Form) => Partial<Form>)) => void;
  changeProfile: (name: keyof Profile, value: string) => void;
  saveProfile: () => void;
}

export function EscalationForm({ inquiry, form, input, asked, profile, needsProfile, change, changeProfile, saveProfile }: Props) {
  const t = useT();
  const remedies = remediesOf(form);
  const { remedy, situation } = input;
  const aggregatorAsked = asked.includes('aggregator') || (situation === 'not-delivered' && form.prepaymentTo === 'aggregator');
  const paymentAsked = asked.includes('payment') || asked.includes('payment-details');

  return (
    <form class="escalation-form" onSubmit={(e) => e.preventDefault()}>
      <KindFieldset form={form} change={change} />
      <SelectField<Situation>
        label="escalateSituation"
        testid="mh-situation"
        value={form.situation}
        choices={SITUATIONS}
        onChange={(value) => value && change({ situation: value })}
      />
      {situation === 'demand-late' && (
        <SelectField<LateBasis> label="escalateLateBasis" testid="mh-late-basis" value={form.lateBasis} choices={LATE_BASES} none="lateBasisChoose" onChange={(lateBasis) => change({ lateBasis })} />
      )}
      {remedies.length > 0 && (
        <SelectField<Remedy>
          label={situation === 'demand-late' ? 'escalateRemedyEarlier' : 'escalateRemedy'}
          testid="mh-remedy"
          value={remedy}
          choices={remedies}
          onChange={(value) => value && change({ remedy: value })}
        />
      )}
      {situation === 'demand-late' && remedy === 'replace' && (
        <SelectField label="escalateReplacement" testid="mh-replacement" value={form.replacement} choices={REPLACEMENTS} onChange={(value) => value && change({ replacement: value })} />
      )}
      {situation === 'demand-late' && remedies.length > 0 && (
        <SelectField<Remedy>
          label="escalateRemedyNow"
          testid="mh-new-remedy"
          value={form.newRemedy !== remedy ? form.newRemedy : undefined}
          choices={remedies.filter(([r]) => r !== remedy)}
          none="remedyNowSame"
          onChange={(newRemedy) => change({ newRemedy })}
        />
      )}
      {situation !== 'not-delivered' && remedy === 'repair' && (
        <TextField inputMode="numeric" label={t('escalateRepairDays')} testid="mh-repair-days" value={form.repairDays} onInput={(repairDays) => change({ repairDays })} />
      )}
      {!inquiry.fields.article && !inquiry.fields.title && (inquiry.context.items?.length ?? 0) > 1 && (
        <ItemField items={inquiry.context.items!} form={form} change={change} />
      )}
      <label class="field">
        {t('escalateProblem')}
        <textarea rows={3} maxLength={4000} data-testid="mh-problem" value={form.problem} onInput={(e) => change({ problem: e.currentTarget.value })} />
      </label>
      {situation === 'defect' && <DefectRemedyFields form={form} remedy={remedy} change={change} />}
      {situation === 'defect' && <DefectFields form={form} change={change} />}
      {(situation === 'wrong-item' || situation === 'incomplete') && <MismatchFields inquiry={inquiry} form={form} input={input} change={change} />}
      {situation === 'return' && (
        <SelectField
          label="escalateRestricted"
          testid="mh-restricted"
          value={form.restrictedGoods}
          choices={RESTRICTED}
          none="restrictedNone"
          onChange={(restrictedGoods) => change({ restrictedGoods })}
        />
      )}
      <MadeToOrderField form={form} change={change} />
      {form.kind === 'complaint' && (
        <CheckField
          label={t('escalateOperatorFailedInfo')}
          testid="mh-operator-failed-info"
          checked={form.operatorFailedSellerInfo}
          onChange={(operatorFailedSellerInfo) => change({ operatorFailedSellerInfo })}
        />
      )}

      <SellerFields inquiry={inquiry} form={form} aggregatorAsked={aggregatorAsked} change={change} />
      <DateFields inquiry={inquiry} form={form} input={input} paymentAsked={paymentAsked} change={change} />

      <ProfileFieldset profile={profile} needsProfile={needsProfile} changeProfile={changeProfile} saveProfile={saveProfile} />
    </form>
  );
}

type Change = Props['change'];

/** The claim to the seller, or the complaint to Rospotrebnadzor. */
function KindFieldset({ form, change }: { form: Form; change: Change }) {
  const t = useT();
  return (
    <fieldset>
      <legend>{t('escalateKind')}</legend>
      {(['claim', 'complaint'] as const).map((kind) => (
        <label class="choice" key={kind}>
          <input type="radio" name="kind" data-testid={`mh-doc-kind-${kind}`} checked={form.kind === kind} onChange={() => change({ kind })} />
          {t(kind === 'claim' ? 'escalateKindClaim' : 'escalateKindComplaint')}
        </label>
      ))}
    </fieldset>
  );
}

/** Which of the order's goods the document is about, when the inquiry names none and the order holds several. */
function ItemField({ items, form, change }: { items: NonNullable<Inquiry['context']['items']>; form: Form; change: Change }) {
  const t = useT();
  return (
    <label class="field">
      {t('escalateItem')}
      <select data-testid="mh-doc-item" value={String(form.item)} onChange={(e) => change({ item: Number(e.currentTarget.value) })}>
        {items.map((item, i) => (
          <option value={String(i)} key={i}>
            {[item.title, item.article && t('itemArticle', item.article)].filter(Boolean).join(' · ')}
          </option>
        ))}
      </select>
    </label>
  );
}

/** For a defect: the warranty, whether the goods are technically complex (and on what ground), and their size. */
function DefectFields({ form, change }: { form: Form; change: Change }) {
  const t = useT();
  return (
    <>
      <TextField inputMode="numeric" label={t('escalateWarranty')} testid="mh-warranty" value={form.warranty} onInput={(warranty) => change({ warranty })} />
      <CheckField
        label={
          <>
            {t('escalateComplex')} —{' '}
            <a href={webHref(COMPLEX_GOODS_LIST.url)} target="_blank" rel="noopener noreferrer" data-testid="mh-complex-list">
              {t('escalateComplexList')}
            </a>
          </>
        }
        testid="mh-complex"
        checked={form.technicallyComplex}
        onChange={(technicallyComplex) => change({ technicallyComplex })}
      />
      {form.technicallyComplex && (
        <SelectField
          label="escalateComplexGround"
          testid="mh-complex-ground"
          value={form.complexGround}
          choices={COMPLEX_GROUNDS}
          none="complexGroundChoose"
          onChange={(complexGround) => change({ complexGround })}
        />
      )}
      <SelectField
        label="escalateLarge"
        testid="mh-large"
        value={form.large}
        choices={[
          ['heavy', 'largeHeavy'],
          ['bulky', 'largeBulky'],
        ]}
        none="largeNo"
        onChange={(large) => change({ large })}
      />
    </>
  );
}

type ProfileProps = Pick<Props, 'profile' | 'needsProfile' | 'changeProfile' | 'saveProfile'>;

/** The shopper's own details, which every document carries: the settings' profile, written back there (use-escalation.ts). */
function ProfileFieldset({ profile, needsProfile, changeProfile, saveProfile }: ProfileProps) {
  const t = useT();
  const profileField = (name: Exclude<keyof Profile, 'gender'>, label: MessageKey, type: 'text' | 'tel' | 'email' = 'text') => (
    <TextField
      type={type}
      label={t(label)}
      testid={`mh-escalate-profile-${name}`}
      value={profile[name]}
      onInput={(value) => changeProfile(name, value)}
      onBlur={saveProfile}
    />
  );
  return (
    <fieldset data-testid="mh-escalate-profile" data-missing={String(needsProfile)}>
      <legend>{t('escalateProfile')}</legend>
      <p class="muted">{t('escalateProfileNote')}</p>
      {profileField('name', 'optionsName')}
      <GenderChoice testid="mh-escalate-profile-gender" value={profile.gender} onChange={(gender) => changeProfile('gender', gender ?? '')} />
      {profileField('phone', 'optionsPhone', 'tel')}
      {profileField('email', 'optionsEmail', 'email')}
      {profileField('address', 'optionsAddress')}
    </fieldset>
  );
}
