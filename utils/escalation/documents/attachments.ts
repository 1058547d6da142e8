/** What a document always attaches, before the replies, the card and the shopper's files (parts.ts adds those). */
import { dateOf, documentDate } from './format';
import type { EscalationInput } from './input';
import { aggregatorDemand } from './parties';

/**
 * What a claim always attaches (legal review M8): the proof of payment (art. 26.1(4): «документ,
 * подтверждающий факт и условия покупки»; art. 18(5): its absence is no ground to refuse, but it is the
 * usual proof); for the aggregator's owner, the receipt that names it as the one paid, and the
 * withdrawal; for a repair, the act of acceptance for repair, which dates the repair's term.
 */
export function claimAttachments(input: EscalationInput): string[] {
  const toAggregator = aggregatorDemand(input);
  const repair = input.situation !== 'not-delivered' && input.situation !== 'return' && input.remedy === 'repair';
  return [
    toAggregator
      ? 'Копия кассового (электронного) чека, подтверждающего получение оплаты владельцем агрегатора.'
      : 'Копия кассового (электронного) чека или страницы заказа, подтверждающих оплату.',
    ...(toAggregator ? [`Копия уведомления продавцу об отказе от исполнения договора от ${documentDate(input.dates.withdrawn!)}.`] : []),
    ...(repair ? ['Копия акта (квитанции) приёма товара на ремонт.'] : []),
  ];
}

/** The claim on record, the first one: the complaint attaches it with the proof it was sent. */
export function claimOnRecord(input: EscalationInput) {
  return input.events.filter((e) => e.type === 'claim').sort((a, b) => a.at - b.at)[0];
}

/** What a complaint always attaches: the proof of payment and the claim on record. */
export function complaintAttachments(input: EscalationInput): string[] {
  const claim = claimOnRecord(input);
  return ['Копия кассового чека или иного документа об оплате.', ...(claim ? [`Копия претензии от ${dateOf(claim.at)} и подтверждение её направления.`] : [])];
}
