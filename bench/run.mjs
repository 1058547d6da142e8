// Benchmarks: prints figures against the budgets; asserts nothing (these machines are noisy: read the
// ratios within one run). Needs the built extension (npm run bench builds it).
//
//   reader       readPage on each saved page and fixture with a panel (with the order list's card look-up),
//                already parsed, median of 20 runs, in Chromium
//   size         the content script, gzip
//   attach       panel attached after DOMContentLoaded on the largest saved page with a panel, median
//   script time  script time the extension adds to that page: with and without it, alternated
//   opening      first opening of the panel on that page, from the click event to the frame drawn and shown
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { benchHistory } from './history.mjs';
import {
  extensionDir,
  fixturePagesTable,
  realPagesTable,
  launchBrowser,
  panelFrame,
  repoRoot,
  servePages,
  sharedPagesTable,
} from '../scripts/lib/browser.mjs';

const READER_RUNS = 20;
const PAGE_RUNS = 15;
// The script-time figure is a small difference of two noisy totals: it takes more loads.
const SCRIPT_TIME_RUNS = 25;
const results = [];
const report = (name, value, unit, budget) => {
  results.push({ name, value, unit, budget });
  const verdict = budget === undefined ? '' : value <= budget ? `  (budget ≤ ${budget} ${unit})` : `  OVER budget ≤ ${budget} ${unit}`;
  console.log(`${name.padEnd(58)} ${value.toFixed(unit === 'KB' ? 1 : 2).padStart(9)} ${unit}${verdict}`);
};
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

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
if (!shared) console.log('(real pages not found: the figures below use our own fixtures only)');
const pages = [...(shared ?? []), ...realPagesTable(), ...fixturePagesTable()].filter((p) => readable.has(p.marketplace));
const readPages = pages.filter((p) => p.kind !== 'other');

const plain = await launchBrowser({ withExtension: false });
try {
  const page = await plain.newPage();
  await page.setContent('<!doctype html><title>bench</title>');
  await page.addScriptTag({ content: readerSource });
  console.log(`\nReader, median of ${READER_RUNS} runs on the parsed page (Chromium):`);
  const base = readPages.find((p) => p.file === 'ozon/product.html');
  const synthetic = { file: '(our product page grown to 5 MB)', url: base.url, html: makeFiveMegabytePage(readFileSync(base.path, 'utf8')) };
  const archive = readPages.find((p) => p.file === 'wildberries/archive.html');
  const longArchive = { file: '(Wildberries purchases, 1,000 items)', url: archive.url, html: makeLongArchive(readFileSync(archive.path, 'utf8'), 1000) };
  for (const sample of [...readPages, synthetic, longArchive]) {
    const html = sample.html ?? readFileSync(sample.path, 'utf8');
    const timing = await page.evaluate(
      ({ html, url, runs }) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        const { adapterFor, readPage } = window.MarketHelpdeskReader;
        const address = new URL(url);
        // What the content script does on each reading: read, and on a list find the cards for buttons.
        const read = () => {
          const context = readPage(doc, address);
          const cards = context?.kind === 'order-list' ? adapterFor(address)?.findOrderCards?.(doc, address, context) : undefined;
          return { context, cards };
        };
        for (let i = 0; i < 3; i++) read();
        const times = [];
        let shown;
        for (let i = 0; i < runs; i++) {
          const start = performance.now();
          const { context, cards } = read();
          times.push(performance.now() - start);
          shown = context?.article ?? context?.orderId ?? (cards ? `${cards.length} cards` : context?.kind);
        }
        return { times, shown };
      },
      { html, url: sample.url, runs: READER_RUNS },
    );
    const kb = (Buffer.byteLength(html) / 1024).toFixed(0);
    // The budget is for the saved pages; the 5 MB page shows that reading stays proportionate.
    const grown = sample === synthetic || sample === longArchive;
    report(`  ${sample.file} (${kb} KB) → ${timing.shown}`, median(timing.times), 'ms', grown ? undefined : 5);
  }
} finally {
  await plain.close();
}

// -------------------------------------------------------------------------------------------- size
const contentScript = join(extensionDir, 'content-scripts/marketplace.js');
const raw = readFileSync(contentScript);
console.log('\nContent script:');
report(`  gzip of content-scripts/marketplace.js (${(raw.length / 1024).toFixed(1)} KB raw)`, gzipSync(raw, { level: 9 }).length / 1024, 'KB', 25);

// ------------------------------------------------------------------------------ attach, script time
const withPanel = pages.filter((p) => p.kind !== 'other');
const largest = withPanel.reduce((a, b) => (statSync(a.path).size >= statSync(b.path).size ? a : b));
console.log(
  `\nOn the largest saved page with a panel, ${largest.file} (${(statSync(largest.path).size / 1024).toFixed(0)} KB): ` +
    `${PAGE_RUNS} loads for the attach time, ${SCRIPT_TIME_RUNS} with and ${SCRIPT_TIME_RUNS} without the extension for script time:`,
);

