/**
 * The dialog's frame, as the content script holds it: an <iframe> of the extension's page `panel.html`
 * inside the panel's shadow root, and the port its page opens back to this script (utils/platform/panel-frame.ts).
 * What the frame shows stays in the frame; this side only places it, tells it its key, and outlines the
 * page's own form or button when the frame asks.
 */
import { browser, type Browser } from 'wxt/browser';
import type { PageTarget } from '../../utils/marketplaces/types';
import {
  PANEL_PAGE,
  PANEL_PORT,
  relayedFrameUrl,
  type ColorScheme,
  type FromFrame,
  type PanelState,
  type ToFrame,
} from '../../utils/platform/panel-frame';
import { isExtensionPage } from '../../utils/platform/sender';
import frameCss from './frame.css?inline';
import { rootFiltered } from './seen-clicks';

type Port = Browser.runtime.Port;

/**
 * A frame whose page has loaded and not drawn by then has failed (a lost connection, a tab the browser
 * could not find). Counted from the frame's load, not from its making: on a busy machine the page itself
 * can take seconds to load, and that is slowness, not failure.
 */
export const FRAME_TIMEOUT_MS = 10_000;
/** A frame whose page has not even loaded by then has failed too. */
export const FRAME_LOAD_TIMEOUT_MS = 30_000;
/** How often the frame's place is looked at while it is shown. */
const PLACEMENT_MS = 100;
/** Focus that leaves the panel this long after the shopper's click or key on the page went there by it. */
const SHOPPERS_ACT_MS = 1000;

export interface FrameHandlers {
  /** The state to send, or undefined while the page gives none. */
  state(): PanelState | undefined;
  find(target: PageTarget): Element | null;
  /** The product card's text, read when asked (at save time), never on page load. */
  cardText(): string | undefined;
  onClose(): void;
  /** The frame did not draw in time: it is gone, and the next opening makes a new one. */
  onFailed(): void;
}

