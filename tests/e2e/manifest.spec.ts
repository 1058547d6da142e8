/** The built manifests — the shopper's Chromium build, the Firefox build, and the build for tests: what the extension asks of the browser. */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { extensionDir, firefoxExtensionDir, productionExtensionDir } from '../../scripts/lib/browser.mjs';
import { marketplaces } from '../../utils/marketplaces';
import { TEST_HOOKS } from '../../utils/platform/test-hooks';
import { expect, test } from './fixtures';

// The build for tests holds granted what no test can be granted otherwise (utils/platform/build.ts).
const builds = [
  { name: 'Chromium', dir: productionExtensionDir, dynamic: true, forTests: false },
  { name: 'Firefox', dir: firefoxExtensionDir, dynamic: false, forTests: false },
  { name: 'the test build', dir: extensionDir, dynamic: true, forTests: true },
];
const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const hosts = marketplaces.flatMap((m) => m.matches);

for (const { name, dir, dynamic, forTests } of builds) {
  test.describe(name, () => {
    test('the extension replaces none of the browser\'s own pages', () => {
      const built = manifest(dir);
      expect(built.chrome_url_overrides).toBeUndefined();
      expect(built.chrome_settings_overrides).toBeUndefined();
    });

    test('Manifest V3: only the panel\'s frame page and the page\'s readers are web-accessible, only to the marketplaces', () => {
      const built = manifest(dir);
      expect(built.manifest_version).toBe(3);
      // Chromium gives them a per-session address; Firefox has no such option (its address is random per
      // installation, and out of the page's reach behind the closed shadow root). The readers are what the
      // content script imports when it first reads a page in full.
      const entry = { resources: ['panel.html', 'page-reader.js'], matches: hosts, ...(dynamic && { use_dynamic_url: true }) };
      expect(built.web_accessible_resources).toEqual([entry]);
      expect([...built.host_permissions].sort()).toEqual([...hosts, ...(forTests ? ['<all_urls>'] : [])].sort());
    });

    test('the content script carries the address readers only; the page\'s readers, the frame and the order buttons are a script of their own', () => {
      const script = readFileSync(join(dir, 'content-scripts/marketplace.js'), 'utf8');
      const readers = readFileSync(join(dir, 'page-reader.js'), 'utf8');
      // Names only the page's readers use: Ozon's widgets, Wildberries' blocks, Yandex Market's marks.
      for (const name of ['webCreateQuestion', 'seller-info__', 'product-full-specs']) {
        expect(script, `${name} in the content script`).not.toContain(name);
        expect(readers, `${name} in the page's readers`).toContain(name);
      }
      // Nor the dialog's frame's side (its key, its styles, the outline) nor the order cards' buttons: they
      // come with the readers, which only a page read in full needs. Only the frame's element is made here,
      // at the click, so that its page loads while the readers come.
      for (const name of ['market-helpdesk-key', 'mh-outline', 'market-helpdesk-order-button']) {
        expect(readers, `${name} in the page's readers`).toContain(name);
      }
      for (const name of ['market-helpdesk-key', 'mh-outline']) expect(script, `${name} in the content script`).not.toContain(name);
      expect(script).toContain('panel.html');
      // What the address alone needs is there, and the import of the readers.
      expect(script).toContain('orderdetails');
      expect(script).toContain('page-reader.js');
    });

    test('the extension\'s pages may reach nothing outside the extension: no request of any kind, nothing from the web', () => {
      const policy = String(manifest(dir).content_security_policy?.extension_pages ?? '');
      const directives = Object.fromEntries(policy.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
      expect(directives['connect-src']).toEqual(["'none'"]);
      expect(directives['default-src']).toEqual(["'self'"]);
      expect(directives['script-src']).toEqual(["'self'"]);
      expect(directives['img-src']).toEqual(["'self'", 'blob:', 'data:']);
      expect(directives['form-action']).toEqual(["'none'"]);
    });

    test('it asks for no permission the design does not use', () => {
      const built = manifest(dir);
      // The dialog is no longer injected (no `scripting`); the popup needs no `tabs` (host permissions suffice);
      // `contextMenus` for «Сохранить как ответ», whose click brings the selected text (no host permission).
      const asked = ['activeTab', 'alarms', 'contextMenus', 'storage', 'unlimitedStorage', ...(forTests ? ['notifications'] : [])];
      expect([...built.permissions].sort()).toEqual(asked.sort());
      expect(built.optional_permissions).toEqual(forTests ? undefined : ['notifications']);
    });
  });
}

/**
 * What the browsers' compatibility data (MDN's, which web-ext's linter carries) gives as the first
 * Firefox, desktop and Android, to know each key of a built manifest: the key itself, its properties
 * (those of each entry of a list), each permission asked for, and gecko's settings.
 */
function firstVersions(built: Record<string, unknown>): { key: string; desktop: number | false; android: number | false }[] {
  const linter = createRequire(import.meta.url).resolve('addons-linter/package.json');
  const data = createRequire(linter)('@mdn/browser-compat-data').webextensions.manifest;
  type Compat = { __compat?: { support: Record<string, { version_added: string | false } | { version_added: string | false }[]> } };
  const first = (node: Compat, browser: string) => {
    const added = [node.__compat!.support[browser]].flat()[0]?.version_added;
    return typeof added === 'string' ? Number.parseFloat(added) : false;
  };
  const found: { key: string; desktop: number | false; android: number | false }[] = [];
  const visit = (key: string, node: Compat | undefined) => {
    if (node?.__compat) found.push({ key, desktop: first(node, 'firefox'), android: first(node, 'firefox_android') });
  };
  for (const [key, value] of Object.entries(built)) {
    const node = data[key];
    visit(key, node);
    // gecko's own settings are walked below; gecko_android is Android's alone.
    if (!node || typeof value !== 'object' || value === null || key === 'browser_specific_settings') continue;
    const entries = Array.isArray(value) ? value : [value];
    for (const entry of entries) {
      if (typeof entry === 'string') visit(`${key}.${entry}`, key.endsWith('permissions') ? data.permissions[entry] : undefined);
      else for (const property of Object.keys(entry)) visit(`${key}.${property}`, node[property]);
    }
  }
  for (const property of Object.keys((built.browser_specific_settings as { gecko: object }).gecko)) {
    visit(`gecko.${property}`, data.browser_specific_settings.gecko[property]);
  }
  return found;
}

test('Firefox: the floor is the first version that knows every manifest key, no later (140, the ESR, on desktop)', () => {
  const built = manifest(firefoxExtensionDir);
  const keys = firstVersions(built);
  // The walk found what it must (else it proves nothing): the keys that set the floor.
  expect(keys.map((k) => k.key)).toEqual(expect.arrayContaining(['host_permissions', 'action', 'gecko.data_collection_permissions']));
  const latest = (of: (number | false)[]) => Math.max(...of.filter((v): v is number => v !== false));
  expect(keys.filter((k) => k.desktop === false)).toEqual([]);
  expect(built.browser_specific_settings.gecko.strict_min_version).toBe(`${latest(keys.map((k) => k.desktop))}.0`);
  expect(built.browser_specific_settings.gecko.strict_min_version).toBe('140.0');
  expect(built.browser_specific_settings.gecko_android.strict_min_version).toBe(`${latest(keys.map((k) => k.android))}.0`);
});

// The Chromium build's closed root is tried in page-script.spec.ts, and Firefox's panel is opened from
// outside it by the smoke test (tests/firefox); the bundles are read too: the shadow roots' mode, a
// constant defined next to the panel's tag (elements.ts).
test('the shopper\'s builds close the panel\'s shadow root; only the test build leaves it open', () => {
  const mode = (dir: string) =>
    readFileSync(join(dir, 'content-scripts/marketplace.js'), 'utf8').match(/"market-helpdesk-panel",\w+="(open|closed)"/)?.[1];
  // The order cards' buttons make theirs in page-reader.js, which carries the same constant.
  const buttonsMode = (dir: string) =>
    readFileSync(join(dir, 'page-reader.js'), 'utf8').match(/\w+="(open|closed)",\w+="market-helpdesk-order-button"/)?.[1];
  for (const read of [mode, buttonsMode]) {
    expect(read(productionExtensionDir)).toBe('closed');
    expect(read(firefoxExtensionDir)).toBe('closed');
    expect(read(extensionDir)).toBe('open');
  }
});

test('the content script and the script it imports into its world take the browser\'s API, not the polyfill', () => {
  for (const dir of [productionExtensionDir, extensionDir]) {
    for (const file of ['content-scripts/marketplace.js', 'page-reader.js']) {
      expect(readFileSync(join(dir, file), 'utf8'), `${file} in ${dir}`).not.toContain('should only be loaded in a browser extension');
    }
    // The extension's own pages keep it (the check above reads the polyfill's own words).
    expect(readFileSync(join(dir, 'background.js'), 'utf8')).toContain('should only be loaded in a browser extension');
  }
});

/** Every script file of a build, as text. */
function scriptsOf(dir: string): string[] {
  const walk = (at: string): string[] =>
    readdirSync(at, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(at, entry.name)) : entry.name.endsWith('.js') ? [readFileSync(join(at, entry.name), 'utf8')] : [],
    );
  return walk(dir);
}

test("the clock offset that tests move time with is in the test build alone, never in what is shipped", () => {
  // The test build reads it (the check below can fail)...
  expect(scriptsOf(extensionDir).some((code) => code.includes('clockOffsetMs'))).toBe(true);
  // ...the shopper's builds have no trace of it: no script can move the time deleted inquiries are purged at.
  for (const dir of [productionExtensionDir, firefoxExtensionDir]) {
    expect(scriptsOf(dir).filter((code) => code.includes('clockOffsetMs'))).toEqual([]);
  }
});

test('the handlers handed to the tests are in the test build alone', () => {
  expect(scriptsOf(extensionDir).some((code) => code.includes(TEST_HOOKS))).toBe(true);
  for (const dir of [productionExtensionDir, firefoxExtensionDir]) {
    expect(scriptsOf(dir).filter((code) => code.includes(TEST_HOOKS))).toEqual([]);
  }
});
