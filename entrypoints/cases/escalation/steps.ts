/**
 * The claim's steps, in the order the shopper takes them, and which step each of the core's Missing, Asked
 * and Problem items belongs to: the step whose fields answer it. A new item in the core's lists is a type
 * error here until it is given its step.
 */
import type { Asked, BuildResult, Missing, Problem } from '@/utils/escalation/documents';
import type { MessageKey } from '@/utils/platform/i18n';

export const STEP_IDS = ['situation', 'remedy', 'seller', 'dates', 'check'] as const;
export type StepId = (typeof STEP_IDS)[number];

export const STEP_TITLE: Record<StepId, MessageKey> = {
  situation: 'stepSituation',
  remedy: 'stepRemedy',
  seller: 'stepSeller',
  dates: 'stepDates',
  check: 'stepCheck',
};

export const MISSING_STEP: Record<Missing, StepId> = {
  product: 'situation',
  price: 'situation',
  prepayment: 'situation',
  problem: 'situation',
  mismatch: 'situation',
  'price-cut': 'remedy',
  'repair-costs': 'remedy',
  'seller-name': 'seller',
  'seller-ids': 'seller',
  'seller-address': 'seller',
  'date-delivered': 'dates',
  'date-demand': 'dates',
  'date-promised': 'dates',
  'date-new-delivery': 'dates',
  'profile-name': 'check',
  'profile-contact': 'check',
  'profile-address': 'check',
};

export const ASKED_STEP: Record<Asked, StepId> = {
  'late-basis': 'situation',
  warranty: 'situation',
  prepaid: 'situation',
  'made-to-order': 'situation',
  'complex-ground': 'remedy',
  payment: 'remedy',
  'payment-details': 'remedy',
  aggregator: 'seller',
  'date-withdrawn': 'dates',
  'terms-in-writing': 'dates',
};

export const PROBLEM_STEP: Record<Problem, StepId> = {
  'return-excluded-custom': 'situation',
  'repair-days-over-45': 'remedy',
  'price-cut-over-price': 'remedy',
  'seller-inn-invalid': 'seller',
  'seller-ogrn-invalid': 'seller',
  'seller-ogrnip-invalid': 'seller',
  'seller-ids-unrecognised': 'seller',
  'aggregator-ids-invalid': 'seller',
  'promised-not-passed': 'dates',
  'withdrawn-before-promised': 'dates',
  'aggregator-term-not-passed': 'dates',
  'answer-not-due': 'dates',
};

/** What stops the document, from the core's answer (and the problems found while things are still missing). */
export interface Gaps {
  missing: Missing[];
  asked: Asked[];
  problems: Problem[];
}

export const NO_GAPS: Gaps = { missing: [], asked: [], problems: [] };

/** The core's answer as gaps: what is missing and asked, or what is wrong; `problems` adds what is wrong meanwhile. */
export function gapsOf(result: BuildResult | undefined, problems: Problem[] = []): Gaps {
  if (!result || result.ok) return NO_GAPS;
  if (result.reason === 'missing') return { missing: result.missing, asked: result.asked, problems };
  if (result.reason === 'invalid') return { missing: [], asked: [], problems: result.problems };
  return NO_GAPS;
}

/** The gaps a step's fields answer. */
export function gapsIn(gaps: Gaps, step: StepId): Gaps {
  return {
    missing: gaps.missing.filter((m) => MISSING_STEP[m] === step),
    asked: gaps.asked.filter((a) => ASKED_STEP[a] === step),
    problems: gaps.problems.filter((p) => PROBLEM_STEP[p] === step),
  };
}

export const gapCount = (gaps: Gaps) => gaps.missing.length + gaps.asked.length + gaps.problems.length;

/** The first step with something still to answer, or none. */
export function firstStepWithGaps(gaps: Gaps): StepId | undefined {
  return STEP_IDS.find((step) => gapCount(gapsIn(gaps, step)) > 0);
}

/** A step id read from a stored draft, else the first step. */
export const stepOf = (value: unknown): StepId => (STEP_IDS.includes(value as StepId) ? (value as StepId) : 'situation');
