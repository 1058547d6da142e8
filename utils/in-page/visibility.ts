/**
 * Whether a page element the panel points at can be seen: laid out with a real size, not hidden by a
 * style of its own or of an ancestor, not clipped away by a collapsed ancestor, and on the screen. What
 * the page's markup says (`hidden`, `aria-hidden`) is the reader's business (findPageTarget); this is
 * what the browser actually drew, so it is asked in the content script, at the moment of showing.
 */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** What is looked at of the page: computed styles and drawn boxes (the browser's own, or a test's). */
export interface Look {
  style(element: Element): { display: string; visibility: string; opacity: string; overflowX: string; overflowY: string };
  box(element: Element): Box;
  /** The window's inner size. */
  viewport(): { width: number; height: number };
}

/** Smaller than this in either direction, a control is not something the shopper can paste into or press. */
export const LEAST_SIZE_PX = 4;

export const browserLook: Look = {
  style: (element) => getComputedStyle(element),
  box: (element) => element.getBoundingClientRect(),
  viewport: () => ({ width: innerWidth, height: innerHeight }),
};

const clips = (overflow: string) => overflow !== 'visible';

/** Whether the two boxes share any area. */
export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

/**
 * Whether `element` is drawn where the shopper can see it: 'shown', or 'hidden' with why (for tests and
 * for the record; the panel words it by target alone). `onScreen`: whether it must also lie inside the
 * window (after it was scrolled there).
 */
export function seenState(element: Element, look: Look = browserLook, onScreen = true): 'shown' | `hidden:${string}` {
  if (!element.isConnected) return 'hidden:detached';
  const own = look.style(element);
  if (own.visibility === 'hidden' || own.visibility === 'collapse') return 'hidden:visibility';
  const box = look.box(element);
  if (box.width < LEAST_SIZE_PX || box.height < LEAST_SIZE_PX) return 'hidden:size';
  for (let at: Element | null = element; at; at = at.parentElement) {
    const style = at === element ? own : look.style(at);
    if (style.display === 'none') return 'hidden:display';
    if (Number.parseFloat(style.opacity) === 0) return 'hidden:opacity';
    // The root and the body hand their overflow to the window, which scrolls: checked below.
    const root = at.localName === 'html' || at.localName === 'body';
    if (at !== element && !root && (clips(style.overflowX) || clips(style.overflowY))) {
      // A collapsed or scrolled-away ancestor that clips: the element is cut off by it.
      const holder = look.box(at);
      if (holder.width < LEAST_SIZE_PX || holder.height < LEAST_SIZE_PX || !overlaps(holder, box)) return 'hidden:clipped';
    }
  }
  if (onScreen) {
    const { width, height } = look.viewport();
    if (!overlaps(box, { left: 0, top: 0, width, height })) return 'hidden:off-screen';
  }
  return 'shown';
}
