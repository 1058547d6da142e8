/** An inquiry taken through actions in turn, as the shopper would, each at its own moment. */
import type { Inquiry, InquiryEvent } from '../../utils/inquiries/model';
import { applyAction, type InquiryAction } from '../../utils/inquiries/lifecycle';

/** Applies the actions in turn; returns the inquiry and the events recorded (a refused action throws). */
export function live(start: Inquiry, steps: [InquiryAction, number][]): { inquiry: Inquiry; events: InquiryEvent[] } {
  let inquiry = start;
  const events: InquiryEvent[] = [];
  steps.forEach(([action, at], n) => {
    const result = applyAction(inquiry, action, at, `e${n}`);
    if (!result.ok) throw new Error(result.error);
    inquiry = result.inquiry;
    events.push(result.event);
  });
  return { inquiry, events };
}
