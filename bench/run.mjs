// Benchmarks, each figure against a floor measured in the same run on the same machine: absolute times
// vary from one machine (and one moment) to the next by a factor of two or more, ratios hold. Prints
// every figure with its floor and ratio, and ends with the count of figures over their budgets (exiting
// with 1 when there are any; it asserts nothing on the way). Needs the build for tests (npm run bench builds it).
//
//   reader       readPage on each saved page and fixture with a panel (and the order list's cards), already
//                parsed, median of 10 runs, in Chromium (no budget: the content script reads the page in
//                full only when the panel opens, or on an order list)
//   size         the content script, and the page's readers it imports when it needs them, gzip (no budget)
//   page         the largest saved page of each marketplace, loaded with no extension, with the floor
//                extension (bench/floor.mjs) and with Market Helpdesk, alternated: the script time and the
//                heap each adds, and the ratio; when the launcher came after DOMContentLoaded
//   navigation   the heap Market Helpdesk adds after 0, 100 and 200 in-page navigations (pushState)
//   opening      bench/opening.mjs: the panel's first and second opening on the real Ozon product pages,
//                click to the drafted message drawn, against a floor panel (bench/floor-panel.mjs)
//   history      bench/history.mjs: import, first rows, summary, export and search at 1 000, 10 000 and
//                100 000 inquiries, each against a raw IndexedDB floor
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { buildFloorExtension, FLOOR_TAG } from './floor.mjs';
import { benchHistory } from './history.mjs';
import { benchOpening } from './opening.mjs';
import {
  extensionDir,
  fixturePagesTable,
  launchBrowser,
  realPagesTable,
  repoRoot,
  servePages,
  sharedPagesTable,
} from '../scripts/lib/browser.mjs';

const started = Date.now();
const READER_RUNS = 10;
/** Loads of each page with each of none, the floor and ours, alternated. */
const PAGE_RUNS = Number(process.env.MH_BENCH_PAGE_RUNS ?? 15);
/** The floor's added script time is near the noise (0–1.5 ms): it counts as at least this. */
const FLOOR_SCRIPT_AT_LEAST = 1.5;
/** MH_BENCH_PARTS: the parts to run, of reader, page, opening and history (all by default), for a quick look. */
const PARTS = new Set((process.env.MH_BENCH_PARTS ?? 'reader,page,opening,history').split(','));
const NAVIGATIONS = 200;
const PANEL_TAG = 'market-helpdesk-panel';

const results = [];
/**
 * A figure: `budget` an upper bound on the value itself; `floor` the same figure for the floor, and
 * `ratioBudget` an upper bound on value / max(floor, floorAtLeast).
 */
function report(name, value, unit, { budget, floor, ratioBudget, floorAtLeast = 0 } = {}) {
  const digits = unit === 'KB' || unit === 'MB' ? 1 : 2;
  const ratio = floor === undefined ? undefined : value / Math.max(floor, floorAtLeast, Number.EPSILON);
  const over = (budget !== undefined && value > budget) || (ratioBudget !== undefined && ratio > ratioBudget);
  results.push({ name, value, unit, budget, floor, ratio, ratioBudget, over });
  let line = `${name.padEnd(78)} ${value.toFixed(digits).padStart(9)} ${unit}`;
  if (floor !== undefined) {
    const counted = floorAtLeast > floor ? ` (counted as ${floorAtLeast})` : '';
    line += `   floor ${floor.toFixed(digits)} ${unit}${counted}   ${ratio.toFixed(2)}×`;
  }
  const bounds = [ratioBudget !== undefined && `≤ ${ratioBudget}× the floor`, budget !== undefined && `≤ ${budget} ${unit}`].filter(Boolean);
  if (bounds.length) line += over ? `   OVER budget ${bounds.join(', ')}` : `   (budget ${bounds.join(', ')})`;
  console.log(line);
}
const note = (text) => console.log(text);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const kb = (bytes) => bytes / 1024;

