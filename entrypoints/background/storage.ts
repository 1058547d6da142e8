/**
 * The background's care of the extension's storage (utils/storage): the old single settings object
 * moved into its keys on install and update (pages move it too if they find it first), drafts past their
 * time or beyond their number swept at start-up, and the marketplace tabs told when the language or the
 * hidden launchers change — their content script reads those two keys again, and listens to no storage
 * change itself.
 */
import { browser } from 'wxt/browser';
import { marketplaces } from '../../utils/marketplaces';
import { sendMessage } from '../../utils/platform/messages';
import { sweepDrafts } from '../../utils/storage/drafts';
import { migrateSettings, watchLauncherSettings } from '../../utils/storage/settings';

/** On install, update and browser start: settings moved, old drafts gone. Nothing here throws. */
export async function tidyStorage(): Promise<void> {
  await migrateSettings().catch(() => {});
  await sweepDrafts().catch(() => {});
}

export function tellTabsOfSettings(): void {
  watchLauncherSettings(() => void tellTabs());
}

async function tellTabs() {
  // The marketplaces' tabs alone (their addresses are ours to see: host permissions).
  const tabs = await browser.tabs.query({ url: marketplaces.flatMap((m) => m.matches) }).catch(() => []);
  for (const tab of tabs) {
    if (tab.id !== undefined) void sendMessage('settingsChanged', undefined, tab.id).catch(() => {});
  }
}
