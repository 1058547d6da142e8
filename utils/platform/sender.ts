/**
 * Who sent a runtime message. A content script passes as this extension (`sender.id` is ours) but runs in
 * the marketplace's process, beside the page's own scripts; what is private — the history, a save in the
 * shopper's name — is given only to the extension's own pages: the popup, the case file, the options and
 * the panel's frame, whose address is on the extension's own scheme (the frame's host may be the
 * per-session one of a web-accessible page, so the scheme is what is compared, with the id).
 */
import { browser } from 'wxt/browser';

export interface Sender {
  id?: string;
  url?: string;
}

export function isExtensionPage(
  sender: Sender | undefined,
  own: { id: string; url: string } = { id: browser.runtime.id, url: browser.runtime.getURL('/') },
): boolean {
  if (!sender || sender.id !== own.id || !sender.url) return false;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return false;
  }
  return url.protocol === new URL(own.url).protocol && /^(chrome|moz)-extension:$/.test(url.protocol);
}
