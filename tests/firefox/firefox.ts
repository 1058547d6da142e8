/**
 * Firefox with the Firefox build installed, driven by Puppeteer over WebDriver BiDi: Playwright cannot
 * load extensions into Firefox, Puppeteer can (`browser.installExtension`, BiDi's `webExtension.install`:
 * a temporary add-on, as about:debugging installs one).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { firefoxExtensionDir } from '../../scripts/lib/browser.mjs';
import { SHOWN_FOR_MS } from '../../utils/in-page/seen-clicks';

export const FIREFOX_HINT =
  'No Firefox found: install Debian\'s with `sudo apt-get install -y firefox-esr`, or point FIREFOX_PATH at a Firefox binary.';

/** FIREFOX_PATH when set, else Debian's firefox-esr, else a firefox on the usual paths. Undefined when none exists. */
export function findFirefox(): string | undefined {
  const candidates = process.env.FIREFOX_PATH ? [process.env.FIREFOX_PATH] : ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/local/bin/firefox'];
  return candidates.find((path) => existsSync(path));
}

export async function launchFirefox(executablePath: string): Promise<Browser> {
  if (!existsSync(join(firefoxExtensionDir, 'manifest.json'))) {
    throw new Error(`The Firefox build is missing (${firefoxExtensionDir}): run \`npm run build:firefox\` first.`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // Firefox 153 lets WebDriver open only web addresses unless this is given: the popup is a moz-extension:// page.
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 800 },
    extraPrefsFirefox: { 'intl.accept_languages': 'ru-RU, ru', 'intl.locale.requested': 'ru' },
  });
  await browser.installExtension(firefoxExtensionDir);
  return browser;
}

/**
 * Serves the page at its real address and answers every other web request empty, so nothing leaves the
 * machine. Only http(s) is routed: the extension's own moz-extension:// files load as they are.
 */
export async function servePage(page: Page, url: string, file: string): Promise<void> {
  const html = readFileSync(file);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    // A request the page gave up on meanwhile (a script, an image) can no longer be answered.
    const gone = () => {};
    if (!/^https?:/.test(request.url())) return void request.continue().catch(gone);
    if (request.isNavigationRequest() && request.url() === url) {
      return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html }).catch(gone);
    }
    return void request.respond({ status: 204, body: '' }).catch(gone);
  });
}

/**
 * Clicks the launcher as the shopper does, with the mouse where it is drawn. Its shadow root is closed in
 * this build, so the page's view of it is our host element: the point is found by asking the page what
 * is drawn where, over a grid of the window.
 */
export async function clickLauncher(page: Page): Promise<void> {
  await page.waitForSelector('market-helpdesk-panel');
  // A mouse click counts once the launcher has been on the page a moment (SHOWN_FOR_MS,
  // utils/in-page/seen-clicks.ts); its state is behind the closed root.
  const attached = await page.evaluate(() => performance.now());
  await page.waitForFunction((until: number) => performance.now() > until, {}, attached + SHOWN_FOR_MS + 200);
  const hits = await page.evaluate(() => {
    const found: { x: number; y: number }[] = [];
    for (let y = 2; y < innerHeight; y += 8) {
      for (let x = 2; x < innerWidth; x += 8) {
        if (document.elementFromPoint(x, y)?.localName === 'market-helpdesk-panel') found.push({ x, y });
      }
    }
    return found;
  });
  if (!hits.length) throw new Error('The launcher is drawn nowhere in the window');
  const middle = hits[Math.floor(hits.length / 2)];
  await page.mouse.click(middle.x, middle.y);
}

/**
 * The panel's dialog: the frame whose document is the extension's panel.html. Asked of each frame's own
 * document: Firefox's remote agent may go on naming the frame by its first address (about:blank), since
 * the frame's page now loads once, while it is hidden.
 */
export async function panelFrame(page: Page): Promise<Frame> {
  const until = Date.now() + 15_000;
  while (Date.now() < until) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      const address = await frame.evaluate(() => location.href).catch(() => '');
      if (/^moz-extension:\/\/[^/]+\/panel\.html$/.test(address)) return frame;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('No frame of panel.html came in 15 s');
}

/** The extension's moz-extension:// origin, random per installation: read off the panel's frame. */
export function extensionOrigin(frame: Frame): Promise<string> {
  return frame.evaluate(() => location.origin);
}

/** Clicks a control of the panel once the panel acts (entrypoints/panel/act-guard.ts: a moment after it, or a question, appears). */
export async function clickInPanel(panel: Frame, testid: string): Promise<void> {
  await panel.waitForSelector('html[data-act-ready="true"]');
  await panel.click(`[data-testid="${testid}"]`);
}