// ------------------------------------------------------------------------------------------ reader
const bundle = await build({
  entryPoints: [join(repoRoot, 'utils/marketplaces/index.ts')],
  bundle: true,
  format: 'iife',
  globalName: 'MarketHelpdeskReader',
  write: false,
  minify: true,
  target: 'chrome120',
});
const readerSource = bundle.outputFiles[0].text;
// The marketplaces that have a reader, from the reader itself.
const readable = new Set(new Function(`${readerSource}; return MarketHelpdeskReader`)().marketplaces.map((m) => m.id));

const shared = sharedPagesTable();
if (!shared) console.log('(real pages not found: the figures below use the real pages kept here and our own fixtures only)');
const realPages = [...(shared ?? []), ...realPagesTable()].filter((p) => readable.has(p.marketplace));
const pages = [...realPages, ...fixturePagesTable()].filter((p) => readable.has(p.marketplace));
const readPages = pages.filter((p) => p.kind !== 'other');

if (PARTS.has('reader')) {
  const plain = await launchBrowser({ withExtension: false });
  try {
    const page = await plain.newPage();
    await page.setContent('<!doctype html><title>bench</title>');
    await page.addScriptTag({ content: readerSource });
    console.log(`\nReader, median of ${READER_RUNS} runs on the parsed page (Chromium; the panel's reading when it opens):`);
    for (const sample of readPages) {
      const html = readFileSync(sample.path, 'utf8');
      const timing = await page.evaluate(
        ({ html, url, runs }) => {
          const doc = new DOMParser().parseFromString(html, 'text/html');
          const { adapterFor, readPage } = window.MarketHelpdeskReader;
          const address = new URL(url);
          const read = () => {
            const context = readPage(doc, address);
            const cards = context?.kind === 'order-list' ? adapterFor(address)?.findOrderCards?.(doc, address, context) : undefined;
            return { context, cards };
          };
          // The first reading parses the page's states; a reading again (the page changed, the panel is
          // open) parses only the states whose text changed. Both are timed.
          const start = performance.now();
          read();
          const first = performance.now() - start;
          const times = [];
          let shown;
          for (let i = 0; i < runs; i++) {
            const again = performance.now();
            const { context, cards } = read();
            times.push(performance.now() - again);
            shown = context?.article ?? context?.orderId ?? (cards ? `${cards.length} cards` : context?.kind);
          }
          return { first, times, shown };
        },
        { html, url: sample.url, runs: READER_RUNS },
      );
      const size = (Buffer.byteLength(html) / 1024).toFixed(0);
      note(
        `  ${`${sample.file} (${size} KB) → ${timing.shown}`.padEnd(76)} first ${timing.first.toFixed(1).padStart(5)} ms, ` +
          `again ${median(timing.times).toFixed(2)} ms`,
      );
    }
  } finally {
    await plain.close();
  }
}

// -------------------------------------------------------------------------------------------- size
const contentScript = join(extensionDir, 'content-scripts/marketplace.js');
const raw = readFileSync(contentScript);
console.log('\nContent script:');
report(`  gzip of content-scripts/marketplace.js (${kb(raw.length).toFixed(1)} KB raw)`, kb(gzipSync(raw, { level: 9 }).length), 'KB');
// The page's readers, which the content script imports only when it first reads a page in full.
const readers = readFileSync(join(extensionDir, 'page-reader.js'));
report(`  … and of page-reader.js, imported when a page is first read in full (${kb(readers.length).toFixed(1)} KB raw)`, kb(gzipSync(readers, { level: 9 }).length), 'KB');

