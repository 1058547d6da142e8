// Chromium with the built extension, and the saved pages served at their real addresses, offline.
// Shared by the end-to-end tests, the demo, the screenshots and the benchmark.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { repoRoot } from './pages.mjs';

export { fixturePagesTable, realPagesTable, repoRoot, sharedPagesTable } from './pages.mjs';
/**
 * The build for tests and the demo (`wxt build --mode test`): the panel's shadow root is open there, so
 * that Playwright can reach the launcher. The tests, the demo, the screenshots and the benchmark load it.
 */
export const extensionDir = join(repoRoot, '.output/chrome-mv3-test');
/** The shopper's build (`wxt build`, `wxt zip`), with the closed shadow root: for the tests of what ships. */
export const productionExtensionDir = join(repoRoot, '.output/chrome-mv3');
/** The Firefox build (`wxt build -b firefox --mv3`): its manifest, `web-ext lint`, and the smoke test in Firefox ESR (tests/firefox). */
export const firefoxExtensionDir = join(repoRoot, '.output/firefox-mv3');

export const INSTALL_HINT =
  'No Chromium found. Install one with `sudo apt-get install -y chromium` (Debian/Ubuntu), ' +
  'or `npx playwright install chromium` where downloads are allowed, or point CHROMIUM_PATH at a Chromium binary.';

/** CHROMIUM_PATH, then the system's chromium, then Playwright's own download. Undefined when none exists. */
export function findChromium() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright has no browser of its own here.
  }
  return candidates.find((path) => path && existsSync(path));
}

export function requireChromium() {
  const path = findChromium();
  if (!path) throw new Error(INSTALL_HINT);
  return path;
}

/**
 * Flags that keep Chromium from reaching out on its own (there is no network here but the page routes),
 * and let it run as root in containers.
 */
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-first-run',
  '--no-default-browser-check',
];

/**
 * A persistent context with the extension loaded (or without it, to measure the difference).
 * `userDataDir` '' gives a temporary profile that is deleted on close.
 */
export async function launchBrowser({
  withExtension = true,
  headless = true,
  userDataDir = '',
  viewport,
  deviceScaleFactor,
  extension = extensionDir,
  colorScheme = 'light',
  javaScriptEnabled = true,
} = {}) {
  if (withExtension && !existsSync(join(extension, 'manifest.json'))) {
    const how = extension === extensionDir ? 'npm run build:test' : 'npm run build';
    throw new Error(`The extension is not built (${extension}): run \`${how}\` first.`);
  }
  const args = [...QUIET_FLAGS];
  if (withExtension) args.push(`--disable-extensions-except=${extension}`, `--load-extension=${extension}`);
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: requireChromium(),
    headless,
    args,
    viewport: viewport ?? { width: 1280, height: 800 },
    ...(deviceScaleFactor && { deviceScaleFactor }),
    locale: 'ru-RU',
    colorScheme,
    // false: the pages' own scripts do not run (the extensions' content scripts still do).
    javaScriptEnabled,
  });
}

/**
 * Serves each page at its real address; every other request gets an empty answer, so nothing leaves the
 * machine. Pages are served as UTF-8 (some saved pages carry no <meta charset>).
 * Returns the list of requests that were answered empty, for tests that check nobody asked.
 */
export async function servePages(context, pages) {
  const byUrl = new Map(pages.map((page) => [normaliseUrl(page.url), page]));
  const unserved = [];
  // Only http(s) addresses are routed: the extension's own pages and files are not the network, and
  // load as they would, without a round trip through Playwright each.
  const isNetwork = (url) => url.protocol === 'http:' || url.protocol === 'https:';
  await context.route(isNetwork, async (route) => {
    const request = route.request();
    const page = request.resourceType() === 'document' ? byUrl.get(normaliseUrl(request.url())) : undefined;
    if (page) {
      const body = page.html ?? readFileSync(page.path);
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    }
    unserved.push(request.url());
    return route.fulfill({ status: 204, body: '' });
  });
  return unserved;
}

function normaliseUrl(url) {
  const u = new URL(url);
  u.hash = '';
  return u.href;
}

/**
 * The panel's dialog: an extension page in the frame `mh-frame` inside <market-helpdesk-panel>'s shadow
 * root. Its hooks are reached through this (Playwright's clicks there are trusted, as the shopper's are).
 */
