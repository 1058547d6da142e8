/**
 * A wrong item or an incomplete order: what was ordered (from the inquiry), what came instead or what is
 * missing, whether the order was paid in advance (art. 23.1) and the dates and sums the remedy needs.
 */
import type { EscalationInput } from '@/utils/escalation/documents';
import type { Inquiry } from '@/utils/inquiries/model';
import { useT } from '@/components/settings';
import { SelectField, TextField } from './fields';
import type { Form } from './form';

interface Props {
  inquiry: Inquiry;
  form: Form;
  input: EscalationInput;
  change: (next: Partial<Form> | ((form: Form) => Partial<Form>)) => void;
}

const PREPAID: ['yes' | 'no', 'prepaidYes' | 'prepaidNo'][] = [
  ['yes', 'prepaidYes'],
  ['no', 'prepaidNo'],
];

export function MismatchFields({ inquiry, form, input, change }: Props) {
  const t = useT();
  const { situation, remedy } = input;
  const { title, article } = input.inquiry.fields;
  const ordered = [title, article && `${t('fieldArticle').toLowerCase()} ${article}`].filter(Boolean).join(', ');
  const date = (name: 'promised' | 'newDelivery', label: 'escalatePromised' | 'escalateNewDelivery' | 'escalateCompleteBy') => (
    <TextField
      type="date"
      label={t(label)}
      testid={`mh-date-${name}`}
      value={form.dates[name]}
      onInput={(value) => change((f) => ({ dates: { ...f.dates, [name]: value || undefined } }))}
    />
  );
  return (
    <fieldset data-testid="mh-mismatch" data-inquiry={inquiry.id}>
      <legend>{t('escalateMismatchLegend')}</legend>
      {ordered && <p data-testid="mh-ordered">{t('escalateOrdered', ordered)}</p>}
      <label class="field">
        {t(situation === 'wrong-item' ? 'escalateMismatchWrong' : 'escalateMismatchIncomplete')}
        <textarea rows={2} maxLength={1000} data-testid="mh-mismatch-text" value={form.mismatch} onInput={(e) => change({ mismatch: e.currentTarget.value })} />
      </label>
      {situation === 'wrong-item' && (
        <SelectField
          label="escalatePrepaid"
          testid="mh-prepaid"
          value={form.prepaid === undefined ? undefined : form.prepaid ? 'yes' : 'no'}
          choices={PREPAID}
          none="paymentChoose"
          onChange={(value) => change({ prepaid: value === undefined ? undefined : value === 'yes' })}
        />
      )}
      {situation === 'wrong-item' && form.prepaid && date('promised', 'escalatePromised')}
      {situation === 'wrong-item' && remedy === 'deliver' && date('newDelivery', 'escalateNewDelivery')}
      {situation === 'incomplete' && remedy === 'deliver' && date('newDelivery', 'escalateCompleteBy')}
      {situation === 'incomplete' && remedy === 'discount' && (
        <TextField inputMode="decimal" label={t('escalatePriceCut')} testid="mh-price-cut" value={form.priceCut} onInput={(priceCut) => change({ priceCut })} />
      )}
    </fieldset>
  );
}
