/** The built manifest: what the extension asks of the browser. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extensionDir } from '../../scripts/lib/browser.mjs';
import { marketplaces } from '../../utils/marketplaces';
import { expect, test } from './fixtures';

const manifest = () => JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));

test('the extension replaces none of the browser\'s own pages', () => {
  const built = manifest();
  expect(built.chrome_url_overrides).toBeUndefined();
  expect(built.chrome_settings_overrides).toBeUndefined();
});

test('only the panel\'s frame page is web-accessible, only to the marketplaces, at a per-session address', () => {
  const built = manifest();
  const hosts = marketplaces.flatMap((m) => m.matches);
  expect(built.web_accessible_resources).toEqual([{ resources: ['panel.html'], matches: hosts, use_dynamic_url: true }]);
  expect([...built.host_permissions].sort()).toEqual([...hosts].sort());
});

test('it asks for no permission the design does not use', () => {
  const built = manifest();
  // The dialog is no longer injected (no `scripting`); the popup needs no `tabs` (host permissions suffice).
  expect([...built.permissions].sort()).toEqual(['activeTab', 'alarms', 'storage', 'unlimitedStorage']);
  expect(built.optional_permissions).toEqual(['notifications']);
});
