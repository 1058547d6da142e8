/** Saving an inquiry, as the background script does it on the panel's request. */
import { addInquiry, newEventId, newId } from '../db';
import type { Inquiry, InquiryEvent, SaveInquiryResult } from './model';
import { dueFor, type DueOptions } from './lifecycle';
import { validateSaveRequest } from './validation';

export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name;
  return name === 'QuotaExceededError' || /quota|disk.*full|no space/i.test(String((error as Error)?.message ?? ''));
}

export async function saveInquiry(request: unknown, now = Date.now(), options: DueOptions = {}): Promise<SaveInquiryResult> {
  const checked = validateSaveRequest(request);
  if (!checked.ok) return { ok: false, error: 'invalid', problems: checked.problems };
  const r = checked.value;
  const inquiry: Inquiry = {
    id: newId(),
    marketplace: r.context.marketplace,
    pageUrl: r.pageUrl,
    context: r.context,
    fields: r.fields,
    recipient: r.recipient,
    topic: r.topic,
    channel: r.channel,
    subject: r.subject.trim(),
    message: r.message,
    language: r.language,
    // Dated by the background's clock, as the inquiry is.
    ...(r.card && { card: { capturedAt: now, ...r.card } }),
    status: r.channelOpened ? 'sent' : 'not-sent',
    createdAt: now,
    updatedAt: now,
    sendCount: r.channelOpened ? 1 : 0,
    ...(r.channelOpened && {
      firstSentAt: now,
      firstSentChannel: r.channel,
      sentAt: now,
      ...dueFor(r.channel, now, options),
    }),
  };
  const events: InquiryEvent[] = [{ id: newEventId(now), inquiryId: inquiry.id, type: 'created', at: now }];
  if (r.channelOpened) events.push({ id: newEventId(now), inquiryId: inquiry.id, type: 'sent', at: now, detail: r.channel });
  try {
    await addInquiry(inquiry, events);
  } catch (error) {
    return {
      ok: false,
      error: isQuotaError(error) ? 'storage-full' : 'storage',
      detail: String((error as Error)?.message ?? error),
    };
  }
  return { ok: true, id: inquiry.id, status: inquiry.status };
}
