/**
 * The dialog's frame, as the content script holds it: an <iframe> of the extension's page `panel.html`
 * inside the panel's shadow root, and the port its page opens back to this script (./protocol.ts).
 * What the frame shows stays in the frame; this side only places it, tells it its key, and outlines the
 * page's own form or button when the frame asks.
 */
import { browser, type Browser } from 'wxt/browser';
import type { PageTarget } from '@/utils/marketplaces/types';
import { isExtensionPage } from '@/utils/platform/sender';
import frameCss from './frame.css?inline';
import { watchFocusTaken, watchPlacement } from './host-watch';
import { makeFrameElement, type FrameElement } from './element';
import { isPanelAddress, keyMessage, PANEL_PAGE, panelPortKey, relayedFrameUrl, withKey, type FromFrame, type PanelState, type ToFrame } from './protocol';
import { pointerAt } from './reveal';
import { dispatcher } from './rpc';
import { insertText, pageSelection } from '@/utils/in-page/insert-text';

type Port = Browser.runtime.Port;

/**
 * A frame whose page has loaded and not drawn by then has failed (a lost connection, a tab the browser
 * could not find). Counted from the frame's load, not from its making: on a busy machine the page itself
 * can take seconds to load, and that is slowness, not failure.
 */
export const FRAME_TIMEOUT_MS = 10_000;
/** A frame whose page has not even loaded by then has failed too. */
export const FRAME_LOAD_TIMEOUT_MS = 30_000;
/** How often the key is posted again to a frame whose page has not connected yet. */
const KEY_REPEAT_MS = 5;

export interface FrameHandlers {
  /** The state to send, or undefined while the page gives none. */
  state(): PanelState | undefined;
  find(target: PageTarget): Element | null;
  /** The product card's text, read when asked (at save time), never on page load. */
  cardText(): string | undefined;
  /** The page's text box the shopper last focused (utils/in-page/page-field.ts), if it is still there. */
  pageField(): Element | undefined;
  onClose(): void;
  /** The frame did not draw in time: it is gone, and the next opening makes a new one. */
  onFailed(): void;
}

