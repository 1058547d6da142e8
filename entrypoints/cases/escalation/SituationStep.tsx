/** «Что случилось»: the kind of document, the situation (and for a late demand what was demanded), the goods, their price. */
import type { LateBasis, Situation } from '@/utils/escalation/deadlines';
import type { EscalationInput } from '@/utils/escalation/documents';
import { COMPLEX_GOODS_LIST } from '@/utils/escalation/law';
import type { Inquiry } from '@/utils/inquiries/model';
import { type MessageKey } from '@/utils/platform/i18n';
import { CheckField, SelectField, TextField } from './fields';
import { LATE_BASES, RESTRICTED, SITUATIONS, type Form } from './form';
import { MadeToOrderField } from './MadeToOrderField';
import { MismatchFields } from './MismatchFields';
import { webHref } from '@/utils/platform/links';
import { useT } from '@/components/settings';

export interface StepProps {
  inquiry: Inquiry;
  form: Form;
  input: EscalationInput;
  change: (next: Partial<Form> | ((form: Form) => Partial<Form>)) => void;
}

export function SituationStep({ inquiry, form, input, change }: StepProps) {
  const t = useT();
  const { situation } = input;
  // A late refund of a prepayment rests, as goods not delivered do, on the prepayment.
  const prepaid = situation === 'not-delivered' || (situation === 'demand-late' && input.lateBasis === 'prepayment');
  const moneyField = (name: 'price' | 'prepayment', label: MessageKey, testid: string) => (
    <TextField inputMode="decimal" label={t(label)} testid={testid} value={form[name]} onInput={(value) => change({ [name]: value })} />
  );
  return (
    <>
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
      {!inquiry.fields.article && !inquiry.fields.title && (inquiry.context.items?.length ?? 0) > 1 && (
        <ItemField items={inquiry.context.items!} form={form} change={change} />
      )}
      <label class="field">
        {t('escalateProblem')}
        <textarea rows={3} maxLength={4000} data-testid="mh-problem" value={form.problem} onInput={(e) => change({ problem: e.currentTarget.value })} />
      </label>
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
      {moneyField('price', 'escalatePrice', 'mh-price-input')}
      {prepaid && moneyField('prepayment', 'escalatePrepayment', 'mh-prepayment')}
    </>
  );
}

type Change = StepProps['change'];

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
