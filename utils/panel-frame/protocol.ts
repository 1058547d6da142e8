/**
 * The panel comes in two parts. The content script, on every marketplace page, is small: it reads the page
 * and shows the launcher and the order cards' buttons, none of which holds anything private. The dialog —
 * the contact flow with the shopper's profile, drafts and earlier inquiries — is an extension page
 * (`panel.html`) shown in an <iframe> inside the content script's shadow root: the extension's own origin,
 * which the marketplace's scripts can neither read, script, nor send events into.
 *
 * The frame finds its tab through the browser (`tabs.getCurrent`), never through anything the page could
 * set, and opens a port to the content script of that tab's top frame. The content script knows its own
 * frame by a one-time key: once the frame has loaded, the content script posts the key to that frame's
 * window alone, for the extension's origin alone (`keyMessage`), and the frame connects naming it
 * (`panelPortName`); the one port whose sender is this extension's panel.html and which names that key is
 * taken. A copy of panel.html that the page frames itself never learns the key. The page cannot reach our
 * frame's window (the root is closed, and `window.frames` lists no frame of a shadow tree); were it to
 * post a key of its own there, our frame would name it and be refused: the panel does not open, and
 * nothing of it is told. (The key used to come by a fragment navigation of the frame, which Chromium made
 * a second load of the whole page.) This is what the two say over the port (JSON only, as every runtime
 * message).
 *
 * Firefox gives an extension page framed in a website the content scripts' APIs alone: no `tabs`, so the
 * frame can neither find its tab nor connect to its content script. There the background asks the
 * browser which tab the frame is in (`sender.tab`) and carries the port: the frame connects to it with
 * its key in the port's name (`relayPortName`), and the background connects to the content script of
 * that tab's top frame naming the frame's address, as the browser reports it, with that key in its
 * fragment (`relayedPortName`). The content script checks that address for the key as it checks a direct
 * sender's. Only our own code runs in a frame of panel.html, and it names the key it was given: a copy
 * the page framed has none of ours to name.
 */
import type { PageContext, PageTarget } from '@/utils/marketplaces/types';

export const PANEL_PAGE = '/panel.html';
export const PANEL_PORT = 'market-helpdesk-panel';
/** The frame's key as it is named (`#` and a UUID, the form of an address's fragment). */
export const FRAME_KEY = /^#[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** The content script → its frame's window (postMessage): the key, under this name. */
const KEY_MESSAGE = 'market-helpdesk-key';

/**
 * What the content script posts to its frame's window: the key (`#<uuid>`), and the page's state as it
 * would first send it over the port, so that the frame draws without waiting for the port's round trip
 * through the page's busy main thread.
 */
export function keyMessage(hash: string, state?: ToFrame): Record<string, unknown> {
  return { [KEY_MESSAGE]: hash, ...(state?.type === 'state' && { state }) };
}

/** The key in a message to the frame's window, with the state that came with it; undefined for anything else. */
export function keyOfMessage(data: unknown): { hash: string; state?: ToFrame } | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { [KEY_MESSAGE]: hash, state } = data as Record<string, unknown>;
  if (typeof hash !== 'string' || !FRAME_KEY.test(hash)) return undefined;
  const given = typeof state === 'object' && state !== null && (state as { type?: unknown }).type === 'state';
  return { hash, ...(given && { state: state as ToFrame }) };
}

/** The frame → the content script, directly (Chromium): the port, naming the key (`#<key>`). */
export function panelPortName(hash: string): string {
  return PANEL_PORT + hash;
}

/** The key a frame named in its direct port's name (`#<key>`); undefined for any other port. */
export function panelPortKey(portName: string): string | undefined {
  return keyAfter(PANEL_PORT, portName);
}

/** The key (`#<uuid>`) a port's name gives right after `prefix`; undefined when it gives anything else. */
function keyAfter(prefix: string, portName: string): string | undefined {
  const hash = portName.startsWith(prefix) ? portName.slice(prefix.length) : '';
  return FRAME_KEY.test(hash) ? hash : undefined;
}

/** The frame → the background, where the frame has no `tabs` API (Firefox). */
const RELAY_PREFIX = `${PANEL_PORT}-relay`;
const RELAYED_PREFIX = `${PANEL_PORT}@`;

/** The frame → the background: the relay, for the frame whose key is in `hash` (`#<key>`). */
export function relayPortName(hash: string): string {
  return RELAY_PREFIX + hash;
}

/** The key a frame named in its relay port's name (`#<key>`); undefined for any other port. */
export function relayPortKey(portName: string): string | undefined {
  return keyAfter(RELAY_PREFIX, portName);
}

