/**
 * For the return of goods made to order: a standard item merely made to order, or one only this buyer can
 * use — which art. 26.1(4) excludes from a return (the core then draws no claim and says why).
 */
import { SelectField } from './fields';
import type { Form } from './form';

interface Props {
  form: Form;
  change: (next: Partial<Form>) => void;
}

export function MadeToOrderField({ form, change }: Props) {
  if (form.situation !== 'return' || form.restrictedGoods !== 'custom-made') return null;
  return (
    <SelectField
      label="escalateMadeToOrder"
      testid="mh-made-to-order"
      value={form.madeToOrder}
      choices={[
        ['standard', 'madeToOrderStandard'],
        ['individual', 'madeToOrderIndividual'],
      ]}
      none="paymentChoose"
      onChange={(madeToOrder) => change({ madeToOrder })}
    />
  );
}
