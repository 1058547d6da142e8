import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import {
  extensionDir,
  findChromium,
  firefoxExtensionDir,
  INSTALL_HINT,
  productionExtensionDir,
  repoRoot,
} from '../../scripts/lib/browser.mjs';

/**
 * The tests load the build for tests (open shadow root); a few check the shopper's build and the Firefox
 * build's manifest. `npm run test:e2e` makes all three; one that is missing is made here.
 */
const BUILDS: [string, string[]][] = [
  [extensionDir, ['wxt', 'build', '--mode', 'test']],
  [productionExtensionDir, ['wxt', 'build']],
  [firefoxExtensionDir, ['wxt', 'build', '-b', 'firefox', '--mv3']],
];

export default function globalSetup() {
  if (!findChromium()) throw new Error(INSTALL_HINT);
  for (const [dir, command] of BUILDS) {
    if (existsSync(`${dir}/manifest.json`)) continue;
    console.log(`${dir} is not built: npx ${command.join(' ')}`);
    const built = spawnSync('npx', command, { cwd: repoRoot, stdio: 'inherit' });
    if (built.status !== 0 || !existsSync(`${dir}/manifest.json`)) {
      throw new Error(`The extension could not be built (${dir}): run \`npm run test:e2e\`, which builds it.`);
    }
  }
}
