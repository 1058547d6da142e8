/** The keyboard shortcut (Alt+Shift+M): the panel opens on the active marketplace tab. */
import { browser } from 'wxt/browser';
import { sendMessage } from '../../utils/platform/messages';

export function listenForCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'open-panel' && tab?.id !== undefined) {
      sendMessage('openPanel', undefined, tab.id).catch(() => {
        // Not a page the extension reads: nothing to open.
      });
    }
  });
}
