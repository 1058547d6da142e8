/**
 * The dialog's frame, as the content script holds it: an <iframe> of the extension's page `panel.html`
 * inside the panel's shadow root, and the port its page opens back to this script (utils/platform/panel-frame.ts).
 * What the frame shows stays in the frame; this side only places it, sizes it, and outlines the page's own
 * form or button when the frame asks.
 */
import { browser, type Browser } from 'wxt/browser';
import type { PageTarget } from '../../utils/marketplaces/types';
import { PANEL_PAGE, PANEL_PORT, type ColorScheme, type FromFrame, type PanelState, type ToFrame } from '../../utils/platform/panel-frame';

type Port = Browser.runtime.Port;

export interface FrameHandlers {
  /** The state to send, or undefined while the page gives none. */
  state(): PanelState | undefined;
  find(target: PageTarget): Element | null;
  /** The product card's text, read when asked (at save time), never on page load. */
  cardText(): string | undefined;
  onClose(): void;
}

export function createPanelFrame(root: HTMLElement, label: () => string, handlers: FrameHandlers) {
  let frame: HTMLIFrameElement | undefined;
  let port: Port | undefined;
  /** Focus goes inside once the frame has drawn (an invisible frame cannot take it). */
  let focusPending = false;
  let lastSent = '';

  const post = (message: ToFrame) => port?.postMessage(message);

  function send() {
    // Nothing to work out while no frame listens (a page where the panel was never opened).
    if (!port) return;
    const state = handlers.state();
    if (!state) return;
    const message: ToFrame = { type: 'state', ...state };
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
    if (message.type === 'size') {
      // The frame's own border (launcher.css) comes on top of its document's height.
      frame.style.height = `${Math.max(80, Math.ceil(message.height)) + 2}px`;
      if (!frame.dataset.ready) {
        frame.dataset.ready = 'true';
        if (focusPending) focusInside();
      }
    } else if (message.type === 'close') {
      handlers.onClose();
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
      element.focus({ preventScroll: true });
    }
    outline(element, root);
    return true;
  }

  /**
   * Only a page of this extension at panel.html may connect, and only the first while our frame is there.
   * The page can read the frame's address (the shadow root is open) and make a frame of its own; it gets
   * nothing from it it does not have (what it shows is read from its own page), and ours came first.
   */
  function onConnect(candidate: Port) {
    if (candidate.name !== PANEL_PORT) return;
    const sender = candidate.sender;
    const fromPanel =
      sender?.id === browser.runtime.id &&
      !!sender.url &&
      new URL(sender.url).pathname === PANEL_PAGE &&
      new URL(sender.url).protocol === new URL(browser.runtime.getURL(PANEL_PAGE)).protocol;
    if (!fromPanel || !frame || port) return candidate.disconnect();
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

  const schemes = matchMedia('(prefers-color-scheme: dark)');
  const onScheme = () => send();
  schemes.addEventListener('change', onScheme);

  function dropFrame() {
    frame?.remove();
    frame = undefined;
    root.querySelector('.mh-outline')?.remove();
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
        frame.src = browser.runtime.getURL(PANEL_PAGE);
        root.append(frame);
      }
      frame.title = label();
      frame.hidden = false;
      send();
      if (focus) focusInside();
    },
    hide() {
      focusPending = false;
      if (frame) frame.hidden = true;
      send();
    },
    /** Sends the current state, when it changed. */
    update: send,
    remove() {
      browser.runtime.onConnect.removeListener(onConnect);
      schemes.removeEventListener('change', onScheme);
      const held = port;
      port = undefined;
      held?.disconnect();
      dropFrame();
    },
  };
}

export type PanelFrame = ReturnType<typeof createPanelFrame>;

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
