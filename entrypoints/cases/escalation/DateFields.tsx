/** «Даты»: the dates the situation needs, asked in the shopper's words, with the hints the inquiry gives. */
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
  change: (next: Partial<Form> | ((form: Form) => Partial<Form>)) => void;
}

export function DateFields({ inquiry, form, input, change }: Props) {
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
  // The first message sent is offered, never filled in: it often went to the marketplace's support.
  // For a defect it is offered as the day the demand was made: the buyer's fifteen days and warranty are met by that.
  const hint = demandReceivedHint(inquiry);
  const hintFor: keyof Form['dates'] = situation === 'defect' ? 'demandMade' : 'demandReceived';
  const hintNote = hint && !form.dates[hintFor] && <DemandHint hint={hint} field={hintFor} change={change} />;
  const withdrawal = situation === 'return' || (situation === 'not-delivered' && form.prepaymentTo === 'aggregator');
  // A late refund of a prepayment rests, as goods not delivered do, on the promised date and the prepayment.
  const prepaid = situation === 'not-delivered' || (situation === 'demand-late' && input.lateBasis === 'prepayment');
  // A wrong item paid in advance: the goods ordered were due on the promised day (art. 23.1).
  const promised = prepaid || (situation === 'wrong-item' && form.prepaid === true);
  const newDelivery = remedy === 'deliver' && (situation === 'not-delivered' || situation === 'wrong-item');

  return (
    <fieldset>
      <legend>{t('escalateDates')}</legend>
      {!prepaid && dateField('delivered', 'escalateDelivered')}
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
      {promised && dateField('promised', 'escalatePromised')}
      {newDelivery && dateField('newDelivery', 'escalateNewDelivery')}
      {situation === 'incomplete' && remedy === 'deliver' && dateField('newDelivery', 'escalateCompleteBy')}
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