/** The background → the content script, on behalf of the frame at `frameUrl`. */
export function relayedPortName(frameUrl: string): string {
  return RELAYED_PREFIX + frameUrl;
}

/** The frame's address a relayed port was opened for; undefined for any other port. */
export function relayedFrameUrl(portName: string): string | undefined {
  return portName.startsWith(RELAYED_PREFIX) ? portName.slice(RELAYED_PREFIX.length) : undefined;
}

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
  /** Those of them the page does not show now (folded, 0 × 0): the panel does not lead with them. */
  hiddenTargets: PageTarget[];
  scheme: ColorScheme;
  open: boolean;
}

/**
 * What came of showing the page's own control: 'shown' (drawn with a real size, scrolled into view and
 * outlined), 'hidden' (on the page but not drawn: folded, 0 × 0, off-screen) or 'absent' (not on the page).
 */
export type RevealOutcome = 'shown' | 'hidden' | 'absent';
export const REVEAL_OUTCOMES: readonly RevealOutcome[] = ['shown', 'hidden', 'absent'];

/** Put into the page's text box the shopper last focused, or no box to put it into (utils/in-page/insert-text.ts). */
export type InsertOutcome = 'inserted' | 'no-field';

/**
 * What the content script sees of the frame itself (entrypoints/panel/act-guard.ts): drawn at its place and
 * size, or moved, scaled or zoomed by the page; and whether the page's root carries a filter.
 */
export interface FramePlacement {
  placed: boolean;
  rootFiltered: boolean;
}

/** content script → frame */
export type ToFrame =
  | ({ type: 'state' } & PanelState & FramePlacement)
  /** The panel was opened (again): move focus inside. */
  | { type: 'focus' }
  /**
   * Focus left the panel for an element of the page with no act of the shopper's on the page (no click,
   * no key there): the page took it, and what the shopper types next goes to the page.
   */
  | { type: 'focus-taken' }
  | { type: 'revealed'; id: number; outcome: RevealOutcome }
  /** The product card's text, read from the page on request; absent when it shows none. */
  | { type: 'card-text'; id: number; text?: string }
  | { type: 'inserted'; id: number; outcome: InsertOutcome }
  /** The page's selected text, read on request; absent when nothing is selected. */
  | { type: 'selection'; id: number; text?: string };

/** frame → content script */
export type FromFrame =
  /**
   * The dialog has drawn: the frame may be shown. (It says nothing of its size: the frame's size follows
   * the window alone, since a height following the content would tell the page what the panel holds.)
   */
  | { type: 'ready' }
  | { type: 'close' }
  /**
   * The frame's window got focus at `at` (the shopper clicked or tabbed into it), or lost it at `at`
   * (Date.now(): the message may come after the page's own events that followed).
   */
  | { type: 'focused'; at: number }
  | { type: 'blurred'; at: number }
  /** The shopper pressed in the panel: its place is looked at now, before the click (at the release). */
  | { type: 'pressed' }
  /** Scroll to the page's own form or button and outline it; answered with `revealed`. */
  | { type: 'reveal'; id: number; target: PageTarget }
  /** Read the product card's text now (an inquiry is being saved); answered with `card-text`. */
  | { type: 'card-text'; id: number }
  /**
   * Put the message into the page's text box the shopper last focused, as typed text the page's own
   * framework sees; never press its send button. Answered with `inserted`.
   */
  | { type: 'insert'; id: number; text: string }
  /** Read the page's selected text now (the shopper saves it as a reply); answered with `selection`. */
  | { type: 'selection'; id: number }
  /** Relayed ports only: keeps Firefox's background awake while the panel is open; not passed on. */
  | { type: 'keep-alive' };

/**
 * This extension's panel.html (`ownAddress`, as the browser gives it) with the key (`#<uuid>`) in its
 * fragment. The host is not compared: Chromium gives the frame a per-session address (`use_dynamic_url`),
 * and reports its sender at the extension's own.
 */
export function isPanelAddress(address: string | undefined, key: string, ownAddress: string): boolean {
  if (!address) return false;
  try {
    const url = new URL(address);
    const own = new URL(ownAddress);
    return url.protocol === own.protocol && url.pathname === PANEL_PAGE && url.hash === key;
  } catch {
    return false;
  }
}

/** A direct sender's address (as the browser gives it) with the key its port named; undefined without either. */
export function withKey(address: string | undefined, hash: string | undefined): string | undefined {
  if (!address || !hash) return undefined;
  try {
    const url = new URL(address);
    url.hash = hash;
    return url.href;
  } catch {
    return undefined;
  }
}
