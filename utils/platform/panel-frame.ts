/**
 * The panel comes in two parts. The content script, on every marketplace page, is small: it reads the page
 * and shows the launcher and the order cards' buttons, none of which holds anything private. The dialog —
 * the contact flow with the shopper's profile, drafts and earlier inquiries — is an extension page
 * (`panel.html`) shown in an <iframe> inside the content script's shadow root: the extension's own origin,
 * which the marketplace's scripts can neither read, script, nor send events into.
 *
 * The frame finds its tab through the browser (`tabs.getCurrent`), never through anything the page could
 * set, and opens a port to the content script of that tab's top frame. This is what the two say over it
 * (JSON only, as every runtime message).
 */
import type { PageContext, PageTarget } from '../marketplaces/types';

export const PANEL_PAGE = '/panel.html';
export const PANEL_PORT = 'market-helpdesk-panel';

export type ColorScheme = 'light' | 'dark';

/** What the page says, sent whenever it changes (and once the frame connects). */
export interface PanelState {
  /** What the panel is about: the page, or the order card chosen on an order list. */
  context: PageContext;
  /** The address of the page itself (an order list's, when a card was chosen). */
  pageUrl: string;
  marketplaceName: string;
  /** The page's own controls for the seller channels that are present now. */
  targets: PageTarget[];
  scheme: ColorScheme;
  open: boolean;
}

/** content script → frame */
export type ToFrame =
  | ({ type: 'state' } & PanelState)
  /** The panel was opened (again): move focus inside. */
  | { type: 'focus' }
  | { type: 'revealed'; id: number; shown: boolean }
  /** The product card's text, read from the page on request; absent when it shows none. */
  | { type: 'card-text'; id: number; text?: string };

/** frame → content script */
export type FromFrame =
  /** The dialog's natural height in CSS pixels: the frame is made that tall (up to the window's height). */
  | { type: 'size'; height: number }
  | { type: 'close' }
  /** Scroll to the page's own form or button and outline it; answered with `revealed`. */
  | { type: 'reveal'; id: number; target: PageTarget }
  /** Read the product card's text now (an inquiry is being saved); answered with `card-text`. */
  | { type: 'card-text'; id: number };
