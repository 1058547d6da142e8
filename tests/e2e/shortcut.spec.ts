/**
 * The keyboard shortcut. Playwright cannot press a browser's own shortcut (it types into pages), so the
 * browser's part is read, not pressed: the built manifest binds Alt+Shift+M to `open-panel`, and the
 * background listens for commands. What the listener does is run as the browser would run it — the build
 * for tests hands its handler to the tests (utils/platform/test-hooks.ts), called here with the command
 * and the active tab, as `commands.onCommand` gives them. Not covered: the browser's own key handling and
 * a shopper's own binding in the browser's shortcut settings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from '@playwright/test';
import { extensionDir, panelFrame, servePages, serviceWorker } from '../../scripts/lib/browser.mjs';
import { TEST_HOOKS, type TestHooks } from '../../utils/platform/test-hooks';
import { fixturePages } from '../support/pages';
import { expect, test } from './fixtures';

type Chrome = { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> }; commands: { onCommand: { hasListeners(): boolean } } };

/** Runs the background's command handler with the tab the browser would give: the active one. */
const command = (worker: Worker, name: string) =>
  worker.evaluate(
    async ([name, hooks]) => {
      const scope = globalThis as unknown as { chrome: Chrome } & Record<string, TestHooks>;
      const [tab] = await scope.chrome.tabs.query({ active: true, lastFocusedWindow: true });
      await scope[hooks].onCommand(name, tab);
      return tab?.url;
    },
    [name, TEST_HOOKS] as const,
  );

test('the shortcut opens the panel on the active marketplace tab, with focus inside; nothing elsewhere', async ({ page, context }) => {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  expect(manifest.commands['open-panel'].suggested_key).toEqual({ default: 'Alt+Shift+M' });
  const product = fixturePages().find((p) => p.file === 'ozon/product.html')!;
  const category = fixturePages().find((p) => p.file === 'ozon/category.html')!;
  await servePages(context, [product, category]);
  await page.goto(product.url);
  await expect(page.getByTestId('mh-open')).toHaveAttribute('aria-expanded', 'false');
  const worker = await serviceWorker(context);
  expect(await worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.commands.onCommand.hasListeners())).toBe(true);

  // Active, a page the extension shows no panel on: the command opens nothing there, and nothing fails.
  const other = await context.newPage();
  await other.goto(category.url);
  await other.bringToFront();
  expect(await command(worker, 'open-panel')).toBe(category.url);
  await expect(other.locator('market-helpdesk-panel')).toHaveCount(0);

  // The marketplace tab, active: another command does nothing; this one opens the panel there.
  await page.bringToFront();
  expect(await command(worker, 'some-other-command')).toBe(product.url);
  await expect(page.getByTestId('mh-open')).toHaveAttribute('aria-expanded', 'false');
  expect(await command(worker, 'open-panel')).toBe(product.url);
  await expect(page.getByTestId('mh-open')).toHaveAttribute('aria-expanded', 'true');
  const panel = panelFrame(page);
  await expect(panel.getByTestId('mh-article')).toHaveAttribute('data-value', String(product.expect.article));
  // Focus is in the dialog, as when the launcher is clicked: Escape closes it.
  await expect(panel.getByTestId('mh-message')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('mh-frame')).toBeHidden();
});
