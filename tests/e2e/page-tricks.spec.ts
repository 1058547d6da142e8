/**
 * A hostile marketplace page's tricks, as the security review ran them (../shared/reviews/security.md),
 * against the shopper's build: closed shadow roots, the shipped manifest. The page cannot reach into our
 * elements, so it works around them:
 *
 * - a decoy above everything that lets the shopper's clicks through to our controls unseen (the top
 *   layer, `pointer-events: none`), then a paste lure for what was copied;
 * - our host moved into a faded wrapper of its own that follows the cursor;
 * - the seller's link in the panel, which, opened in the panel's own frame, would hand a page of its
 *   origin `frameElement.getRootNode()`: the closed root;
 * - the content script's world (a renderer taken over), where the shopper's storage must not be readable.
 *
 * The review's own scripts are not kept; these are written anew from its table. What the page does is
 * done by `page.evaluate` (its main world); what the shopper does, by Playwright's trusted input.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { servePages, serviceWorker } from '../../scripts/lib/browser.mjs';
import { fixturePages, sharedPages } from '../support/pages';
import { expect, test } from './fixtures';
import { askContentScript, contentScriptWorld, countInquiries, launchShoppersBuild, ourPanelFrame, PROFILE, saveProfile } from './shopper';

const SENTINEL = 'в буфере только это';
const product = fixturePages().find((p) => p.file === 'ozon/product.html')!;
// The real order list when the saved pages are here (the review's 3c); our fixture of it otherwise.
const orderList =
  sharedPages()?.find((p) => p.file === 'ozon/orderlist-2024-17234361.html') ?? fixturePages().find((p) => p.file === 'ozon/orderlist.html')!;

/** The panel's frame, once it is on the page. */
const panelOf = ourPanelFrame;

const noPanel = (tab: Page) => tab.frames().filter((f) => /\/panel\.html/.test(f.url())).length;

/** The page's decoy: opaque, in the top layer, letting every click through. */
function showDecoy() {
  let decoy = document.getElementById('decoy') as HTMLDivElement | null;
  if (!decoy) {
    decoy = document.createElement('div');
    decoy.id = 'decoy';
    decoy.popover = 'manual';
    decoy.style.cssText =
      'position:fixed;inset:0;width:100vw;height:100vh;max-width:none;max-height:none;margin:0;padding:0;border:0;' +
      'background:#ffd54a;pointer-events:none;font:32px sans-serif;text-align:center';
    decoy.textContent = 'Нажмите на золотые кнопки и получите купон!';
    document.body.append(decoy);
  }
  decoy.showPopover();
}

function hideDecoy() {
  (document.getElementById('decoy') as HTMLDivElement).hidePopover();
}

/** The paste lure: a field of the page's that keeps whatever is pasted into it. */
function listenForPaste() {
  const field = document.createElement('input');
  field.id = 'lure';
  field.placeholder = 'Вставьте код купона (Ctrl+V)';
  field.style.cssText = 'position:fixed;top:8px;right:8px;z-index:1';
  field.addEventListener('paste', (event) => {
    (window as unknown as { pasted: string[] }).pasted.push(event.clipboardData?.getData('text/plain') ?? '');
  });
  (window as unknown as { pasted: string[] }).pasted = [];
  document.body.append(field);
}

/** What the launcher and the first order card's button say of themselves, read in the content script's world. */
async function controls(world: (expression: string) => Promise<unknown>) {
  return (await world(`(() => {
    const button = (tag) => { const host = document.querySelector(tag); return host && chrome.dom.openOrClosedShadowRoot(host).querySelector('button'); };
    const state = (b) => b && { waiting: b.getAttribute('aria-disabled') === 'true', refused: Number(b.dataset.refused ?? 0) };
    const root = chrome.dom.openOrClosedShadowRoot(document.querySelector('market-helpdesk-panel')).querySelector('.mh-root');
    return { launcher: state(button('market-helpdesk-panel')), card: state(button('market-helpdesk-order-button')), open: root.dataset.open };
  })()`)) as { launcher: { waiting: boolean; refused: number }; card: { waiting: boolean; refused: number } | null; open: string };
}

