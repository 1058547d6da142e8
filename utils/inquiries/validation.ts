/**
 * Shapes and lengths of what reaches the background from a content script. A content script runs in a
 * marketplace's page, so what it sends is checked like any outside input before it is stored.
 */
import * as v from 'valibot';
import { channelById, topicById } from '../catalogue';
import { marketplaces } from '../marketplaces';
import type { SaveInquiryRequest } from './model';

export const LIMITS = {
  message: 10_000,
  subject: 300,
  field: 1_000,
  url: 8_192,
  items: 200,
} as const;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const optionalText = (max: number) => v.optional(text(max));
const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
const httpUrl = v.pipe(
  v.string(),
  v.maxLength(LIMITS.url),
  v.check((value) => {
    try {
      return /^https?:$/.test(new URL(value).protocol);
    } catch {
      return false;
    }
  }, 'not a web address'),
);

const MarketplaceSchema = v.picklist(marketplaces.map((m) => m.id));

const ContextSchema = v.object({
  marketplace: MarketplaceSchema,
  kind: v.picklist(['product', 'order', 'order-list', 'blocked']),
  url: httpUrl,
  article: optionalText(LIMITS.field),
  productId: optionalText(LIMITS.field),
  title: optionalText(LIMITS.field),
  seller: optionalText(LIMITS.field),
  sellerUrl: v.optional(httpUrl),
  price: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0))),
  currency: optionalText(8),
  orderId: optionalText(LIMITS.field),
  orderDate: v.optional(isoDate),
  orderStatus: optionalText(LIMITS.field),
  deliveredDate: v.optional(isoDate),
  items: v.optional(
    v.pipe(
      v.array(
        v.object({
          article: optionalText(LIMITS.field),
          title: optionalText(LIMITS.field),
          shipmentId: optionalText(64),
          orderId: optionalText(64),
          status: optionalText(LIMITS.field),
        }),
      ),
      v.maxLength(LIMITS.items),
    ),
  ),
  orders: v.optional(
    v.pipe(
      v.array(v.object({ orderId: text(64), orderDate: v.optional(isoDate), status: optionalText(LIMITS.field) })),
      v.maxLength(LIMITS.items),
    ),
  ),
  sources: v.record(v.string(), text(64)),
  missed: v.optional(v.record(v.string(), v.pipe(v.array(text(64)), v.maxLength(20)))),
});

const FieldsSchema = v.object({
  article: optionalText(LIMITS.field),
  title: optionalText(LIMITS.field),
  seller: optionalText(LIMITS.field),
  orderId: optionalText(LIMITS.field),
  orderDate: v.optional(v.union([isoDate, v.literal('')])),
});

export const SaveInquirySchema = v.object({
  pageUrl: httpUrl,
  context: ContextSchema,
  fields: FieldsSchema,
  recipient: v.picklist(['seller', 'support']),
  topic: text(64),
  channel: text(64),
  subject: v.pipe(v.string(), v.maxLength(LIMITS.subject)),
  message: v.pipe(
    v.string(),
    v.check((s) => s.trim().length > 0, 'the message is empty'),
    v.maxLength(LIMITS.message, `the message is longer than ${LIMITS.message} characters`),
  ),
  language: v.picklist(['ru', 'en']),
  channelOpened: v.boolean(),
});

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/** Checks a save request: its shape, its lengths, and that its topic and channel exist for its page. */
export function validateSaveRequest(input: unknown): ValidationResult<SaveInquiryRequest> {
  const parsed = v.safeParse(SaveInquirySchema, input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.issues.map((issue) => {
        const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
        return path ? `${path}: ${issue.message}` : issue.message;
      }),
    };
  }
  const request = parsed.output as SaveInquiryRequest;
  const problems: string[] = [];
  const marketplace = request.context.marketplace;
  const topic = topicById(marketplace, request.topic);
  const channel = channelById(request.channel);
  if (!topic) problems.push(`topic: unknown topic ${request.topic}`);
  // No channel is allowed (nothing sent yet); a channel named must be one of the topic's.
  if (request.channel === '') {
    if (request.channelOpened) problems.push('channel: sent through no channel');
  } else if (!channel || channel.marketplace !== marketplace) {
    problems.push(`channel: unknown channel ${request.channel}`);
  } else if (topic && !topic.channels.includes(channel.id)) {
    problems.push(`channel: ${request.channel} is not a channel for ${request.topic}`);
  }
  if (topic && topic.recipient !== request.recipient) problems.push('recipient: does not match the topic');
  const adapter = marketplaces.find((m) => m.id === marketplace);
  try {
    if (!adapter?.handles(new URL(request.pageUrl))) problems.push('pageUrl: not a page of this marketplace');
  } catch {
    problems.push('pageUrl: not an address');
  }
  return problems.length ? { ok: false, problems } : { ok: true, value: request };
}
