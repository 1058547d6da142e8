/**
 * Firefox's framed panel has no `tabs` API: the background finds its tab and carries its port to the
 * content script (utils/panel-frame/relay.ts). Only a frame of panel.html inside a tab gets
 * either, and the content script is told the frame's address as the browser gave it, with the key.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { relayPanelFrames } from '../../utils/panel-frame/relay';
import {
  isPanelAddress,
  keyMessage,
  keyOfMessage,
  panelPortKey,
  panelPortName,
  relayedFrameUrl,
  relayedPortName,
  relayPortKey,
  relayPortName,
  withKey,
} from '../../utils/panel-frame/protocol';

type Port = Browser.runtime.Port;

/** A port as the browser hands it over: what was posted on it, and its two events to fire. */
function fakePort(name: string, sender?: object) {
  const heard: ((message: unknown) => void)[] = [];
  const gone: (() => void)[] = [];
  const port = {
    name,
    sender,
    posted: [] as unknown[],
    disconnected: false,
    postMessage: (message: unknown) => void port.posted.push(message),
    disconnect: () => void (port.disconnected = true),
    onMessage: { addListener: (listener: (message: unknown) => void) => void heard.push(listener) },
    onDisconnect: { addListener: (listener: () => void) => void gone.push(listener) },
    /** The other end posts this. */
    hear: (message: unknown) => heard.forEach((listener) => listener(message)),
    /** The other end went away. */
    drop: () => gone.forEach((listener) => listener()),
  };
  return port;
}

const key = '#0b8f2b6e-4c1e-4a7e-9a53-2f7d0c0c9d11';
const page = 'https://www.ozon.ru/product/termokruzhka-987654321/';
const own = fakeBrowser.runtime.getURL('/');
// Firefox reports the frame's address as it loaded: without the key the content script gave it since.
const framed = { id: fakeBrowser.runtime.id, url: `${own}panel.html`, frameId: 12884901892, tab: { id: 7, url: page } };

let onConnect: (port: Port) => void;
let toPage: ReturnType<typeof fakePort>[];
let connected: { tabId: number; name?: string; frameId?: number }[];

// The relay's listeners are registered once per context (as the background does), so once here.
beforeAll(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation((listener) => void (onConnect = listener));
  vi.spyOn(fakeBrowser.tabs, 'connect').mockImplementation((tabId, info) => {
    connected.push({ tabId, ...info });
    const port = fakePort(info?.name ?? '');
    toPage.push(port);
    return port as unknown as Port;
  });
  relayPanelFrames();
});

beforeEach(() => {
  toPage = [];
  connected = [];
});

describe('the port names', () => {
  it('carry a well-formed key and the frame\'s address, and nothing else passes for them', () => {
    expect(relayPortKey(relayPortName(key))).toBe(key);
    expect(relayPortKey(relayPortName('#not-a-key'))).toBeUndefined();
    expect(relayPortKey('market-helpdesk-panel')).toBeUndefined();
    expect(relayedFrameUrl(relayedPortName(`${own}panel.html${key}`))).toBe(`${own}panel.html${key}`);
    expect(relayedFrameUrl('market-helpdesk-panel')).toBeUndefined();
    expect(relayedFrameUrl(relayPortName(key))).toBeUndefined();
  });

  it('the direct port names its key, and no other port\'s name passes for it', () => {
    expect(panelPortKey(panelPortName(key))).toBe(key);
    expect(panelPortKey('market-helpdesk-panel')).toBeUndefined();
    expect(panelPortKey(relayPortName(key))).toBeUndefined();
    expect(panelPortKey(relayedPortName(`${own}panel.html${key}`))).toBeUndefined();
    expect(panelPortKey(panelPortName('#0b8f2b6e'))).toBeUndefined();
  });

  it('the key\'s message carries a well-formed key and nothing else is taken for one', () => {
    expect(keyOfMessage(keyMessage(key))).toEqual({ hash: key });
    expect(keyOfMessage({ 'market-helpdesk-key': 'not-a-key' })).toBeUndefined();
    expect(keyOfMessage(key)).toBeUndefined();
    expect(keyOfMessage(null)).toBeUndefined();
    expect(keyOfMessage({ other: key })).toBeUndefined();
  });

  it('a direct sender\'s address is checked with the key its port named', () => {
    const address = withKey(`${own}panel.html`, key);
    expect(address).toBe(`${own}panel.html${key}`);
    expect(isPanelAddress(address, key, `${own}panel.html`)).toBe(true);
    expect(isPanelAddress(withKey(`${own}panel.html`, '#0b8f2b6e-4c1e-4a7e-9a53-000000000000'), key, `${own}panel.html`)).toBe(false);
    expect(isPanelAddress(withKey(`${own}popup.html`, key), key, `${own}panel.html`)).toBe(false);
    expect(isPanelAddress(withKey('https://www.ozon.ru/panel.html', key), key, `${own}panel.html`)).toBe(false);
    expect(withKey(undefined, key)).toBeUndefined();
    expect(withKey(`${own}panel.html`, undefined)).toBeUndefined();
  });
});

