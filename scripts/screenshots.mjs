// The README's screenshots (docs/screenshots/), taken from the built extension on the sample pages.
//   npm run screenshots
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fixturePagesTable, launchBrowser, openPanelOn, repoRoot, servePages } from './lib/browser.mjs';

const SHOTS = [
  { file: 'ozon/product.html', name: 'panel-product.png' },
  { file: 'ozon/order.html', name: 'panel-order.png' },
  { file: 'ozon/blocked.html', name: 'panel-blocked.png' },
];

const out = join(repoRoot, 'docs/screenshots');
mkdirSync(out, { recursive: true });
const samples = fixturePagesTable();
const context = await launchBrowser({ viewport: { width: 1100, height: 720 } });
await servePages(context, samples);
const page = await context.newPage();
try {
  for (const shot of SHOTS) {
    await openPanelOn(page, samples.find((s) => s.file === shot.file));
    await page.screenshot({ path: join(out, shot.name) });
    console.log(`docs/screenshots/${shot.name}`);
  }
} finally {
  await context.close();
}
