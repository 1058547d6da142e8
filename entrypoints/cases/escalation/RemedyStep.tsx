/**
 * «Чего вы хотите»: only the remedies the law gives in this situation (form.ts's lists), each with one line
 * on why; the core's questions that come with them (the ground for technically complex goods, the repair
 * term, the price cut) and where the money is to be paid.
 */
import type { Remedy, Situation } from '@/utils/escalation/deadlines';
import type { MessageKey } from '@/utils/platform/i18n';
import { useT } from '@/components/settings';
import { SelectField, TextField } from './fields';
import { COMPLEX_GROUNDS, remediesOf, REPLACEMENTS, type Form } from './form';
import { DefectRemedyFields } from './DefectRemedyFields';
import type { StepProps } from './SituationStep';

/** Why the law gives each remedy here: one line in plain words, with its article. */
const WHY: Partial<Record<Situation, Partial<Record<Remedy, MessageKey>>>> = {
  defect: {
    refund: 'whyDefectRefund',
    replace: 'whyDefectReplace',
    'replace-other': 'whyDefectReplaceOther',
    repair: 'whyDefectRepair',
    'repair-costs': 'whyDefectRepairCosts',
    discount: 'whyDefectDiscount',
  },
  'not-delivered': { deliver: 'whyNotDeliveredDeliver', refund: 'whyNotDeliveredRefund' },
  'wrong-item': { deliver: 'whyWrongDeliver', refund: 'whyWrongRefund' },
  incomplete: { deliver: 'whyIncompleteDeliver', discount: 'whyIncompletePriceCut', refund: 'whyIncompleteRefund' },
};

export function RemedyStep({ form, input, change, paymentAsked }: StepProps & { paymentAsked: boolean }) {
  const t = useT();
  const remedies = remediesOf(form);
  const { remedy, situation } = input;
  const late = situation === 'demand-late';
  return (
    <>
      {remedies.length === 0 && (
        <p data-testid="mh-remedy-only">{t(situation === 'return' ? 'whyReturnRefund' : 'whyLateRefund')}</p>
      )}
      {remedies.length > 0 && (
        <fieldset data-testid="mh-remedy" data-value={remedy}>
          <legend>{t(late ? 'escalateRemedyEarlier' : 'escalateRemedy')}</legend>
          {remedies.map(([id, key]) => {
            const why = !late && WHY[situation]?.[id];
            return (
              <label class="choice remedy-choice" key={id}>
                <input type="radio" name="remedy" data-testid={`mh-remedy-${id}`} checked={remedy === id} onChange={() => change({ remedy: id })} />
                <span>
                  <strong>{t(key)}</strong>
                  {why && <span class="muted remedy-why"> — {t(why)}</span>}
                </span>
              </label>
            );
          })}
        </fieldset>
      )}
      {late && remedy === 'replace' && (
        <SelectField label="escalateReplacement" testid="mh-replacement" value={form.replacement} choices={REPLACEMENTS} onChange={(value) => value && change({ replacement: value })} />
      )}
      {late && remedies.length > 0 && (
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
      {situation === 'defect' && form.technicallyComplex && (
        <SelectField
          label="escalateComplexGround"
          testid="mh-complex-ground"
          value={form.complexGround}
          choices={COMPLEX_GROUNDS}
          none="complexGroundChoose"
          onChange={(complexGround) => change({ complexGround })}
        />
      )}
      {situation === 'defect' && <DefectRemedyFields form={form} remedy={remedy} change={change} />}
      {situation === 'incomplete' && remedy === 'discount' && (
        <TextField inputMode="decimal" label={t('escalatePriceCut')} testid="mh-price-cut" value={form.priceCut} onInput={(priceCut) => change({ priceCut })} />
      )}
      {form.kind === 'claim' && (paymentAsked || form.paymentMethod || moneyLikely(input)) && <PaymentFields form={form} change={change} />}
    </>
  );
}

/**
 * Whether the claim may demand money: a refund or a price cut, or a penalty for a delay. The core asks
 * where to pay only once the dates show a penalty; the question is put here, with the remedy, before that.
 */
const moneyLikely = ({ situation, remedy }: StepProps['input']) =>
  remedy === 'refund' || remedy === 'discount' || remedy === 'repair-costs' || situation === 'return' || situation === 'not-delivered' || situation === 'wrong-item' || situation === 'demand-late';

/** How the claim's money is to be paid back: to the card, or to the bank details typed here. */
function PaymentFields({ form, change }: Pick<StepProps, 'form' | 'change'>) {
  const t = useT();
  return (
    <>
      <SelectField<NonNullable<Form['paymentMethod']>>
        label="escalatePayment"
        testid="mh-payment-method"
        value={form.paymentMethod}
        choices={[
          ['card', 'paymentCard'],
          ['details', 'paymentDetails'],
        ]}
        none="paymentChoose"
        onChange={(paymentMethod) => change({ paymentMethod })}
      />
      {form.paymentMethod === 'details' && (
        <label class="field">
          {t('escalatePaymentDetails')}
          <textarea rows={3} maxLength={1000} data-testid="mh-payment-details" value={form.paymentDetails} onInput={(e) => change({ paymentDetails: e.currentTarget.value })} />
        </label>
      )}
    </>
  );
}
