/**
 * Our controls on the page (the launcher, the order cards' buttons) act only while the shopper can see
 * them. A page's script cannot click them (its clicks are not trusted), but it can make the shopper's own
 * click land on them unseen: an opaque decoy drawn above everything with `pointer-events: none` (the top
 * layer paints above any z-index), our host moved into a faded wrapper that follows the cursor, or the
 * whole page translated or shrunk under it. So a mouse click counts only:
 *
 * - while the browser vouches that the control is seen — IntersectionObserver v2 (`trackVisibility`,
 *   Chromium) says whether anything covers it or any effect (opacity, filter, transform) fades it;
 * - at its own size, not shrunk to a speck by the page's zoom or scale;
 * - `SHOWN_FOR_MS` after it was put on the page, uncovered, or moved (on the screen for the launcher,
 *   fixed to the window — the page can move it by translating its root —, in the document for a button);
 * - where the browser has no v2 (Firefox), or the page's root carries a filter (some accessibility
 *   extensions invert the page so: v2 then calls everything unseen), when no top-layer element of the
 *   document lies over it and the document's root is neither faded nor transformed, checked at the click
 *   (the panel itself then asks to confirm what carries the profile).
 *
 * Accepted: an order button scrolled under the pointer acts at once (it opens the panel, which is seen,
 * and which waits in its turn). A control that may not act says so with `aria-disabled` (a test waits
 * for it to clear, as for any disabled control); it keeps its focus, and a key's click on it (the
 * shopper's own focus and key) counts unless the browser says it is covered. Refused clicks are counted on
 * the control (`data-refused`).
 */

/** How long a control must have been seen, and still, before a mouse click on it counts. */
export const SHOWN_FOR_MS = 500;
/** Pixels a control may shift (a press effect, rounding) without counting as moved. */
const STILL_PX = 3;

/** Whether this browser can vouch for an element's visibility (IntersectionObserver v2). */
export const tracksVisibility = (): boolean =>
  typeof IntersectionObserverEntry !== 'undefined' && 'isVisible' in IntersectionObserverEntry.prototype;

/**
 * How a control is placed: `fixed` to the window (its place is on the screen) or in the page's flow (in
 * the document, which scrolls); and the least size at which it counts as drawn, not shrunk to a speck.
 */
export interface Placement {
  fixed?: boolean;
  minSize?: { width: number; height: number };
}

interface Watched {
  placement: Placement;
  /** Until when a click waits (put on the page, uncovered, moved). */
  waitUntil: number;
  /** Covered or faded, as the browser says (v2). */
  covered: boolean;
  timer?: number;
  /** Where it was last seen in the document (page coordinates), while it intersects. */
  at?: { x: number; y: number };
}

export interface SeenClicks {
  /** Starts watching a control just put on the page. */
  watch(control: HTMLButtonElement, placement?: Placement): void;
  unwatch(control: HTMLButtonElement): void;
  /** At a click: whether it counts. A click that does not is counted on the control. */
  allows(control: HTMLButtonElement, event: MouseEvent): boolean;
  stop(): void;
}

/**
 * Where a control is: on the screen for a fixed one (which has an expected place), in the document for one
 * of the page's flow (which scrolls with it).
 */
const pointOf = (rect: DOMRect, placement: Placement) =>
  placement.fixed ? { x: rect.left, y: rect.top } : { x: rect.left + scrollX, y: rect.top + scrollY };
const shifted = (a: { x: number; y: number } | undefined, b: { x: number; y: number }) =>
  a !== undefined && (Math.abs(a.x - b.x) > STILL_PX || Math.abs(a.y - b.y) > STILL_PX);

