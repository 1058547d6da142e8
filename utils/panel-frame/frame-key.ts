/**
 * The frame's key, as the content script gives it: posted to this frame's window once its page has loaded
 * (./protocol.ts). Listened for from the start of the frame's script (entrypoints/panel/main.tsx), which runs
 * before the page's `load`, when the key is posted. The first key-shaped message from the
 * window that frames this one is taken. The page's scripts cannot reach this window (./protocol.ts); were
 * one to post a key first, the content script would refuse the port that names it (the panel does not
 * open; nothing of it is told).
 */
import { keyOfMessage } from './protocol';

let given: ((hash: string) => void) | undefined;
const key = new Promise<string>((resolve) => (given = resolve));

function onMessage(event: MessageEvent) {
  const hash = event.source === parent && parent !== window ? keyOfMessage(event.data) : undefined;
  if (!hash) return;
  removeEventListener('message', onMessage);
  given?.(hash);
}

/** Starts listening (once, from the frame's first script). */
export function awaitFrameKey(): void {
  addEventListener('message', onMessage);
}

/** The key (`#<uuid>`), once the content script has given it. */
export const frameKey = (): Promise<string> => key;
