/**
 * The frame's side of the panel (entrypoints/panel is its page): it finds its own tab through the browser,
 * waits for the key the content script gives it, connects, keeps what the content script said last, and
 * asks it for the page's form and card text. See ./protocol.ts for the handshake.
 */
import { browser, type Browser } from 'wxt/browser';
import type { PageTarget } from '@/utils/marketplaces/types';
import { sendMessage } from '@/utils/messages';
import {
  panelPortName,
  REVEAL_OUTCOMES,
  relayPortName,
  type FramePlacement,
  type FromFrame,
  type InsertOutcome,
  type PanelState,
  type RevealOutcome,
  type ToFrame,
} from './protocol';
import { createRequests, dispatcher } from './rpc';

type Port = Browser.runtime.Port;

/**
 * The tab this frame is in, as the browser knows it (never from the address, which the page could make).
 * A page opened on its own, not in a marketplace tab's frame, gets nothing.
 */
export async function ownTab(): Promise<{ id: number; url: string } | undefined> {
  if (window.top === window) return undefined;
  // Firefox gives a framed extension page no `tabs` API: the background reads the tab off this message.
  const tab = hasTabs()
    ? await browser.tabs.getCurrent().catch(() => undefined)
    : await sendMessage('panelTab', undefined).catch(() => null);
  return tab?.id !== undefined && tab.url ? { id: tab.id, url: tab.url } : undefined;
}

const hasTabs = () => typeof browser.tabs?.connect === 'function';

/** What the content script does for the frame on the page. */
export interface PageBridge {
  /** The page's own controls for the seller channels that are present now. */
  targets(): PageTarget[];
  /** The page's controls present but not shown now. */
  hiddenTargets(): PageTarget[];
  /** Has the page scroll to its control and outline it, where it is drawn: what came of it. */
  reveal(target: PageTarget): Promise<RevealOutcome>;
  /** The product card's text, read from the page now; undefined when it shows none. */
  cardText(): Promise<string | undefined>;
  /** Puts `text` into the page's text box the shopper last focused (never sends it). */
  insert(text: string): Promise<InsertOutcome>;
  /** The page's selected text now; undefined when nothing is selected. */
  selection(): Promise<string | undefined>;
}

/** Well inside Firefox's 30 s before an idle background is suspended. */
const KEEP_ALIVE_MS = 10_000;

/**
 * The port to the content script, listened to from the moment it opens (the first state comes at once,
 * before the dialog has drawn), and the latest of what it said.
 */
