/** A lifecycle action applied to a kept inquiry, with its event, in one transaction of the database's. */
import { changeInquiry } from '@/utils/db';
import { applyAction, type DueOptions, type InquiryAction } from './lifecycle';
import type { Inquiry } from './model';

export function actOnInquiry(
  id: string,
  action: InquiryAction,
  now: number,
  options: DueOptions = {},
): Promise<{ ok: true; inquiry: Inquiry } | { ok: false; error: string }> {
  return changeInquiry(id, (inquiry, eventId) => applyAction(inquiry, action, now, eventId, options), now);
}
