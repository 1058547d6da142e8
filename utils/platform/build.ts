/**
 * Which build this is. `wxt build --mode test` makes a build for the tests and the demo (in
 * `.output/chrome-mv3-test`), which differs from the shopper's build (`wxt build`, `wxt zip`) only where a
 * test cannot work otherwise: Playwright cannot reach into a closed shadow root, so the panel's stays open
 * there. Nothing of this build is ever shipped.
 */
export const TEST_BUILD: boolean = import.meta.env.MODE === 'test';
