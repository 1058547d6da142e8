import { existsSync } from 'node:fs';
import { extensionDir, findChromium, INSTALL_HINT } from '../../scripts/lib/browser.mjs';

export default function globalSetup() {
  if (!findChromium()) throw new Error(INSTALL_HINT);
  if (!existsSync(`${extensionDir}/manifest.json`)) {
    throw new Error(`The extension is not built (${extensionDir}): run \`npm run build\` first (npm test does).`);
  }
}