/** The centre of the launcher and of the first card's button, as the page can read them (the host's box; the launcher's fixed place). */
async function targets(tab: Page) {
  return tab.evaluate(() => {
    const card = document.querySelector('market-helpdesk-order-button')!.getBoundingClientRect();
    return { card: { x: card.left + card.width / 2, y: card.top + card.height / 2 }, launcher: { x: 10, y: innerHeight * 0.62 + 22 } };
  });
}

let context: BrowserContext;
test.beforeEach(async () => {
  context = await launchShoppersBuild();
});
test.afterEach(async () => {
  await context.close();
});

test('a decoy over the launcher and the order buttons: the shopper\'s clicks through it open nothing', async () => {
  await servePages(context, [orderList]);
  const tab = await context.newPage();
  await tab.goto(orderList.url);
  await expect(tab.locator('market-helpdesk-order-button').first()).toBeAttached();
  await tab.locator('market-helpdesk-order-button').first().scrollIntoViewIfNeeded();
  const world = await contentScriptWorld(tab);
  await expect.poll(async () => (await controls(world)).card?.waiting).toBe(false);
  const at = await targets(tab);

  await tab.evaluate(showDecoy);
  // The browser reports them covered (IntersectionObserver v2): they wait.
  await expect.poll(async () => {
    const { launcher, card } = await controls(world);
    return [launcher.waiting, card?.waiting];
  }).toEqual([true, true]);
  await tab.mouse.click(at.card.x, at.card.y);
  await tab.mouse.click(at.launcher.x, at.launcher.y);
  // Both clicks reached our controls, and both were refused.
  await expect.poll(async () => {
    const { launcher, card } = await controls(world);
    return [launcher.refused, card?.refused];
  }).toEqual([1, 1]);
  expect((await controls(world)).open).toBe('false');
  expect(noPanel(tab)).toBe(0);

  // The decoy gone, the same click at the same place opens the panel about that card.
  await tab.evaluate(hideDecoy);
  await expect.poll(async () => (await controls(world)).card?.waiting).toBe(false);
  await tab.mouse.click(at.card.x, at.card.y);
  const panel = await panelOf(tab);
  await expect(panel.getByTestId('mh-order-id')).toHaveAttribute('data-value', /^\d+-\d+$/);
});

test('a decoy over the open panel: copy and save through it do nothing, and the paste lure gets nothing of ours', async () => {
  await saveProfile(context);
  await servePages(context, [product]);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const tab = await context.newPage();
  await tab.goto(product.url);
  await tab.evaluate(listenForPaste);
  await tab.evaluate((text) => navigator.clipboard.writeText(text), SENTINEL);
  await expect.poll(async () => ((await askContentScript(context, tab, 'pageContext')) as { kind?: string } | null)?.kind).toBe('product');
  expect(await askContentScript(context, tab, 'openPanel')).toBe(true);
  const panel = await panelOf(tab);
  // A message to support carries the profile: what the page is after.
  await panel.getByTestId('mh-recipient').selectOption('support');
  await expect(panel.getByTestId('mh-message')).toHaveValue(new RegExp(PROFILE.name));
  await expect(panel.locator('html')).toHaveAttribute('data-act-ready', 'true');
  const copy = (await panel.getByTestId('mh-copy').boundingBox())!;
  const save = (await panel.getByTestId('mh-save').boundingBox())!;

  await tab.evaluate(showDecoy);
  await expect(panel.locator('html')).toHaveAttribute('data-act-ready', 'false');
  await expect(panel.getByTestId('mh-covered')).toBeVisible();
  await tab.mouse.click(copy.x + copy.width / 2, copy.y + copy.height / 2);
  await tab.mouse.click(save.x + save.width / 2, save.y + save.height / 2);
  await expect(panel.locator('html')).toHaveAttribute('data-refused', '2');
  // The lure: the shopper pastes into the page's field.
  await tab.locator('#lure').click({ force: true });
  await tab.keyboard.press('Control+V');
  await expect.poll(() => tab.evaluate(() => (window as unknown as { pasted: string[] }).pasted)).toEqual([SENTINEL]);
  expect(await tab.evaluate(() => navigator.clipboard.readText())).toBe(SENTINEL);
  expect(await countInquiries(context)).toBe(0);

  // Uncovered, a moment later the same click at the same place saves: it was aimed at «Сохранить».
  await tab.evaluate(hideDecoy);
  await expect(panel.locator('html')).toHaveAttribute('data-act-ready', 'true');
  await tab.mouse.click(save.x + save.width / 2, save.y + save.height / 2);
  await expect(panel.getByTestId('mh-status')).toContainText('Сохранено');
  expect(await countInquiries(context)).toBe(1);
});

