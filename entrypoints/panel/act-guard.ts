/**
 * The panel acts only while the shopper can see it. The marketplace's page cannot reach into the frame,
 * but it can make the shopper's own clicks land in it unseen: an opaque decoy drawn above everything with
 * `pointer-events: none`, or the panel's host moved into a faded wrapper (the content script takes that
 * back). So, in the frame:
 *
 * - IntersectionObserver v2 (`trackVisibility`, Chromium) says whether anything covers the panel or fades
 *   it; while it does, and for `SHOWN_FOR_MS` after the panel appears or is uncovered, no button, link or
 *   box of the panel acts: a transparent shield takes the click, and a click that reaches a control anyway
 *   (a key) is stopped. The shield says so when the page covers the panel.
 * - Where the browser has no v2 (Firefox), only the time after appearing can be kept; there, copying or
 *   saving a text that carries the shopper's profile (name, phone, e-mail, address) first asks for one
 *   confirmation the panel draws itself, its buttons in an order drawn by lot, after the same pause.
 *
 * Refused clicks are counted on the root (`data-refused`), for the tests.
 */
import type { Profile } from '../../utils/templates';

/** How long the panel must have been visible before a click in it counts. */
export const SHOWN_FOR_MS = 500;
/**
 * How long the panel must have been covered before it says so: the frame is drawn transparent until it has
 * drawn, and the browser tells it has become visible only at its next notice (100 ms or more later).
 */
export const SAY_COVERED_AFTER_MS = 400;

export type ConfirmKind = 'copy' | 'save';

export interface Confirmation {
  kind: ConfirmKind;
  /** Whether «yes» comes first (drawn by lot for each question). */
  yesFirst: boolean;
  answer(yes: boolean): void;
}

export interface ActGuardState {
  /** A click may act now. */
  ready: boolean;
  /** The browser says something of the page covers the panel, or fades it. */
  covered: boolean;
  /** The browser vouches for the panel's visibility (v2); false in Firefox. */
  tracked: boolean;
  /** A confirmation the panel is asking for, where there is no v2. */
  confirmation?: Confirmation;
}

export interface ActGuard {
  state(): ActGuardState;
  subscribe(listener: () => void): () => void;
  /** Counts a click that did not act. */
  refuse(): void;
  /**
   * Resolves true when `text` may be copied or saved: at once where the browser vouches for visibility or
   * the text carries nothing of the profile; else after the shopper's confirmation.
   */
  mayUse(kind: ConfirmKind, text: string): Promise<boolean>;
  stop(): void;
}

export const tracksVisibility = (): boolean =>
  typeof IntersectionObserverEntry !== 'undefined' && 'isVisible' in IntersectionObserverEntry.prototype;

/** Whether `text` holds any part of the profile a page could use (three characters or more). */
export function carriesProfile(text: string, profile: Profile | undefined): boolean {
  if (!profile) return false;
  const folded = text.toLowerCase();
  return [profile.name, profile.phone, profile.email, profile.address].some((value) => {
    const part = value?.trim().toLowerCase() ?? '';
    return part.length >= 3 && folded.includes(part);
  });
}

/**
 * `target`: the panel's document body (the whole of what the frame shows). `profile`: the shopper's, as
 * the panel has it now. `random`: for the tests.
 */
export function createActGuard(target: Element, profile: () => Profile | undefined, random: () => number = Math.random): ActGuard {
  const tracked = tracksVisibility();
  const listeners = new Set<() => void>();
  let visibleSince: number | undefined;
  let covered = false;
  let ready = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let coveredTimer: ReturnType<typeof setTimeout> | undefined;
  let confirmation: Confirmation | undefined;
  let snapshot: ActGuardState = { ready, covered, tracked };

  const notify = () => {
    snapshot = { ready, covered, tracked, ...(confirmation && { confirmation }) };
    document.documentElement.dataset.actReady = String(ready);
    for (const listener of listeners) listener();
  };

  /** Seen (again) now: acts wait SHOWN_FOR_MS from here. */
  const seenFromNow = () => {
    clearTimeout(timer);
    visibleSince = performance.now();
    ready = false;
    timer = setTimeout(() => {
      ready = visibleSince !== undefined;
      notify();
    }, SHOWN_FOR_MS);
  };

  const observer = new IntersectionObserver(
    (entries) => {
      const entry = entries[entries.length - 1] as IntersectionObserverEntry & { isVisible?: boolean };
      const visible = entry.isIntersecting && (!tracked || entry.isVisible === true);
      const coveredNow = tracked && entry.isIntersecting && entry.isVisible !== true;
      clearTimeout(coveredTimer);
      if (!coveredNow) covered = false;
      else if (!covered) {
        coveredTimer = setTimeout(() => {
          covered = true;
          notify();
        }, SAY_COVERED_AFTER_MS);
      }
      if (visible && visibleSince === undefined) seenFromNow();
      if (!visible) {
        clearTimeout(timer);
        visibleSince = undefined;
        ready = false;
      }
      notify();
    },
    // v2 needs at least 100 ms between notifications.
    tracked ? ({ trackVisibility: true, delay: 100 } as IntersectionObserverInit) : {},
  );
  observer.observe(target);

  return {
    state: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    refuse() {
      const root = document.documentElement;
      root.dataset.refused = String(Number(root.dataset.refused ?? 0) + 1);
    },
    mayUse(kind, text) {
      if (tracked || !carriesProfile(text, profile())) return Promise.resolve(true);
      // One question at a time: an earlier one still open is answered «no».
      confirmation?.answer(false);
      return new Promise<boolean>((resolve) => {
        const asked: Confirmation = {
          kind,
          yesFirst: random() < 0.5,
          answer(yes) {
            if (confirmation !== asked) return;
            confirmation = undefined;
            notify();
            resolve(yes);
          },
        };
        confirmation = asked;
        // The question's buttons are new under the pointer: they wait as the panel does when it appears.
        if (visibleSince !== undefined) seenFromNow();
        notify();
      });
    },
    stop() {
      clearTimeout(timer);
      clearTimeout(coveredTimer);
      observer.disconnect();
      confirmation?.answer(false);
      listeners.clear();
    },
  };
}

/** What a click may reach in the panel that acts (text fields only take focus and typing). */
const CONTROLS = 'a[href], button, summary, select, [role="button"], input[type="checkbox"], input[type="radio"], input[type="file"], input[type="submit"]';

/**
 * Stops, before any handler of the panel's, a click on a control while the guard is not ready (a key's
 * click on a focused button included), except on what is marked `data-act-free` (closing the panel).
 */
export function stopClicksUntilReady(doc: Document, guard: ActGuard): () => void {
  const onClick = (event: MouseEvent) => {
    if (guard.state().ready) return;
    const control = event.target instanceof Element ? event.target.closest(CONTROLS) : null;
    if (!control || control.closest('[data-act-free]')) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    guard.refuse();
  };
  doc.addEventListener('click', onClick, true);
  return () => doc.removeEventListener('click', onClick, true);
}
