/**
 * The background owns the database: content scripts send what is to be saved, it is checked here and
 * written through utils/db. It keeps the toolbar badge (overdue inquiries) and the reminder alarm, which
 * do not survive a browser restart by themselves and are rebuilt on start-up. Listeners are registered at
 * the top level, as a service worker that wakes up for an event needs them there.
 */
import { notifiedOverdue, setNotifiedOverdue } from '../utils/storage/notified';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { loadClock, now, realTimeOf, watchClock } from '../utils/storage/clock';
import { actOnInquiry, inquiriesAbout, listInquiries, purgeDeleted } from '../utils/db';
import { reminderState } from '../utils/inquiries/lifecycle';
import { onMessage, sendMessage } from '../utils/platform/messages';
import { isExtensionPage } from '../utils/platform/sender';
import { saveInquiry } from '../utils/inquiries/save';
import { getSettings } from '../utils/storage/settings';
import { t } from '../utils/platform/i18n';

const ALARM = 'next-due';

/** MV3 has `action`, Firefox's MV2 `browserAction`. */
const toolbar = () => browser.action ?? browser.browserAction;

async function rebuildReminders(notify = false): Promise<number> {
  await loadClock();
  const current = now();
  const { overdue, nextDueAt } = reminderState(await listInquiries(), current);
  await toolbar().setBadgeText({ text: overdue.length ? String(overdue.length) : '' });
  await toolbar().setBadgeBackgroundColor({ color: '#b3261e' });
  await browser.alarms.clear(ALARM);
  if (nextDueAt !== undefined) browser.alarms.create(ALARM, { when: Math.max(Date.now() + 1000, realTimeOf(nextDueAt) + 1000) });
  if (notify) await notifyOverdue(overdue.map((i) => ({ id: i.id, title: i.fields.title || i.subject })));
  return overdue.length;
}

/** One notification per inquiry that has newly become overdue, when the shopper turned reminders on. */
async function notifyOverdue(overdue: { id: string; title: string }[]) {
  const settings = await getSettings();
  if (!settings.reminders || !browser.notifications) return;
  if (!(await browser.permissions.contains({ permissions: ['notifications'] }))) return;
  // Remembered only once notified: turning reminders on later still tells of what is overdue then.
  const seen = await notifiedOverdue();
  const fresh = overdue.filter((i) => !seen.includes(i.id));
  await setNotifiedOverdue(overdue.map((i) => i.id));
  for (const inquiry of fresh) {
    await browser.notifications.create(`overdue:${inquiry.id}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: t('reminderTitle', settings.language),
      message: t('reminderBody', settings.language, inquiry.title),
    });
  }
}

export default defineBackground(() => {
  // The history and saves are for the extension's own pages alone, never a content script (the page's
  // process): see utils/platform/sender.ts.
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

  // The panel's frame reads and follows up the earlier inquiries about its page through here.
  onMessage('inquiriesAbout', async ({ data, sender }) => {
    if (!isExtensionPage(sender)) return { inquiries: [], now: Date.now() };
    await loadClock();
    const { marketplace, orderId, article } = data;
    return { inquiries: await inquiriesAbout({ marketplace, orderId, article }), now: now() };
  });

  onMessage('followedUp', async ({ data: inquiryId, sender }) => {
    if (!isExtensionPage(sender)) return { ok: false, error: 'not from an extension page' } as const;
    const settings = await getSettings();
    await loadClock();
    const result = await actOnInquiry(inquiryId, { type: 'mark-sent' }, now(), { defaultAnswerDays: settings.defaultAnswerDays });
    if (!result.ok) return result;
    void rebuildReminders();
    return { ok: true } as const;
  });

  // The case file at the extension's own address (the frame's may be a per-session one).
  onMessage('openCase', async ({ data: inquiryId, sender }) => {
    if (!isExtensionPage(sender) || typeof inquiryId !== 'string' || !inquiryId) return false;
    await browser.tabs.create({ url: browser.runtime.getURL(`/cases.html#${encodeURIComponent(inquiryId)}`) });
    return true;
  });

  // Pages changed inquiries: the badge and alarm follow, and deletions past their undo time go for good.
  onMessage('remindersChanged', async ({ sender }) => {
    if (!isExtensionPage(sender)) return 0;
    await loadClock();
    await purgeDeleted(now());
    return rebuildReminders();
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'open-panel' && tab?.id !== undefined) {
      sendMessage('openPanel', undefined, tab.id).catch(() => {
        // Not a page the extension reads: nothing to open.
      });
    }
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void rebuildReminders(true);
  });

  browser.notifications?.onClicked.addListener((id) => {
    if (!id.startsWith('overdue:')) return;
    void browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?inquiry=${encodeURIComponent(id.slice(8))}`) });
    void browser.notifications.clear(id);
  });

  // Alarms and the badge do not survive a restart: rebuild them when the browser starts.
  browser.runtime.onStartup.addListener(() => {
    void loadClock()
      .then(() => purgeDeleted(now()))
      .then(() => rebuildReminders(true));
  });
  browser.runtime.onInstalled.addListener(() => void rebuildReminders());
  watchClock(() => void rebuildReminders(true));
});
