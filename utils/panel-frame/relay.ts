/**
 * Firefox gives the panel's frame, an extension page framed in the marketplace's page, no `tabs` API: it
 * cannot find its tab nor reach its content script. The background does both for it, from what the
 * browser says of the sender, never from anything the frame or the page could set (see
 * utils/panel-frame/protocol.ts). Chromium's frame does this itself; nothing comes here there.
 */
import { browser, type Browser } from 'wxt/browser';
import { onMessage } from '@/utils/messages';
import { PANEL_PAGE, relayedPortName, relayPortKey, type FromFrame } from '@/utils/panel-frame/protocol';
import { isExtensionPage } from '@/utils/platform/sender';

type Sender = Browser.runtime.MessageSender;

/** A frame of panel.html inside a tab (not a tab of its own), and that tab. */
function framedPanel(sender: Sender | undefined): { tabId: number; tabUrl: string; frameUrl: string } | undefined {
  const tab = sender?.tab;
  if (!sender || !isExtensionPage(sender) || !sender.url || !sender.frameId || tab?.id === undefined || !tab.url) return undefined;
  if (new URL(sender.url).pathname !== PANEL_PAGE) return undefined;
  return { tabId: tab.id, tabUrl: tab.url, frameUrl: sender.url };
}

export function relayPanelFrames(): void {
  onMessage('panelTab', ({ sender }) => {
    const framed = framedPanel(sender);
    return framed ? { id: framed.tabId, url: framed.tabUrl } : null;
  });

  browser.runtime.onConnect.addListener((frame) => {
    const key = relayPortKey(frame.name);
    if (key === undefined) return;
    const framed = framedPanel(frame.sender);
    if (!framed) return frame.disconnect();
    // Firefox reports the frame's address as loaded, without the key the content script gave it since:
    // the key is the one the frame names. The content script takes this port only with its frame's key.
    const address = new URL(framed.frameUrl);
    address.hash = key;
    const page = browser.tabs.connect(framed.tabId, { name: relayedPortName(address.href), frameId: 0 });
    frame.onMessage.addListener((message) => {
      // Its arrival is all it is for: Firefox does not suspend a background that hears from a port.
      if ((message as FromFrame).type !== 'keep-alive') page.postMessage(message);
    });
    page.onMessage.addListener((message) => frame.postMessage(message));
    frame.onDisconnect.addListener(() => page.disconnect());
    page.onDisconnect.addListener(() => frame.disconnect());
  });
}
