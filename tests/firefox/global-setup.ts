import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { firefoxExtensionDir, repoRoot } from '../../scripts/lib/browser.mjs';
import { findFirefox, FIREFOX_HINT } from './firefox';

/** Says why the smoke test is skipped, where it is; builds the Firefox build when it is missing. */
export default function globalSetup() {
  if (!findFirefox()) {
    console.log(process.env.CI ? FIREFOX_HINT : `The Firefox smoke test is skipped. ${FIREFOX_HINT}`);
    return;
  }
  if (existsSync(`${firefoxExtensionDir}/manifest.json`)) return;
  console.log(`${firefoxExtensionDir} is not built: npx wxt build -b firefox --mv3`);
  const built = spawnSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], { cwd: repoRoot, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('The Firefox build failed: run `npm run build:firefox` to see why.');
}
