// The panel's opening on the real Ozon product pages, beside the floor panel (floor-panel.mjs) opened the
// same way in the same run: from the click on the launcher to the drafted message drawn, in a fresh browser
// each run (a new temporary profile: nothing of the extension's is warm), the first opening and a second
// one after closing on the same page. The pages' own scripts run, as in the end-to-end tests.
//
// Timing, the same for both: the click is the page's trusted click event (its timestamp); the message is
// drawn at the first animation frame of the frame's page in which `[data-testid="mh-message"]` holds text,
// or when the frame's root came to intersect the tab's viewport (a hidden frame's does not), whichever is
// later; for ours, not before the page's animation frame in which the frame is no longer hidden. (Until
// the frame was shown at once, it stayed transparent until its page said it had drawn, and the page's
// frame that showed it was waited for too.) Both clocks are read as
// `performance.timeOrigin + now`, the one time line of the browser's processes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFloorPanelExtension, FLOOR_PANEL_TAG } from './floor-panel.mjs';
import { extensionDir, launchBrowser, servePages } from '../scripts/lib/browser.mjs';

const PANEL_TAG = 'market-helpdesk-panel';
/** The pages measured: the real Ozon product pages of 1.3 MB. */
const OPENING_FILES = ['ozon/product-2022-701406601.html', 'ozon/product-2025-153929230.html'];
/** Runs of each page with each extension, each in a fresh browser. */
const RUNS = Number(process.env.MH_BENCH_OPENING_RUNS ?? 7);
/** The shopper reads the page a moment before opening the panel: what the extension does when idle is done. */
const BEFORE_CLICK_MS = 1500;

/** Waits poll on a timer: a hidden frame has no animation frames. */
const WAIT = { polling: 20, timeout: 30_000 };

/**
 * Waits until `check` (a plain function of the page or frame's own world) is true, asked every 20 ms by a
 * bare `evaluate`. Not Playwright's waitForFunction: its first use in a document injects Playwright's own
 * script (330 KB, 15–20 ms of that document's main thread), and in the frame that fell between the frame's
 * script and its first drawing, where it was counted as ours. (The floor's frame draws in its first script,
 * before any wait reaches it.)
 */
async function until(target, check) {
  const deadline = Date.now() + WAIT.timeout;
  for (;;) {
    if (await target.evaluate(check).catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`Not true in ${WAIT.timeout} ms: ${check}`);
    await new Promise((resolve) => setTimeout(resolve, WAIT.polling));
  }
}

