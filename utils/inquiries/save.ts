/** Saving an inquiry, as the background script does it on the panel's request. */
import { addInquiry, db, newEventId, newId, storageFailure } from '@/utils/db';
import type { Inquiry, InquiryEvent, SaveInquiryResult } from './model';
import { dueFor, type DueOptions } from './lifecycle';
import { validateSaveRequest } from './validation';

export async function saveInquiry(request: unknown, now = Date.now(), options: DueOptions = {}): Promise<SaveInquiryResult> {
  const checked = validateSaveRequest(request);
  if (!checked.ok) return { ok: false, error: 'invalid', problems: checked.problems };
  const r = checked.value;
  // A retry of a save already written gets the inquiry it wrote.
  const written = async () => (r.requestId ? (await db()).get('inquiries', r.requestId) : undefined);
  const before = await written().catch(() => undefined);
  if (before) return { ok: true, id: before.id, status: before.status };
  const inquiry: Inquiry = {
    id: r.requestId ?? newId(),
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
    // The same save retried at the same moment: the other one wrote it.
    const other = (error as { name?: string } | null)?.name === 'ConstraintError' ? await written().catch(() => undefined) : undefined;
    if (other) return { ok: true, id: other.id, status: other.status };
    return {
      ok: false,
      // The disk full, the database blocked by another tab or not opening at all: each said its own way.
      error: storageFailure(error),
      detail: String((error as Error)?.message ?? error),
    };
  }
  return { ok: true, id: inquiry.id, status: inquiry.status };
}
