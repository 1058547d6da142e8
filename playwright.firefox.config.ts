import { defineConfig } from '@playwright/test';

/** The Firefox smoke test (tests/firefox): one Firefox, driven by Puppeteer; Playwright runs and reports it. */
export default defineConfig({
  testDir: 'tests/firefox',
  globalSetup: './tests/firefox/global-setup.ts',
  timeout: 120_000,
  expect: { timeout: 10_000 },
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
});