/** In every frame, before its scripts: the page notes each trusted click; the frame watches for the message. */
function timingHooks() {
  const now = () => performance.timeOrigin + performance.now();
  if (location.protocol === 'chrome-extension:') {
    // Drawn: the message holds text (seen at an animation frame) and the frame is on screen (its root
    // intersects the tab's viewport: a hidden frame's does not), whichever comes last.
    const marks = (window.__benchFrame = { drawn: undefined, textAt: undefined, visibleAt: undefined });
    const check = () => {
      if (marks.drawn === undefined && marks.textAt !== undefined && marks.visibleAt !== undefined) marks.drawn = Math.max(marks.textAt, marks.visibleAt);
    };
    const seen = new IntersectionObserver((entries) => {
      const entry = entries[entries.length - 1];
      marks.visibleAt = entry.isIntersecting ? performance.timeOrigin + entry.time : undefined;
      check();
    });
    // This runs before the document has a root element.
    addEventListener('DOMContentLoaded', () => seen.observe(document.documentElement), { once: true });
    window.__benchWatch = () => {
      marks.drawn = marks.textAt = undefined;
      const tick = () => {
        const message = document.querySelector('[data-testid="mh-message"]');
        if (message && ('value' in message ? message.value : message.textContent)) {
          marks.textAt = now();
          check();
        } else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    };
    window.__benchWatch();
  } else if (window.top === window) {
    const marks = (window.__bench = { click: undefined, shown: undefined });
    addEventListener('click', (event) => event.isTrusted && (marks.click ??= performance.timeOrigin + event.timeStamp), true);
    // Before each opening: the click is the next one. Ours only (`tag`): the page's frame when it is shown
    // (not hidden); the floor's root is closed.
    window.__benchArm = (tag) => {
      marks.click = undefined;
      marks.shown = undefined;
      if (!tag) return;
      const tick = () => {
        const frame = document.querySelector(tag)?.shadowRoot?.querySelector('[data-testid="mh-frame"]');
        if (frame && !frame.hidden) marks.shown = now();
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    };
  }
}

/** The frame of an extension page inside `page`, once there. */
async function extensionFrame(page) {
  for (;;) {
    const frame = page.frames().find((f) => f.url().startsWith('chrome-extension:'));
    if (frame) return frame;
    await page.waitForEvent('framenavigated', WAIT);
  }
}

/** One run: a fresh browser, the page, a first and a second opening; their times in ms, and the text drawn. */
async function openTwice(variant, sample, floorDir) {
  const ours = variant === 'ours';
  const context = await launchBrowser(ours ? {} : { extension: floorDir });
  try {
    await servePages(context, [sample]);
    await context.addInitScript(timingHooks);
    const page = await context.newPage();
    await page.goto(sample.url, { waitUntil: 'load', timeout: 120_000 });
    const launcher = ours ? page.getByTestId('mh-open') : page.locator(FLOOR_PANEL_TAG);
    await launcher.waitFor({ state: ours ? 'visible' : 'attached', timeout: 30_000 });
    await page.waitForTimeout(BEFORE_CLICK_MS);
    // The floor's launcher is in a closed root: both are clicked where they are drawn, as the shopper does.
    const box = ours ? await launcher.boundingBox() : { x: 0, y: (await page.evaluate(() => innerHeight)) * 0.62, width: 22, height: 44 };
    const click = () => page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);

    const opening = async (frame) => {
      await page.evaluate((tag) => window.__benchArm(tag), ours ? PANEL_TAG : undefined);
      await click();
      frame ??= await extensionFrame(page);
      await until(frame, () => window.__benchFrame?.drawn !== undefined);
      if (ours) await until(page, () => window.__bench.shown !== undefined);
      const drawn = await frame.evaluate(() => window.__benchFrame.drawn);
      const { click: clicked, shown } = await page.evaluate(() => window.__bench);
      return { frame, ms: Math.max(drawn, shown ?? 0) - clicked };
    };

    const first = await opening();
    const text = await first.frame.evaluate(() => {
      const message = document.querySelector('[data-testid="mh-message"]');
      return 'value' in message ? message.value : message.textContent;
    });
    // Closed by the same launcher (a hidden frame has no size), then watched again and opened.
    await click();
    await until(first.frame, () => window.__benchFrame.visibleAt === undefined);
    await first.frame.evaluate(() => window.__benchWatch());
    const second = await opening(first.frame);
    return { first: first.ms, second: second.ms, text };
  } finally {
    await context.close();
  }
}

/** The opening figures: `report`, `median`, `note` as run.mjs has them; `pages` the shared pages table. */
export async function benchOpening({ report, median, note, pages }) {
  const samples = OPENING_FILES.map((file) => pages.find((p) => p.file === file)).filter(Boolean);
  if (!samples.length) return note('\n(the saved Ozon pages were not found: the opening is not measured)');
  // One run of ours first, not measured: its message is the one the floor draws.
  const { text } = await openTwice('ours', samples[0], undefined);
  const floorDir = buildFloorPanelExtension(mkdtempSync(join(tmpdir(), 'mh-floor-panel-')), join(extensionDir, 'manifest.json'), text);
  try {
    await openTwice('floor', samples[0], floorDir);
    for (const sample of samples) {
      const times = { ours: { first: [], second: [] }, floor: { first: [], second: [] } };
      for (let run = 0; run < RUNS; run++) {
        // Each goes first in turn: whatever else the machine does falls on both.
        for (const variant of run % 2 ? ['floor', 'ours'] : ['ours', 'floor']) {
          const { first, second } = await openTwice(variant, sample, floorDir);
          times[variant].first.push(first);
          times[variant].second.push(second);
        }
      }
      console.log(
        `\nThe panel's opening on ${sample.file}, click to the drafted message drawn, ${RUNS} runs each of Market Helpdesk ` +
          `and the floor panel (floor-panel.mjs), each in a fresh browser, alternated (medians):`,
      );
      for (const v of ['ours', 'floor']) {
        note(`  each run, ${v.padEnd(5)}: first ${times[v].first.map((x) => x.toFixed(0)).join(' ')} ms; second ${times[v].second.map((x) => x.toFixed(0)).join(' ')} ms`);
      }
      const floor = { first: median(times.floor.first), second: median(times.floor.second) };
      report('  first opening (the frame made, its page loaded, the message drawn)', median(times.ours.first), 'ms', {
        floor: floor.first,
        ratioBudget: 1.5,
      });
      report('  second opening, closed and opened again on the same page', median(times.ours.second), 'ms', { floor: floor.second, budget: 50 });
    }
  } finally {
    rmSync(floorDir, { recursive: true, force: true });
  }
}
