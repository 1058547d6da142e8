/**
 * A wrong item or an incomplete order: what was ordered (from the inquiry), what came instead or what is
 * missing, and whether the order was paid in advance (art. 23.1). The dates are the «Даты» step's, the
 * price cut the «Чего вы хотите» step's.
 */
import type { EscalationInput } from '@/utils/escalation/documents';
import type { Inquiry } from '@/utils/inquiries/model';
import { useT } from '@/components/settings';
import { SelectField } from './fields';
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
  const { situation } = input;
  const { title, article } = input.inquiry.fields;
  const ordered = [title, article && `${t('fieldArticle').toLowerCase()} ${article}`].filter(Boolean).join(', ');
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
    </fieldset>
  );
}
