/** Whom a document is addressed to: the seller, Ozon's operator when Ozon sold, the aggregator's owner that took a prepayment. */
import { isOzonOperator, OZON_OPERATOR_IDS, ozonOperator } from '../law';
import { filled } from './format';
import type { EscalationInput, SellerEntity } from './input';

/**
 * The seller the document names: on Ozon, when Ozon itself sold the goods, its operator's details fill
 * what was not typed.
 */
export function sellerOf(input: Pick<EscalationInput, 'seller' | 'sellerIsOperator' | 'inquiry' | 'corrections'>): SellerEntity {
  if (!input.sellerIsOperator || input.inquiry.marketplace !== 'ozon') return input.seller;
  const operator = ozonOperator(input.corrections);
  return {
    name: filled(input.seller.name) ? input.seller.name : operator.name,
    ids: filled(input.seller.ids) ? input.seller.ids : `ИНН ${OZON_OPERATOR_IDS.inn}, ОГРН ${OZON_OPERATOR_IDS.ogrn}`,
    address: filled(input.seller.address) ? input.seller.address : operator.address,
  };
}

/** Ozon's own sale: Internet Resheniya is the seller, named once. */
export const ozonSells = (input: EscalationInput) => input.inquiry.marketplace === 'ozon' && isOzonOperator(sellerOf(input));

/** The prepayment is demanded of the aggregator's owner that took it (art. 12(2.4)), not of the seller. */
export function aggregatorDemand(input: EscalationInput): boolean {
  return input.situation === 'not-delivered' && input.remedy === 'refund' && input.prepaymentTo === 'aggregator' && !ozonSells(input);
}

/** The aggregator's owner the demand goes to: Ozon's operator, or the one typed in. */
export function aggregatorOf(input: EscalationInput): SellerEntity | undefined {
  if (input.inquiry.marketplace === 'ozon') {
    const operator = ozonOperator(input.corrections);
    return { name: operator.name, ids: `ИНН ${OZON_OPERATOR_IDS.inn}, ОГРН ${OZON_OPERATOR_IDS.ogrn}`, address: operator.address };
  }
  const a = input.aggregator;
  return a && filled(a.name) && filled(a.address) ? a : undefined;
}
