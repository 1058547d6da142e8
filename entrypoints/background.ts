/**
 * The background owns the database: content scripts send what is to be saved, it is checked here and
 * written through utils/db. Listeners are registered at the top level, as a service worker that wakes
 * up for an event needs them there.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { purgeDeleted } from '../utils/db';
import { saveInquiry } from '../utils/save-inquiry';
import { onMessage, sendMessage } from '../utils/messages';
import { DIALOG_SCRIPT } from '../utils/panel-bridge';

export default defineBackground(() => {
  onMessage('saveInquiry', ({ data, sender }) => {
    if (sender.id !== browser.runtime.id) {
      return { ok: false, error: 'invalid', detail: 'not from this extension' } as const;
    }
    return saveInquiry(data);
  });

  onMessage('loadDialog', async ({ sender }) => {
    const tabId = sender.tab?.id;
    if (sender.id !== browser.runtime.id || tabId === undefined) return false;
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [sender.frameId ?? 0] },
      files: [DIALOG_SCRIPT],
    });
    return true;
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'open-panel' && tab?.id !== undefined) {
      sendMessage('openPanel', undefined, tab.id).catch(() => {
        // Not a page the extension reads: nothing to open.
      });
    }
  });

  browser.runtime.onStartup.addListener(() => {
    void purgeDeleted();
  });
});