export function panelFrame(page) {
  return page.frameLocator('market-helpdesk-panel [data-testid="mh-frame"]');
}

/** What the panel's automation hooks show, read from the dialog's frame (none while it was never opened). */
export async function readPanel(page) {
  const hosts = await page.locator('market-helpdesk-panel').count();
  const frameElement = hosts ? await page.locator('market-helpdesk-panel [data-testid="mh-frame"]').elementHandle({ timeout: 1000 }).catch(() => null) : null;
  const frame = await frameElement?.contentFrame();
  if (!frame) return { hosts, kind: null };
  return frame.evaluate((hostCount) => {
    const root = document;
    const value = (id) => root.querySelector(`[data-testid="${id}"]`)?.getAttribute('data-value') ?? undefined;
    const price = value('mh-price');
    return {
      hosts: hostCount,
      kind: root.querySelector('[data-testid="mh-panel"]')?.getAttribute('data-kind') ?? null,
      article: value('mh-article'),
      productId: value('mh-product-id'),
      title: value('mh-title'),
      seller: value('mh-seller'),
      sellerUrl: value('mh-seller-link'),
      price: price === undefined ? undefined : Number(price),
      currency: value('mh-currency'),
      orderId: value('mh-order-id'),
      orderDate: value('mh-order-date'),
      orderStatus: value('mh-order-status'),
      deliveredDate: value('mh-delivered-date'),
      items: [...root.querySelectorAll('[data-testid="mh-item"]')].map((li) => ({
        article: li.getAttribute('data-article') || undefined,
        title: li.getAttribute('data-value') || undefined,
        orderId: li.getAttribute('data-order-id') || undefined,
        status: li.getAttribute('data-status') || undefined,
      })),
      orders: [...root.querySelectorAll('[data-testid="mh-listed-order"]')].map((li) => li.getAttribute('data-value')),
    };
  }, hosts);
}

/**
 * Opens a page, opens the panel on it and checks that the panel shows the page's own article or order
 * number. Throws with a plain message when it does not.
 */
export async function openPanelOn(page, sample) {
  await page.goto(sample.url);
  try {
    await page.getByTestId('mh-open').click({ timeout: 10_000 });
    await panelFrame(page).getByTestId('mh-message').waitFor({ timeout: 10_000 });
  } catch {
    throw new Error(`No panel appeared on ${sample.url}: is the extension built (npm run build:test)?`);
  }
  const panel = await readPanel(page);
  const wanted = sample.expect.article ?? sample.expect.orderId;
  const shown = sample.expect.article ? panel.article : panel.orderId;
  if (panel.hosts !== 1 || (wanted && shown !== wanted)) {
    throw new Error(`The panel on ${sample.url} does not show ${wanted}: ${JSON.stringify(panel)}`);
  }
  return panel;
}

/** The extension's service worker (waiting for it to start if needed). */
export async function serviceWorker(context) {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
}

/** The extension's id, read from its service worker's address (never hard-coded). */
export async function extensionId(context) {
  return new URL((await serviceWorker(context)).url()).host;
}

/** The browser's id of the tab showing a page, asked of the extension itself. */
export async function tabIdOf(context, page) {
  const worker = await serviceWorker(context);
  const url = page.url();
  return worker.evaluate(async (address) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === address)?.id;
  }, url);
}

/** Opens the toolbar popup as a tab, about the given marketplace tab (the popup takes it from ?tab=). */
export async function openPopup(context, aboutPage) {
  const id = await extensionId(context);
  const tabId = aboutPage ? await tabIdOf(context, aboutPage) : undefined;
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${id}/popup.html${tabId ? `?tab=${tabId}` : ''}`);
  return popup;
}

/**
 * Imports an export file (an object in the extension's format) through the options page, as the shopper
 * would; resolves once the page says how much came in.
 */
export async function importHistory(context, file) {
  const options = await context.newPage();
  try {
    await options.goto(`chrome-extension://${await extensionId(context)}/options.html`);
    await options.getByTestId('mh-import').setInputFiles({
      name: 'history.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await options.getByTestId('mh-options-status').filter({ hasText: /^(Загружено|Loaded)/ }).waitFor();
  } finally {
    await options.close();
  }
}
