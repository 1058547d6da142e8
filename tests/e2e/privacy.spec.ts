/** What runs in the marketplace's page never holds the database, and saved text stays text. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extensionDir, openPopup, panelFrame, servePages } from '../../scripts/lib/browser.mjs';
import { fixturePages } from '../support/pages';
import { expect, test } from './fixtures';

test('neither the script in the marketplace page nor the panel\'s frame opens IndexedDB; the background does', () => {
  // The content script runs in the page's origin; the frame is a third-party context there, where the
  // browser may refuse storage. Both go through the background.
  const panelPage = readFileSync(join(extensionDir, 'panel.html'), 'utf8');
  const frameScripts = [...panelPage.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1]);
  expect(frameScripts.length).toBeGreaterThan(0);
  for (const file of ['content-scripts/marketplace.js', ...frameScripts]) {
    expect(readFileSync(join(extensionDir, file), 'utf8'), file).not.toMatch(/indexedDB|IDBFactory|openDB/);
  }
  // The check above would notice if the build stopped telling them apart.
  expect(readFileSync(join(extensionDir, 'background.js'), 'utf8')).toMatch(/indexedDB/);
});

test('markup saved from a page is shown as text in the popup', async ({ ownContext: context }) => {
  const hostile = fixturePages().find((p) => p.file === 'ozon/product-hostile.html')!;
  await servePages(context, [hostile]);
  const page = await context.newPage();
  await page.goto(hostile.url);
  await page.getByTestId('mh-open').click();
  await panelFrame(page).getByTestId('mh-recipient').selectOption('support');
  await panelFrame(page).getByTestId('mh-save').click();
  await expect(panelFrame(page).getByTestId('mh-status')).toContainText('Сохранено');
  const popup = await openPopup(context, page);
  await expect(popup.getByTestId('mh-inquiry-title')).toHaveText(String(hostile.expect.title));
  expect(await popup.locator('[data-testid="mh-inquiry"] img, [data-testid="mh-inquiry"] b').count()).toBe(0);
});