export function createPanelFrame(root: HTMLElement, label: () => string, handlers: FrameHandlers) {
  // The frame's styles come with it, before it is made (it is transparent until it has drawn).
  const style = document.createElement('style');
  style.textContent = frameCss;
  root.append(style);
  let frame: HTMLIFrameElement | undefined;
  let port: Port | undefined;
  /**
   * The key our frame was given, which its page connects with in its address's fragment; cleared once it
   * has (a key serves once). Never written into the page's DOM: the frame's `src` has none.
   */
  let key: string | undefined;
  let timeout: number | undefined;
  /** Whether the frame's page (ours, or what the page put there) has loaded. */
  let loaded = false;
  /** Focus goes inside once the frame has drawn (an invisible frame cannot take it). */
  let focusPending = false;
  let lastSent = '';

  const post = (message: ToFrame) => port?.postMessage(message);

  function send() {
    // Nothing to work out while no frame listens (a page where the panel was never opened).
    if (!port) return;
    const state = handlers.state();
    if (!state) return;
    filtered = rootFiltered();
    const message: ToFrame = { type: 'state', ...state, placed, rootFiltered: filtered };
    const text = JSON.stringify(message);
    if (text === lastSent) return;
    lastSent = text;
    post(message);
  }

  function focusInside() {
    if (!frame || frame.hidden || !frame.dataset.ready) {
      focusPending = true;
      return;
    }
    focusPending = false;
    frame.focus();
    post({ type: 'focus' });
  }

  function onFrameMessage(message: FromFrame) {
    if (!frame) return;
    if (message.type === 'ready') {
      if (!frame.dataset.ready) {
        frame.dataset.ready = 'true';
        clearTimeout(timeout);
        timeout = undefined;
        if (focusPending) focusInside();
      }
    } else if (message.type === 'close') {
      handlers.onClose();
    } else if (message.type === 'focused') {
      focusEntered();
    } else if (message.type === 'blurred') {
      focusLeft();
    } else if (message.type === 'pressed') {
      checkPlacement();
    } else if (message.type === 'reveal') {
      post({ type: 'revealed', id: message.id, shown: reveal(message.target) });
    } else if (message.type === 'card-text') {
      let text: string | undefined;
      try {
        text = handlers.cardText();
      } catch {
        text = undefined;
      }
      post({ type: 'card-text', id: message.id, ...(text && { text }) });
    }
  }

  function reveal(target: PageTarget): boolean {
    const element = handlers.find(target);
    if (!element) return false;
    element.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    if (element instanceof HTMLElement && element.matches('textarea, input, button, a')) {
      // Asked by the shopper's click in the panel: focus goes to the page's form on their behalf.
      shoppersActAt = performance.now();
      element.focus({ preventScroll: true });
    }
    outline(element, root);
    return true;
  }

  /**
   * Only our own frame's page may connect, once: the sender must be this extension, at the address with
   * the key that only our frame was sent to (or, in Firefox, the background on that frame's behalf). A copy of panel.html that the page frames itself — at the
   * frame's `src`, read while the shadow root is open (test builds), or at a guess — has no key and gets
   * nothing.
   */
  function onConnect(candidate: Port) {
    const relayed = relayedFrameUrl(candidate.name);
    if (candidate.name !== PANEL_PORT && relayed === undefined) return;
    const sender = candidate.sender;
    // Direct, the frame itself; relayed (Firefox), the background, naming the frame's address as the
    // browser gave it there.
    const frameUrl = relayed === undefined ? sender?.url : isExtensionPage(sender) ? relayed : undefined;
    const ours = !!frame && !port && !!key && sender?.id === browser.runtime.id && isPanelAddress(frameUrl, key);
    if (!ours) return candidate.disconnect();
    key = undefined;
    port = candidate;
    lastSent = '';
    candidate.onMessage.addListener((message) => onFrameMessage(message as FromFrame));
    candidate.onDisconnect.addListener(() => {
      if (port !== candidate) return;
      // The frame went away or was sent elsewhere (the page can navigate a frame it holds): a new one is
      // made on the next opening, never a document we did not load.
      port = undefined;
      dropFrame();
      handlers.onClose();
    });
    send();
  }
  browser.runtime.onConnect.addListener(onConnect);

  // Focus taken by the page while it was in the panel — given to an element of its own, or just taken
  // (`blur()`, `window.focus()`): the frame is told, and says so (it keeps what was typed). The shopper's own
  // clicks and keys on the page, after focus went into the panel, are what may move it there.
  let shoppersActAt = -Infinity;
  const onShoppersAct = (event: Event) => {
    if (event.isTrusted) shoppersActAt = performance.now();
  };
  /** Said once each time focus leaves the panel. */
  let takenSaid = false;
  /**
   * Focus came into the frame: heard inside our root when it comes from the page, and told by the frame
   * (`focused`) when it comes from a click inside it, of which this document hears nothing.
   */
  function focusEntered() {
    if (!frame || frame.hidden) return;
    shoppersActAt = -Infinity;
    takenSaid = false;
  }
  /**
   * Focus left the frame: heard inside our root, or told by the frame (`blurred`; this document does not
   * always hear it). Where it went is known once it has gone: still in this window (another window is the
   * shopper's choice), not in our host, and with no click or key of the shopper's on the page since it
   * came in.
   */
  function focusLeft() {
    setTimeout(() => {
      const host = (root.getRootNode() as ShadowRoot).host;
      const taken = document.hasFocus() && document.activeElement !== host && performance.now() - shoppersActAt > SHOPPERS_ACT_MS;
      if (!frame || frame.hidden || !taken || takenSaid) return;
      takenSaid = true;
      post({ type: 'focus-taken' });
    }, 0);
  }
  const onFocusInside = (event: FocusEvent) => {
    if (event.target === frame) focusEntered();
  };
  const onFocusLeaving = (event: FocusEvent) => {
    if (event.target === frame) focusLeft();
  };
  for (const type of ['pointerdown', 'keydown']) document.addEventListener(type, onShoppersAct, true);
  root.addEventListener('focusin', onFocusInside, true);
  root.addEventListener('focusout', onFocusLeaving, true);

  // The page's scheme: the system's preference, and a theme the page switches by a class or an attribute
  // on <html> or <body> (a new <body>, or a style sheet added, come with the page's own changes).
  const schemes = matchMedia('(prefers-color-scheme: dark)');
  const onScheme = () => send();
  schemes.addEventListener('change', onScheme);
  const themes = new MutationObserver(() => {
    if (document.body) themes.observe(document.body, { attributes: true });
    send();
  });
  themes.observe(document.documentElement, { attributes: true, childList: true });
  if (document.body) themes.observe(document.body, { attributes: true });

  // Where the frame is drawn, looked at every PLACEMENT_MS while it is shown, and at once when the shopper
  // presses in the panel (before the click, which comes at the release): a page that translates, scales
  // or zooms its root moves our frame with it (under the shopper's cursor, or shrunk under a bait) without
  // touching our host; the frame is told, and waits until it is back where it was shown. Measured against
  // where it was drawn when shown, not against frame.css: scroll bars and a page's own layout move it a
  // little, and that is not the page's doing. (A timer, not
  // requestAnimationFrame: in Firefox a content script's frame loop starves the panel's own rendering.)
  let placed = true;
  let filtered = false;
  let placing: number | undefined;
  /** Where it was drawn when shown (or when the window last changed size): the page's own layout, as is. */
  let shownAt: { box: DOMRect; width: number; height: number } | undefined;
  function checkPlacement() {
    if (!frame || frame.hidden) return;
    const box = frame.getBoundingClientRect();
    if (!shownAt || shownAt.width !== innerWidth || shownAt.height !== innerHeight) shownAt = { box, width: innerWidth, height: innerHeight };
    const still = (['left', 'top', 'width', 'height'] as const).every((side) => Math.abs(box[side] - shownAt!.box[side]) <= 3);
    // Not shrunk either (frame.css: 400 × 640 px at most, less on a small window).
    const whole = box.width >= 0.8 * Math.min(400, innerWidth - 52) && box.height >= 0.8 * Math.min(640, innerHeight - 32);
    const now = still && whole;
    // A filter put on the page's root by a style sheet, not an attribute, is seen here too.
    const filter = rootFiltered();
    if (now === placed && filter === filtered) return;
    placed = now;
    filtered = filter;
    send();
  }
  function watchPlacement() {
    clearTimeout(placing);
    placing = undefined;
    if (!frame || frame.hidden) return;
    checkPlacement();
    placing = window.setTimeout(watchPlacement, PLACEMENT_MS);
  }

  function dropFrame() {
    clearTimeout(placing);
    placing = undefined;
    clearTimeout(timeout);
    timeout = undefined;
    key = undefined;
    frame?.remove();
    frame = undefined;
    root.querySelector('.mh-outline')?.remove();
  }

  /**
   * Gives our frame, once it has first loaded, its key: a fragment navigation of that frame alone, to the
   * address we made it at (never one read from the frame). Not when what loaded there is of the page's
   * origin (the page sent the frame elsewhere): that document could read it. Chromium keeps our page's
   * document from this script (another origin); Firefox lets a content script read its own extension's
   * pages, and there it must be that page.
   */
  function sendKey(target: HTMLIFrameElement, address: string) {
    if (target !== frame || key || port) return;
    const loaded = target.contentDocument;
    if (loaded !== null && loaded.URL !== address) return;
    key = crypto.randomUUID();
    // `replace`: no entry in the tab's history (Back must not step through the frame). A whole address,
    // since a relative one would be resolved against the page's.
    target.contentWindow?.location.replace(`${address}#${key}`);
  }

  function navigatedAway() {
    const held = port;
    port = undefined;
    held?.disconnect();
    dropFrame();
    handlers.onClose();
  }

  function startTimeout() {
    clearTimeout(timeout);
    timeout = undefined;
    if (!frame || frame.dataset.ready) return;
    timeout = window.setTimeout(fail, loaded ? FRAME_TIMEOUT_MS : FRAME_LOAD_TIMEOUT_MS);
  }

  function fail() {
    timeout = undefined;
    if (!frame || frame.dataset.ready) return;
    const held = port;
    port = undefined;
    held?.disconnect();
    dropFrame();
    handlers.onFailed();
  }

  return {
    get element() {
      return frame;
    },
    show(focus: boolean) {
      if (!frame) {
        frame = document.createElement('iframe');
        frame.className = 'mh-frame';
        frame.id = 'mh-dialog';
        frame.dataset.testid = 'mh-frame';
        frame.title = label();
        // The page's own permissions policy may still refuse it: the frame then copies by selection.
        frame.allow = 'clipboard-write';
        const address = browser.runtime.getURL(PANEL_PAGE);
        frame.src = address;
        const made = frame;
        loaded = false;
        made.addEventListener('load', () => sendKey(made, address), { once: true });
        made.addEventListener('load', () => {
          if (made !== frame) return;
          if (loaded) {
            // Loaded again: our own page with its key (Chromium loads it anew), or the frame sent elsewhere.
            // A document this script can read that is not our page is of the marketplace's origin, and
            // could reach into the panel: it goes, and the panel closes. (Any other site's is cut off from
            // the panel by its origin, and its port's loss closes the panel as well.)
            const loadedThere = made.contentDocument;
            if (loadedThere !== null && !loadedThere.URL.startsWith(address)) navigatedAway();
            return;
          }
          loaded = true;
          // From now on only the connection and the first drawing are left.
          if (timeout !== undefined) startTimeout();
        });
        // Before the launcher, which is painted above it (launcher.css).
        root.prepend(frame);
      }
      if (timeout === undefined) startTimeout();
      frame.title = label();
      frame.hidden = false;
      send();
      shownAt = undefined;
      watchPlacement();
      if (focus) focusInside();
    },
    hide() {
      focusPending = false;
      clearTimeout(placing);
      placing = undefined;
      clearTimeout(timeout);
      timeout = undefined;
      if (frame) frame.hidden = true;
      send();
    },
    /** Sends the current state, when it changed. */
    update: send,
    remove() {
      style.remove();
      browser.runtime.onConnect.removeListener(onConnect);
      for (const type of ['pointerdown', 'keydown']) document.removeEventListener(type, onShoppersAct, true);
      root.removeEventListener('focusin', onFocusInside, true);
      root.removeEventListener('focusout', onFocusLeaving, true);
      schemes.removeEventListener('change', onScheme);
      themes.disconnect();
      const held = port;
      port = undefined;
      held?.disconnect();
      dropFrame();
    },
  };
}

