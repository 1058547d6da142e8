/** The fields of the step the shopper is on: «Что случилось», «Чего вы хотите», «Кто продавец», «Даты». */
import type { Asked } from '@/utils/escalation/documents';
import { DateFields } from './DateFields';
import { RemedyStep } from './RemedyStep';
import { SellerFields } from './SellerFields';
import { SituationStep, type StepProps } from './SituationStep';
import type { StepId } from './steps';

interface Props extends StepProps {
  step: Exclude<StepId, 'check'>;
  /** What the core asks beyond the fields every document has. */
  asked: Asked[];
}

export function EscalationForm({ step, asked, ...props }: Props) {
  const { input, form, inquiry, change } = props;
  const aggregatorAsked = asked.includes('aggregator') || (input.situation === 'not-delivered' && form.prepaymentTo === 'aggregator');
  const paymentAsked = asked.includes('payment') || asked.includes('payment-details');
  return (
    <form class="escalation-form" data-testid="mh-step-form" onSubmit={(e) => e.preventDefault()}>
      {step === 'situation' && <SituationStep {...props} />}
      {step === 'remedy' && <RemedyStep {...props} paymentAsked={paymentAsked} />}
      {step === 'seller' && <SellerFields inquiry={inquiry} form={form} aggregatorAsked={aggregatorAsked} change={change} />}
      {step === 'dates' && <DateFields inquiry={inquiry} form={form} input={input} change={change} />}
    </form>
  );
}
