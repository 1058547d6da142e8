// The extension at work on the bundled sample pages, served at their real marketplace addresses,
// offline: every other request is answered empty.
//
//   npm run demo                           a Chromium window with one tab per sample page
//   npm run demo -- --screenshot FILE      headless: the product page with the panel open, saved as PNG;
//                                          fails when no panel appeared
import { resolve } from 'node:path';
import { fixturePagesTable, launchBrowser, openPanelOn, servePages } from './lib/browser.mjs';

const args = process.argv.slice(2);
const shotAt = args.indexOf('--screenshot');
let screenshot = shotAt >= 0 ? args[shotAt + 1] : undefined;
if (shotAt >= 0 && !screenshot) fail('--screenshot needs a file name, e.g. --screenshot demo.png');

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) || process.platform !== 'linux';
if (!screenshot && !hasDisplay) {
  screenshot = 'demo.png';
  console.log('No display here: running headless and saving a screenshot instead (use --screenshot FILE to choose).');
}

const samples = fixturePagesTable();
const tour = ['ozon/product.html', 'ozon/order.html', 'ozon/orderlist.html', 'ozon/blocked.html'].map((file) =>
  samples.find((page) => page.file === file),
);

const context = await launchBrowser({ headless: Boolean(screenshot), viewport: screenshot ? { width: 1280, height: 800 } : null });
await servePages(context, samples);

if (screenshot) {
  const page = context.pages()[0] ?? (await context.newPage());
  let panel;
  try {
    panel = await openPanelOn(page, tour[0]);
  } catch (error) {
    await context.close();
    fail(error.message);
  }
  const file = resolve(screenshot);
  await page.screenshot({ path: file });
  await context.close();
  console.log(`Panel shown on ${tour[0].url} (article ${panel.article}); screenshot: ${file}`);
} else {
  const first = context.pages()[0] ?? (await context.newPage());
  for (const [i, sample] of tour.entries()) {
    const page = i === 0 ? first : await context.newPage();
    await page.goto(sample.url);
  }
  await first.bringToFront();
  await first.getByTestId('mh-open').click();
  console.log('Chromium is open on the sample pages (product, order, order list, anti-bot page).');
  console.log('The panel is the tab at the left edge of each page. Close the browser to end the demo.');
  await new Promise((done) => context.on('close', done));
}

function fail(message) {
  console.error(message);
  process.exit(1);
}
