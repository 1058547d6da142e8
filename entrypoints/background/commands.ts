/** The keyboard shortcut (Alt+Shift+M): the panel opens on the active marketplace tab. */
import { browser, type Browser } from 'wxt/browser';
import { sendMessage } from '@/utils/messages';

/** What the browser calls with the command and the tab it was given in. */
export async function onCommand(command: string, tab: Browser.tabs.Tab | undefined): Promise<void> {
  if (command !== 'open-panel' || tab?.id === undefined) return;
  await sendMessage('openPanel', undefined, tab.id).catch(() => {
    // Not a page the extension reads: nothing to open.
  });
}

export function listenForCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));
}