test('the host moved into a faded wrapper that follows the cursor is taken back: nothing opens, an open panel closes, and a page that keeps at it loses the launcher', async () => {
  await servePages(context, [product]);
  const tab = await context.newPage();
  await tab.goto(product.url);
  const world = await contentScriptWorld(tab);
  await expect.poll(async () => (await controls(world)).launcher.waiting).toBe(false);
  // The page's bait, and its wrapper: faded to nothing, letting clicks through to what is in it, moved
  // with the cursor so that the launcher is always under it (the fixed launcher is laid out against the
  // transformed wrapper).
  const moved = await tab.evaluate(() => {
    const bait = document.createElement('button');
    bait.id = 'bait';
    bait.textContent = 'Закрыть рекламу';
    bait.style.cssText = 'position:fixed;left:200px;top:200px;z-index:1;padding:20px';
    bait.addEventListener('click', () => ((window as unknown as { baitClicks: number }).baitClicks += 1));
    (window as unknown as { baitClicks: number }).baitClicks = 0;
    document.body.append(bait);
    const wrapper = document.createElement('div');
    wrapper.id = 'wrapper';
    wrapper.style.cssText =
      'position:fixed;left:0;top:0;width:100vw;height:100vh;opacity:0.001;z-index:2147483647;pointer-events:none;transform:translate(0,0)';
    document.body.append(wrapper);
    document.addEventListener('mousemove', (event) => {
      wrapper.style.transform = `translate(${event.clientX - 10}px, ${event.clientY - innerHeight * 0.62 - 22}px)`;
    });
    const host = document.querySelector('market-helpdesk-panel')!;
    wrapper.append(host);
    return { inWrapper: host.parentElement === wrapper };
  });
  expect(moved.inWrapper).toBe(true);
  // Taken back at once: the host is <html>'s again, and the wrapper empty.
  await expect.poll(() => tab.evaluate(() => document.querySelector('market-helpdesk-panel')!.parentElement === document.documentElement)).toBe(true);
  await tab.mouse.move(220, 220);
  await tab.mouse.click(230, 225);
  // The click reached the page's bait, not our launcher (which would have been under it in the wrapper).
  expect(await tab.evaluate(() => (window as unknown as { baitClicks: number }).baitClicks)).toBe(1);
  expect(await tab.evaluate(() => document.getElementById('wrapper')!.childElementCount)).toBe(0);
  expect(((await askContentScript(context, tab, 'pageContext')) as { kind?: string } | null)?.kind).toBe('product');
  expect((await controls(world)).open).toBe('false');
  expect(noPanel(tab)).toBe(0);

  // With the panel open, a move closes it and takes its frame away.
  expect(await askContentScript(context, tab, 'openPanel')).toBe(true);
  const panel = await panelOf(tab);
  await expect(panel.getByTestId('mh-message')).toBeVisible();
  await tab.evaluate(() => document.getElementById('wrapper')!.append(document.querySelector('market-helpdesk-panel')!));
  await expect.poll(() => noPanel(tab)).toBe(0);
  await expect.poll(async () => (await controls(world)).open).toBe('false');
  expect(await tab.evaluate(() => document.querySelector('market-helpdesk-panel')!.parentElement === document.documentElement)).toBe(true);

  // Moved again and again (four times in all): the launcher leaves this page.
  for (let move = 3; move <= 4; move++) {
    await tab.evaluate(() => document.getElementById('wrapper')!.append(document.querySelector('market-helpdesk-panel')!));
    await expect.poll(() => tab.evaluate(() => document.getElementById('wrapper')!.childElementCount)).toBe(0);
  }
  await expect(tab.locator('market-helpdesk-panel')).toHaveCount(0);
});

