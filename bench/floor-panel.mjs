// The floor of the panel's opening: the least an extension can do to show a message in a frame of its own
// on a marketplace page, written by the bench into a temporary folder, as the page's floor is (floor.mjs).
// A content script with our matches, started when ours is and run on DOMContentLoaded, attaches a launcher
// in a closed shadow root at the page's left edge; its click makes an <iframe> of the extension's page
// `message.html` in that root (web-accessible to the marketplaces alone, at a per-session address, as our
// panel.html is), whose script draws the message, given it by the bench, as plain text under the same
// test id as our textarea. Its second click hides the frame, the third shows it again. No framework, no
// build step, no handshake, no storage, no reading of the page: what is left is what any framed panel
// pays — the frame's process and document, its script, its drawing.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The floor's element on the page, as <market-helpdesk-panel> is ours. */
export const FLOOR_PANEL_TAG = 'floor-panel';

function floorLauncher() {
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', floorLauncher, { once: true });
    return;
  }
  const host = document.createElement('floor-panel');
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent =
    '.launcher{position:fixed;left:0;top:62vh;z-index:2147483647;width:22px;height:44px;padding:0;border:0;border-radius:0 10px 10px 0;background:#1f5fd6;cursor:pointer}' +
    '.frame{position:fixed;left:30px;bottom:16px;z-index:2147483647;width:min(400px,calc(100vw - 52px));height:min(640px,calc(100vh - 32px));' +
    'box-sizing:border-box;border:1px solid #d9e0e7;border-radius:12px;background:#fff}[hidden]{display:none!important}';
  const launcher = document.createElement('button');
  launcher.type = 'button';
  launcher.className = 'launcher';
  launcher.setAttribute('aria-label', 'Помощь');
  let frame;
  launcher.addEventListener('click', () => {
    if (frame) {
      frame.hidden = !frame.hidden;
      // A dialog opened takes focus, as ours does.
      if (!frame.hidden) frame.focus();
      return;
    }
    frame = document.createElement('iframe');
    frame.className = 'frame';
    frame.src = chrome.runtime.getURL('message.html');
    root.prepend(frame);
    frame.focus();
  });
  root.append(style, launcher);
  document.documentElement.append(host);
}

function drawMessage(message) {
  const text = document.createElement('p');
  text.dataset.testid = 'mh-message';
  text.style.cssText = 'margin:16px;font:14px/1.45 system-ui;white-space:pre-wrap';
  text.textContent = message;
  document.body.append(text);
}

/**
 * Writes the floor panel's extension into `dir`, with the matches and start of the built extension's
 * content script; its frame draws `message`. Returns `dir`.
 */
export function buildFloorPanelExtension(dir, builtManifestPath, message) {
  const built = JSON.parse(readFileSync(builtManifestPath, 'utf8'));
  const matches = built.content_scripts.flatMap((script) => script.matches);
  const manifest = {
    manifest_version: 3,
    name: 'Floor panel',
    version: '1.0.0',
    content_scripts: [{ matches, js: ['launcher.js'], run_at: built.content_scripts[0].run_at ?? 'document_idle' }],
    web_accessible_resources: [{ resources: ['message.html'], matches: built.web_accessible_resources[0].matches, use_dynamic_url: true }],
  };
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, 'launcher.js'), `(${floorLauncher.toString()})();\n`);
  writeFileSync(
    join(dir, 'message.html'),
    '<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Floor</title></head><body><script src="message.js"></script></body></html>\n',
  );
  writeFileSync(join(dir, 'message.js'), `(${drawMessage.toString()})(${JSON.stringify(message)});\n`);
  return dir;
}
