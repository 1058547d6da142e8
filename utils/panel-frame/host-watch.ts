/**
 * What the content script watches of its frame while it is shown, for the frame's guard
 * (entrypoints/panel/act-guard.ts): whether the page took focus from it, and whether it is still drawn
 * where it was shown.
 */
import { rootFiltered } from '@/utils/in-page/seen-clicks';
import { currentWindow, FRAME_PLACES, frameBox, type FramePlace } from './placement';

/** Focus that leaves the panel this long after the shopper's click or key on the page went there by it. */
const SHOPPERS_ACT_MS = 1000;
/** How often the frame's place is looked at while it is shown. */
const PLACEMENT_MS = 100;

type FrameOf = () => HTMLIFrameElement | undefined;
const shown = (frame: HTMLIFrameElement | undefined): frame is HTMLIFrameElement => !!frame && !frame.hidden;
const placeOf = (frame: HTMLIFrameElement): FramePlace =>
  FRAME_PLACES.find((place) => place === frame.dataset.place) ?? 'left';

/**
 * Focus taken by the page while it was in the panel — given to an element of its own, or just taken
 * (`blur()`, `window.focus()`): `onTaken` is called, once each stay of focus in the panel (the frame says
 * so, and keeps what was typed). The shopper's own clicks on the page, after focus went into the panel,
 * are what may move it there.
 *
 * Every coming and going carries its time (Date.now(), the clock the frame's `focused` and `blurred`
 * share), and each is judged by its time, not by when it is heard: the frame's messages cross the
 * browser's processes and, on a busy machine, arrive after the page's own events. A leave is judged once
 * by what this document heard, and again when the frame's `blurred` comes; a stay is said once.
 */
export function watchFocusTaken(root: HTMLElement, frameOf: FrameOf, onTaken: () => void) {
  /** When the shopper last pressed on the page (the latest few, newest last). */
  let acts: number[] = [];
  /** When focus last came into the frame, and the leave last said (undefined: none since). */
  let enteredAt = -Infinity;
  let saidAt: number | undefined;
  const act = (at = Date.now()) => {
    acts = [...acts.slice(-7), at];
  };
  // Presses only: a key the page hears was pressed with focus already on the page, so it cannot be what
  // took it from the panel (and, on a busy machine, the frame's blur is stamped after the first of them).
  const onShoppersPress = (event: Event) => {
    // On Date.now()'s clock, as the frame's times are: timeOrigin + timeStamp drifts from it in a tab
    // kept open for long (the machine slept, the clock was set).
    if (event.isTrusted) act(Date.now() - (performance.now() - event.timeStamp));
  };
  /**
   * Focus came into the frame at `at`: heard inside our root when it comes from the page, and told by the
   * frame (`focused`) when it comes from a click inside it, of which this document hears nothing.
   */
  const entered = (at = Date.now()) => {
    if (!shown(frameOf()) || at <= enteredAt) return;
    enteredAt = at;
    if (saidAt !== undefined && saidAt < at) saidAt = undefined;
  };
  /**
   * Focus left the frame at `leftAt`: heard inside our root, or told by the frame (`blurred`; this
   * document does not always hear it). Where it went is known once it has gone: still in this window
   * (another window is the shopper's choice), not in our host, and with no press of the shopper's on the
   * page between focus coming in and the second before it left.
   */
  const left = (leftAt = Date.now()) => {
    setTimeout(() => {
      if (!shown(frameOf()) || leftAt < enteredAt || saidAt !== undefined) return;
      const host = (root.getRootNode() as ShadowRoot).host;
      const pressed = acts.some((at) => at > enteredAt && at <= leftAt && leftAt - at <= SHOPPERS_ACT_MS);
      const taken = document.hasFocus() && document.activeElement !== host && !pressed;
      if (!taken) return;
      saidAt = leftAt;
      onTaken();
    }, 0);
  };
  const onFocusIn = (event: FocusEvent) => {
    if (event.target === frameOf()) entered();
  };
  const onFocusOut = (event: FocusEvent) => {
    if (event.target === frameOf()) left();
  };
  document.addEventListener('pointerdown', onShoppersPress, true);
  root.addEventListener('focusin', onFocusIn, true);
  root.addEventListener('focusout', onFocusOut, true);
  return {
    entered,
    left,
    /** Focus moved to the page on the shopper's behalf (their click in the panel asked for it). */
    shoppersAct: () => act(),
    stop() {
      document.removeEventListener('pointerdown', onShoppersPress, true);
      root.removeEventListener('focusin', onFocusIn, true);
      root.removeEventListener('focusout', onFocusOut, true);
    },
  };
}

/**
 * Where the frame is drawn, looked at every PLACEMENT_MS while it is shown, and at once when the shopper
 * presses in the panel (`check`, before the click, which comes at the release): a page that translates,
 * scales or zooms its root moves our frame with it (under the shopper's cursor, or shrunk under a bait)
 * without touching our host. `onChange` is called when it moves away or comes back, or when a filter
 * comes on or off the page's root. Measured against where it was drawn when shown, not against
 * frame.css: scroll bars and a page's own layout move it a little, and that is not the page's doing. (A
 * timer, not requestAnimationFrame: in Firefox a content script's frame loop starves the panel's own
 * rendering.)
 */
export function watchPlacement(frameOf: FrameOf, onChange: () => void) {
  let placed = true;
  let filtered = false;
  let timer: number | undefined;
  /** Where it was drawn when shown (or when the window last changed size): the page's own layout, as is. */
  let shownAt: { box: DOMRect; width: number; height: number } | undefined;

  function check() {
    const frame = frameOf();
    if (!shown(frame)) return;
    const box = frame.getBoundingClientRect();
    if (!shownAt || shownAt.width !== innerWidth || shownAt.height !== innerHeight) shownAt = { box, width: innerWidth, height: innerHeight };
    const still = (['left', 'top', 'width', 'height'] as const).every((side) => Math.abs(box[side] - shownAt!.box[side]) <= 3);
    // Not shrunk either: about the size its place has in this window (./placement.ts).
    const { windowWidth, width, height } = currentWindow();
    const want = frameBox(placeOf(frame), windowWidth, width, height);
    const whole = box.width >= 0.8 * want.width && box.height >= 0.8 * want.height;
    // A filter put on the page's root by a style sheet, not an attribute, is seen here too.
    const filter = rootFiltered();
    if ((still && whole) === placed && filter === filtered) return;
    placed = still && whole;
    filtered = filter;
    onChange();
  }
  function watch() {
    clearTimeout(timer);
    timer = undefined;
    if (!shown(frameOf())) return;
    check();
    timer = window.setTimeout(watch, PLACEMENT_MS);
  }
  return {
    /** As last seen: drawn where shown, and whole. */
    placed: () => placed,
    /** The page's root carries a filter (read anew each time). */
    filtered: () => (filtered = rootFiltered()),
    check,
    /** The frame was shown: its place now is where it belongs, and is watched from here. */
    start() {
      shownAt = undefined;
      watch();
    },
    stop() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
