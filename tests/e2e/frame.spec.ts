/**
 * The dialog's frame on the page: its fixed size, its scheme, focus kept inside while it is open, and a
 * plain word when it does not come.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { launchBrowser, panelFrame, servePages } from '../../scripts/lib/browser.mjs';
import { fixturePages } from '../support/pages';
import { expect, test } from './fixtures';
import { Panel } from './pages/panel';

const product = fixturePages().find((p) => p.file === 'ozon/product.html')!;
const orderList = fixturePages().find((p) => p.file === 'ozon/orderlist.html')!;

async function openOn(page: Page, html?: string) {
  await servePages(page.context(), [{ url: product.url, path: product.path, html }]);
  await page.goto(product.url);
  await page.getByTestId('mh-open').click();
  await expect(panelFrame(page).getByTestId('mh-message')).toBeVisible();
}

/** The frame's box, and its document's scrolling, once the frame has drawn. */
async function frameGeometry(page: Page) {
  const frame = page.getByTestId('mh-frame');
  await expect(frame).toHaveAttribute('data-ready', 'true');
  const box = (await frame.boundingBox())!;
  const scroll = await panelFrame(page).locator('html').evaluate((html) => ({
    scrollHeight: html.scrollHeight,
    clientHeight: html.clientHeight,
  }));
  return { box, ...scroll };
}

// A browser of its own: it counts the earlier inquiries, which another test's in a shared browser would add to.
test('the frame keeps one height whatever the panel holds, and the dialog scrolls inside it', async ({ ownContext }) => {
  const page = await ownContext.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  await openOn(page);
  const empty = await frameGeometry(page);
  // The window's height less its margins, whatever the dialog's own height: the page can read this
  // element's size, and knows the window's already.
  expect(empty.box.height).toBe((await page.evaluate(() => document.documentElement.clientHeight)) - 16);
  expect(empty.scrollHeight, 'the dialog scrolls inside its frame').toBeGreaterThan(empty.clientHeight);

  // With an earlier inquiry listed, and a note opened, the frame is exactly as tall.
  const panel = panelFrame(page);
  await new Panel(page).save();
  await page.reload();
  await page.getByTestId('mh-open').click();
  await expect(panel.getByTestId('mh-earlier')).toHaveAttribute('data-count', '1');
  const listed = await frameGeometry(page);
  expect(listed.box).toEqual(empty.box);
  expect(listed.scrollHeight).toBeGreaterThan(empty.scrollHeight);
});

test('on a 1280×720 window and at 200 % zoom the frame fits the window, and everything is reached by scrolling', async () => {
  // 200 % zoom: twice the device pixels per CSS pixel, and half the CSS width and height of the window.
  const context = await launchBrowser({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 2 });
  try {
    const page = await context.newPage();
    await openOn(page);
    expect(await page.evaluate(() => devicePixelRatio)).toBe(2);
    for (const viewport of [{ width: 1280, height: 720 }, { width: 640, height: 360 }]) {
      await page.setViewportSize(viewport);
      const where = `at ${viewport.width}×${viewport.height}`;
      const height = await page.evaluate(() => document.documentElement.clientHeight);
      await expect.poll(async () => (await frameGeometry(page)).box.height, where).toBe(height - 16);
      const { box, scrollHeight, clientHeight } = await frameGeometry(page);
      expect(box.x, where).toBeGreaterThanOrEqual(0);
      expect(box.y, where).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, where).toBeLessThanOrEqual(viewport.width);
      expect(box.y + box.height, where).toBeLessThanOrEqual(viewport.height);
      expect(scrollHeight, `${where}: the dialog scrolls inside its frame`).toBeGreaterThan(clientHeight);
      // Everything is reachable by scrolling inside: the save button comes into view, the close stays.
      const save = panelFrame(page).getByTestId('mh-save');
      await save.scrollIntoViewIfNeeded();
      await expect(save).toBeInViewport();
      await expect(panelFrame(page).getByTestId('mh-close')).toBeInViewport();
      await save.click({ trial: true });
    }
  } finally {
    await context.close();
  }
});

const background = async (page: Page) =>
  panelFrame(page).locator('body').evaluate((body) => getComputedStyle(body).backgroundColor);

