/**
 * Goods made to order and the return of goods of proper quality (legal review M10). Art. 26.1(4), last
 * sentence: «Потребитель не вправе отказаться от товара надлежащего качества, имеющего
 * индивидуально-определенные свойства, если указанный товар может быть использован исключительно
 * приобретающим его потребителем.» A return claim for such goods is therefore not drawn: the shopper is
 * asked whether the item is a standard one merely made to order (the claim then says so) or individually
 * defined (the page says the law excludes the return, and a defect is the way).
 */
import type { EscalationInput } from './input';
import type { Asked, Problem } from './result';

/** The return of goods made to order: the question is asked until answered. */
const customReturn = (input: EscalationInput) => input.situation === 'return' && input.restrictedGoods === 'custom-made';

export function customMadeAsked(input: EscalationInput): Asked[] {
  return customReturn(input) && !input.madeToOrder ? ['made-to-order'] : [];
}

export function customMadeProblems(input: EscalationInput): Problem[] {
  return customReturn(input) && input.madeToOrder === 'individual' ? ['return-excluded-custom'] : [];
}
