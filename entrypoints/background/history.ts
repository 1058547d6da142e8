/**
 * The messages of the history: saves, the earlier inquiries about a page, follow-ups, the case file and
 * the reminders after a change. They are for the extension's own pages alone, never a content script
 * (the page's process): see utils/platform/sender.ts.
 */
import { browser } from 'wxt/browser';
import { attachmentsOf, deleteInquiry, eraseDeleted, eventsOf, getInquiry, inquiriesAbout, listInquiries, purgeDeleted } from '@/utils/db';
import { saveInquiry } from '@/utils/inquiries/save';
import { act } from '@/utils/inquiries/writes';
import { onMessage } from '@/utils/messages';
import { isExtensionPage } from '@/utils/platform/sender';
import { counterpartRecord } from '@/utils/replies/seller-record';
import { loadClock, now } from '@/utils/storage/clock';
import { getSettings } from '@/utils/storage/settings';
import { rebuildReminders } from './reminders';

/** How long the panel's "undo" of a recorded inquiry is honoured. */
const UNSAVE_WITHIN_MS = 30 * 60_000;

/** Registers the history's messages; called at the top level of the background, as its listeners must be. */
export function serveHistory(): void {
  onMessage('saveInquiry', async ({ data, sender }) => {
    if (!isExtensionPage(sender)) {
      return { ok: false, error: 'invalid', problems: [{ field: '', code: 'foreign-sender' }] } as const;
    }
    const settings = await getSettings();
    await loadClock();
    const result = await saveInquiry(data, now(), { defaultAnswerDays: settings.defaultAnswerDays });
    if (result.ok) void rebuildReminders();
    return result;
  });

  onMessage('unsaveInquiry', async ({ data: inquiryId, sender }) => {
    if (!isExtensionPage(sender) || typeof inquiryId !== 'string' || !inquiryId) return false;
    await loadClock();
    const inquiry = await getInquiry(inquiryId);
    if (!inquiry || inquiry.deletedAt !== undefined || now() - inquiry.createdAt > UNSAVE_WITHIN_MS) return false;
    // Only what the panel's saving wrote: a reply, a note or a file since then is the shopper's record.
    const events = await eventsOf(inquiryId);
    if (events.some((event) => event.type !== 'created' && event.type !== 'sent')) return false;
    if ((await attachmentsOf(inquiryId)).length > 0) return false;
    if (!(await deleteInquiry(inquiryId, now()))) return false;
    await eraseDeleted([inquiryId]);
    void rebuildReminders();
    return true;
  });

  // The panel's frame reads and follows up the earlier inquiries about its page through here.
  onMessage('inquiriesAbout', async ({ data, sender }) => {
    if (!isExtensionPage(sender)) return { inquiries: [], now: Date.now() };
    await loadClock();
    const { marketplace, orderId, article } = data;
    return { inquiries: await inquiriesAbout({ marketplace, orderId, article }), now: now() };
  });

  // One line of the panel: how this seller, or this marketplace's support, answered the shopper before.
  onMessage('counterpartRecord', async ({ data, sender }) => {
    if (!isExtensionPage(sender) || !data || typeof data !== 'object') return null;
    return counterpartRecord(await listInquiries(), data) ?? null;
  });

  onMessage('followedUp', async ({ data: inquiryId, sender }) => {
    if (!isExtensionPage(sender)) return { ok: false, error: 'not from an extension page' } as const;
    const settings = await getSettings();
    await loadClock();
    const result = await act(inquiryId, { type: 'mark-sent' }, now(), { defaultAnswerDays: settings.defaultAnswerDays });
    return result.ok ? ({ ok: true } as const) : result;
  });

  // The case file at the extension's own address (the frame's may be a per-session one).
  onMessage('openCase', async ({ data: inquiryId, sender }) => {
    if (!isExtensionPage(sender) || typeof inquiryId !== 'string' || !inquiryId) return false;
    await browser.tabs.create({ url: browser.runtime.getURL(`/cases.html#${encodeURIComponent(inquiryId)}`) });
    return true;
  });

  // Its claim and complaint: the case file's escalation page for that inquiry.
  onMessage('openEscalation', async ({ data: inquiryId, sender }) => {
    if (!isExtensionPage(sender) || typeof inquiryId !== 'string' || !inquiryId) return false;
    await browser.tabs.create({ url: browser.runtime.getURL(`/cases.html#escalate/${encodeURIComponent(inquiryId)}`) });
    return true;
  });

  // Pages changed inquiries: the badge and alarm follow, and deletions past their undo time go for good.
  onMessage('remindersChanged', async ({ sender }) => {
    if (!isExtensionPage(sender)) return 0;
    await loadClock();
    await purgeDeleted(now());
    return rebuildReminders();
  });
}
