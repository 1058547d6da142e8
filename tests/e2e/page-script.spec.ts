/**
 * What a marketplace page's own script can do to the panel — an analytics tag, an injected ad, an XSS —
 * tried as such a script would: in the page's main world, with no gesture of the shopper's. The shopper's
 * profile is saved and they are writing a signed message to support. The script must read none of it,
 * save nothing, open no channel, and see no key the shopper types in the panel.
 */
import type { BrowserContext, Page } from '@playwright/test';
import {
  panelFrame,
  servePages,
} from '../../scripts/lib/browser.mjs';
import { fixturePages, missingPagesMessage, pagesRequired, sharedPages } from '../support/pages';
import { expect, test } from './fixtures';
import { Panel } from './pages/panel';
import { askContentScript, countInquiries, launchShoppersBuild, ourPanelFrame, PROFILE, saveProfile, settled, storedDrafts } from './shopper';

/** Typed by the shopper into the message: the script must never come across it. */
const TYPED = 'Кодовое слово чайник-Ъ-4711';
const SECRETS = [PROFILE.name, PROFILE.phone, PROFILE.email, TYPED, 'чайник-Ъ-4711'];

const realProduct = sharedPages()?.find((p) => p.file === 'ozon/product-2025-153929230.html');

/**
 * The page's script: walks every shadow root and frame it can reach, collecting every text, attribute and
 * field value in them and in the page; clicks everything in the shadow roots (the page's own links are its
 * own business), sets every select there to "support", fills every field, sends key, input and change
 * events; posts to every frame. Returns what it collected.
 */
function attack(): { seen: string; clicked: number; fields: number; frames: number; readableFrames: number; heights: string[] } {
  const seen: string[] = [];
  let clicked = 0;
  let fields = 0;
  const heights: string[] = [];
  let frames = 0;
  let readableFrames = 0;
  const roots: (Document | ShadowRoot)[] = [];
  const walk = (root: Document | ShadowRoot) => {
    roots.push(root);
    for (const el of Array.from(root.querySelectorAll('*'))) {
      if (el.shadowRoot) walk(el.shadowRoot);
      if (el instanceof HTMLIFrameElement) {
        frames++;
        seen.push(el.src, el.title);
        // What the frame's size would tell (the number of earlier inquiries, a note opened).
        heights.push(`${el.getBoundingClientRect().height} ${getComputedStyle(el).height}`);
        try {
          const inner = el.contentDocument ?? el.contentWindow!.document;
          if (inner) {
            readableFrames++;
            walk(inner);
          }
        } catch {
          // Another origin: out of reach.
        }
      }
    }
  };
  walk(document);
  for (let i = 0; i < window.frames.length; i++) {
    try {
      seen.push(window.frames[i].document.documentElement.outerHTML);
      readableFrames++;
    } catch {
      // Another origin.
    }
  }
  const collect = () => {
    for (const root of roots) {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        seen.push(el.textContent ?? '');
        for (const attr of Array.from(el.attributes)) seen.push(attr.value);
        if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) seen.push(el.value);
      }
    }
  };
  collect();
  for (const root of roots.filter((r) => r instanceof ShadowRoot)) {
    for (const el of Array.from(root.querySelectorAll<HTMLElement>('button, a, summary, [role="button"], input, select, textarea, iframe'))) {
      if (el instanceof HTMLSelectElement || el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) fields++;
      if (el instanceof HTMLSelectElement) {
        for (const option of Array.from(el.options)) if (option.value === 'support') el.value = 'support';
        el.dispatchEvent(new Event('change', { bubbles: true }));
      } else if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
        el.value += ' подмена';
        el.dispatchEvent(new Event('input', { bubbles: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
      }
      for (const key of ['Enter', ' ', 'Escape', 'Tab']) {
        el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
        el.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, composed: true }));
      }
      el.focus();
      el.click();
      clicked++;
    }
  }
  for (let i = 0; i < window.frames.length; i++) {
    for (const message of [{ type: 'close' }, { type: 'reveal', id: 1, target: 'seller-question' }, { type: 'save' }, 'save']) {
      window.frames[i].postMessage(message, '*');
    }
  }
  collect();
  return { seen: seen.join('\n'), clicked, fields, frames, readableFrames, heights };
}