const RECORD_ATTACH = () => {
  const marks = (window.__mhBench = {});
  document.addEventListener('DOMContentLoaded', () => (marks.dcl = performance.now()), { once: true });
  const observer = new MutationObserver(() => {
    if (document.querySelector('market-helpdesk-panel')) {
      marks.panel = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
};

const withExt = await launchBrowser();
const without = await launchBrowser({ withExtension: false });
try {
  await servePages(withExt, [largest]);
  await servePages(without, [largest]);

  // Script time: plain loads, nothing of ours in the page but the extension, alternated so that
  // whatever else the machine does falls on both sides alike.
  const scriptTime = { with: [], without: [] };
  for (let run = 0; run < SCRIPT_TIME_RUNS; run++) {
    const order = run % 2 ? [['without', without], ['with', withExt]] : [['with', withExt], ['without', without]];
    for (const [label, context] of order) {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.goto(largest.url, { waitUntil: 'load' });
      if (label === 'with') await page.locator('market-helpdesk-panel').waitFor({ state: 'attached' });
      await page.waitForTimeout(300);
      const { metrics } = await cdp.send('Performance.getMetrics');
      scriptTime[label].push(metrics.find((m) => m.name === 'ScriptDuration').value * 1000);
      await page.close();
    }
  }

  // Attach time: separate loads, with an observer that notes when the panel's element appears.
  await withExt.addInitScript(RECORD_ATTACH);
  const attach = [];
  for (let run = 0; run < PAGE_RUNS; run++) {
    const page = await withExt.newPage();
    await page.goto(largest.url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__mhBench.panel !== undefined, null, { timeout: 10_000 });
    const marks = await page.evaluate(() => window.__mhBench);
    attach.push(marks.panel - marks.dcl);
    await page.close();
  }
  // Opening: the dialog's frame is made and its page loaded on the first click, so this is what the
  // shopper waits for once per page. Timed in the page, from the click event to the frame drawn and shown
  // (it turns visible once its page has drawn the dialog and said its height), so that Playwright's own
  // checks before clicking are not counted; the wall time around the click is printed beside it.
  const opening = [];
  const openingWall = [];
  for (let run = 0; run < PAGE_RUNS; run++) {
    const page = await withExt.newPage();
    await page.goto(largest.url, { waitUntil: 'load' });
    await page.evaluate(() => {
      const marks = window.__mhBench;
      document.addEventListener('click', () => (marks.click ??= performance.now()), true);
      const root = document.querySelector('market-helpdesk-panel').shadowRoot;
      const observer = new MutationObserver(() => {
        if (root.querySelector('[data-testid="mh-frame"][data-ready]')) {
          observer.disconnect();
          requestAnimationFrame(() => (marks.shown = performance.now()));
        }
      });
      observer.observe(root, { subtree: true, childList: true, attributes: true });
    });
    const start = Date.now();
    await page.getByTestId('mh-open').click();
    await panelFrame(page).getByTestId('mh-message').waitFor();
    openingWall.push(Date.now() - start);
    await page.waitForFunction(() => window.__mhBench.shown !== undefined);
    const marks = await page.evaluate(() => window.__mhBench);
    opening.push(marks.shown - marks.click);
    await page.close();
  }
  report('  panel attached after DOMContentLoaded (median)', median(attach), 'ms', 100);
  report('  first opening, click to the frame drawn and shown (median, no budget)', median(opening), 'ms');
  report('  … the same with Playwright\'s click and wait around it (median)', median(openingWall), 'ms');
  report('  page script time without the extension (median)', median(scriptTime.without), 'ms');
  report('  page script time with the extension (median)', median(scriptTime.with), 'ms');
  report('  script time the extension adds (difference of medians)', median(scriptTime.with) - median(scriptTime.without), 'ms', 15);
} finally {
  await withExt.close();
  await without.close();
}

await benchHistory(report, median);

const over = results.filter((r) => r.budget !== undefined && r.value > r.budget);
console.log(over.length ? `\n${over.length} figure(s) over budget.` : '\nAll figures within budget.');

function makeFiveMegabytePage(html) {
  const filler = '<div data-widget="skuGrid"><a href="/product/other-22222222/">Другой товар</a><span>1 999 ₽</span></div>';
  return html.replace('</body>', `${filler.repeat(Math.ceil(5_000_000 / filler.length))}</body>`);
}

/** A purchases page of a shopper with years behind them: the fixture's cards repeated to `count`. */
function makeLongArchive(html, count) {
  const card = /<li class="archive-item">[\s\S]*?<\/li>/.exec(html)[0];
  return html.replace('</ul>', `${card.repeat(count)}</ul>`);
}
