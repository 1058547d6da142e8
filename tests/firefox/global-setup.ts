import { ensureBuilt } from '../../scripts/lib/builds.mjs';
import { findFirefox, FIREFOX_HINT } from './firefox';

/** Says why the smoke test is skipped, where it is; makes the Firefox build when it is missing or stale. */
export default function globalSetup() {
  if (!findFirefox()) {
    console.log(process.env.CI ? FIREFOX_HINT : `The Firefox smoke test is skipped. ${FIREFOX_HINT}`);
    return;
  }
  ensureBuilt('firefox');
}
