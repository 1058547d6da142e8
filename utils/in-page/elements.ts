/**
 * The elements the content script puts on a marketplace's page, and how their shadow roots are made:
 * shared by the launcher (here at every load) and the order cards' buttons (brought with the page's
 * readers, entrypoints/page-reader.ts), so that neither carries the other's code.
 */
import { TEST_BUILD } from '@/utils/platform/build';

/** The launcher's host, and the root the dialog's frame is made in. */
export const PANEL_TAG = 'market-helpdesk-panel';

/**
 * Closed for the shopper, so that the page's scripts cannot reach the launcher, the frame element (its
 * address, its size) or restyle them; open in the build for tests, which Playwright must reach into.
 */
export const SHADOW_MODE: ShadowRootMode = TEST_BUILD ? 'open' : 'closed';

/** The small "contact" button put on each order card of an order list. */
export const ORDER_BUTTON_TAG = 'market-helpdesk-order-button';
