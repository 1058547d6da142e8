/**
 * Who the document is addressed to: the seller's legal details, typed or filled from the «Информация о
 * продавце» block pasted from the product page; Ozon as the seller; for goods not delivered, whom the
 * prepayment went to; the aggregator's owner off Ozon.
 */
import { useRef, useState } from 'preact/hooks';
import type { SellerEntity } from '@/utils/escalation/documents';
import { parseSellerBlock } from '@/utils/escalation/seller-details';
import type { Inquiry } from '@/utils/inquiries/model';
import { type MessageKey } from '@/utils/platform/i18n';
import { CheckField, SelectField, TextField } from './fields';
import type { Form } from './form';
import { sellerPage } from '@/utils/marketplaces/addresses';
import { useT } from '@/components/settings';

interface Props {
  inquiry: Inquiry;
  form: Form;
  /** Whether the prepayment is demanded of the aggregator's owner, whose details are then asked off Ozon. */
  aggregatorAsked: boolean;
  change: (next: Partial<Form> | ((form: Form) => Partial<Form>)) => void;
}

export function SellerFields({ inquiry, form, aggregatorAsked, change }: Props) {
  const t = useT();
  const { pasted, paste } = useSellerBlock(form, change);
  const sellerField = (name: keyof SellerEntity, label: MessageKey) => (
    <TextField
      label={t(label)}
      testid={`mh-seller-${name}`}
      value={form.seller[name]}
      onInput={(value) => change((f) => ({ seller: { ...f.seller, [name]: value } }))}
    />
  );

  return (
    <fieldset>
      <legend>{t('escalateSeller')}</legend>
      <SellerHint inquiry={inquiry} />
      {inquiry.marketplace === 'ozon' && (
        <CheckField
          label={t('escalateSellerIsOperator')}
          testid="mh-seller-is-operator"
          checked={form.sellerIsOperator}
          onChange={(sellerIsOperator) => change({ sellerIsOperator })}
        />
      )}
      <label class="field">
        {t('escalateSellerBlock')}
        <textarea rows={4} maxLength={4000} data-testid="mh-seller-block" onInput={(e) => paste(e.currentTarget.value)} />
      </label>
      {pasted && (
        <p class="muted" role="status" data-testid="mh-seller-block-result" data-filled={String(pasted.filled.length)}>
          {pasted.filled.length
            ? t('escalateSellerBlockFilled', pasted.filled.map((key) => t(key)).join(', '))
            : t('escalateSellerBlockNone')}
        </p>
      )}
      {sellerField('name', 'escalateSellerName')}
      {sellerField('ids', 'escalateSellerIds')}
      {sellerField('address', 'escalateSellerAddress')}
      {form.situation === 'not-delivered' && (
        <SelectField
          label="escalatePrepaymentTo"
          testid="mh-prepayment-to"
          value={form.prepaymentTo}
          choices={[
            ['seller', 'prepaymentToSeller'],
            ['aggregator', 'prepaymentToAggregator'],
          ]}
          onChange={(prepaymentTo) => change({ prepaymentTo: prepaymentTo ?? 'seller' })}
        />
      )}
      {aggregatorAsked && inquiry.marketplace !== 'ozon' && <AggregatorFieldset form={form} change={change} />}
    </fieldset>
  );
}

/** The «Информация о продавце» block pasted: the seller's details it gives, and what it was found to give. */
function useSellerBlock(form: Form, change: Props['change']) {
  const [pasted, setPasted] = useState<{ filled: MessageKey[] } | undefined>(undefined);
  // What the block gives replaces what was typed; what it does not give is left as it was. The block is
  // read again at each change of it, but a field is set only when the block's value for it changed: a
  // field corrected by hand after a paste stays corrected while the block is edited elsewhere.
  const applied = useRef<Partial<Record<keyof SellerEntity, string>>>({});
  const paste = (text: string) => {
    if (!text.trim()) return setPasted(undefined);
    const found = parseSellerBlock(text);
    const seller = { ...form.seller };
    const filled: MessageKey[] = [];
    let changed = false;
    const fields: [keyof SellerEntity, MessageKey][] = [
      ['name', 'sellerPartName'],
      ['ids', 'sellerPartIds'],
      ['address', 'sellerPartAddress'],
    ];
    for (const [name, label] of fields) {
      const value = found[name];
      if (!value) continue;
      filled.push(label);
      if (applied.current[name] === value) continue;
      applied.current[name] = value;
      seller[name] = value;
      changed = true;
    }
    setPasted({ filled });
    if (changed) change({ seller });
  };
  return { pasted, paste };
}

/** Where the seller's legal details are found, and the shop's name, linked to its page when that is known. */
function SellerHint({ inquiry }: { inquiry: Inquiry }) {
  const t = useT();
  return (
    <p class="muted">
      {t('escalateSellerHint')}
      {inquiry.fields.seller && (
        <>
          {' '}
          {sellerPage(inquiry.context) ? (
            <a href={sellerPage(inquiry.context)} target="_blank" rel="noopener noreferrer" data-testid="mh-seller-page">
              {t('escalateSellerShop', inquiry.fields.seller)}
            </a>
          ) : (
            t('escalateSellerShop', inquiry.fields.seller)
          )}
        </>
      )}
    </p>
  );
}

/** The aggregator owner's details, asked when the prepayment is demanded of it off Ozon. */
function AggregatorFieldset({ form, change }: Pick<Props, 'form' | 'change'>) {
  const t = useT();
  const aggregatorField = (name: keyof SellerEntity, label: MessageKey) => (
    <TextField
      label={t(label)}
      testid={`mh-aggregator-${name}`}
      value={form.aggregator[name]}
      onInput={(value) => change((f) => ({ aggregator: { ...f.aggregator, [name]: value } }))}
    />
  );
  return (
    <fieldset data-testid="mh-aggregator">
      <legend>{t('escalateAggregator')}</legend>
      {aggregatorField('name', 'escalateAggregatorName')}
      {aggregatorField('ids', 'escalateAggregatorIds')}
      {aggregatorField('address', 'escalateAggregatorAddress')}
    </fieldset>
  );
}
