/** How the escalation page names the core's lists: what is missing, asked, wrong, and each deadline. */
import type { Deadline } from '@/utils/escalation/deadlines';
import type { Asked, Missing, Problem } from '@/utils/escalation/documents';
import type { MessageKey } from '@/utils/platform/i18n';

export const MISSING_LABEL: Record<Missing, MessageKey> = {
  'profile-name': 'missingProfileName',
  'profile-contact': 'missingProfileContact',
  'profile-address': 'missingProfileAddress',
  'seller-name': 'missingSellerName',
  'seller-ids': 'missingSellerIds',
  'seller-address': 'missingSellerAddress',
  product: 'missingProduct',
  price: 'missingPrice',
  prepayment: 'missingPrepayment',
  'date-delivered': 'missingDateDelivered',
  'date-demand': 'missingDateDemand',
  'date-promised': 'missingDatePromised',
  'date-new-delivery': 'missingDateNewDelivery',
  problem: 'missingProblem',
  mismatch: 'missingMismatch',
  'price-cut': 'missingPriceCut',
  'repair-costs': 'missingRepairCosts',
};

export const ASKED_LABEL: Record<Asked, MessageKey> = {
  warranty: 'askedWarranty',
  'complex-ground': 'askedComplexGround',
  payment: 'askedPayment',
  'payment-details': 'askedPaymentDetails',
  'date-withdrawn': 'askedDateWithdrawn',
  aggregator: 'askedAggregator',
  'late-basis': 'askedLateBasis',
  'terms-in-writing': 'askedTermsWritten',
  'made-to-order': 'askedMadeToOrder',
  prepaid: 'askedPrepaid',
};

export const PROBLEM_LABEL: Record<Problem, MessageKey> = {
  'seller-inn-invalid': 'problemSellerInn',
  'seller-ogrn-invalid': 'problemSellerOgrn',
  'seller-ogrnip-invalid': 'problemSellerOgrnip',
  'seller-ids-unrecognised': 'problemSellerIdsUnrecognised',
  'aggregator-ids-invalid': 'problemAggregatorIds',
  'repair-days-over-45': 'problemRepairDays',
  'promised-not-passed': 'problemPromisedNotPassed',
  'withdrawn-before-promised': 'problemWithdrawnBeforePromised',
  'aggregator-term-not-passed': 'problemAggregatorTermNotPassed',
  'answer-not-due': 'problemAnswerNotDue',
  'return-excluded-custom': 'problemReturnExcludedCustom',
  'price-cut-over-price': 'problemPriceCutOverPrice',
};

export const DEADLINE_LABEL: Record<Deadline['id'], MessageKey> = {
  'return-window': 'deadlineReturnWindow',
  refund: 'deadlineRefund',
  'complex-goods': 'deadlineComplexGoods',
  remedy: 'deadlineRemedy',
  delivery: 'deadlineDelivery',
  'prepayment-refund': 'deadlinePrepaymentRefund',
};
