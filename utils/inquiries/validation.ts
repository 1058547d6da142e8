/**
 * Checks what reaches the background from the panel before it is stored: the schemas of `schemas.ts`
 * (shapes and lengths), then what a schema cannot know — that the topic and channel exist for the page.
 * Problems come back as codes with the field they concern; the interface words them.
 */
import * as v from 'valibot';
import { sellerPage } from '@/utils/marketplaces/addresses';
import { channelById, topicById } from '@/utils/catalogue';
import { marketplaces } from '@/utils/marketplaces';
import type { MarketplaceId } from '@/utils/marketplaces/types';
import type { Problem, ProblemCode, SaveInquiryRequest } from './model';
import { SaveInquirySchema } from './schemas';

export { LIMITS, SaveInquirySchema } from './schemas';

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** The code of a schema's issue: its kind of check, or the code a custom check names. */
function codeOf(issue: v.BaseIssue<unknown>): ProblemCode {
  switch (issue.type) {
    case 'strict_object':
      // One kind of issue for a key the shape does not have, a key it needs, and no object at all.
      return issue.expected === 'never' ? 'unknown-field' : issue.input === undefined ? 'missing' : 'wrong-type';
    case 'max_length':
      return 'too-long';
    case 'check':
      return issue.message === 'empty' ? 'empty' : 'not-an-address';
    case 'picklist':
    case 'literal':
    case 'union':
      return 'not-allowed';
    case 'regex':
    case 'min_value':
    case 'finite':
      return 'wrong-type';
    default:
      return issue.input === undefined ? 'missing' : 'wrong-type';
  }
}

/** A schema's issues as problems: the field's path (`context.items.0.title`) and the code. */
export function problemsOf(issues: readonly v.BaseIssue<unknown>[]): Problem[] {
  return issues.map((issue) => ({ field: issue.path?.map((p) => String(p.key)).join('.') ?? '', code: codeOf(issue) }));
}

/**
 * What a schema cannot see of a page address: that it is on the marketplace's own site, and that the
 * reading it carries is of the same marketplace and site.
 */
export function pageProblems(record: { marketplace: MarketplaceId; pageUrl: string; context: { marketplace: MarketplaceId; url: string } }): Problem[] {
  const adapter = marketplaces.find((m) => m.id === record.marketplace);
  const handles = (address: string) => {
    try {
      return adapter?.handles(new URL(address)) ?? false;
    } catch {
      return false;
    }
  };
  const problems: Problem[] = [];
  if (!handles(record.pageUrl)) problems.push({ field: 'pageUrl', code: 'foreign-page' });
  if (record.context.marketplace !== record.marketplace) problems.push({ field: 'context.marketplace', code: 'not-allowed' });
  else if (!handles(record.context.url)) problems.push({ field: 'context.url', code: 'foreign-page' });
  return problems;
}

/** Checks a save request: its shape, its lengths, and that its topic and channel exist for its page. */
export function validateSaveRequest(input: unknown): ValidationResult<SaveInquiryRequest> {
  const parsed = v.safeParse(SaveInquirySchema, input);
  if (!parsed.success) return { ok: false, problems: problemsOf(parsed.issues) };
  const request = parsed.output;
  const problems: Problem[] = [];
  const marketplace = request.context.marketplace;
  const topic = topicById(marketplace, request.topic);
  const channel = channelById(request.channel);
  if (!topic) problems.push({ field: 'topic', code: 'unknown-topic' });
  // No channel is allowed (nothing sent yet); a channel named must be one of the topic's.
  if (request.channel === '') {
    if (request.channelOpened) problems.push({ field: 'channel', code: 'sent-without-channel' });
  } else if (!channel || channel.marketplace !== marketplace) {
    problems.push({ field: 'channel', code: 'unknown-channel' });
  } else if (topic && !topic.channels.includes(channel.id)) {
    problems.push({ field: 'channel', code: 'channel-not-for-topic' });
  }
  if (topic && topic.recipient !== request.recipient) problems.push({ field: 'recipient', code: 'recipient-mismatch' });
  problems.push(...pageProblems({ marketplace, pageUrl: request.pageUrl, context: request.context }));
  // A seller's page is one of the marketplace's own: the readers keep no other (a save with one is refused).
  if (request.context.sellerUrl !== undefined && !sellerPage(request.context)) problems.push({ field: 'context.sellerUrl', code: 'foreign-page' });
  return problems.length ? { ok: false, problems } : { ok: true, value: request };
}