export function createSeenClicks(): SeenClicks {
  const tracked = tracksVisibility();
  const watched = new Map<Element, Watched>();

  function show(control: Element, state: Watched) {
    clearTimeout(state.timer);
    const left = state.waitUntil - performance.now();
    if (state.covered || left > 0) control.setAttribute('aria-disabled', 'true');
    else control.removeAttribute('aria-disabled');
    if (!state.covered && left > 0) state.timer = window.setTimeout(() => show(control, state), left);
  }

  /** From now on a click waits a moment (appeared, uncovered, moved). */
  const waitFromNow = (control: Element, state: Watched) => {
    state.waitUntil = performance.now() + SHOWN_FOR_MS;
    state.at = pointOf(control.getBoundingClientRect(), state.placement);
    show(control, state);
  };

  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const state = watched.get(entry.target);
        if (!state) continue;
        const unseen = tracked && entry.isIntersecting && (entry as IntersectionObserverEntry & { isVisible?: boolean }).isVisible !== true;
        // A filter on the page's root makes v2 call everything unseen: then the click's own checks decide.
        const covered = unseen && !rootFiltered();
        const uncovered = state.covered && !covered;
        state.covered = covered;
        const here = pointOf(entry.boundingClientRect, state.placement);
        if (uncovered || (entry.isIntersecting && shifted(state.at, here))) waitFromNow(entry.target, state);
        else {
          if (entry.isIntersecting) state.at = here;
          show(entry.target, state);
        }
      }
    },
    // `trackVisibility` needs a delay of at least 100 ms between notifications.
    tracked ? ({ trackVisibility: true, delay: 100 } as IntersectionObserverInit) : {},
  );

  /** A pointer over a control that has moved on the page since it was seen: it must stay still a moment. */
  const onPointerMove = (event: Event) => {
    const control = event.currentTarget as HTMLButtonElement;
    const state = watched.get(control);
    if (state && shifted(state.at, pointOf(control.getBoundingClientRect(), state.placement))) waitFromNow(control, state);
  };
  /** The window resized: what moved with it is where it now is (a page cannot resize the window). */
  const onResize = () => {
    for (const [control, state] of watched) if (state.at) state.at = pointOf(control.getBoundingClientRect(), state.placement);
  };
  addEventListener('resize', onResize);

  return {
    watch(control, placement = {}) {
      if (watched.has(control)) return;
      const state: Watched = { placement, waitUntil: performance.now() + SHOWN_FOR_MS, covered: false };
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
      // Not the shopper's own (a page's script), a control no longer ours, or covered as the browser says.
      if (!event.isTrusted || !state || state.covered) return refuse();
      const rect = control.getBoundingClientRect();
      // Shrunk, moved since it was seen, or (where the browser cannot say) covered now: it must be seen as
      // it is, still, for a moment.
      if (!inPlace(rect, state.placement) || shifted(state.at, pointOf(rect, state.placement)) || ((!tracked || rootFiltered()) && coveredWithoutTracking(control))) {
        waitFromNow(control, state);
        return refuse();
      }
      // A key pressed on the focused control: only the shopper gives it focus and keys.
      if (event.detail === 0) return true;
      if (performance.now() < state.waitUntil) return refuse();
      return true;
    },
    stop() {
      observer.disconnect();
      removeEventListener('resize', onResize);
      for (const [control, state] of watched) {
        clearTimeout(state.timer);
        control.removeEventListener('pointermove', onPointerMove);
      }
      watched.clear();
    },
  };
}

function inPlace(rect: DOMRect, { minSize }: Placement): boolean {
  return !minSize || (rect.width >= minSize.width && rect.height >= minSize.height);
}

/** The page's root (or body) carries a filter but is not faded: what accessibility extensions do. */
export function rootFiltered(): boolean {
  return [document.documentElement, document.body].some((element) => element && getComputedStyle(element).filter !== 'none');
}

/**
 * What can be seen from here without IntersectionObserver v2: an element of the document's top layer (a
 * popover, a modal dialog, a full-screen element) over the control, or the document's root or body faded,
 * transformed or zoomed. (A top-layer element inside the page's own shadow roots is not found this way.)
 */
export function coveredWithoutTracking(control: Element): boolean {
  for (const element of [document.documentElement, document.body]) {
    if (!element) continue;
    const style = getComputedStyle(element) as CSSStyleDeclaration & { zoom?: string; scale?: string; translate?: string; rotate?: string };
    const moved = style.transform !== 'none' || [style.scale, style.translate, style.rotate].some((value) => value && value !== 'none');
    const zoomed = style.zoom !== undefined && style.zoom !== '' && Number(style.zoom) !== 1;
    const faded = Number(style.opacity) < 1 || style.visibility !== 'visible' || /opacity\(|blur\(|brightness\(/.test(style.filter);
    if (moved || zoomed || faded) return true;
  }
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
