/** The dates and sums the document rests on, and where the money is to be paid. */
import { channelById } from '@/utils/catalogue';
import { demandReceivedHint, type EscalationInput } from '@/utils/escalation/documents';
import type { Inquiry } from '@/utils/inquiries/model';
import { type MessageKey } from '@/utils/platform/i18n';
import { SelectField, TextField } from './fields';
import { TERMS_ANSWERS, WITHDRAWALS, type Form } from './form';
import { useT, useFormat, useLanguage } from '@/components/settings';

interface Props {
  inquiry: Inquiry;
  form: Form;
  input: EscalationInput;
  /** Whether the document demands money: then it asks where to pay. */
  paymentAsked: boolean;
  change: (next: Partial<Form> | ((form: Form) => Partial<Form>)) => void;
}

export function DateFields({ inquiry, form, input, paymentAsked, change }: Props) {
  const t = useT();
  const { situation, remedy } = input;
  const dateField = (name: keyof Form['dates'], label: MessageKey, note?: preact.ComponentChildren) => (
    <TextField
      type="date"
      label={t(label)}
      testid={`mh-date-${name}`}
      value={form.dates[name]}
      onInput={(value) => change((f) => ({ dates: { ...f.dates, [name]: value || undefined } }))}
      note={note}
    />
  );
  const moneyField = (name: 'price' | 'prepayment', label: MessageKey, testid: string) => (
    <TextField inputMode="decimal" label={t(label)} testid={testid} value={form[name]} onInput={(value) => change({ [name]: value })} />
  );
  // The first message sent is offered, never filled in: it often went to the marketplace's support.
  // For a defect it is offered as the day the demand was made: the buyer's fifteen days and warranty are met by that.
  const hint = demandReceivedHint(inquiry);
  const hintFor: keyof Form['dates'] = situation === 'defect' ? 'demandMade' : 'demandReceived';
  const hintNote = hint && !form.dates[hintFor] && <DemandHint hint={hint} field={hintFor} change={change} />;
  const withdrawal = situation === 'return' || (situation === 'not-delivered' && form.prepaymentTo === 'aggregator');
  // A late refund of a prepayment rests, as goods not delivered do, on the promised date and the prepayment.
  const prepaid = situation === 'not-delivered' || (situation === 'demand-late' && input.lateBasis === 'prepayment');

  return (
    <fieldset>
      <legend>{t('escalateDates')}</legend>
      {!prepaid && dateField('delivered', 'escalateDelivered')}
      {prepaid && dateField('promised', 'escalatePromised')}
      {situation === 'not-delivered' && remedy === 'deliver' && dateField('newDelivery', 'escalateNewDelivery')}
      {situation === 'defect' && dateField('demandMade', 'escalateDemandMade', <>{t('escalateDemandMadeNote')} {hintNote}</>)}
      {dateField('demandReceived', 'escalateDemand', situation === 'defect' ? undefined : hintNote)}
      {withdrawal && dateField('withdrawn', 'escalateWithdrawn')}
      {withdrawal && (
        <SelectField
          label="escalateWithdrawalVia"
          testid="mh-withdrawal-via"
          value={form.withdrawalVia}
          choices={WITHDRAWALS}
          none="paymentChoose"
          onChange={(withdrawalVia) => change({ withdrawalVia })}
        />
      )}
      {form.kind === 'claim' && dateField('claimReceived', 'escalateClaimReceived', t('escalateClaimReceivedNote'))}
      {moneyField('price', 'escalatePrice', 'mh-price-input')}
      {prepaid && moneyField('prepayment', 'escalatePrepayment', 'mh-prepayment')}
      {situation === 'not-delivered' && (
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
      {situation === 'return' && (
        <SelectField
          label="escalateTermsWritten"
          testid="mh-terms-written"
          value={form.termsInWriting}
          choices={TERMS_ANSWERS}
          none="termsWrittenChoose"
          onChange={(termsInWriting) => change({ termsInWriting })}
          note={form.termsInWriting === 'unsure' ? t('termsWrittenUnsureNote') : undefined}
        />
      )}
      {form.kind === 'claim' && (paymentAsked || form.paymentMethod) && <PaymentFields form={form} change={change} />}
    </fieldset>
  );
}

/** The first message sent, when and where, offered as the day the demand was made or received, with a button to take it. */
function DemandHint({ hint, field, change }: { hint: { date: string; channel?: string }; field: keyof Form['dates']; change: Props['change'] }) {
  const language = useLanguage();
  const t = useT();
  const format = useFormat();
  return (
    <span data-testid="mh-demand-hint" data-date={hint.date}>
      {t('escalateDemandHint', format.date(hint.date), (hint.channel && channelById(hint.channel)?.name[language]) || '—')}{' '}
      <button type="button" data-testid="mh-demand-hint-use" onClick={() => change((f) => ({ dates: { ...f.dates, [field]: hint.date } }))}>
        {t('escalateUseHint', format.date(hint.date))}
      </button>
    </span>
  );
}

/** How the claim's money is to be paid back: to the card, or to the bank details typed here. */
function PaymentFields({ form, change }: Pick<Props, 'form' | 'change'>) {
  const t = useT();
  return (
    <>
      <SelectField
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