test('the page translated or shrunk under our launcher and panel: a click there waits until they are back in place', async () => {
  await servePages(context, [product]);
  const tab = await context.newPage();
  await tab.goto(product.url);
  const world = await contentScriptWorld(tab);
  await expect.poll(async () => (await controls(world)).launcher.waiting).toBe(false);
  expect(await askContentScript(context, tab, 'openPanel')).toBe(true);
  const panel = await panelOf(tab);
  await expect(panel.locator('html')).toHaveAttribute('data-act-ready', 'true');

  // The root moved and the body moved back: the page looks the same, our fixed elements have moved.
  await tab.evaluate(() => {
    document.documentElement.style.translate = '300px 40px';
    document.body.style.translate = '-300px -40px';
  });
  await expect(panel.locator('html')).toHaveAttribute('data-act-ready', 'false');
  await expect(panel.getByTestId('mh-covered')).toBeVisible();
  const launcher = await tab.evaluate(() => ({ x: 310, y: innerHeight * 0.62 + 62 }));
  await tab.mouse.click(launcher.x, launcher.y);
  await expect.poll(async () => (await controls(world)).launcher.refused).toBe(1);
  expect((await controls(world)).open).toBe('true');

  // Shrunk instead: the panel is a speck; still not in its place.
  await tab.evaluate(() => {
    document.documentElement.style.translate = '';
    document.body.style.translate = '';
    (document.documentElement.style as CSSStyleDeclaration & { zoom: string }).zoom = '0.1';
    (document.body.style as CSSStyleDeclaration & { zoom: string }).zoom = '10';
  });
  await expect(panel.getByTestId('mh-covered')).toBeVisible();

  // Back in place: a moment later the panel acts again.
  await tab.evaluate(() => {
    (document.documentElement.style as CSSStyleDeclaration & { zoom: string }).zoom = '';
    (document.body.style as CSSStyleDeclaration & { zoom: string }).zoom = '';
  });
  await expect(panel.getByTestId('mh-covered')).toHaveCount(0);
  await expect(panel.locator('html')).toHaveAttribute('data-act-ready', 'true');
});

test('a page inverted by a filter on its root (as accessibility extensions do) still lets the shopper act: the panel asks before copying the profile', async () => {
  await saveProfile(context);
  await servePages(context, [product]);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const tab = await context.newPage();
  await tab.goto(product.url);
  // The browser then calls everything on the page unseen.
  await tab.evaluate(() => (document.documentElement.style.filter = 'invert(1) hue-rotate(180deg)'));
  const world = await contentScriptWorld(tab);
  await expect.poll(async () => (await controls(world)).launcher.waiting).toBe(false);
  await tab.mouse.click(10, (await tab.evaluate(() => innerHeight)) * 0.62 + 22);
  const panel = await panelOf(tab);
  await panel.getByTestId('mh-recipient').selectOption('support');
  await expect(panel.getByTestId('mh-message')).toHaveValue(new RegExp(PROFILE.name));
  await expect(panel.locator('html')).toHaveAttribute('data-act-ready', 'true');
  await expect(panel.getByTestId('mh-covered')).toHaveCount(0);
  await panel.getByTestId('mh-copy').click();
  await expect(panel.getByTestId('mh-confirm')).toBeVisible();
  await panel.getByTestId('mh-confirm-yes').click();
  await expect(panel.getByTestId('mh-status')).toHaveText('Сообщение скопировано.');
  expect(await tab.evaluate(() => navigator.clipboard.readText())).toContain(PROFILE.name);
});

