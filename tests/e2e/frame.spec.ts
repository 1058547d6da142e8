/** The dialog's frame on the page: its size, its scheme, and focus kept inside while it is open. */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { panelFrame, servePages } from '../../scripts/lib/browser.mjs';
import { fixturePages } from '../support/pages';
import { expect, test } from './fixtures';

const product = fixturePages().find((p) => p.file === 'ozon/product.html')!;

async function openOn(page: Page, html?: string) {
  await servePages(page.context(), [{ url: product.url, path: product.path, html }]);
  await page.goto(product.url);
  await page.getByTestId('mh-open').click();
  await expect(panelFrame(page).getByTestId('mh-message')).toBeVisible();
}

/** The frame's box, and its document's scrolling, once the frame has taken its size. */
async function frameGeometry(page: Page) {
  const frame = page.getByTestId('mh-frame');
  await expect(frame).toHaveAttribute('data-ready', 'true');
  const box = (await frame.boundingBox())!;
  const scroll = await panelFrame(page).locator('html').evaluate((html) => ({
    scrollHeight: html.scrollHeight,
    clientHeight: html.clientHeight,
    dialog: Math.ceil(document.getElementById('app')!.getBoundingClientRect().height),
  }));
  return { box, ...scroll };
}

test('the frame is as tall as its content when the window allows, and scrolls inside when it does not', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 1800 });
  await openOn(page);
  await expect.poll(async () => (await frameGeometry(page)).clientHeight).toBeGreaterThan(600);
  const tall = await frameGeometry(page);
  // The whole dialog shows, with nothing to scroll (the frame's border is the 2 px more).
  expect(tall.scrollHeight).toBeLessThanOrEqual(tall.clientHeight + 1);
  expect(Math.abs(tall.box.height - (tall.dialog + 2))).toBeLessThanOrEqual(1);

  // A 1280×720 window, and the same at 200 % zoom (a 640×360 viewport in CSS pixels).
  for (const viewport of [{ width: 1280, height: 720 }, { width: 640, height: 360 }]) {
    await page.setViewportSize(viewport);
    await expect.poll(async () => (await frameGeometry(page)).box.height).toBeLessThanOrEqual(viewport.height - 32 + 1);
    const { box, scrollHeight, clientHeight } = await frameGeometry(page);
    const where = `at ${viewport.width}×${viewport.height}`;
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

test('focus stays inside the open panel: past the last control it comes back to the first', async ({ page }) => {
  await openOn(page);
  const panel = panelFrame(page);
  const close = panel.getByTestId('mh-close');
  await expect(close).toBeFocused();
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
