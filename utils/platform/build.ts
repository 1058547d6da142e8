/**
 * Which build this is. `wxt build --mode test` makes a build for the tests and the demo (in
 * `.output/chrome-mv3-test`), which differs from the shopper's build (`wxt build`, `wxt zip`) only where a
 * test cannot work otherwise: Playwright cannot reach into a closed shadow root, so the panel's stays open
 * there; no test can press a browser shortcut, click a notification or the toolbar button, or answer a
 * permission prompt, so the background hands the tests its command and notification handlers
 * (./test-hooks.ts), and the manifest holds `notifications` and `<all_urls>` (for the screenshot a toolbar
 * click's `activeTab` allows) granted. Nothing of this build is ever shipped.
 */
export const TEST_BUILD: boolean = import.meta.env.MODE === 'test';

