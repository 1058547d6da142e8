import { findChromium, INSTALL_HINT } from '../../scripts/lib/browser.mjs';
import { ensureBuilt } from '../../scripts/lib/builds.mjs';

/**
 * The tests load the build for tests (open shadow root); a few check the shopper's build and the Firefox
 * build's manifest. Each is made here when it is missing or older than its sources, and only then.
 */
export default function globalSetup() {
  if (!findChromium()) throw new Error(INSTALL_HINT);
  ensureBuilt('test', 'production', 'firefox');
}
