/**
 * «Сохранить как ответ»: an item of the browser's context menu on selected text, on any page. The browser
 * hands its click the selected text and the page's address; nothing is read from the page and no script
 * goes there, so it needs no host permission. The text waits in the session's storage (memory, the
 * extension's own pages alone) for the small page that asks which inquiry it answers (entrypoints/reply).
 * The panel offers the same for a marketplace page's selection (`captureReply`).
 */
import { browser, type Browser } from 'wxt/browser';
import { LIMITS } from '@/utils/inquiries/limits';
import { onMessage } from '@/utils/messages';
import { t } from '@/utils/platform/i18n';
import { isExtensionPage } from '@/utils/platform/sender';
import type { ReplyCapture } from '@/utils/replies/capture';
import { keepReplyCapture } from '@/utils/storage/reply-captures';
import { now } from '@/utils/storage/clock';
import { getSettings, watchSettings } from '@/utils/storage/settings';

export const REPLY_MENU_ID = 'market-helpdesk-save-reply';

/** The item, made anew (once per installation or browser start: the browser keeps it meanwhile). */
export async function createReplyMenu(): Promise<void> {
  const menus = browser.contextMenus;
  if (!menus) return;
  const { language } = await getSettings().catch(() => ({ language: 'ru' as const }));
  await menus.removeAll();
  menus.create({ id: REPLY_MENU_ID, title: t('menuSaveReply', language), contexts: ['selection'] });
}

/** Its click: the selection kept, and the page that asks which inquiry it answers opened beside. */
export async function onReplyMenuClicked(info: Pick<Browser.contextMenus.OnClickData, 'menuItemId' | 'selectionText' | 'pageUrl' | 'frameUrl'>, tab?: { url?: string }): Promise<void> {
  if (info.menuItemId !== REPLY_MENU_ID) return;
  await captureReply({ text: info.selectionText ?? '', from: info.frameUrl || info.pageUrl || tab?.url || '', tabUrl: tab?.url });
}

/** Keeps the text and opens the reply page on it; false when there was no text. */
async function captureReply({ text, from, tabUrl }: { text: string; from: string; tabUrl?: string }): Promise<boolean> {
  const trimmed = text.trim().slice(0, LIMITS.reply);
  if (!trimmed) return false;
  const id = crypto.randomUUID();
  const capture: ReplyCapture = { text: trimmed, from: from.slice(0, 2_000), ...(tabUrl && { tabUrl: tabUrl.slice(0, 2_000) }), at: now() };
  await keepReplyCapture(id, capture);
  const url = browser.runtime.getURL(`/reply.html#${id}`);
  // A small window of its own beside the page the text is on; a tab where the browser has no windows.
  if (browser.windows?.create) await browser.windows.create({ url, type: 'popup', width: 560, height: 720 });
  else await browser.tabs.create({ url });
  return true;
}

/** Registered at the background's top level: the click, the panel's request, and the title's language. */
export function listenForReplyMenu(): void {
  // A browser without context menus (Firefox for Android) keeps the rest: the panel's way below.
  try {
    browser.contextMenus?.onClicked.addListener((info, tab) => void onReplyMenuClicked(info, tab));
  } catch {
    // No menus here.
  }
  // The panel's frame: the marketplace page's selection, read there by the content script.
  onMessage('captureReply', ({ data, sender }) => {
    if (!isExtensionPage(sender) || typeof data?.text !== 'string' || typeof data.from !== 'string') return false;
    return captureReply({ text: data.text, from: data.from, tabUrl: data.from });
  });
  watchSettings(({ language }) => {
    void Promise.resolve(browser.contextMenus?.update(REPLY_MENU_ID, { title: t('menuSaveReply', language) })).catch(() => {});
  });
}