/** Capture-phase listeners on window, installed by the page before anything happens. */
function listen() {
  const log: string[] = ((window as unknown as { mhLog: string[] }).mhLog = []);
  for (const type of ['keydown', 'keypress', 'keyup', 'beforeinput', 'input', 'paste', 'copy']) {
    window.addEventListener(type, (e) => {
      if (e.isTrusted) log.push(`${type}:${(e as KeyboardEvent).key ?? ''}`);
    }, true);
  }
}

async function expectNothingOpened(page: Page, context: BrowserContext, tabs: number) {
  await settled(context, page);
  expect(context.pages().length, 'no tab opened by the script').toBe(tabs);
  expect(page.url()).toBe(realProduct!.url);
  await expect(page.getByTestId('mh-outline')).toHaveCount(0);
  expect(await page.evaluate(() => navigator.clipboard.readText()), 'the clipboard is untouched').toBe('страница ничего не скопировала');
}

test('a page\'s own script reads nothing of the profile or the message, saves nothing, opens nothing, hears no key', async ({ ownContext: context }) => {
  test.skip(!realProduct && !pagesRequired, missingPagesMessage());
  expect(realProduct, missingPagesMessage()).toBeDefined();
  await saveProfile(context);
  await servePages(context, [realProduct!]);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await page.addInitScript(listen);
  await page.goto(realProduct!.url);
  await expect(page.getByTestId('mh-open')).toBeVisible();
  await page.evaluate(() => navigator.clipboard.writeText('страница ничего не скопировала'));
  const tabs = context.pages().length;
  // The listeners hear what is typed in the page itself.
  await page.keyboard.press('x');
  expect(await page.evaluate(() => (window as unknown as { mhLog: string[] }).mhLog)).toContain('keydown:x');
  await page.evaluate(() => ((window as unknown as { mhLog: string[] }).mhLog.length = 0));

  // Before the shopper opens anything: the script's click on the launcher opens nothing.
  const closed = await page.evaluate(attack);
  expect(closed.clicked).toBeGreaterThan(0);
  expect(closed.fields, 'no field of the panel is in the page\'s reach').toBe(0);
  expect(await storedDrafts(context)).toEqual([]);
  // It does reach into the open shadow root: the launcher's label is there.
  expect(closed.seen).toContain('Market Helpdesk');
  await expect(page.getByTestId('mh-frame')).toHaveCount(0);
  await expect(page.getByTestId('mh-open')).toHaveAttribute('aria-expanded', 'false');
  await expectNothingOpened(page, context, tabs);

  // The shopper opens the panel, writes to support (a message signed with the profile) and types in it.
  await page.getByTestId('mh-open').click();
  const panel = panelFrame(page);
  await panel.getByTestId('mh-recipient').selectOption('support');
  const message = panel.getByTestId('mh-message');
  await expect(message).toHaveValue(new RegExp(PROFILE.name));
  await expect(message).toHaveValue(new RegExp(PROFILE.phone.replace(/[+]/g, '\\+')));
  await message.press('Control+End');
  await message.pressSequentially(`\n${TYPED}`);
  await expect(message).toHaveValue(new RegExp(TYPED));
  // Not one key the shopper typed reached the page's capture-phase listeners on window.
  expect(await page.evaluate(() => (window as unknown as { mhLog: string[] }).mhLog)).toEqual([]);

  // The script, with the panel open.
  const open = await page.evaluate(attack);
  expect(open.frames, 'the script finds the frame').toBeGreaterThanOrEqual(1);
  expect(open.readableFrames, 'but cannot read into it').toBe(0);
  // The recipient, the message and the rest are in the frame: the loops that would set them find nothing.
  expect(open.fields, 'no field of the panel is in the page\'s reach').toBe(0);
  // The frame's height follows the window alone: it tells nothing of what the panel holds.
  const fixed = await page.evaluate(() => (document.compatMode === 'BackCompat' ? document.body : document.documentElement).clientHeight - 16);
  for (const height of open.heights) expect(height).toBe(`${fixed} ${fixed}px`);
  expect(open.seen).toContain(String(realProduct!.expect.article));
  for (const secret of SECRETS) expect(open.seen, `the page read «${secret}»`).not.toContain(secret);

  // The panel is as the shopper left it: still open, still to support, the message theirs, nothing saved.
  await expect(page.getByTestId('mh-frame')).toBeVisible();
  await expect(panel.getByTestId('mh-recipient')).toHaveValue('support');
  await expect(message).toHaveValue(new RegExp(`${TYPED}$`));
  await expect(panel.getByTestId('mh-status')).toHaveCount(0);
  await expect(panel.getByTestId('mh-save')).toBeEnabled();
  await expectNothingOpened(page, context, tabs);
  expect(await countInquiries(context)).toBe(0);
  // The one draft is the shopper's own, as they typed it; nothing of the script's got into it.
  await expect.poll(async () => (await storedDrafts(context)).length).toBe(1);
  const [draft] = await storedDrafts(context);
  expect(draft.message.endsWith(TYPED)).toBe(true);
  expect(draft.message).not.toContain('подмена');
  expect(await page.evaluate(() => (window as unknown as { mhLog: string[] }).mhLog)).toEqual([]);
});