describe('the relay', () => {
  it('connects the framed panel to its tab\'s top frame, naming the frame\'s address with its key', () => {
    const frame = fakePort(relayPortName(key), framed);
    onConnect(frame as unknown as Port);
    expect(connected).toEqual([{ tabId: 7, frameId: 0, name: relayedPortName(`${own}panel.html${key}`) }]);
    const [toContentScript] = toPage;

    frame.hear({ type: 'ready' });
    toContentScript.hear({ type: 'focus' });
    expect(toContentScript.posted).toEqual([{ type: 'ready' }]);
    expect(frame.posted).toEqual([{ type: 'focus' }]);

    // Heard by the background alone: it keeps Firefox from suspending it.
    frame.hear({ type: 'keep-alive' });
    expect(toContentScript.posted).toEqual([{ type: 'ready' }]);
  });

  it('closes one side when the other goes away', () => {
    const frame = fakePort(relayPortName(key), framed);
    onConnect(frame as unknown as Port);
    toPage[0].drop();
    expect(frame.disconnected).toBe(true);

    const again = fakePort(relayPortName(key), framed);
    onConnect(again as unknown as Port);
    again.drop();
    expect(toPage[1].disconnected).toBe(true);
  });

  it('carries nothing for a content script, another extension, panel.html in a tab of its own, or another page', () => {
    const refused = [
      { ...framed, url: page },
      { ...framed, id: 'another-extension' },
      { ...framed, frameId: 0 },
      { ...framed, url: `${own}popup.html` },
      { ...framed, tab: undefined },
    ];
    for (const sender of refused) {
      const port = fakePort(relayPortName(key), sender);
      onConnect(port as unknown as Port);
      expect(port.disconnected).toBe(true);
    }
    expect(connected).toEqual([]);
  });

  it('leaves other ports alone', () => {
    const other = fakePort('market-helpdesk-panel', framed);
    onConnect(other as unknown as Port);
    expect(other.disconnected).toBe(false);
    expect(connected).toEqual([]);
  });
});

describe('which tab the frame is in', () => {
  const ask = async (sender: object) => {
    let sent: { res?: unknown } | undefined;
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
    const answers = await trigger({ id: 1, type: 'panelTab', timestamp: Date.now() }, sender, (r: typeof sent) => void (sent = r));
    await new Promise((resolve) => setTimeout(resolve, 20));
    return (sent ?? (answers.find((a) => a && typeof a === 'object') as typeof sent))?.res;
  };

  it('is told to the framed panel, from what the browser says of the sender; to nothing else', async () => {
    expect(await ask(framed)).toEqual({ id: 7, url: page });
    expect(await ask({ ...framed, url: page })).toBeNull();
    expect(await ask({ ...framed, frameId: 0 })).toBeNull();
  });
});
