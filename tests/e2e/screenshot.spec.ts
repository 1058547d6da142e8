/**
 * The popup's screenshot: from the popup opened over a marketplace tab, a picture of that tab goes to the
 * newest inquiry about its product, and the case file shows it. The toolbar click that grants `activeTab`
 * cannot be made by a test, so the build for tests holds `<all_urls>` instead (utils/platform/build.ts);
 * the popup opens in a tab behind the marketplace's, which stays the one the window shows, as under the
 * real popup.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { extensionId, serviceWorker, tabIdOf } from '../../scripts/lib/browser.mjs';
import { fixturePages } from '../support/pages';
import { expect, test } from './fixtures';
import { Panel } from './pages/panel';

type Chrome = { tabs: { create(p: object): Promise<unknown> } };

async function popupBehind(context: BrowserContext, page: Page): Promise<Page> {
  const address = `chrome-extension://${await extensionId(context)}/popup.html?tab=${await tabIdOf(context, page)}`;
  const worker = await serviceWorker(context);
  const [popup] = await Promise.all([
    context.waitForEvent('page'),
    worker.evaluate((url) => (globalThis as unknown as { chrome: Chrome }).chrome.tabs.create({ url, active: false }), address),
  ]);
  return popup;
}

// A browser of its own: it counts the inquiries the popup lists, which another test's in a shared browser
// would add to.
test('the popup\'s screenshot of the marketplace tab goes to the newest inquiry about it, and shows in its case file', async ({ ownContext: context }) => {
  const product = fixturePages().find((p) => p.file === 'ozon/product.html')!;
  const page = await context.newPage();
  const panel = await Panel.openOn(page, product);
  await panel.save({ status: 'черновик' });
  // A second inquiry about the same product, about something else: the newer one.
  await panel.chooseTopic({ index: 1 });
  const newerMessage = await panel.get('mh-message').inputValue();
  await panel.save({ status: 'черновик' });

  const popup = await popupBehind(context, page);
  await expect(popup.getByTestId('mh-inquiry')).toHaveCount(2);
  await expect(popup.getByTestId('mh-group-page')).toHaveAttribute('data-count', '2');
  await popup.getByTestId('mh-screenshot').click();
  await expect(popup.getByTestId('mh-screenshot-done')).toContainText(String(product.expect.title));

  // Which inquiry got it: the newest (the second saved: its message), and only that one.
  const ids = await popup.getByTestId('mh-inquiry').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-id')!));
  const caseOf = async (id: string) => {
    const opened = await context.newPage();
    await opened.goto(`chrome-extension://${await extensionId(context)}/cases.html#${id}`);
    await expect(opened.getByTestId('mh-case')).toHaveAttribute('data-id', id);
    return opened;
  };
  const newest = await caseOf(ids[0]);
  await expect(newest.getByTestId('mh-case-message')).toHaveText(newerMessage);
  const shot = newest.getByTestId('mh-attachment');
  await expect(shot).toHaveCount(1);
  await expect(shot).toHaveAttribute('data-type', 'image/png');
  await expect(shot).toHaveAttribute('data-name', /^screenshot-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}\.png$/);
  // A picture of the tab as the window showed it: the page's own size (1280×800).
  const size = await shot.locator('img').evaluate(async (img: HTMLImageElement) => {
    await img.decode();
    return { width: img.naturalWidth, height: img.naturalHeight };
  });
  expect(size).toEqual({ width: 1280, height: 800 });
  await expect(newest.locator('[data-testid="mh-event"][data-type="attachment"]')).toHaveCount(1);
  // The older one's timeline, read in one go: created, and no file.
  const older = await caseOf(ids[1]);
  await expect(older.locator('[data-testid="mh-event"][data-type="created"]')).toHaveCount(1);
  await expect(older.locator('[data-testid="mh-event"][data-type="attachment"]')).toHaveCount(0);
  await expect(older.getByTestId('mh-attachment')).toHaveCount(0);
});
