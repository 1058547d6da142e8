/** What runs in the marketplace's page never holds the database, and saved text stays text. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extensionDir, openPopup, servePages } from '../../scripts/lib/browser.mjs';
import { fixturePages } from '../support/pages';
import { expect, test } from './fixtures';

test('the scripts that run in the marketplace page never open IndexedDB', () => {
  for (const file of ['content-scripts/marketplace.js', 'panel-dialog.js']) {
    const code = readFileSync(join(extensionDir, file), 'utf8');
    expect(code, file).not.toMatch(/indexedDB|IDBFactory|openDB/);
  }
  // The background and the popup do: the check above would notice if the build stopped telling them apart.
  expect(readFileSync(join(extensionDir, 'background.js'), 'utf8')).toMatch(/indexedDB/);
});

test('markup saved from a page is shown as text in the popup', async ({ ownContext: context }) => {
  const hostile = fixturePages().find((p) => p.file === 'ozon/product-hostile.html')!;
  await servePages(context, [hostile]);
  const page = await context.newPage();
  await page.goto(hostile.url);
  await page.getByTestId('mh-open').click();
  await page.getByTestId('mh-recipient').selectOption('support');
  await page.getByTestId('mh-save').click();
  await expect(page.getByTestId('mh-status')).toContainText('Сохранено');
  const popup = await openPopup(context, page);
  await expect(popup.getByTestId('mh-inquiry-title')).toHaveText(String(hostile.expect.title));
  expect(await popup.locator('[data-testid="mh-inquiry"] img, [data-testid="mh-inquiry"] b').count()).toBe(0);
});
