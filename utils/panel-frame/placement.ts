/**
 * Where the dialog's frame stands (frame.css draws it; this is the same geometry in numbers, for the
 * choice of side and for the check that the page has not moved or shrunk it, ./host-watch.ts). Its size
 * follows the window alone, never what it holds: the page learns nothing from it.
 *
 * - `left`: the page's left side, beside the launcher, from 8 px below the window's top to 8 px above its
 *   bottom, 420 px wide (less on a smaller window);
 * - `right`: the same at the right side, where the thing the panel must leave in sight lies under the left;
 * - `bottom`: the lower half of the window, where neither side leaves it in sight (a narrow window, or a
 *   thing as wide as the page): the page is scrolled so that it stands in the upper half;
 * - `top`: the upper half, where the page would not scroll that far (the thing is near its end).
 *
 * At a window 480 px wide or less, the frame takes the whole width (and, on the sides, the whole height).
 */
import { overlaps, type Box } from '@/utils/in-page/visibility';

export type FramePlace = 'left' | 'right' | 'bottom' | 'top';

export const FRAME_PLACES: readonly FramePlace[] = ['left', 'right', 'bottom', 'top'];
/** At this window width or less the frame is as wide as the window. */
export const NARROW_WINDOW_PX = 480;
const WIDTH_PX = 420;
const MARGIN_PX = 8;
/** Clear of the launcher at the left edge (22–26 px wide). */
const LEFT_PX = 30;

/**
 * The frame's box in a window whose inner width is `windowWidth` (for the narrow rule, as the CSS media
 * query reads it) and whose layout area, without scroll bars, is `width` × `height`.
 */
export function frameBox(place: FramePlace, windowWidth: number, width: number, height: number): Box {
  const half = Math.round(height / 2);
  if (windowWidth <= NARROW_WINDOW_PX) {
    const top = place === 'bottom' ? half : 0;
    return { left: 0, top, width, height: place === 'top' ? half : height - top };
  }
  const frameWidth = Math.min(WIDTH_PX, width - LEFT_PX - MARGIN_PX);
  const left = place === 'right' ? width - MARGIN_PX - frameWidth : LEFT_PX;
  const top = place === 'bottom' ? half : MARGIN_PX;
  return { left, top, width: frameWidth, height: (place === 'top' ? half : height - MARGIN_PX) - top };
}

/** The window as frame.css sees it: its inner width, and its layout area without scroll bars. */
export function currentWindow(): { windowWidth: number; width: number; height: number } {
  // The window less its scroll bars is the root's client size, or the body's in a page without a
  // doctype (quirks mode: there the root's is the whole document's).
  const root = document.compatMode === 'BackCompat' ? document.body : document.documentElement;
  return { windowWidth: innerWidth, width: root?.clientWidth || innerWidth, height: root?.clientHeight || innerHeight };
}

/**
 * Where the frame goes so that `keep` (a box in the window, now) stays in sight: the left side when it
 * leaves it free, else the right, else the lower half, with the page scrolled by `scrollBy` px so that
 * the thing's middle comes to the middle of the upper half.
 */
export function placeClearOf(keep: Box, windowWidth: number, width: number, height: number): { place: FramePlace; scrollBy: number } {
  for (const place of ['left', 'right'] as const) {
    if (!overlaps(frameBox(place, windowWidth, width, height), keep)) return { place, scrollBy: 0 };
  }
  return { place: 'bottom', scrollBy: Math.round(keep.top + keep.height / 2 - height / 4) };
}

/** After the page was scrolled for `bottom`: `top` where the thing still lies in the lower half alone. */
export function halfClearOf(keep: Box, windowWidth: number, width: number, height: number): FramePlace {
  const under = (place: FramePlace) => overlaps(frameBox(place, windowWidth, width, height), keep);
  return under('bottom') && !under('top') ? 'top' : 'bottom';
}
