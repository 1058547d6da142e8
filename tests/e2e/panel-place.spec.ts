/**
 * Where the panel stands and what «Скопировать и показать на странице» says, in real Chromium: the frame
 * takes the window's height (its whole width on a narrow window), whatever it holds; it never covers the
 * page's form it outlines nor the order card's button it was opened from; and the panel says what
 * happened — on the real Ozon product pages, whose question form is folded away in a tab (laid out 0 × 0),
 * it says how to open it and claims no outline.
 */
import type { Locator, Page } from '@playwright/test';
import { panelFrame, servePages } from '../../scripts/lib/browser.mjs';
import { fixturePages, missingPagesMessage, pagesRequired, sharedPages, type PageCase } from '../support/pages';
import { expect, test } from './fixtures';
import { Panel } from './pages/panel';

const fixture = fixturePages().find((p) => p.file === 'ozon/product.html')!;
const realProducts = sharedPages()?.filter((p) => ['ozon/product-2022-701406601.html', 'ozon/product-2025-153929230.html'].includes(p.file));
const orderList = sharedPages()?.find((p) => p.file === 'ozon/orderlist-2024-17234361.html');

const WINDOWS = [
  { width: 1280, height: 720 },
  { width: 400, height: 800 },
];

type Box = { x: number; y: number; width: number; height: number };
const intersects = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  expect(box, 'drawn').not.toBeNull();
  return box!;
}

/** The window's layout area, without scroll bars (what a fixed box's percentages are of). */
const layoutSize = (page: Page) =>
  page.evaluate(() => {
    const root = document.compatMode === 'BackCompat' ? document.body : document.documentElement;
    return { width: root.clientWidth, height: root.clientHeight };
  });

function needPages<T>(pages: T | undefined): T {
  test.skip(!pages && !pagesRequired, missingPagesMessage());
  if (!pages) throw new Error(`MH_REQUIRE_PAGES=1 but ${missingPagesMessage()}`);
  return pages;
}

test('the frame takes the window\'s height less its margins, and the whole window when it is 400 px wide', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const panel = await Panel.openOn(page, fixture);
  const frame = page.getByTestId('mh-frame');
  const layout = await layoutSize(page);
  await expect.poll(() => boxOf(frame)).toEqual({ x: 30, y: 8, width: 420, height: layout.height - 16 });

  await page.setViewportSize({ width: 400, height: 800 });
  const narrow = await layoutSize(page);
  await expect.poll(() => boxOf(frame)).toEqual({ x: 0, y: 0, width: narrow.width, height: narrow.height });
  // The launcher steps aside rather than lie over the panel; it is back once the panel closes.
  await expect(page.getByTestId('mh-open')).toBeHidden();
  await panel.get('mh-close').click();
  await expect(page.getByTestId('mh-open')).toBeVisible();
});

for (const window of WINDOWS) {
  test(`at ${window.width}×${window.height} a form the page shows is outlined, scrolled to, and left uncovered`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.setViewportSize(window);
    const panel = await Panel.openOn(page, fixture);
    await panel.get('mh-channel-ozon-seller-question').click();
    await expect(panel.get('mh-status')).toContainText('Сообщение скопировано. Вставьте его в выделенную форму на странице (Ctrl+V).');
    const outline = page.getByTestId('mh-outline');
    await expect(outline).toBeVisible();
    const form = page.locator('[data-widget="webCreateQuestion"]');
    await expect(form).toBeInViewport();
    const formBox = await boxOf(form);
    const outlineBox = await boxOf(outline);
    // The ring is around the form itself.
    expect(Math.abs(outlineBox.x + 6 - formBox.x)).toBeLessThanOrEqual(1);
    expect(Math.abs(outlineBox.y + 6 - formBox.y)).toBeLessThanOrEqual(1);
    const frameBox = await boxOf(page.getByTestId('mh-frame'));
    expect(intersects(frameBox, formBox), `frame ${JSON.stringify(frameBox)} over form ${JSON.stringify(formBox)}`).toBe(false);
    // Recorded as sent; and the panel still takes clicks where it now stands (its own move is not the
    // page's doing): the record is taken back.
    await expect(panel.get('mh-status')).toContainText('Записано в историю как отправленное');
    await panel.get('mh-unrecord').click();
    await expect(panel.get('mh-status')).toContainText('Запись отменена');
  });
}

test.describe('on the real Ozon product pages, whose question form is folded away', () => {
  test('the panel says how to open the form, draws no outline, and does not count the question as sent', async ({ page, context }) => {
    const pages = needPages(realProducts);
    expect(pages).toHaveLength(2);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    for (const product of pages as PageCase[]) {
      const panel = await Panel.openOn(page, product);
      const message = await panel.get('mh-message').inputValue();
      // A folded form is not the channel the panel leads with: it waits among the others.
      await expect(panel.get('mh-channel-chosen').getByTestId('mh-channel-ozon-seller-question')).toHaveCount(0);
      await panel.get('mh-other-channels').locator('summary').first().click();
      await panel.get('mh-channel-ozon-seller-question').click();
      // Said as a problem to deal with (role alert), not as done.
      const status = panel.get('mh-error');
      await expect(status).toHaveText(
        'Сообщение скопировано, но форма вопроса на странице сейчас скрыта: откройте ниже на странице вкладку с вопросами о товаре, найдите форму «Задайте вопрос о товаре» и вставьте сообщение (Ctrl+V).',
      );
      await expect(status).not.toContainText('выделенную форму');
      await expect(page.getByTestId('mh-outline')).toHaveCount(0);
      await expect(panel.get('mh-unrecord')).toHaveCount(0);
      // Copied all the same, in its public wording (no article, nothing personal): the shopper pastes it
      // once the form is open.
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toMatch(/^Здравствуйте!/);
      expect(copied).not.toContain(String(product.expect.article));
      expect(copied).not.toBe(message);
      await panel.get('mh-discard').click();
    }
  });
});

for (const window of WINDOWS) {
  test(`at ${window.width}×${window.height} the panel opened from an order card leaves that card's button in sight`, async ({ page }) => {
    const list = needPages(orderList);
    await page.setViewportSize(window);
    await servePages(page.context(), [list]);
    await page.goto(list.url);
    const orders = list.expect.orders as string[];
    for (const orderId of [orders[0], orders[3]]) {
      const button = page.locator(`market-helpdesk-order-button[data-order-id="${orderId}"]`).getByTestId('mh-order-contact');
      await button.scrollIntoViewIfNeeded();
      await button.click();
      await expect(panelFrame(page).getByTestId('mh-order-id')).toHaveAttribute('data-value', orderId);
      const frameBox = await boxOf(page.getByTestId('mh-frame'));
      await expect(button).toBeInViewport();
      const buttonBox = await boxOf(button);
      expect(intersects(frameBox, buttonBox), `frame ${JSON.stringify(frameBox)} over ${JSON.stringify(buttonBox)}`).toBe(false);
      await page.keyboard.press('Escape');
    }
  });
}
