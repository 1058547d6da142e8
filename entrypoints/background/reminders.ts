/**
 * The toolbar badge (how many inquiries are overdue), the alarm for the next answer due, and the
 * notifications for inquiries newly overdue, whose click opens the case file. None of them survives a
 * browser restart: rebuilt on start-up.
 */
import { browser } from 'wxt/browser';
import { listInquiries } from '@/utils/db';
import { reminderState } from '@/utils/inquiries/lifecycle';
import { t } from '@/utils/platform/i18n';
import { loadClock, now, realTimeOf } from '@/utils/storage/clock';
import { notifiedOverdue, setNotifiedOverdue } from '@/utils/storage/notified';
import { getSettings } from '@/utils/storage/settings';

export const ALARM = 'next-due';
/** A reminder's notification is named for its inquiry: `overdue:<id>`. */
const NOTIFICATION_PREFIX = 'overdue:';

/** MV3 has `action`, Firefox's MV2 `browserAction`. */
const toolbar = () => browser.action ?? browser.browserAction;

export async function rebuildReminders(notify = false): Promise<number> {
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
    await browser.notifications.create(`${NOTIFICATION_PREFIX}${inquiry.id}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: t('reminderTitle', settings.language),
      message: t('reminderBody', settings.language, inquiry.title),
    });
  }
}

/** A reminder's notification was clicked: its inquiry's case file opens, and the notification goes. */
export async function onNotificationClicked(notificationId: string): Promise<void> {
  if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
  const inquiryId = notificationId.slice(NOTIFICATION_PREFIX.length);
  await browser.tabs.create({ url: browser.runtime.getURL(`/cases.html#${encodeURIComponent(inquiryId)}`) });
  await browser.notifications.clear(notificationId);
}

/**
 * Clicks are heard once `notifications` is granted: at start-up when it already is, else as soon as the
 * shopper grants it (the API is not there before, and the background may run on a while after).
 */
export function listenForNotificationClicks(): void {
  let listening = false;
  const listen = () => {
    if (listening || !browser.notifications) return;
    listening = true;
    browser.notifications.onClicked.addListener((id) => void onNotificationClicked(id));
  };
  listen();
  browser.permissions.onAdded.addListener((added) => {
    if (added.permissions?.includes('notifications')) listen();
  });
}
