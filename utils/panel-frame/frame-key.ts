/**
 * The frame's key, as the content script gives it: posted to this frame's window from its making until
 * it connects, and once more at its `load` (./host.ts, `sendKey`; ./protocol.ts). Listened for from the
 * start of the frame's script (entrypoints/panel/index.tsx). The first key-shaped message from the
 * window that frames this one is taken. The page's scripts cannot reach this window (./protocol.ts); were
 * one to post a key first, the content script would refuse the port that names it (the panel does not
 * open; nothing of it is told).
 */
import { keyOfMessage, type ToFrame } from './protocol';

export interface GivenKey {
  hash: string;
  /** The page's state as it stood when the key was given (checked by the frame as any state). */
  state?: ToFrame;
}

let given: ((key: GivenKey) => void) | undefined;
const key = new Promise<GivenKey>((resolve) => (given = resolve));

function onMessage(event: MessageEvent) {
  const found = event.source === parent && parent !== window ? keyOfMessage(event.data) : undefined;
  if (!found) return;
  removeEventListener('message', onMessage);
  given?.(found);
}

/** Starts listening (once, from the frame's first script). */
export function awaitFrameKey(): void {
  addEventListener('message', onMessage);
}

/** The key (`#<uuid>`) and the first state, once the content script has given them. */
export const frameKey = (): Promise<GivenKey> => key;
