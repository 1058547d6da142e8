/** What a document is built from: the inquiry, the seller, the shopper's answers, the card kept as evidence. */
import type { Correction } from '@/utils/catalogue/types';
import type { Inquiry, InquiryEvent } from '@/utils/inquiries/model';
import type { Profile } from '@/utils/templates';
import type { DeadlineInput, Remedy } from '../deadlines';

export type DocumentKind = 'claim' | 'complaint';

export interface SellerEntity {
  /** The legal entity (ООО «…», ИП …), not the shop's display name. */
  name?: string;
  /** ИНН or ОГРН (ОГРНИП), as the seller's page gives them. */
  ids?: string;
  address?: string;
}

/**
 * Art. 18(1): after fifteen days from delivery, a refund or a replacement of technically complex goods
 * needs one of these grounds: a substantial defect; the law's repair terms broken; the goods unusable for
 * more than thirty days in a year of the warranty because of repeated repairs.
 */
export type ComplexGround = 'substantial-defect' | 'repair-terms-broken' | 'unusable-30-days';

/** How the money is to be paid: to the card the order was paid with, or to bank details typed in. */
export type Payment = { method: 'card' } | { method: 'details'; details?: string };

/** Goods sellers refuse to take back though the law's text on remote sales may not let them (warned, never blocked). */
export type RestrictedGoods =
  | 'food'
  | 'custom-made'
  | 'digital'
  | 'sim-card'
  /** On the list of non-food goods of proper quality not subject to exchange (ПП № 2463): legal review m10. */
  | 'medicine'
  | 'cosmetics'
  | 'underwear'
  | 'hygiene'
  | 'other';

/**
 * What the product page said when the inquiry was saved — the card as evidence: sellers edit cards once
 * a dispute starts. The reader caps its text (`CARD_TEXT_LIMIT`, utils/marketplaces/sources/card-text.ts).
 */
export interface CapturedCard {
  /** When the page was read (ms since the epoch). */
  capturedAt: number;
  url?: string;
  title?: string;
  price?: number;
  seller?: string;
  /** The description and characteristics text the page showed. */
  text?: string;
}


export interface EscalationInput extends DeadlineInput {
  kind: DocumentKind;
  inquiry: Inquiry;
  events: InquiryEvent[];
  attachments: { name: string; addedAt: number }[];
  profile: Profile;
  seller: SellerEntity;
  /** What is wrong, in the shopper's words (the defect, what was not delivered). */
  problem?: string;
  /**
   * A wrong item: what came instead of the goods ordered; an incomplete order: what is missing (the
   * goods ordered are the inquiry's title and article).
   */
  mismatch?: string;
  /** An incomplete order: the price cut demanded, in rubles (ГК ст. 480(1)). */
  priceCut?: number;
  /** The buyer's own repair costs, for the demand to reimburse them (art. 18(1)). */
  repairCosts?: number;
  /** A substitute item for the time of a repair or replacement (arts. 20(2), 21(2)): asked by the shopper. */
  substitute?: boolean;
  /** Losses caused by the defect, with what they were (art. 18(1), last paragraph). */
  losses?: number;
  lossesWhat?: string;
  /** The shopper's corrections of catalogue entries (the options): the operator's address among them. */
  corrections?: Record<string, Correction>;
  /** The warranty in months, from the goods' papers or the card; 0 when none was set (arts. 18(6), 19). Asked for a defect. */
  warrantyMonths?: number;
  /**
   * For a late demand about a defect: what the buyer demands now in place of the late one, when not the same
   * (art. 23(1), para 2: another of art. 18's demands); `remedy` stays the earlier demand (legal review M1).
   */
  newRemedy?: Remedy;
  /** The ground for a refund or replacement of technically complex goods after fifteen days (art. 18(1)). */
  complexGround?: ComplexGround;
  /** Goods over five kilograms, or bulky: the seller carries them for repair, replacement or return (art. 18(7)). */
  large?: 'heavy' | 'bulky';
  /** Where the money goes, asked whenever money is demanded. */
  payment?: Payment;
  /** How the buyer withdrew from a return (dates.withdrawn): the marketplace's return request, a chat message, a letter. */
  withdrawalVia?: 'return-request' | 'chat' | 'letter';
  /** Goods sellers often refuse to take back: a warning, not a refusal — but for goods made to order, see `madeToOrder`. */
  restrictedGoods?: RestrictedGoods;
  /**
   * Goods made to order (`restrictedGoods: 'custom-made'`): a standard item merely made to order, which the
   * claim then says, or goods with individually defined properties only this buyer can use, which art.
   * 26.1(4)'s last sentence excludes from a return (no claim is drawn). Asked, never assumed.
   */
  madeToOrder?: 'standard' | 'individual';
  /** On Ozon: Ozon itself sold the goods (its operator, Internet Resheniya, is the seller). */
  sellerIsOperator?: boolean;
  /** The aggregator's owner that took the prepayment, on a marketplace whose operator this core does not know (Ozon's it does). */
  aggregator?: SellerEntity;
  /** For the complaint: the marketplace did not give the seller's details as art. 9(1.2) asks. */
  operatorFailedSellerInfo?: boolean;
  /** The product page as it was when the inquiry was saved. */
  card?: CapturedCard;
}