/** `premade`: the frame the content script made at the click (./element.ts), taken at the first showing. */
export function createPanelFrame(root: HTMLElement, label: () => string, handlers: FrameHandlers, premade?: () => FrameElement | undefined) {
  // The frame's styles come with it, before it is shown.
  const style = document.createElement('style');
  style.textContent = frameCss;
  root.append(style);
  let frame: HTMLIFrameElement | undefined;
  let port: Port | undefined;
  /**
   * The key our frame was given (`#<uuid>`), which its page names when it connects; cleared once it has (a
   * key serves once). Never written into the page's DOM: the frame's `src` has none.
   */
  let key: string | undefined;
  /** The key's message, made once and posted again until our frame's page connects (`sendKey`). */
  let keyed: ReturnType<typeof keyMessage> | undefined;
  let keyRepeat: number | undefined;
  let timeout: number | undefined;
  /** Whether the frame's page (ours, or what the page put there) has loaded. */
  let loaded = false;
  /** Focus goes inside once the frame has drawn (an invisible frame cannot take it). */
  let focusPending = false;
  let lastSent = '';
  /** The state given with the key: the port, once connected, sends only what changed since. */
  let keyedState: string | undefined;

  const post = (message: ToFrame) => port?.postMessage(message);

  /** The state as the frame is told it; undefined while the page gives none. */
  function stateMessage(): ToFrame | undefined {
    const state = handlers.state();
    return state && { type: 'state', ...state, placed: placement.placed(), rootFiltered: placement.filtered() };
  }

  function send() {
    // Nothing to work out while no frame listens (a page where the panel was never opened).
    if (!port) return;
    const message = stateMessage();
    if (!message) return;
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

  /** What the frame says, each type to its handler. */
  const onFrameMessage = dispatcher<FromFrame>({
    ready() {
      if (!frame || frame.dataset.ready) return;
      frame.dataset.ready = 'true';
      clearTimeout(timeout);
      timeout = undefined;
      if (focusPending) focusInside();
    },
    close: () => handlers.onClose(),
    focused: ({ at }) => focus.entered(at),
    blurred: ({ at }) => focus.left(at),
    pressed: () => placement.check(),
    reveal: ({ id, target }) => post({ type: 'revealed', id, outcome: pointer.reveal(handlers.find(target)) }),
    'card-text': ({ id }) => {
      let text: string | undefined;
      try {
        text = handlers.cardText();
      } catch {
        text = undefined;
      }
      post({ type: 'card-text', id, ...(text && { text }) });
    },
    // The shopper's click in the panel asked for it: focus going to the page's box is theirs.
    insert: ({ id, text }) => {
      if (typeof text !== 'string') return post({ type: 'inserted', id, outcome: 'no-field' });
      focus.shoppersAct();
      post({ type: 'inserted', id, outcome: insertText(handlers.pageField(), text) });
    },
    selection: ({ id }) => {
      const text = pageSelection();
      post({ type: 'selection', id, ...(text && { text }) });
    },
    // Relayed ports only (Firefox): its arrival kept the background awake; nothing to do here.
    'keep-alive': () => {},
  });

  /**
   * Only our own frame's page may connect, once: the sender must be this extension, at the address with
   * the key that only our frame was sent to (or, in Firefox, the background on that frame's behalf). A copy of panel.html that the page frames itself — at the
   * frame's `src`, read while the shadow root is open (test builds), or at a guess — has no key and gets
   * nothing.
   */
  function onConnect(candidate: Port) {
    const relayed = relayedFrameUrl(candidate.name);
    const named = panelPortKey(candidate.name);
    if (named === undefined && relayed === undefined) return;
    const sender = candidate.sender;
    // Direct, the frame itself, at the address the browser gives it, with the key it names; relayed
    // (Firefox), the background, naming the frame's address as the browser gave it there, with its key.
    const frameUrl = relayed === undefined ? withKey(sender?.url, named) : isExtensionPage(sender) ? relayed : undefined;
    const ours = !!frame && !port && !!key && sender?.id === browser.runtime.id && isPanelAddress(frameUrl, key, browser.runtime.getURL(PANEL_PAGE));
    if (!ours) return candidate.disconnect();
    key = undefined;
    keyed = undefined;
    stopKeyRepeat();
    port = candidate;
    lastSent = keyedState ?? '';
    keyedState = undefined;
    candidate.onMessage.addListener((message) => {
      if (frame) onFrameMessage(message as FromFrame);
    });
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

  const focus = watchFocusTaken(root, () => frame, () => post({ type: 'focus-taken' }));

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

  const placement = watchPlacement(() => frame, () => send());
  const pointer = pointerAt(root, () => frame, placement, focus);

  function dropFrame() {
    placement.stop();
    clearTimeout(timeout);
    timeout = undefined;
    key = undefined;
    keyed = undefined;
    stopKeyRepeat();
    keyedState = undefined;
    frame?.remove();
    frame = undefined;
    root.querySelector('.mh-outline')?.remove();
  }

  /**
   * Gives our frame its key: posted to that frame's window alone, for the extension's origin alone (the
   * browser drops it while anything else is there: the frame's first blank document, or a page the
   * marketplace sent it to). Not when what is there now is of the page's origin. Chromium keeps our page's
   * document from this script (another origin); Firefox lets a content script read its own extension's
   * pages, and there it must be that page.
   *
   * Posted every KEY_REPEAT_MS from the frame's making until its page connects, not only at its `load`:
   * the frame's script takes the first that comes once it listens, and the frame draws as soon as its
   * script has run, not a round trip through this page's busy main thread after its `load` (10–30 ms of
   * each first opening). The same key and the same first state each time.
   */
  function sendKey(target: HTMLIFrameElement, address: string) {
    if (target !== frame || port) return;
    const loaded = target.contentDocument;
    if (loaded !== null && loaded.URL !== address) return;
    if (!keyed) {
      key = `#${crypto.randomUUID()}`;
      const first = stateMessage();
      keyedState = first && JSON.stringify(first);
      keyed = keyMessage(key, first);
    }
    for (const origin of extensionOrigins(address)) {
      try {
        target.contentWindow?.postMessage(keyed, origin);
      } catch {
        // Not an origin this browser takes (an add-on id that is not a host): the other one serves.
      }
    }
  }

  function repeatKey(made: FrameElement) {
    stopKeyRepeat();
    keyRepeat = window.setInterval(() => (made.element === frame && !port ? sendKey(made.element, made.address) : stopKeyRepeat()), KEY_REPEAT_MS);
  }

  function stopKeyRepeat() {
    clearInterval(keyRepeat);
    keyRepeat = undefined;
  }

  /** The frame's first load: its key; a later one: whatever the page sent it to. */
  function onLoad(made: FrameElement) {
    if (made.element !== frame) return;
    if (made.loads > 1) {
      // Loaded again: the frame was sent elsewhere. A document this script can read that is not our page
      // is of the marketplace's origin, and could reach into the panel: it goes, and the panel closes.
      // (Any other site's is cut off from the panel by its origin, and its port's loss closes the panel
      // as well.)
      const loadedThere = made.element.contentDocument;
      if (loadedThere !== null && !loadedThere.URL.startsWith(made.address)) navigatedAway();
      return;
    }
    loaded = true;
    sendKey(made.element, made.address);
    // From now on only the connection and the first drawing are left.
    if (timeout !== undefined) startTimeout();
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
    /** `keepInSight`: the control it was opened from (an order card's button), which it must not cover. */
    show(focusIn: boolean, keepInSight?: Element) {
      if (!frame) {
        const made = premade?.() ?? makeFrameElement(root, label());
        frame = made.element;
        loaded = false;
        made.onLoad = () => onLoad(made);
        if (made.loads > 0) onLoad(made);
        else repeatKey(made);
      }
      if (timeout === undefined) startTimeout();
      frame.title = label();
      // Each opening starts at the left side, beside the launcher, unless that covers what it came from.
      if (frame.hidden || !frame.dataset.place) frame.dataset.place = 'left';
      frame.hidden = false;
      if (keepInSight?.isConnected) pointer.standClearOf(keepInSight);
      send();
      placement.start();
      if (focusIn) focusInside();
    },
    hide() {
      focusPending = false;
      placement.stop();
      clearTimeout(timeout);
      timeout = undefined;
      // Closed before its page connected: no more keys (its `load` still gives it one).
      stopKeyRepeat();
      if (frame) frame.hidden = true;
      send();
    },
    /** Sends the current state, when it changed. */
    update: send,
    remove() {
      style.remove();
      browser.runtime.onConnect.removeListener(onConnect);
      focus.stop();
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
 * The origins our page can have in the frame: that of the address it was made at, and — in Chromium,
 * whose per-session address (`use_dynamic_url`) serves a document of the extension's own origin — that of
 * the extension's id. Both are this extension's alone.
 */
function extensionOrigins(address: string): string[] {
  const made = new URL(address);
  return [...new Set([made.origin, `${made.protocol}//${browser.runtime.id}`])];
}
