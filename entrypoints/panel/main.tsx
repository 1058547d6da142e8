/**
 * The panel's dialog as an extension page, shown in a frame inside the marketplace tab's panel (see
 * utils/platform/panel-frame.ts). It learns what the page says from the content script of its own tab, which it
 * finds through the browser, and draws nothing until that tab answers.
 */
import { render } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import type { PageTarget } from '../../utils/marketplaces/types';
import { PANEL_PORT, type FromFrame, type PanelState, type ToFrame } from '../../utils/platform/panel-frame';
import { Dialog } from './Dialog';
import type { PageBridge } from './environment';
import './panel.css';

type Port = Browser.runtime.Port;

/**
 * The tab this frame is in, as the browser knows it (never from the address, which the page could make).
 * A page opened on its own, not in a marketplace tab's frame, gets nothing.
 */
async function ownTab(): Promise<{ id: number; url: string } | undefined> {
  if (window.top === window) return undefined;
  const tab = await browser.tabs.getCurrent().catch(() => undefined);
  return tab?.id !== undefined && tab.url ? { id: tab.id, url: tab.url } : undefined;
}

/**
 * The port to the content script, listened to from the moment it opens (the first state comes at once,
 * before the dialog has drawn), and the latest of what it said.
 */
function connectPanel(tab: { id: number; url: string }) {
  const port: Port = browser.tabs.connect(tab.id, { name: PANEL_PORT, frameId: 0 });
  const origin = new URL(tab.url).origin;
  const answers = new Map<number, (shown: boolean) => void>();
  const cardAnswers = new Map<number, (text: string | undefined) => void>();
  let nextId = 1;
  let state: PanelState | undefined;
  let opened = 0;
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
  port.onDisconnect.addListener(() => {
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
    current: () => ({ state, opened }),
    subscribe(listener: () => void) {
      notify = listener;
    },
  };
}

type Connection = ReturnType<typeof connectPanel>;

function Panel({ connection }: { connection: Connection }) {
  const [{ state, opened }, setCurrent] = useState(connection.current);
  useEffect(() => {
    connection.subscribe(() => setCurrent(connection.current()));
    setCurrent(connection.current());
  }, []);

  // The frame is as tall as the dialog: the content script sizes it (up to the window) from this, after
  // each render and whenever the dialog's height changes by itself (a section opened, the text box resized).
  const sent = useRef(0);
  const sendSize = () => {
    const height = Math.ceil(document.getElementById('app')!.getBoundingClientRect().height);
    if (height > 0 && height !== sent.current) connection.post({ type: 'size', height });
    sent.current = height;
  };
  useLayoutEffect(sendSize);
  useEffect(() => {
    const observer = new ResizeObserver(sendSize);
    observer.observe(document.getElementById('app')!);
    return () => observer.disconnect();
  }, []);

  if (!state) return null;
  return <Dialog state={state} page={connection.page} opened={opened} onClose={() => connection.post({ type: 'close' })} />;
}

void ownTab().then((tab) => {
  if (!tab) return;
  render(<Panel connection={connectPanel(tab)} />, document.getElementById('app')!);
});
