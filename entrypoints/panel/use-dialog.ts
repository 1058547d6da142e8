/**
 * The dialog's behaviour apart from what it draws: the act guard for the frame's life and its following of
 * the page (where the frame is drawn, what the page changed), and the keys (Escape closes, Tab stays inside).
 */
import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import type { FramePlacement, PanelState } from '@/utils/panel-frame/protocol';
import type { Profile } from '@/utils/templates';
import { createActGuard, stopClicksUntilReady, type ActGuard } from './act-guard';

/** The panel acts only while it can be seen (./act-guard.ts): one guard for the frame's life. */
export function useActGuard(profile: Profile | undefined): ActGuard {
  const latest = useRef(profile);
  latest.current = profile;
  const guard = useMemo(() => createActGuard(document.body, () => latest.current), []);
  useEffect(() => {
    const release = stopClicksUntilReady(document, guard);
    return () => {
      release();
      guard.stop();
    };
  }, [guard]);
  return guard;
}

/** `key`: the page's draft key, which changes with the order or product the panel is about. */
export function useGuardFollowsPage(guard: ActGuard, state: PanelState & FramePlacement, key: string): void {
  // Where the content script sees the frame drawn, and whether the page's root carries a filter.
  useLayoutEffect(() => guard.setPlacement({ placed: state.placed, rootFiltered: state.rootFiltered }), [state.placed, state.rootFiltered]);
  // The page changed what the panel shows (its own form came or went, another order or product): the
  // controls may have moved under the pointer, so acts wait a moment; a question about the page before is
  // answered «no». Before the browser paints, so that no click lands in between.
  const layout = `${key}|${state.targets.join(',')}`;
  const laidOut = useRef(layout);
  useLayoutEffect(() => {
    if (laidOut.current === layout) return;
    laidOut.current = layout;
    guard.hold();
  }, [layout]);
  useEffect(() => () => guard.cancelQuestion(), [key]);
}

/**
 * Escape closes the dialog; Tab keeps focus inside it. On the frame's whole document, not the dialog:
 * after a click on a part of the panel that takes no focus, focus is on the frame's body, and Escape and
 * Tab must still work from there.
 */
export function useDialogKeys(root: RefObject<HTMLElement | null>, onClose: () => void): void {
  const onKey = useRef<(event: KeyboardEvent) => void>(() => {});
  onKey.current = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'Tab' && root.current) {
      keepFocusInside(event, root.current);
    }
  };
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey.current(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}

/** Focus stays inside while the panel is open: past the last control it comes back to the first. */
function keepFocusInside(event: KeyboardEvent, root: HTMLElement): void {
  const controls = focusable(root);
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (!first) return;
  const at = document.activeElement;
  if (event.shiftKey && (at === first || !root.contains(at))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (at === last || !root.contains(at))) {
    event.preventDefault();
    first.focus();
  }
}

/** The controls Tab can reach, in order. */
function focusable(root: HTMLElement): HTMLElement[] {
  const selector = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
  return [...root.querySelectorAll<HTMLElement>(selector)].filter((el) => el.getClientRects().length > 0 && !el.closest('details:not([open]) > :not(summary)'));
}