// -------------------------------------------------------------------------------------------- page
// The largest saved page with a panel of each marketplace (real pages only: our fixtures are small).
if (PARTS.has('page')) {
  const largest = [...new Set(realPages.map((p) => p.marketplace))].map((marketplace) =>
    realPages
      .filter((p) => p.marketplace === marketplace && p.kind !== 'other')
      .reduce((a, b) => (statSync(a.path).size >= statSync(b.path).size ? a : b)),
  );
  const floorDir = mkdtempSync(join(tmpdir(), 'mh-floor-'));
  buildFloorExtension(floorDir, join(extensionDir, 'manifest.json'));
  // The saved pages' own scripts are switched off for these loads (the extensions' content scripts run as
  // ever): offline they do little but fail, and their 10–90 ms, varying by several ms from one load to the
  // next, would drown the few ms measured here. The navigations and the opening below run them.
  const quiet = { javaScriptEnabled: false };
  let variants = {
    none: await launchBrowser({ withExtension: false, ...quiet }),
    floor: await launchBrowser({ extension: floorDir, ...quiet }),
    ours: await launchBrowser(quiet),
  };
  const HOST = { none: undefined, floor: FLOOR_TAG, ours: PANEL_TAG };

  /** The page's heap after a full collection, in KB. */
  async function heapOf(cdp) {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return kb(metrics.find((m) => m.name === 'JSHeapUsedSize').value);
  }

  async function load(variant, sample) {
    const context = variants[variant];
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(sample.url, { waitUntil: 'load', timeout: 120_000 });
    if (HOST[variant]) await page.locator(HOST[variant]).waitFor({ state: 'attached', timeout: 30_000 });
    // Whatever the content script does after attaching (its settings arriving) is done by then.
    await page.waitForTimeout(300);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const script = metrics.find((m) => m.name === 'ScriptDuration').value * 1000;
    const heap = await heapOf(cdp);
    // When the launcher came, from the page's own clock: each content script marks it (ours only in the
    // build for tests).
    const mark = { floor: 'floor:launcher', ours: 'market-helpdesk:launcher' }[variant];
    const attach = mark
      ? await page.evaluate((name) => {
          const launcher = performance.getEntriesByName(name)[0];
          return launcher ? launcher.startTime - performance.getEntriesByType('navigation')[0].domContentLoadedEventStart : NaN;
        }, mark)
      : undefined;
    return { page, cdp, script, heap, attach };
  }

  try {
    for (const context of Object.values(variants)) await servePages(context, largest);
    for (const sample of largest) {
      console.log(
        `\n${sample.marketplace}: its largest saved page with a panel, ${sample.file} (${kb(statSync(sample.path).size).toFixed(0)} KB), ` +
          `${PAGE_RUNS} loads each with no extension, the floor and Market Helpdesk, alternated (medians):`,
      );
      const figures = { none: { script: [], heap: [] }, floor: { script: [], heap: [], attach: [] }, ours: { script: [], heap: [], attach: [] } };
      const names = Object.keys(variants);
      // One load of each first, not measured: a browser's first load of a page pays once for what every
      // later one finds ready (the page's files in the cache, the renderer, the extension waking up), and
      // the page measured first would carry it alone.
      for (const variant of names) await (await load(variant, sample)).page.close();
      for (let run = 0; run < PAGE_RUNS; run++) {
        // Each of the three goes first, second and third in turn: whatever else the machine does falls on all.
        for (const variant of [...names.slice(run % 3), ...names.slice(0, run % 3)]) {
          const { page, script, heap, attach } = await load(variant, sample);
          figures[variant].script.push(script);
          figures[variant].heap.push(heap);
          if (attach !== undefined) figures[variant].attach.push(attach);
          await page.close();
        }
      }
      // Each load's script time, in the order run: how far this machine's noise reaches, beside the medians.
      for (const v of names) note(`  script time of each load, ${v.padEnd(5)}: ${figures[v].script.map((x) => x.toFixed(1)).join(' ')} ms`);
      const none = { script: median(figures.none.script), heap: median(figures.none.heap) };
      const added = (variant, what) => median(figures[variant][what]) - none[what];
      note(`  the page alone: script ${none.script.toFixed(2)} ms, heap ${(none.heap / 1024).toFixed(2)} MB`);
      report('  script time added by Market Helpdesk (difference of medians)', added('ours', 'script'), 'ms', {
        floor: added('floor', 'script'),
        floorAtLeast: FLOOR_SCRIPT_AT_LEAST,
        ratioBudget: 3,
      });
      report('  heap added by Market Helpdesk, after a full collection', added('ours', 'heap'), 'KB', {
        floor: added('floor', 'heap'),
        ratioBudget: 1.5,
      });
      report('  launcher attached after DOMContentLoaded (the floor: its button)', median(figures.ours.attach), 'ms', {
        floor: median(figures.floor.attach),
        budget: 100,
      });
    }

    // In-page navigation: the largest page of all, navigated 200 times with pushState to another product
    // each time (the content script reads each new address), with no extension and with ours; the pages'
    // own scripts run (the navigations are the page's).
    for (const context of Object.values(variants)) await context.close();
    variants = { none: await launchBrowser({ withExtension: false }), ours: await launchBrowser() };
    for (const context of Object.values(variants)) await servePages(context, largest);
    const biggest = largest.reduce((a, b) => (statSync(a.path).size >= statSync(b.path).size ? a : b));
    const heapAfter = {};
    for (const variant of ['none', 'ours']) {
      const { page, cdp, heap } = await load(variant, biggest);
      heapAfter[variant] = [heap];
      for (let step = 1; step <= 2; step++) {
        await page.evaluate(
          async ({ from, count }) => {
            const base = location.pathname.replace(/\d{4,12}(\/|\/detail\.aspx)?$/, '');
            for (let i = from; i < from + count; i++) {
              history.pushState({}, '', location.pathname.includes('/detail.aspx') ? `/catalog/${10_000_000 + i}/detail.aspx` : `${base}${10_000_000 + i}/`);
              // The content script reads the new address on its next task.
              await new Promise((done) => setTimeout(done, 5));
            }
            await new Promise((done) => setTimeout(done, 50));
          },
          { from: (step - 1) * (NAVIGATIONS / 2), count: NAVIGATIONS / 2 },
        );
        heapAfter[variant].push(await heapOf(cdp));
      }
      if (variant === 'ours') {
        const shown = await page.locator(PANEL_TAG).count();
        if (shown !== 1) throw new Error(`after ${NAVIGATIONS} navigations there are ${shown} panels on the page, not 1`);
      }
      await page.close();
    }
    const addedAfter = heapAfter.ours.map((heap, i) => heap - heapAfter.none[i]);
    console.log(`\nIn-page navigation on ${biggest.file}: ${NAVIGATIONS} pushState navigations to other products, heap after a full collection:`);
    note(`  heap Market Helpdesk adds after 0, 100, 200 navigations: ${addedAfter.map((h) => `${h.toFixed(0)} KB`).join(', ')}`);
    // No growth: the first navigations compile what only a navigation runs (code and its feedback, a few
    // tens of KB, once); from then on a navigation must leave nothing behind.
    report('  growth of the heap Market Helpdesk adds, from 100 to 200 navigations', addedAfter[2] - addedAfter[1], 'KB', { budget: 16 });

  } finally {
    for (const context of Object.values(variants)) await context.close();
    rmSync(floorDir, { recursive: true, force: true });
  }
}

// --------------------------------------------------------------------------------- opening, history
if (PARTS.has('opening')) await benchOpening({ report, median, note, pages: shared ?? [] });
if (PARTS.has('history')) await benchHistory({ report, median, note });

const over = results.filter((r) => r.over);
const budgeted = results.filter((r) => r.budget !== undefined || r.ratioBudget !== undefined).length;
// A figure over its budget fails the run (after every figure is printed).
if (over.length) process.exitCode = 1;
console.log(`\n${over.length} figure(s) over budget, of ${budgeted} with a budget (${((Date.now() - started) / 1000).toFixed(0)} s in all).`);
