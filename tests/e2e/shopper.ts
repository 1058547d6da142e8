/**
 * What the tests of a page's tricks share: the shopper's profile and build, the content script reached as
 * the browser would reach it (its isolated world, the keyboard shortcut's message), and counting what was
 * saved.
 */
import type { BrowserContext, CDPSession, Frame, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { extensionId, launchBrowser, openPopup, productionExtensionDir, serviceWorker, tabIdOf } from '../../scripts/lib/browser.mjs';

/**
 * Our panel's frame in the shopper's build, once it is on the page (the closed root hides the element, not
 * the frame): the one frame at panel.html whose element is in our host's root — not a copy the page framed.
 */
export async function ourPanelFrame(tab: Page): Promise<Frame> {
  let found: Frame[] = [];
  await expect
    .poll(async () => {
      found = [];
      for (const frame of tab.frames()) {
        if (!/\/panel\.html(#|$)/.test(frame.url())) continue;
        const element = await frame.frameElement().catch(() => null);
        const ours = await element
          ?.evaluate((node) => {
            const root = node.getRootNode();
            return root instanceof ShadowRoot && root.host.localName === 'market-helpdesk-panel';
          })
          .catch(() => false);
        if (ours) found.push(frame);
      }
      return found.length;
    })
    .toBe(1);
  return found[0];
}

export const PROFILE = { name: 'Сидорова Мария Ивановна', phone: '+7 912 345-67-89', email: 'maria.sidorova@example.ru' };

export async function saveProfile(context: BrowserContext) {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${await extensionId(context)}/options.html`);
  await options.getByTestId('mh-profile-name').fill(PROFILE.name);
  await options.getByTestId('mh-profile-phone').fill(PROFILE.phone);
  await options.getByTestId('mh-profile-email').fill(PROFILE.email);
  await options.getByTestId('mh-profile-save').click();
  await expect(options.getByTestId('mh-options-status')).not.toBeEmpty();
  await options.close();
}

/** The inquiries in the extension's database, counted from an extension page. */
export async function countInquiries(context: BrowserContext): Promise<number> {
  const popup = await openPopup(context);
  const count = await popup.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('market-helpdesk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('inquiries')) return resolve(0);
          const read = db.transaction('inquiries').objectStore('inquiries').count();
          read.onsuccess = () => resolve(read.result);
        };
      }),
  );
  await popup.close();
  return count;
}

/** The inquiries in the extension's database (deleted ones left out): topic, status and channel each. */
export async function storedInquiries(context: BrowserContext): Promise<{ id: string; topic: string; status: string; channel: string; message: string }[]> {
  const popup = await openPopup(context);
  const list = await popup.evaluate(
    () =>
      new Promise<{ id: string; topic: string; status: string; channel: string; message: string; deletedAt?: number }[]>((resolve, reject) => {
        const open = indexedDB.open('market-helpdesk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('inquiries')) return resolve([]);
          const read = db.transaction('inquiries').objectStore('inquiries').getAll();
          read.onsuccess = () => resolve(read.result);
        };
      }),
  );
  await popup.close();
  return list.filter((i) => i.deletedAt === undefined).map(({ id, topic, status, channel, message }) => ({ id, topic, status, channel, message }));
}

/**
 * The shopper's build (closed shadow roots, the shipped manifest), its first-run tab closed so that it
 * does not come to the front while a marketplace tab is tried.
 */
export async function launchShoppersBuild(): Promise<BrowserContext> {
  const context = await launchBrowser({ extension: productionExtensionDir });
  const welcome = `chrome-extension://${await extensionId(context)}/welcome.html`;
  await expect.poll(() => context.pages().some((p) => p.url() === welcome)).toBe(true);
  for (const opened of context.pages().filter((p) => p.url() === welcome)) await opened.close();
  return context;
}

/**
 * Sends the content script of a tab what the background sends it (the shortcut's `openPanel`, the
 * popup's `pageContext`); `answered` is false where no content script answered at all.
 */
export async function sendContentScript(context: BrowserContext, tab: Page, type: 'pageContext' | 'openPanel'): Promise<{ answered: boolean; res: unknown }> {
  const worker = await serviceWorker(context);
  const tabId = await tabIdOf(context, tab);
  return worker.evaluate(
    ([id, kind]) =>
      (globalThis as unknown as { chrome: typeof browser }).chrome.tabs
        .sendMessage(id, { id: 1, type: kind, data: undefined, timestamp: Date.now() })
        .then((answer) => ({ answered: true, res: (answer as { res?: unknown })?.res ?? null }), () => ({ answered: false, res: null })),
    [tabId!, type] as const,
  );
}

/** What the content script answers (null where it answered nothing, or did not answer). */
export async function askContentScript(context: BrowserContext, tab: Page, type: 'pageContext' | 'openPanel'): Promise<unknown> {
  return (await sendContentScript(context, tab, type)).res;
}

/**
 * Waits until what is queued has run: a round trip to the content script of the tab (which comes after
 * any event it was dispatched before) and to the background, and two frames of the page. After it, a
 * thing that did not happen is not merely late.
 */
export async function settled(context: BrowserContext, tab: Page): Promise<void> {
  await sendContentScript(context, tab, 'pageContext');
  await (await serviceWorker(context)).evaluate(() => 0);
  await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** The panel's drafts in the extension's storage, read by the background. */
export async function storedDrafts(context: BrowserContext): Promise<{ key: string; message: string }[]> {
  const worker = await serviceWorker(context);
  const all = await worker.evaluate(() => (globalThis as unknown as { chrome: typeof browser }).chrome.storage.local.get(null));
  return Object.entries(all)
    .filter(([key]) => key.startsWith('draft:'))
    .map(([key, value]) => ({ key, message: String((value as { message?: string }).message) }));
}

/**
 * Code run in the content script's own world in a tab (as a renderer taken over by an exploit could run
 * it), through the browser's debugging protocol. There `chrome.dom.openOrClosedShadowRoot` opens our
 * closed roots, for a test's look at the launcher's state.
 */
export async function contentScriptWorld(page: Page): Promise<(expression: string) => Promise<unknown>> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string; frameId?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  cdp.on('Runtime.executionContextsCleared', () => (contexts.length = 0));
  await cdp.send('Runtime.enable');
  const { frameTree } = await cdp.send('Page.getFrameTree');
  return async (expression) => {
    const world = contexts
      .filter((c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://') && c.auxData.frameId === frameTree.frame.id)
      .at(-1);
    if (!world) throw new Error('the content script has no world in this tab');
    const result = await cdp.send('Runtime.evaluate', { contextId: world.id, expression, awaitPromise: true, returnByValue: true });
    if (result.exceptionDetails) throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
    return result.result.value;
  };
}

/**
 * The reply page on a capture, as the context menu's click leaves one (entrypoints/background/reply-menu.ts):
 * the text kept in the session's storage, the page opened at its id. A reply that sets off two warnings.
 */
export async function openReplyPage(context: BrowserContext, page: Page): Promise<void> {
  const worker = await serviceWorker(context);
  await worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { storage: { session: { set(items: object): Promise<void> } } } }).chrome;
    await chrome.storage.session.set({
      'reply-capture:sample': {
        text: 'Здравствуйте! Замену отправим. Для связи пишите в Telegram @remont_master_spb или звоните +7 916 123-45-67.',
        from: 'https://e.mail.ru/inbox/0:17012345678901234567:0/',
        at: Date.now(),
      },
    });
  });
  await page.goto(`chrome-extension://${await extensionId(context)}/reply.html#sample`);
}

/** Selects the element's text on the page, as the shopper would; what the browser then hands the menu's click. */
export async function selectText(page: Page, selector: string): Promise<string> {
  return page.locator(selector).first().evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return getSelection()!.toString();
  });
}
