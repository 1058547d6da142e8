/** What runs in the marketplace's page never holds the database, and saved text stays text. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extensionDir, openPopup, servePages } from '../../scripts/lib/browser.mjs';
import { fixturePages } from '../support/pages';
import { expect, test } from './fixtures';
import { askContentScript, settled } from './shopper';
import { Panel } from './pages/panel';

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
  const page = await context.newPage();
  await (await Panel.openOn(page, hostile)).save({ recipient: 'support' });
  const popup = await openPopup(context, page);
  await expect(popup.getByTestId('mh-inquiry-title')).toHaveText(String(hostile.expect.title));
  expect(await popup.locator('[data-testid="mh-inquiry"] img, [data-testid="mh-inquiry"] b').count()).toBe(0);
});

test('the page hears nothing of the extension starting: no message is posted to its window', async ({ page, context }) => {
  const product = fixturePages().find((p) => p.file === 'ozon/product.html')!;
  await servePages(context, [product]);
  // The page's own script, before anything else runs, notes every message, as a script looking for
  // extensions would (a content script's `window.postMessage` reaches the page's listeners).
  await page.addInitScript(() => {
    const heard: unknown[] = ((window as unknown as { heard: unknown[] }).heard = []);
    window.addEventListener('message', (event) => heard.push(event.data), true);
  });
  await page.goto(product.url);
  await expect(page.getByTestId('mh-open')).toBeVisible();
  // An in-page navigation: the script reads the new address on its own, telling the page nothing.
  await page.evaluate(() => history.pushState({}, '', `${location.pathname}?tab=reviews`));
  // Read anew: the script answers about the new address (and heard the navigation before it answered).
  await expect.poll(async () => ((await askContentScript(context, page, 'pageContext')) as { url?: string } | null)?.url).toContain('?tab=reviews');
  await settled(context, page);
  expect(await page.evaluate(() => (window as unknown as { heard: unknown[] }).heard)).toEqual([]);
});