export type PanelFrame = ReturnType<typeof createPanelFrame>;

/**
 * This extension's panel.html with the key in its fragment. The host is not compared: Chromium gives the
 * frame a per-session address (`use_dynamic_url`), and reports its sender at the extension's own.
 */
function isPanelAddress(address: string | undefined, key: string): boolean {
  if (!address) return false;
  try {
    const url = new URL(address);
    const own = new URL(browser.runtime.getURL(PANEL_PAGE));
    return url.protocol === own.protocol && url.pathname === PANEL_PAGE && url.hash === `#${key}`;
  } catch {
    return false;
  }
}

/**
 * Light or dark as the page shows itself: its own background where it paints one, else what it declares
 * (`color-scheme`) together with the shopper's preference; a page that declares nothing is light.
 */
export function pageScheme(doc: Document = document): ColorScheme {
  for (const element of [doc.body, doc.documentElement]) {
    if (!element) continue;
    const rgba = getComputedStyle(element).backgroundColor.match(/[\d.]+/g)?.map(Number);
    if (!rgba || rgba.length < 3 || (rgba.length > 3 && rgba[3] < 0.5)) continue;
    const [r, g, b] = rgba;
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
  }
  // Declared in CSS on the root, or by <meta name="color-scheme"> (which the root's style does not show).
  const meta = doc.querySelector<HTMLMetaElement>('meta[name="color-scheme"]')?.content ?? '';
  const declared = `${getComputedStyle(doc.documentElement).colorScheme} ${meta}`.split(/\s+/);
  const prefersDark = matchMedia('(prefers-color-scheme: dark)').matches;
  return declared.includes('dark') && (prefersDark || !declared.includes('light')) ? 'dark' : 'light';
}

/**
 * Outlines a page element from inside our own shadow root (the page's DOM is left untouched), following
 * it while the page scrolls, for a few seconds.
 */
function outline(element: Element, root: HTMLElement): void {
  root.querySelector('.mh-outline')?.remove();
  const ring = document.createElement('div');
  ring.className = 'mh-outline';
  ring.setAttribute('data-testid', 'mh-outline');
  root.append(ring);
  const until = performance.now() + 4000;
  const place = () => {
    if (!ring.isConnected) return;
    if (performance.now() > until) return ring.remove();
    const rect = element.getBoundingClientRect();
    ring.style.cssText = `left:${rect.left - 6}px;top:${rect.top - 6}px;width:${rect.width + 12}px;height:${rect.height + 12}px`;
    requestAnimationFrame(place);
  };
  place();
}
