/**
 * The background owns the database: the panel's frame sends what is to be saved, it is checked here and
 * written through utils/db; it answers the frame about earlier inquiries (for the extension's own pages
 * alone, never a content script). It keeps the badge and the reminder alarm (./reminders.ts) and forwards
 * the keyboard shortcut (./commands.ts); it moves the old settings object into its keys, sweeps old
 * drafts and tells the marketplace tabs when the launcher's settings change (./storage.ts); in Firefox
 * it carries the panel's frame's port (./panel-relay.ts). Listeners are registered at the top level, as
 * a service worker
 * that wakes up for an event needs them there.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { inquiriesAbout, purgeDeleted } from '@/utils/db';
import { saveInquiry } from '@/utils/inquiries/save';
import { act, onInquiriesWritten } from '@/utils/inquiries/writes';
import { onMessage } from '@/utils/messages';
import { TEST_BUILD } from '@/utils/platform/build';
import { isExtensionPage } from '@/utils/platform/sender';
import { TEST_HOOKS, type TestHooks } from '@/utils/platform/test-hooks';
import { loadClock, now, watchClock } from '@/utils/storage/clock';
import { getSettings } from '@/utils/storage/settings';
import { listenForCommands, onCommand } from './commands';
import { relayPanelFrames } from '@/utils/panel-frame/relay';
import { ALARM, listenForNotificationClicks, onNotificationClicked, rebuildReminders } from './reminders';
import { closeStorageToContentScripts } from '@/utils/storage/access';
import { serveLauncherSettings, tidyStorage } from './storage';

export default defineBackground(() => {
  // First of all: the shopper's storage — the profile, every draft with its signed message — closed to
  // content scripts, which run in the marketplace's process beside the page's scripts (utils/storage/access.ts).
  closeStorageToContentScripts();

  // The background's own writes rebuild the badge and the alarm in place (pages ask by message).
  onInquiriesWritten(() => rebuildReminders());

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
    const result = await act(inquiryId, { type: 'mark-sent' }, now(), { defaultAnswerDays: settings.defaultAnswerDays });
    return result.ok ? ({ ok: true } as const) : result;
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

  // First: every marketplace page asks for these, and a browser without some API below (no `commands` in
  // Firefox for Android) must not keep it from its answer.
  serveLauncherSettings();
  listenForCommands();
  relayPanelFrames();

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void rebuildReminders(true);
  });

  listenForNotificationClicks();

  // Alarms and the badge do not survive a restart: rebuild them when the browser starts.
  browser.runtime.onStartup.addListener(() => {
    void tidyStorage();
    void loadClock()
      .then(() => purgeDeleted(now()))
      .then(() => rebuildReminders(true));
  });
  browser.runtime.onInstalled.addListener(({ reason }) => {
    // Installed or updated: the old settings object becomes its keys before anything else reads them.
    void tidyStorage().then(() => rebuildReminders());
    // The first-run page, once, on a new installation (not on an update). Not in the build for tests, whose
    // every fresh profile is an installation: a tab of its own would come between a test and its pages.
    if (reason === 'install' && !TEST_BUILD) void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  watchClock(() => void rebuildReminders(true));

  // The build for tests hands the tests what only the browser can call: no test can press a browser
  // shortcut or click a notification. Folded away in the shopper's builds.
  if (TEST_BUILD) Object.assign(globalThis, { [TEST_HOOKS]: { onCommand, onNotificationClicked } satisfies TestHooks });
});
