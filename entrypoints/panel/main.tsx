/**
 * The panel's dialog as an extension page, shown in a frame inside the marketplace tab's panel (see
 * utils/platform/panel-frame.ts). It learns what the page says from the content script of its own tab, which it
 * finds through the browser, once that script has given it its key, and draws nothing until that tab
 * answers.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import type { PageTarget } from '../../utils/marketplaces/types';
import { sendMessage } from '../../utils/platform/messages';
import { FRAME_KEY, PANEL_PORT, relayPortName, type FramePlacement, type FromFrame, type PanelState, type ToFrame } from '../../utils/platform/panel-frame';
import { Dialog } from './Dialog';
import type { PageBridge } from './environment';
import '../../components/design.css';
import './panel.css';

type Port = Browser.runtime.Port;

/**
 * The tab this frame is in, as the browser knows it (never from the address, which the page could make).
 * A page opened on its own, not in a marketplace tab's frame, gets nothing.
 */
async function ownTab(): Promise<{ id: number; url: string } | undefined> {
  if (window.top === window) return undefined;
  // Firefox gives a framed extension page no `tabs` API: the background reads the tab off this message.
  const tab = hasTabs()
    ? await browser.tabs.getCurrent().catch(() => undefined)
    : await sendMessage('panelTab', undefined).catch(() => null);
  return tab?.id !== undefined && tab.url ? { id: tab.id, url: tab.url } : undefined;
}

const hasTabs = () => typeof browser.tabs?.connect === 'function';

/** Well inside Firefox's 30 s before an idle background is suspended. */
const KEEP_ALIVE_MS = 10_000;

/**
 * The port to the content script, listened to from the moment it opens (the first state comes at once,
 * before the dialog has drawn), and the latest of what it said.
 */
function connectPanel(tab: { id: number; url: string }) {
  // Where the frame cannot reach its tab (Firefox), the background carries the port there.
  const relayed = !hasTabs();
  const port: Port = relayed
    ? browser.runtime.connect({ name: relayPortName(location.hash) })
    : browser.tabs.connect(tab.id, { name: PANEL_PORT, frameId: 0 });
  const origin = new URL(tab.url).origin;
  const answers = new Map<number, (shown: boolean) => void>();
  const cardAnswers = new Map<number, (text: string | undefined) => void>();
  let nextId = 1;
  let state: (PanelState & FramePlacement) | undefined;
  let opened = 0;
  let focusTaken = 0;
  let notify = () => {};
  const post = (message: FromFrame) => port.postMessage(message);

  port.onMessage.addListener((raw) => {
    const message = raw as ToFrame;
    if (message.type === 'state') {
      const { type: _, ...next } = message;
      // What the content script says must be about the page of this very tab.
      if (new URL(next.pageUrl).origin !== origin || new URL(next.context.url).origin !== origin) return;
      state = next;
      document.documentElement.dataset.scheme = next.scheme;
    } else if (message.type === 'focus') {
      opened++;
    } else if (message.type === 'focus-taken') {
      focusTaken++;
    } else if (message.type === 'revealed') {
      answers.get(message.id)?.(message.shown);
      answers.delete(message.id);
      return;
    } else if (message.type === 'card-text') {
      cardAnswers.get(message.id)?.(typeof message.text === 'string' ? message.text : undefined);
      cardAnswers.delete(message.id);
      return;
    }
    notify();
  });
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
  const onFocus = () => post({ type: 'focused' });
  const onBlur = () => post({ type: 'blurred' });
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
    reveal: (target: PageTarget) =>
      new Promise<boolean>((resolve) => {
        const id = nextId++;
        answers.set(id, resolve);
        post({ type: 'reveal', id, target });
        setTimeout(() => {
          if (answers.delete(id)) resolve(false);
        }, 2000);
      }),
    cardText: () =>
      new Promise<string | undefined>((resolve) => {
        const id = nextId++;
        cardAnswers.set(id, resolve);
        post({ type: 'card-text', id });
        // A page that does not answer saves the inquiry without its card, never not at all.
        setTimeout(() => {
          if (cardAnswers.delete(id)) resolve(undefined);
        }, 2000);
      }),
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

type Connection = ReturnType<typeof connectPanel>;

function Panel({ connection }: { connection: Connection }) {
  const [{ state, opened, focusTaken }, setCurrent] = useState(connection.current);
  useEffect(() => {
    connection.subscribe(() => setCurrent(connection.current()));
    setCurrent(connection.current());
  }, []);

  // Drawn with the page's state: the content script may show the frame.
  const drawn = !!state;
  useEffect(() => {
    if (drawn) connection.post({ type: 'ready' });
  }, [drawn]);

  if (!state) return null;
  return (
    <Dialog state={state} page={connection.page} opened={opened} focusTaken={focusTaken} onClose={() => connection.post({ type: 'close' })} />
  );
}

/**
 * The key the content script gives its own frame, by moving it to `panel.html#<key>` once loaded; the port
 * opened from there is the one it takes. A copy of this page framed by the page itself never gets one.
 */
function frameKey(): Promise<void> {
  return new Promise((resolve) => {
    if (FRAME_KEY.test(location.hash)) return resolve();
    const onHash = () => {
      if (!FRAME_KEY.test(location.hash)) return;
      removeEventListener('hashchange', onHash);
      resolve();
    };
    addEventListener('hashchange', onHash);
  });
}

/**
 * This frame never leaves this page: every link opens a new tab (`<base target="_blank">` in index.html),
 * and a navigation of the frame itself that comes anyway — a link given `_self`, a script of ours gone
 * wrong — is cancelled where the browser lets a page cancel it (the Navigation API). Only the key's
 * fragment and the mail and phone links, which hand over to another program and load nothing here, go.
 * Should one still happen, the content script drops the frame at its next load
 * (entrypoints/marketplace.content/panel-frame.ts).
 */
function stayOnThisPage() {
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigate', (event) => {
    const navigate = event as Event & { hashChange: boolean; cancelable: boolean; destination: { url: string } };
    if (navigate.hashChange || /^(mailto|tel):/i.test(navigate.destination.url)) return;
    if (navigate.cancelable) navigate.preventDefault();
  });
}

stayOnThisPage();
void Promise.all([ownTab(), frameKey()]).then(([tab]) => {
  if (!tab) return;
  render(<Panel connection={connectPanel(tab)} />, document.getElementById('app')!);
});
