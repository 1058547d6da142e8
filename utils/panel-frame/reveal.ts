/**
 * The content script's side of «show on the page»: the page's own form or button is shown only when it is
 * really drawn (../in-page/visibility.ts), and the frame stands where it leaves that control, or the order
 * card's button the panel was opened from, in sight (./placement.ts).
 */
import { outline } from '@/utils/in-page/outline';
import { seenState } from '@/utils/in-page/visibility';
import type { watchFocusTaken, watchPlacement } from './host-watch';
import { currentWindow, halfClearOf, placeClearOf, type FramePlace } from './placement';
import type { RevealOutcome } from './protocol';

export function pointerAt(
  root: HTMLElement,
  frameOf: () => HTMLIFrameElement | undefined,
  placement: Pick<ReturnType<typeof watchPlacement>, 'placed' | 'start'>,
  focus: Pick<ReturnType<typeof watchFocusTaken>, 'shoppersAct'>,
) {
  function placeAt(place: FramePlace) {
    const frame = frameOf();
    if (!frame || frame.dataset.place === place) return;
    // Our own move: where it now stands is its place. A frame the page had already moved stays found
    // out, measured against where it was first shown.
    const wasPlaced = placement.placed();
    frame.dataset.place = place;
    if (wasPlaced && !frame.hidden) placement.start();
  }

  /** Puts the frame where `element` stays in sight, scrolling the page where no side leaves it so. */
  function standClearOf(element: Element) {
    const { windowWidth, width, height } = currentWindow();
    const { place, scrollBy } = placeClearOf(element.getBoundingClientRect(), windowWidth, width, height);
    if (place !== 'bottom') return placeAt(place);
    if (scrollBy) scrollTo({ top: scrollY + scrollBy, behavior: 'instant' as ScrollBehavior });
    // The page may not scroll that far (the thing is near its end, or in a box that scrolls by itself).
    placeAt(halfClearOf(element.getBoundingClientRect(), windowWidth, width, height));
  }

  /**
   * 'shown' only when the control is drawn with a real size and, once scrolled to, on the screen: then it
   * is outlined, and the frame stands clear of it. Found but not drawn (a folded tab, a block laid out
   * 0 × 0, `display: none`) is 'hidden', and nothing is scrolled or outlined; not found is 'absent'.
   */
  function reveal(element: Element | null): RevealOutcome {
    if (!element) return 'absent';
    if (seenState(element, undefined, false) !== 'shown') return 'hidden';
    element.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    if (seenState(element) !== 'shown') return 'hidden';
    standClearOf(element);
    if (element instanceof HTMLElement && element.matches('textarea, input, button, a')) {
      // Asked by the shopper's click in the panel: focus goes to the page's form on their behalf.
      focus.shoppersAct();
      element.focus({ preventScroll: true });
    }
    outline(element, root);
    return 'shown';
  }

  return { reveal, standClearOf };
}
