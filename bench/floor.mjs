// The floor: the least an extension can do for this job, built by the bench so that every figure of the
// page is read against it in the same run. A plain content script, no framework, no build step: it reads
// the address (the page kind and the article or order number), the JSON-LD and the heading, and attaches
// one button in a shadow root. It runs where Market Helpdesk runs, when it runs (the same matches; started
// at document_start and run once the document is parsed), and keeps its reading as a panel would.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The floor's element on the page, as <market-helpdesk-panel> is ours. */
export const FLOOR_TAG = 'floor-helpdesk';

function floorScript() {
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', floorScript, { once: true });
    return;
  }
  const url = new URL(location.href);
  const path = url.pathname;
  const number = (re, text) => re.exec(text)?.[1];
  const kind = /\/(product|catalog|card)[/-]/.test(path) ? 'product' : /order/.test(path) ? 'order' : 'other';
  const reading = {
    kind,
    article: url.searchParams.get('sku') ?? number(/(\d{4,15})(?:\/detail\.aspx|\/?$)/, path),
    orderId: url.searchParams.get('order') ?? number(/\/order\/(\d{6,15})/, path),
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data = JSON.parse(script.textContent);
      const product = [data, ...(Array.isArray(data) ? data : []), ...(data['@graph'] ?? [])].find((node) => node?.['@type'] === 'Product');
      if (product) {
        reading.title = product.name;
        reading.price = product.offers?.price ?? product.offers?.[0]?.price;
        break;
      }
    } catch {
      // Not JSON: the floor skips it, as any reader must.
    }
  }
  reading.heading = document.querySelector('h1')?.textContent.trim();
  const host = document.createElement('floor-helpdesk');
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = ':host{position:fixed;right:16px;bottom:16px;z-index:2147483647}button{font:14px system-ui;padding:8px 12px}';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Помощь';
  button.addEventListener('click', () => console.log(reading));
  root.append(style, button);
  document.documentElement.append(host);
  performance.mark('floor:launcher');
}

/** Writes the floor extension into `dir`, with the same matches as the built extension, and returns `dir`. */
export function buildFloorExtension(dir, builtManifestPath) {
  const built = JSON.parse(readFileSync(builtManifestPath, 'utf8'));
  const matches = built.content_scripts.flatMap((script) => script.matches);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify(
      {
        manifest_version: 3,
        name: 'Floor',
        version: '1.0.0',
        content_scripts: [{ matches, js: ['floor.js'], run_at: built.content_scripts[0].run_at ?? 'document_idle' }],
      },
      null,
      2,
    ),
  );
  writeFileSync(join(dir, 'floor.js'), `(${floorScript.toString()})();\n`);
  return dir;
}