/**
 * The race the open root allowed: the page reads our frame's address the moment the frame appears and
 * frames panel.html itself, before ours has loaded, invisible above everything, to catch the shopper's
 * clicks. Its copy must get nothing (it never learns the key), and ours must still work. The test build's
 * root is open, which is what lets the page read the address here at all.
 */
test('a copy of the panel\'s page framed by the page itself gets nothing, and ours still works', async ({ ownContext: context }) => {
  test.skip(!realProduct && !pagesRequired, missingPagesMessage());
  expect(realProduct, missingPagesMessage()).toBeDefined();
  await saveProfile(context);
  await servePages(context, [realProduct!]);
  const page = await context.newPage();
  await page.goto(realProduct!.url);
  await expect(page.getByTestId('mh-open')).toBeVisible();
  await page.evaluate(() => {
    const root = document.querySelector('market-helpdesk-panel')!.shadowRoot!;
    const steal = (frame: HTMLIFrameElement) => {
      for (const id of ['mh-copy', 'mh-copy-guess']) {
        const copy = document.createElement('iframe');
        copy.id = id;
        copy.src = frame.src;
        copy.style.cssText = 'position:fixed;inset:0;width:100vw;height:100vh;opacity:0;z-index:2147483647;border:0';
        // The second is given a key of the page's own making, in the very message ours gets its key in.
        if (id === 'mh-copy-guess') {
          copy.addEventListener('load', () => copy.contentWindow!.postMessage({ 'market-helpdesk-key': `#${crypto.randomUUID()}` }, '*'));
        }
        document.body.append(copy);
      }
      (window as unknown as { mhStolen: string }).mhStolen = frame.src;
      // And restyle ours, as the open root allows (the shopper's build has the root closed).
      frame.style.outline = '9px solid red';
    };
    // Before the launcher's own handler: the page's capture-phase listener on window.
    window.addEventListener('click', () => {
      const observer = new MutationObserver(() => {
        const frame = root.querySelector('iframe');
        if (!frame) return;
        observer.disconnect();
        steal(frame);
      });
      observer.observe(root, { childList: true, subtree: true });
    }, { capture: true, once: true });
  });
  await page.getByTestId('mh-open').click();
  // Ours works: the message is drawn, signed.
  const panel = panelFrame(page);
  await panel.getByTestId('mh-recipient').selectOption('support');
  await expect(panel.getByTestId('mh-message')).toHaveValue(new RegExp(PROFILE.name));
  const stolen = await page.evaluate(() => (window as unknown as { mhStolen: string }).mhStolen);
  expect(stolen).toMatch(/\/panel\.html$/);
  // The copies loaded the extension's page, and drew nothing: no dialog, no profile, no draft. (The first
  // waits for a key that never comes; the second names the page's, and is refused. Asked once each has
  // loaded and run its scripts.)
  for (const id of ['mh-copy', 'mh-copy-guess']) {
    const copyFrame = await (await page.locator(`#${id}`).elementHandle())!.contentFrame();
    await copyFrame!.waitForLoadState('load');
    await copyFrame!.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  }
  for (const id of ['mh-copy', 'mh-copy-guess']) {
    const copy = page.frameLocator(`#${id}`);
    await expect(copy.locator('#app'), `${id} loaded the panel's page`).toHaveCount(1);
    await expect(copy.locator('#app > *'), `${id} drew nothing`).toHaveCount(0);
  }
  // The copy lies above everything: the shopper's click lands in it, and nothing happens.
  await page.mouse.click(640, 400);
  expect(await countInquiries(context)).toBe(0);
});

