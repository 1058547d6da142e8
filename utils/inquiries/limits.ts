/**
 * How long each part of an inquiry may be: the schemas check these (./schemas.ts), the panel's and the
 * case file's fields and drafts stop at them. Plain numbers, so that what only needs them (the panel's
 * drafts) does not bundle the schemas' library.
 */
import { READ_LIMITS } from '@/utils/marketplaces/context-shape';
import { CARD_TEXT_LIMIT } from '@/utils/marketplaces/sources/card-text';

export const LIMITS = {
  message: 10_000,
  subject: 300,
  /** What a page says in one field: the readers cut it to this (utils/marketplaces/sources/finish.ts). */
  field: READ_LIMITS.field,
  url: READ_LIMITS.url,
  items: READ_LIMITS.items,
  /** A reply or a note typed in the case file or the popup (an event's text holds up to 100,000, a document's). */
  reply: 20_000,
  /** What a product page says of the product (description and characteristics), kept as evidence. */
  cardText: CARD_TEXT_LIMIT,
} as const;
