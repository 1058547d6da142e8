/**
 * Shapes and lengths of what reaches the background from a content script. A content script runs in a
 * marketplace's page, so what it sends is checked like any outside input before it is stored.
 */
import * as v from 'valibot';
import { channelById, topicById } from '../catalogue';
import { marketplaces } from '../marketplaces';
import type { SaveInquiryRequest } from './model';
import { SaveInquirySchema } from './schemas';

export { LIMITS, SaveInquirySchema } from './schemas';

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
  const request = parsed.output;
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