test('the seller\'s link opens a tab of its own, ten times out of ten: the page never gets the closed root', async () => {
  const sellerUrl = 'https://www.ozon.ru/seller/teplyy-den-424242/';
  // The seller's page is of the marketplace's origin: framed by the panel, it could read its frame's root.
  const sellerPage = `<!doctype html><html><head><meta charset="utf-8"></head><body>Продавец<script>
    window.seen = { framed: window.frameElement !== null, opener: window.opener !== null };
    try { if (window.frameElement) top.mhLeak = String(window.frameElement.getRootNode()); } catch (error) { top.mhLeak = 'error ' + error; }
  </script></body></html>`;
  await servePages(context, [product, { url: sellerUrl, path: product.path, html: sellerPage }]);
  const tab = await context.newPage();
  await tab.goto(product.url);
  await expect.poll(async () => ((await askContentScript(context, tab, 'pageContext')) as { kind?: string } | null)?.kind).toBe('product');
  expect(await askContentScript(context, tab, 'openPanel')).toBe(true);
  const panel = await panelOf(tab);
  const panelUrl = panel.url();
  const link = panel.getByTestId('mh-seller-link');
  await expect(link).toHaveAttribute('href', sellerUrl);
  // The reading is one line: opened, it shows the seller's link.
  await panel.getByTestId('mh-read').locator('summary').click();

  for (let run = 1; run <= 10; run++) {
    const [opened] = await Promise.all([context.waitForEvent('page'), link.click()]);
    await expect.poll(() => opened.url(), `run ${run}`).toBe(sellerUrl);
    await opened.waitForFunction(() => 'seen' in window);
    expect(await opened.evaluate(() => (window as unknown as { seen: unknown }).seen), `run ${run}`).toEqual({ framed: false, opener: false });
    await opened.close();
    expect(await tab.evaluate(() => (window as unknown as { mhLeak?: string }).mhLeak), `run ${run}`).toBeUndefined();
    expect(panel.url(), `run ${run}`).toBe(panelUrl);
    expect(panel.isDetached()).toBe(false);
  }

  // A link made to open in the frame itself anyway: the frame cancels its own navigation.
  await panel.evaluate(() => {
    (window as unknown as { navigations: unknown[] }).navigations = [];
    (globalThis as unknown as { navigation: EventTarget }).navigation.addEventListener('navigate', (event) => {
      const navigate = event as Event & { destination: { url: string } };
      (window as unknown as { navigations: unknown[] }).navigations.push({ url: navigate.destination.url, cancelled: navigate.defaultPrevented });
    });
  });
  await panel.getByTestId('mh-seller-link').evaluate((a) => a.setAttribute('target', '_self'));
  await link.click();
  await expect.poll(() => panel.evaluate(() => (window as unknown as { navigations: unknown[] }).navigations)).toEqual([{ url: sellerUrl, cancelled: true }]);
  expect(panel.url()).toBe(panelUrl);
  expect(await tab.evaluate(() => (window as unknown as { mhLeak?: string }).mhLeak)).toBeUndefined();
});

test('the content script\'s world cannot read the shopper\'s storage: the profile and the drafts stay out of the page\'s process', async () => {
  await saveProfile(context);
  const worker = await serviceWorker(context);
  await worker.evaluate(() => (globalThis as unknown as { chrome: typeof browser }).chrome.storage.local.set({ 'draft:test': { message: 'черновик' } }));
  // The background reads it all.
  const kept = await worker.evaluate(() => (globalThis as unknown as { chrome: typeof browser }).chrome.storage.local.get(null));
  expect(JSON.stringify(kept)).toContain(PROFILE.name);
  await servePages(context, [product]);
  const tab = await context.newPage();
  await tab.goto(product.url);
  // The content script works without storage: it asks the background for its two settings.
  await expect.poll(async () => ((await askContentScript(context, tab, 'pageContext')) as { kind?: string } | null)?.kind).toBe('product');
  const world = await contentScriptWorld(tab);
  const read = await world(`chrome.storage.local.get(null).then((all) => ({ read: JSON.stringify(all) }), (error) => ({ refused: String(error?.message ?? error) }))`);
  expect(read).toEqual({ refused: expect.stringMatching(/not allowed|context/i) });
});
