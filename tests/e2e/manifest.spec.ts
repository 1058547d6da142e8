/** The built manifest: what the extension asks of the browser. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extensionDir } from '../../scripts/lib/browser.mjs';
import { expect, test } from './fixtures';

const manifest = () => JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));

test('the extension replaces none of the browser\'s own pages', () => {
  const built = manifest();
  expect(built.chrome_url_overrides).toBeUndefined();
  expect(built.chrome_settings_overrides).toBeUndefined();
});
