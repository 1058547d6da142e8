/**
 * Our controls on the page (the launcher, the order cards' buttons) act only while the shopper can see
 * them. A page's script cannot click them (its clicks are not trusted), but it can make the shopper's own
 * click land on them unseen: an opaque decoy drawn above everything with `pointer-events: none` (the top
 * layer paints above any z-index), or our host moved into a faded wrapper that follows the cursor. So a
 * mouse click counts only:
 *
 * - while the browser vouches that the control is seen — IntersectionObserver v2 (`trackVisibility`,
 *   Chromium) says whether anything covers it or any effect (opacity, filter, transform) fades it;
 * - `SHOWN_FOR_MS` after it was put on the page, uncovered, or moved under the pointer, so that a decoy
 *   taken away just before a click gains nothing;
 * - where the browser has no v2 (Firefox), when no top-layer element lies over it and the document's root
 *   is not faded, checked at the click (the panel itself asks to confirm what carries the profile).
 *
 * A control that may not act says so with `aria-disabled` (a test waits for it to clear, as for any
 * disabled control); it keeps its focus, and a key's click on it (the shopper's own focus and key, which
 * a page cannot give) always counts. Refused clicks are counted on the control (`data-refused`).
 */

/** How long a control must have been seen, and still, before a mouse click on it counts. */
export const SHOWN_FOR_MS = 500;

/** Whether this browser can vouch for an element's visibility (IntersectionObserver v2). */
export const tracksVisibility = (): boolean =>
  typeof IntersectionObserverEntry !== 'undefined' && 'isVisible' in IntersectionObserverEntry.prototype;

interface Watched {
  /** Until when a click waits (put on the page, uncovered, moved). */
  waitUntil: number;
  /** Covered or faded, as the browser says (v2). */
  covered: boolean;
  timer?: number;
  /** Where it was when last seen, on the screen and in the document. */
  at?: string;
}

export interface SeenClicks {
  /** Starts watching a control just put on the page. */
  watch(control: HTMLButtonElement): void;
  unwatch(control: HTMLButtonElement): void;
  /** At a click: whether it counts. A click that does not is counted on the control. */
  allows(control: HTMLButtonElement, event: MouseEvent): boolean;
  stop(): void;
}

export function createSeenClicks(): SeenClicks {
  const tracked = tracksVisibility();
  const watched = new Map<Element, Watched>();

  const position = (control: Element) => {
    const rect = control.getBoundingClientRect();
    return `${Math.round(rect.left)},${Math.round(rect.top)} ${Math.round(rect.left + scrollX)},${Math.round(rect.top + scrollY)}`;
  };
  /** Moved: neither where it was on the screen (a fixed control) nor in the document (one that scrolls). */
  const moved = (before: string | undefined, now: string) => {
    if (before === undefined) return false;
    const [screenBefore, pageBefore] = before.split(' ');
    const [screenNow, pageNow] = now.split(' ');
    return screenBefore !== screenNow && pageBefore !== pageNow;
  };

  function show(control: Element, state: Watched) {
    clearTimeout(state.timer);
    const left = state.waitUntil - performance.now();
    const waiting = state.covered || left > 0;
    if (waiting) control.setAttribute('aria-disabled', 'true');
    else control.removeAttribute('aria-disabled');
    if (!state.covered && left > 0) state.timer = window.setTimeout(() => show(control, state), left);
  }

  /** From now on a click waits a moment (appeared, uncovered, moved). */
  const waitFromNow = (control: Element, state: Watched) => {
    state.waitUntil = performance.now() + SHOWN_FOR_MS;
    state.at = position(control);
    show(control, state);
  };

  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const state = watched.get(entry.target);
        if (!state) continue;
        const covered = tracked && entry.isIntersecting && (entry as IntersectionObserverEntry & { isVisible?: boolean }).isVisible !== true;
        const uncovered = state.covered && !covered;
        state.covered = covered;
        if (entry.isIntersecting) state.at = position(entry.target);
        if (uncovered) waitFromNow(entry.target, state);
        else show(entry.target, state);
      }
    },
    // `trackVisibility` needs a delay of at least 100 ms between notifications.
    tracked ? ({ trackVisibility: true, delay: 100 } as IntersectionObserverInit) : {},
  );

  /** A pointer over a control that has moved since it was seen: it must stay still a moment. */
  const onPointerMove = (event: Event) => {
    const control = event.currentTarget as HTMLButtonElement;
    const state = watched.get(control);
    if (state && moved(state.at, position(control))) waitFromNow(control, state);
  };

  return {
    watch(control) {
      if (watched.has(control)) return;
      const state: Watched = { waitUntil: performance.now() + SHOWN_FOR_MS, covered: false };
      watched.set(control, state);
      show(control, state);
      control.addEventListener('pointermove', onPointerMove);
      observer.observe(control);
    },
    unwatch(control) {
      clearTimeout(watched.get(control)?.timer);
      watched.delete(control);
      control.removeEventListener('pointermove', onPointerMove);
      observer.unobserve(control);
    },
    allows(control, event) {
      const state = watched.get(control);
      const refuse = () => {
        control.dataset.refused = String(Number(control.dataset.refused ?? 0) + 1);
        return false;
      };
      // Not the shopper's own (a page's script), or a control no longer ours.
      if (!event.isTrusted || !state) return refuse();
      // A key pressed on the focused control: only the shopper gives it focus and keys.
      if (event.detail === 0) return true;
      if (state.covered) return refuse();
      // Moved since it was seen, or (without v2) covered now: it must be seen still for a moment.
      if (moved(state.at, position(control)) || (!tracked && coveredWithoutTracking(control))) {
        waitFromNow(control, state);
        return refuse();
      }
      if (performance.now() < state.waitUntil) return refuse();
      return true;
    },
    stop() {
      observer.disconnect();
      for (const [control, state] of watched) {
        clearTimeout(state.timer);
        control.removeEventListener('pointermove', onPointerMove);
      }
      watched.clear();
    },
  };
}

/**
 * What can be seen from here without IntersectionObserver v2: an element of the top layer (a popover, a
 * modal dialog, a full-screen element) over the control, or the document's root faded or transformed.
 */
export function coveredWithoutTracking(control: Element): boolean {
  const root = getComputedStyle(document.documentElement);
  if (Number(root.opacity) < 1 || root.filter !== 'none' || root.transform !== 'none' || root.visibility !== 'visible') return true;
  const rect = control.getBoundingClientRect();
  let layer: Element[] = [];
  try {
    layer = Array.from(document.querySelectorAll(':popover-open, dialog:modal, :fullscreen'));
  } catch {
    // A browser that knows none of these selectors has no top layer to fear.
  }
  return layer.some((element) => {
    const box = element.getBoundingClientRect();
    return box.left < rect.right && box.right > rect.left && box.top < rect.bottom && box.bottom > rect.top;
  });
}
