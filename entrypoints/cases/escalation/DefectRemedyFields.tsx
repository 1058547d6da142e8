/**
 * For a defect, what the remedy chosen needs beside it (legal review m3, M11): the price cut's sum, the
 * repair costs to pay back, a substitute for the time of a repair or replacement, and losses with what
 * they were. Only what the shopper types reaches the claim.
 */
import type { Remedy } from '@/utils/escalation/deadlines';
import { CheckField, TextField } from './fields';
import type { Form } from './form';
import { useT } from '@/components/settings';

interface Props {
  form: Form;
  remedy: Remedy | undefined;
  change: (next: Partial<Form>) => void;
}

export function DefectRemedyFields({ form, remedy, change }: Props) {
  const t = useT();
  const substitutable = remedy === 'repair' || remedy === 'replace' || remedy === 'replace-other';
  return (
    <>
      {remedy === 'discount' && (
        <TextField inputMode="decimal" label={t('escalatePriceCut')} testid="mh-price-cut" value={form.priceCut} onInput={(priceCut) => change({ priceCut })} />
      )}
      {remedy === 'repair-costs' && (
        <TextField inputMode="decimal" label={t('escalateRepairCosts')} testid="mh-repair-costs" value={form.repairCosts} onInput={(repairCosts) => change({ repairCosts })} />
      )}
      {substitutable && (
        <CheckField label={t('escalateSubstitute')} testid="mh-substitute" checked={form.substitute} onChange={(substitute) => change({ substitute })} />
      )}
      <TextField inputMode="decimal" label={t('escalateLosses')} testid="mh-losses" value={form.losses} onInput={(losses) => change({ losses })} />
      {form.losses.trim() !== '' && (
        <TextField label={t('escalateLossesWhat')} testid="mh-losses-what" value={form.lossesWhat} onInput={(lossesWhat) => change({ lossesWhat })} />
      )}
    </>
  );
}