/**
 * A page that reaches our frame's window (only the test build's open root lets it: `window.frames` does
 * not list a frame in a shadow tree, as the next test checks in the shopper's build) posts it keys and
 * states of its own once ours has its key: the frame heeds only the first key it was given, and what it
 * shows stays the page's reading, not the page's words. (A key the page manages to post first is named
 * by our frame and refused, as the copy's is above: the panel then says it did not open.)
 */
test('keys and states the page posts into our frame once it has its own change nothing', async ({ page, context }) => {
  const product = fixturePages().find((p) => p.file === 'ozon/product.html')!;
  await servePages(context, [product]);
  await page.goto(product.url);
  await page.getByTestId('mh-open').click();
  const panel = panelFrame(page);
  const article = panel.getByTestId('mh-article');
  await expect(article).toHaveAttribute('data-value', String(product.expect.article));
  await page.evaluate(() => {
    const frame = document.querySelector('market-helpdesk-panel')!.shadowRoot!.querySelector('iframe')!;
    const state = { type: 'state', context: { kind: 'product', marketplace: 'ozon', url: location.href, article: '111111111', title: 'подмена' } };
    for (let i = 0; i < 20; i++) frame.contentWindow!.postMessage({ 'market-helpdesk-key': `#${crypto.randomUUID()}`, state }, '*');
  });
  // The port still answers: a save goes through, with the page's own reading.
  await new Panel(page).save();
  await expect(article).toHaveAttribute('data-value', String(product.expect.article));
  await expect(panel.getByTestId('mh-title')).toHaveAttribute('data-value', product.expect.title!);
});

/** The shopper's build: the panel's root is closed, so the page reaches neither the launcher nor the frame. */
test('in the shopper\'s build the page\'s scripts get no shadow root, and the panel still opens', async () => {
  const context = await launchShoppersBuild();
  try {
    const page = realProduct ?? fixturePages().find((p) => p.file === 'ozon/product.html')!;
    await servePages(context, [page]);
    const tab = await context.newPage();
    await tab.goto(page.url);
    await tab.bringToFront();
    await expect(tab.locator('market-helpdesk-panel')).toHaveCount(1);
    // Opened as the keyboard shortcut does (Playwright cannot click into a closed root either), once the
    // script answers: asked what it read until it does, then told to open once.
    const ask = (type: 'pageContext' | 'openPanel') => askContentScript(context, tab, type);
    await expect.poll(async () => ((await ask('pageContext')) as { kind?: string } | null)?.kind).toBe('product');
    expect(await ask('openPanel')).toBe(true);
    const panel = await ourPanelFrame(tab);
    await expect(panel.getByTestId('mh-message')).toBeVisible();
    const reach = await tab.evaluate(() => {
      const hosts = ['market-helpdesk-panel', 'market-helpdesk-order-button'].flatMap((tag) => Array.from(document.querySelectorAll(tag)));
      return {
        hosts: hosts.length,
        roots: hosts.filter((host) => host.shadowRoot !== null).length,
        iframes: document.querySelectorAll('iframe').length,
        frames: window.frames.length,
        text: hosts.map((host) => host.textContent).join(''),
      };
    });
    expect(reach).toEqual({ hosts: 1, roots: 0, iframes: 0, frames: 0, text: '' });
  } finally {
    await context.close();
  }
});

test('an order card\'s button ignores a page script\'s click, and opens for the shopper\'s', async ({ page, context }) => {
  const list = fixturePages().find((p) => p.file === 'ozon/orderlist.html')!;
  await servePages(context, [list]);
  await page.goto(list.url);
  const button = page.locator('market-helpdesk-order-button').first().getByTestId('mh-order-contact');
  await expect(button).toBeVisible();
  await button.evaluate((el) => (el as HTMLElement).click());
  await button.dispatchEvent('click');
  // Both reached the button, and both were refused (./shopper.ts's `settled` would not see a late frame).
  await expect(button).toHaveAttribute('data-refused', '2');
  await settled(context, page);
  await expect(page.getByTestId('mh-frame')).toHaveCount(0);
  await button.click();
  await expect(panelFrame(page).getByTestId('mh-message')).toBeVisible();
});
