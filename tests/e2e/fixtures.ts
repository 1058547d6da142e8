import { test as base, type BrowserContext } from '@playwright/test';
import { launchBrowser, serviceWorker } from '../../scripts/lib/browser.mjs';

/** One Chromium with the extension per worker; each test routes the pages it needs. */
export const test = base.extend<
  { context: BrowserContext; ownContext: BrowserContext },
  { extensionContext: BrowserContext }
>({
  /** A browser of the test's own, for tests that change settings other tests would see. */
  ownContext: async ({}, use) => {
    const context = await launchBrowser();
    await use(context);
    await context.close();
  },
  extensionContext: [
    async ({}, use) => {
      const context = await launchBrowser();
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ extensionContext }, use) => {
    await extensionContext.unrouteAll({ behavior: 'ignoreErrors' });
    // Drafts and settings of one test must not reach the next one in this worker's browser.
    const worker = await serviceWorker(extensionContext);
    await worker.evaluate(() => (globalThis as unknown as { chrome: typeof browser }).chrome.storage.local.clear());
    await use(extensionContext);
    for (const page of extensionContext.pages()) await page.close();
  },
  page: async ({ context }, use) => {
    const page = await context.newPage();
    await use(page);
  },
});

export { expect } from '@playwright/test';