/** `first`: the state that came with the key, taken as if said over the port. */
export function connectPanel(tab: { id: number; url: string }, key: string, first?: ToFrame) {
  // Where the frame cannot reach its tab (Firefox), the background carries the port there.
  const relayed = !hasTabs();
  const port: Port = relayed
    ? browser.runtime.connect({ name: relayPortName(key) })
    : browser.tabs.connect(tab.id, { name: panelPortName(key), frameId: 0 });
  const origin = new URL(tab.url).origin;
  const requests = createRequests();
  let state: (PanelState & FramePlacement) | undefined;
  let opened = 0;
  let focusTaken = 0;
  let notify = () => {};
  const post = (message: FromFrame) => port.postMessage(message);

  /** What the content script says, each type to its handler; what changes the panel is told to it. */
  const onMessage = dispatcher<ToFrame>({
    state({ type: _, ...next }) {
      // What the content script says must be about the page of this very tab.
      if (new URL(next.pageUrl).origin !== origin || new URL(next.context.url).origin !== origin) return;
      state = next;
      document.documentElement.dataset.scheme = next.scheme;
      notify();
    },
    focus() {
      opened++;
      notify();
    },
    'focus-taken'() {
      focusTaken++;
      notify();
    },
    revealed: (answer) => requests.settle(answer),
    'card-text': (answer) => requests.settle(answer),
    inserted: (answer) => requests.settle(answer),
    selection: (answer) => requests.settle(answer),
  });
  if (first) onMessage(first);
  port.onMessage.addListener((raw) => onMessage(raw as ToFrame));
  // Firefox suspends an idle background, and the relayed port with it (which closes the panel): while
  // the panel is open, a message now and then keeps it awake. A closed panel lets it sleep; its frame is
  // then dropped, and the next opening makes a new one.
  const keepAwake = relayed
    ? setInterval(() => {
        if (state?.open) post({ type: 'keep-alive' });
      }, KEEP_ALIVE_MS)
    : undefined;
  // The content script hears nothing of a click inside this frame: it is told when focus comes in and
  // goes, so that focus leaving for the page with no act of the shopper's there can be noticed (`focus-taken`).
  const onFocus = () => post({ type: 'focused', at: Date.now() });
  const onBlur = () => post({ type: 'blurred', at: Date.now() });
  // A press: the content script looks at once whether the frame is in its place (act-guard.ts).
  const onPress = (event: PointerEvent) => {
    if (event.isTrusted) post({ type: 'pressed' });
  };
  addEventListener('focus', onFocus);
  addEventListener('blur', onBlur);
  addEventListener('pointerdown', onPress, true);
  port.onDisconnect.addListener(() => {
    removeEventListener('focus', onFocus);
    removeEventListener('blur', onBlur);
    removeEventListener('pointerdown', onPress, true);
    clearInterval(keepAwake);
    state = undefined;
    notify();
  });

  const page: PageBridge = {
    targets: () => state?.targets ?? [],
    hiddenTargets: () => state?.hiddenTargets ?? [],
    // A page that does not answer has no control to show.
    reveal: (target: PageTarget) =>
      requests.ask(
        (id) => post({ type: 'reveal', id, target }),
        (answer) => REVEAL_OUTCOMES.find((outcome) => outcome === (answer as { outcome?: unknown }).outcome) ?? 'absent',
        'absent' as RevealOutcome,
      ),
    // A page that does not answer saves the inquiry without its card, never not at all.
    cardText: () =>
      requests.ask(
        (id) => post({ type: 'card-text', id }),
        (answer) => {
          const text = (answer as { text?: unknown }).text;
          return typeof text === 'string' ? text : undefined;
        },
        undefined as string | undefined,
      ),
    insert: (text: string) =>
      requests.ask(
        (id) => post({ type: 'insert', id, text }),
        (answer) => ((answer as { outcome?: unknown }).outcome === 'inserted' ? 'inserted' : 'no-field'),
        'no-field' as InsertOutcome,
      ),
    selection: () =>
      requests.ask(
        (id) => post({ type: 'selection', id }),
        (answer) => {
          const text = (answer as { text?: unknown }).text;
          return typeof text === 'string' && text.trim() ? text : undefined;
        },
        undefined as string | undefined,
      ),
  };

  return {
    post,
    page,
    current: () => ({ state, opened, focusTaken }),
    subscribe(listener: () => void) {
      notify = listener;
    },
  };
}

export type Connection = ReturnType<typeof connectPanel>;

/**
 * This frame never leaves this page: every link opens a new tab (`<base target="_blank">` in index.html),
 * and a navigation of the frame itself that comes anyway — a link given `_self`, a script of ours gone
 * wrong — is cancelled where the browser lets a page cancel it (the Navigation API). Only a fragment
 * change and the mail and phone links, which hand over to another program and load nothing here, go.
 * Should one still happen, the content script drops the frame at its next load
 * (./host.ts).
 */
export function stayOnThisPage() {
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigate', (event) => {
    const navigate = event as Event & { hashChange: boolean; cancelable: boolean; destination: { url: string } };
    if (navigate.hashChange || /^(mailto|tel):/i.test(navigate.destination.url)) return;
    if (navigate.cancelable) navigate.preventDefault();
  });
}

