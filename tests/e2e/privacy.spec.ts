/** What runs in the marketplace's page never holds the database, and saved text stays text. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extensionDir, openPopup, panelFrame, servePages } from '../../scripts/lib/browser.mjs';
import { fixturePages } from '../support/pages';
import { expect, test } from './fixtures';

test('the script that runs in the marketplace page never opens IndexedDB; the panel\'s frame, the extension\'s own page, does', () => {
  const code = readFileSync(join(extensionDir, 'content-scripts/marketplace.js'), 'utf8');
  expect(code).not.toMatch(/indexedDB|IDBFactory|openDB/);
  // The frame's page and the background do: the check above would notice if the build stopped telling them apart.
  expect(readFileSync(join(extensionDir, 'background.js'), 'utf8')).toMatch(/indexedDB/);
  const panelPage = readFileSync(join(extensionDir, 'panel.html'), 'utf8');
  const scripts = [...panelPage.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => readFileSync(join(extensionDir, m[1]), 'utf8'));
  expect(scripts.join('\n')).toMatch(/indexedDB/);
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
