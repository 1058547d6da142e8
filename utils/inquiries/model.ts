/**
 * An inquiry: what the shopper wrote, to whom, about what, and where it stands. The types are inferred
 * from the schemas in `schemas.ts`, where each field is declared once with its limits.
 */
import type * as v from 'valibot';
import type { StorageFailure } from '@/utils/db/errors';
import type {
  AttachmentSchema,
  CardSchema,
  EVENT_TYPES,
  EventSchema,
  INQUIRY_STATUSES,
  InquirySchema,
  ProblemCode,
  SaveInquirySchema,
} from './schemas';

export type { ProblemCode };

export type InquiryStatus = (typeof INQUIRY_STATUSES)[number];
export type InquiryEventType = (typeof EVENT_TYPES)[number];

/** What the panel sends to have an inquiry saved. */
export type SaveInquiryRequest = v.InferOutput<typeof SaveInquirySchema>;
/** What the product page said of the product when the inquiry was saved. */
export type ProductCard = v.InferOutput<typeof CardSchema>;
export type Inquiry = v.InferOutput<typeof InquirySchema>;
export type InquiryEvent = v.InferOutput<typeof EventSchema>;
/** A file kept as evidence with an inquiry: a photo, a receipt (image or PDF), a screenshot. */
export type Attachment = v.InferOutput<typeof AttachmentSchema>;

/** One thing wrong with a save request: the field (a dotted path) and what is wrong with it. */
export interface Problem {
  field: string;
  code: ProblemCode;
}

/**
 * - invalid: the request failed validation (`problems` says what, as codes the interface words);
 * - storage-full: the disk or the browser's quota is full;
 * - storage: any other failure to write (`detail` is the browser's technical message).
 * Nothing is written when saving fails.
 */
export type SaveInquiryResult =
  | { ok: true; id: string; status: InquiryStatus }
  | { ok: false; error: 'invalid'; problems: Problem[] }
  | { ok: false; error: StorageFailure; detail: string };

export { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES } from '@/utils/db/attachment-limits';
