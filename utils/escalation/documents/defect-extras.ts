/**
 * What art. 18 gives beside the four usual demands (legal review M11): the sums a demand names (a price
 * cut, the buyer's own repair costs), the price difference on a refund (art. 24(4)), full losses (art.
 * 18(1), last paragraph), and a substitute item for the time of a repair or replacement (arts. 20(2),
 * 21(2)) — the Law's text as quoted by the review, not verified in a consolidated edition.
 */
import { rubles, type Remedy } from '../deadlines';
import { inWords } from '../terms';
import type { EscalationInput } from './input';

/** The sum a demand names, after the demand's words: the refund, the price cut, the repair costs. */
export function demandSum(input: EscalationInput, remedy: Remedy): string {
  if (remedy === 'refund') return ` (${rubles(input.price ?? 0)})`;
  if (remedy === 'discount' && input.priceCut) return ` на ${rubles(input.priceCut)} и вернуть мне эту сумму`;
  if (remedy === 'repair-costs' && input.repairCosts) return ` в размере ${rubles(input.repairCosts)}`;
  return '';
}

/** Sentences after the demand: the price difference on a refund; the losses where the shopper named them. */
export function demandExtras(input: EscalationInput, remedy: Remedy): { ru: string; en: string } {
  const ru: string[] = [];
  const en: string[] = [];
  if (remedy === 'refund') {
    ru.push(
      'Прошу также возместить разницу между ценой товара, установленной договором, и ценой соответствующего товара на момент ' +
        'удовлетворения требования, если цена увеличилась (п. 4 ст. 24 Закона).',
    );
    en.push('On a refund the seller also owes the rise in the price of the same goods since the purchase, if any (art. 24(4)).');
  }
  if (input.losses) {
    const what = input.lossesWhat?.trim();
    ru.push(`Прошу также возместить убытки, причинённые мне продажей товара ненадлежащего качества${what ? ` (${what})` : ''}, в размере ${rubles(input.losses)} (п. 1 ст. 18 Закона).`);
    en.push('Your losses caused by the defect are claimed too, with the sum (art. 18(1), last paragraph); keep the receipts.');
  }
  return { ru: ru.length ? ` ${ru.join(' ')}` : '', en: en.length ? ` ${en.join(' ')}` : '' };
}

/** The substitute for the time of a repair or replacement, where the shopper asks for it (durable goods only). */
export function substitutePart(input: EscalationInput, remedy: Remedy): { id: 'substitute'; text: string; en: string } | undefined {
  if (!input.substitute || (remedy !== 'repair' && remedy !== 'replace' && remedy !== 'replace-other')) return undefined;
  const article = remedy === 'repair' ? 'абз. 2 п. 2 ст. 20' : 'п. 2 ст. 21';
  return {
    id: 'substitute',
    text:
      `На период ${remedy === 'repair' ? 'ремонта' : 'замены'} прошу в течение ${inWords('substitute')} безвозмездно предоставить мне товар длительного пользования, ` +
      `обладающий этими же основными потребительскими свойствами, с доставкой за счёт продавца (${article} Закона).`,
    en:
      'A substitute with the same main properties within 3 days, delivered at the seller’s cost, for the time of the repair or replacement — for durable goods not on the Government’s exclusion list (Decree 2463); its delay is penalised at 1 % a day too (art. 23(1)).',
  };
}
