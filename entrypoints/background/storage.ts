/**
 * The background's care of the extension's storage (utils/storage): the old single settings object
 * moved into its keys on install and update (pages move it too if they find it first), drafts past their
 * time or beyond their number swept at start-up, and the marketplace tabs told when the language or the
 * hidden launchers change — their content script asks for those two settings again (it asks the
 * background for them, `launcherSettings`, and uses no storage itself).
 */
import { browser } from 'wxt/browser';
import { marketplaces } from '@/utils/marketplaces';
import { onMessage, sendMessage } from '@/utils/messages';
import { sweepDrafts } from '@/utils/storage/drafts';
import { getLauncherSettings, migrateSettings, watchLauncherSettings } from '@/utils/storage/settings';

/** On install, update and browser start: settings moved, old drafts gone. Nothing here throws. */
export async function tidyStorage(): Promise<void> {
  await migrateSettings().catch(() => {});
  await sweepDrafts().catch(() => {});
}

export function serveLauncherSettings(): void {
  watchLauncherSettings(() => void tellTabs());
  // Asked by the content script at each page load and when told they changed: the two settings alone,
  // which are not private (the profile is never among them).
  onMessage('launcherSettings', () => getLauncherSettings());
}

async function tellTabs() {
  // The marketplaces' tabs alone (their addresses are ours to see: host permissions).
  const tabs = await browser.tabs.query({ url: marketplaces.flatMap((m) => m.matches) }).catch(() => []);
  for (const tab of tabs) {
    if (tab.id !== undefined) void sendMessage('settingsChanged', undefined, tab.id).catch(() => {});
  }
}