test('the frame follows the page\'s light or dark scheme', async ({ page }) => {
  const html = readFileSync(product.path, 'utf8');
  // A page that paints itself light stays light beside a dark system preference.
  await page.emulateMedia({ colorScheme: 'dark' });
  await openOn(page);
  await expect(panelFrame(page).locator('html')).toHaveAttribute('data-scheme', 'light');
  expect(await background(page)).toBe('rgb(255, 255, 255)');

  // A page in its own dark theme.
  await openOn(page, html.replace('</head>', '<style>body { background: #15181d; color: #eee; }</style></head>'));
  await expect(panelFrame(page).locator('html')).toHaveAttribute('data-scheme', 'dark');
  expect(await background(page)).toBe('rgb(27, 33, 41)');

  // A page that paints no background of its own and follows the system's scheme; the system switches
  // while the panel is open.
  await page.emulateMedia({ colorScheme: 'light' });
  const unpainted = html.replace('background: #f2f3f5; color: #001a34;', '');
  expect(unpainted).not.toBe(html);
  await openOn(page, unpainted.replace('</head>', '<meta name="color-scheme" content="light dark"></head>'));
  await expect(panelFrame(page).locator('html')).toHaveAttribute('data-scheme', 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(panelFrame(page).locator('html')).toHaveAttribute('data-scheme', 'dark');
});

test('the frame follows a theme the page switches while it is open, by a class on <html> or an attribute on <body>', async ({ page }) => {
  const html = readFileSync(product.path, 'utf8').replace(
    '</head>',
    '<style>html.theme-dark body, body[data-theme="dark"] { background: #15181d; color: #eee; }</style></head>',
  );
  await openOn(page, html);
  const scheme = panelFrame(page).locator('html');
  await expect(scheme).toHaveAttribute('data-scheme', 'light');
  await page.evaluate(() => document.documentElement.classList.add('theme-dark'));
  await expect(scheme).toHaveAttribute('data-scheme', 'dark');
  await page.evaluate(() => document.documentElement.classList.remove('theme-dark'));
  await expect(scheme).toHaveAttribute('data-scheme', 'light');
  await page.evaluate(() => document.body.setAttribute('data-theme', 'dark'));
  await expect(scheme).toHaveAttribute('data-scheme', 'dark');
  expect(await background(page)).toBe('rgb(27, 33, 41)');
});

test('focus stays inside the open panel: past the last control it comes back to the first', async ({ page }) => {
  await openOn(page);
  const panel = panelFrame(page);
  const close = panel.getByTestId('mh-close');
  // It opens with the focus in the message; from the dialog's first control, Shift+Tab goes to its last.
  await expect(panel.getByTestId('mh-message')).toBeFocused();
  await close.focus();
  await page.keyboard.press('Shift+Tab');
  // The last control of the dialog, still inside the frame.
  const last = await panel.locator('body').evaluate(() => {
    const at = document.activeElement as HTMLElement;
    return { inside: !!at.closest('[data-testid="mh-panel"]') && at !== document.body, hasFocus: document.hasFocus() };
  });
  expect(last).toEqual({ inside: true, hasFocus: true });
  await expect(close).not.toBeFocused();
  await page.keyboard.press('Tab');
  await expect(close).toBeFocused();
  // And Escape from anywhere inside closes it, with focus back on the launcher.
  await panel.getByTestId('mh-message').focus();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('mh-frame')).toBeHidden();
  await expect(page.getByTestId('mh-open')).toBeFocused();
});

test('after a click on a part of the panel that takes no focus, Tab stays inside and Escape still closes', async ({ page }) => {
  await openOn(page);
  const panel = panelFrame(page);
  await panel.getByTestId('mh-heading').click();
  const atBody = () => panel.locator('body').evaluate(() => document.activeElement === document.body && document.hasFocus());
  expect(await atBody()).toBe(true);
  // Shift+Tab from the body goes to the dialog's last control, not out of the frame.
  await page.keyboard.press('Shift+Tab');
  expect(await panel.locator('body').evaluate(() => !!document.activeElement?.closest('[data-testid="mh-panel"]') && document.hasFocus())).toBe(true);
  await panel.getByTestId('mh-heading').click();
  expect(await atBody()).toBe(true);
  await page.keyboard.press('Tab');
  await expect(panel.getByTestId('mh-close')).toBeFocused();
  await panel.getByTestId('mh-heading').click();
  expect(await atBody()).toBe(true);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('mh-frame')).toBeHidden();
  await expect(page.getByTestId('mh-open')).toBeFocused();
});

test('opened from an order card\'s button, Escape gives focus back to that button', async ({ page, context }) => {
  await servePages(context, [orderList]);
  await page.goto(orderList.url);
  const button = page.locator('market-helpdesk-order-button').nth(1).getByTestId('mh-order-contact');
  await button.focus();
  await page.keyboard.press('Enter');
  const panel = panelFrame(page);
  await expect(panel.getByTestId('mh-message')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('mh-frame')).toBeHidden();
  await expect(button).toBeFocused();
});

test('a frame that never draws gives way to a plain error, and the next click opens the panel', async ({ page, context }) => {
  await servePages(context, [product]);
  await page.goto(product.url);
  // The page sends our first frame elsewhere as soon as it appears (the root is open in the test build).
  await page.evaluate(() => {
    const root = document.querySelector('market-helpdesk-panel')!.shadowRoot!;
    const observer = new MutationObserver(() => {
      const frame = root.querySelector('iframe');
      if (!frame) return;
      observer.disconnect();
      frame.src = 'about:blank';
    });
    observer.observe(root, { childList: true, subtree: true });
  });
  const launcher = page.getByTestId('mh-open');
  await launcher.click();
  const error = page.getByTestId('mh-frame-error');
  await expect(error).toBeVisible({ timeout: 15_000 });
  await expect(error).toHaveText('Панель не открылась. Нажмите на кнопку помощника ещё раз.');
  await expect(error).toHaveAttribute('role', 'alert');
  await expect(launcher).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByTestId('mh-frame')).toHaveCount(0);

  await launcher.click();
  await expect(panelFrame(page).getByTestId('mh-message')).toBeVisible();
  await expect(error).toBeHidden();
  await expect(launcher).toHaveAttribute('aria-expanded', 'true');
});
