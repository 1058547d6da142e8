/**
 * The background owns the database: the panel's frame sends what is to be saved, it is checked here and
 * written through utils/db; it answers the frame about earlier inquiries (for the extension's own pages
 * alone, never a content script: ./history.ts). It keeps the badge and the reminder alarm (./reminders.ts)
 * and forwards the keyboard shortcut (./commands.ts); it moves the old settings object into its keys,
 * sweeps old drafts and tells the marketplace tabs when the launcher's settings change (./storage.ts); in
 * Firefox it carries the panel's frame's port (utils/panel-frame/relay.ts). Listeners are registered at the top
 * level, as a service worker that wakes up for an event needs them there: the functions that register
 * them are called from it synchronously, in the order the comments give.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { purgeDeleted } from '@/utils/db';
import { onInquiriesWritten } from '@/utils/inquiries/writes';
import { TEST_BUILD } from '@/utils/platform/build';
import { TEST_HOOKS, type TestHooks } from '@/utils/platform/test-hooks';
import { loadClock, now, watchClock } from '@/utils/storage/clock';
import { listenForCommands, onCommand } from './commands';
import { serveHistory } from './history';
import { createReplyMenu, listenForReplyMenu, onReplyMenuClicked } from './reply-menu';
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

  // The history and saves, for the extension's own pages alone (./history.ts).
  serveHistory();

  // First: every marketplace page asks for these, and a browser without some API below (no `commands` in
  // Firefox for Android) must not keep it from its answer.
  serveLauncherSettings();
  listenForCommands();
  relayPanelFrames();

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void rebuildReminders(true);
  });

  listenForNotificationClicks();

  // «Сохранить как ответ» on selected text (./reply-menu.ts).
  listenForReplyMenu();

  listenForLifecycle();

  // The build for tests hands the tests what only the browser can call: no test can press a browser
  // shortcut or click a notification. Folded away in the shopper's builds.
  if (TEST_BUILD) Object.assign(globalThis, { [TEST_HOOKS]: { onCommand, onNotificationClicked, onReplyMenuClicked } satisfies TestHooks });
});

/** The browser's start, the extension's installation or update, and the clock's change (tests move it). */
function listenForLifecycle(): void {
  // Alarms and the badge do not survive a restart: rebuild them when the browser starts.
  browser.runtime.onStartup.addListener(() => {
    void createReplyMenu();
    void tidyStorage();
    void loadClock()
      .then(() => purgeDeleted(now()))
      .then(() => rebuildReminders(true));
  });
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void createReplyMenu();
    // Installed or updated: the old settings object becomes its keys before anything else reads them.
    void tidyStorage().then(() => rebuildReminders());
    // The first-run page, once, on a new installation (not on an update). Not in the build for tests, whose
    // every fresh profile is an installation: a tab of its own would come between a test and its pages.
    if (reason === 'install' && !TEST_BUILD) void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  watchClock(() => void rebuildReminders(true));
}
