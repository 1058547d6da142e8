/**
 * The page taking focus from the panel (utils/panel-frame/host-watch.ts), judged by the times of each
 * coming and going, whatever order the frame's messages arrive in. The document, the root and the frame
 * are the least the watch touches; the shopper's presses on the page are pointerdown events.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchFocusTaken } from '@/utils/panel-frame/host-watch';

type Listener = (event: Event) => void;

function target() {
  const listeners = new Map<string, Listener[]>();
  return {
    addEventListener: (type: string, listener: Listener) => listeners.set(type, [...(listeners.get(type) ?? []), listener]),
    removeEventListener: (type: string, listener: Listener) => listeners.set(type, (listeners.get(type) ?? []).filter((l) => l !== listener)),
    dispatch: (type: string, event: object) => (listeners.get(type) ?? []).forEach((listener) => listener(event as Event)),
  };
}

let now = 1_000_000;
const frame = { hidden: false };
const host = { name: 'host' };
const page = { name: 'a field of the page' };
const doc = { ...target(), activeElement: host as object, hasFocus: () => true };
const root = { ...target(), getRootNode: () => ({ host }) };

/** A press of the shopper's on the page, at `now`. */
const press = () => doc.dispatch('pointerdown', { isTrusted: true, timeStamp: performance.now() });
/** Focus goes to the page's field, and this document hears the frame lose it, at `now`. */
const pageTakes = () => {
  doc.activeElement = page;
  root.dispatch('focusout', { target: frame });
};
const focusComesIn = () => {
  doc.activeElement = host;
};

let said: number;
let watch: ReturnType<typeof watchFocusTaken>;

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(Date, 'now').mockImplementation(() => now);
  vi.stubGlobal('document', doc);
  said = 0;
  doc.activeElement = host;
  watch = watchFocusTaken(root as unknown as HTMLElement, () => frame as HTMLIFrameElement, () => said++);
});

afterEach(() => {
  watch.stop();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

const settle = () => vi.runAllTimers();

describe('focus taken from the panel', () => {
  it('is said when the page takes it with no press of the shopper there, once for the stay', () => {
    focusComesIn();
    watch.entered(now);
    now += 5_000;
    pageTakes();
    settle();
    // The frame's own word of the same leave, a moment later: the same stay, not said twice.
    watch.left(now + 40);
    settle();
    expect(said).toBe(1);
  });

  it('is not said when the shopper pressed on the page in the second before it left', () => {
    focusComesIn();
    watch.entered(now);
    now += 5_000;
    press();
    now += 30;
    pageTakes();
    settle();
    watch.left(now + 10);
    settle();
    expect(said).toBe(0);
  });

  it('is said, on a busy machine, when the frame says it came in only after this document heard it leave', () => {
    // The shopper clicks on the page (focus leaves the panel by their press), then back into the panel: a
    // click inside the frame, of which this document hears nothing; the frame's `focused` is late.
    focusComesIn();
    watch.entered(now);
    now += 2_000;
    press();
    watch.left(now + 5);
    settle();
    now += 300;
    const cameBack = now;
    focusComesIn();
    now += 300;
    // The page takes focus 600 ms after the shopper's press, before the frame's `focused` has come.
    pageTakes();
    settle();
    expect(said).toBe(0);
    // Then the frame's messages, in their order: it came in, then it left. The press was before the stay.
    watch.entered(cameBack);
    watch.left(now + 20);
    settle();
    expect(said).toBe(1);
  });

  it('is said when the frame stamps its blur after the keys the page heard, and this document heard no leave', () => {
    focusComesIn();
    watch.entered(now);
    now += 5_000;
    // The page's field has focus; the shopper's next keys go there, before the frame's renderer hears its blur.
    doc.activeElement = page;
    for (let key = 0; key < 5; key++) {
      now += 15;
      doc.dispatch('keydown', { isTrusted: true, timeStamp: performance.now() });
    }
    watch.left(now + 10);
    settle();
    expect(said).toBe(1);
  });

  it('a leave stamped before the stay that is heard during it says nothing', () => {
    focusComesIn();
    watch.entered(now);
    const leftEarlier = now - 10;
    now += 100;
    watch.left(leftEarlier);
    settle();
    expect(said).toBe(0);
  });

  it('is said again in the next stay, and never while focus is back in the panel', () => {
    focusComesIn();
    watch.entered(now);
    now += 5_000;
    pageTakes();
    settle();
    now += 2_000;
    focusComesIn();
    watch.entered(now);
    now += 5_000;
    // Heard late: by then focus is back in our host, so nothing was taken.
    watch.left(now - 1_000);
    settle();
    expect(said).toBe(1);
    doc.activeElement = page;
    watch.left(now);
    settle();
    expect(said).toBe(2);
  });

  it('a press of the shopper that asked for the page (a reveal) is theirs, not the page’s', () => {
    focusComesIn();
    watch.entered(now);
    now += 5_000;
    watch.shoppersAct();
    now += 20;
    pageTakes();
    settle();
    expect(said).toBe(0);
  });

  it('a hidden frame, or a window without focus, says nothing', () => {
    focusComesIn();
    watch.entered(now);
    now += 5_000;
    doc.hasFocus = () => false;
    pageTakes();
    settle();
    doc.hasFocus = () => true;
    expect(said).toBe(0);
  });
});
