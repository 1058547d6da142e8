/**
 * The panel acts only while the shopper can see it. The marketplace's page cannot reach into the frame,
 * but it can make the shopper's own clicks land in it unseen: an opaque decoy drawn above everything with
 * `pointer-events: none`, the panel's host moved into a faded wrapper (the content script takes that
 * back), or the whole page translated or shrunk so that the panel slides under the cursor. So, in the
 * frame:
 *
 * - IntersectionObserver v2 (`trackVisibility`, Chromium) says whether anything covers the panel or fades
 *   it, and the content script says whether the frame is drawn where it put it (`placed`): while either is
 *   wrong, and for `SHOWN_FOR_MS` after the panel appears, is uncovered, put back, opened again, or its
 *   layout changes with the page, no button, link or box of the panel acts: a transparent shield takes the
 *   click, and a click that reaches a control anyway (a key) is stopped. The shield says so when the page
 *   covers or moves the panel.
 * - Where the browser cannot say (no v2: Firefox; or a filter on the page's root, which some accessibility
 *   extensions set and which makes v2 call everything unseen), only the time after appearing and the place
 *   can be kept; there, copying or saving a text that carries the shopper's profile (name, phone, e-mail,
 *   address) first asks for one confirmation the panel draws itself, its «yes» in one of three places drawn
 *   by lot, after the same pause; after a «no», acts wait longer.
 *
 * Refused clicks are counted on the root (`data-refused`), for the tests.
 */
import type { Profile } from '@/utils/templates';

/** How long the panel must have been visible before a click in it counts. */
export const SHOWN_FOR_MS = 500;
/** After a «no» to a question, how long acts wait. */
export const AFTER_NO_MS = 2_000;
/**
 * How long the panel must have been covered before it says so: the browser tells it has become visible
 * only at its next notice (100 ms or more after it appeared).
 */
export const SAY_COVERED_AFTER_MS = 400;

export type ConfirmKind = 'copy' | 'save';

export interface Confirmation {
  kind: ConfirmKind;
  /** Where «yes» and «no» are drawn, of three places (0, 1, 2): drawn by lot for each question. */
  yesAt: number;
  noAt: number;
  answer(yes: boolean): void;
}

export interface ActGuardState {
  /** A click may act now. */
  ready: boolean;
  /** The page covers the panel, fades it, or has moved it. */
  covered: boolean;
  /** The browser vouches for the panel's visibility (v2, and no filter on the page's root). */
  tracked: boolean;
  /** A confirmation the panel is asking for, where the browser cannot say. */
  confirmation?: Confirmation;
}

/** What the content script says of the frame on the page. */
export interface FramePlacement {
  /** Drawn at its place and size (frame.css): not moved, scaled or zoomed by the page. */
  placed: boolean;
  /** The page's root carries a CSS filter. */
  rootFiltered: boolean;
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
  /** Whether `mayUse` would ask (so that a link's opening can wait for the answer). */
  asks(text: string): boolean;
  /** The panel opened again, or its layout changed with the page: acts wait a moment from now. */
  hold(): void;
  setPlacement(placement: FramePlacement): void;
  /** A question still open is answered «no» (the panel is about another page now). */
  cancelQuestion(): void;
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
  const canTrack = tracksVisibility();
  const listeners = new Set<() => void>();
  let snapshot: ActGuardState = { ready: false, covered: false, tracked: canTrack };
  const notify = () => {
    const { ready } = sight;
    const confirmation = questions.open;
    snapshot = { ready, covered: sight.coveredSaid, tracked: sight.tracked(), ...(confirmation && { confirmation }) };
    document.documentElement.dataset.actReady = String(ready);
    for (const listener of listeners) listener();
  };
  const sight = new Sight(canTrack, notify);
  const questions = new Questions(sight, random, notify);

  const observer = new IntersectionObserver(
    (entries) => sight.see(entries[entries.length - 1] as IntersectionObserverEntry & { isVisible?: boolean }),
    // v2 needs at least 100 ms between notifications.
    canTrack ? ({ trackVisibility: true, delay: 100 } as IntersectionObserverInit) : {},
  );
  observer.observe(target);

  const asks = (text: string) => !sight.tracked() && carriesProfile(text, profile());

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
    asks,
    mayUse: (kind, text) => (asks(text) ? questions.ask(kind) : Promise.resolve(true)),
    hold: () => sight.hold(),
    setPlacement: (next) => sight.setPlacement(next),
    cancelQuestion: () => questions.cancel(),
    stop() {
      sight.stopTimers();
      observer.disconnect();
      questions.cancel();
      listeners.clear();
    },
  };
}

/** Whether the panel is seen, in place, and for how long: what the browser and the content script last said. */
class Sight {
  placement: FramePlacement = { placed: true, rootFiltered: false };
  private entry: { isIntersecting: boolean; isVisible?: boolean } | undefined;
  /** Since when the panel has been seen, in place; undefined while it is not. */
  visibleSince: number | undefined;
  coveredSaid = false;
  ready = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private coveredTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly canTrack: boolean,
    private readonly notify: () => void,
  ) {}

  tracked(): boolean {
    return this.canTrack && !this.placement.rootFiltered;
  }

  see(entry: { isIntersecting: boolean; isVisible?: boolean }): void {
    this.entry = entry;
    this.judge();
  }

  /** Acts wait `ms` from now (seen again, put back, opened, its layout changed). */
  waitFromNow(ms = SHOWN_FOR_MS): void {
    clearTimeout(this.timer);
    this.visibleSince = performance.now();
    this.ready = false;
    this.timer = setTimeout(() => {
      this.ready = this.visibleSince !== undefined;
      this.notify();
    }, ms);
  }

  /** Weighs what the browser and the content script last said. */
  judge(): void {
    const entry = this.entry;
    if (!entry) return;
    const seen = entry.isIntersecting && (!this.tracked() || entry.isVisible === true);
    const visible = seen && this.placement.placed;
    // Said at once when the page moved the panel; after a moment when the browser says it is unseen (the
    // frame is drawn transparent until it has drawn).
    const coveredNow = entry.isIntersecting && !visible;
    clearTimeout(this.coveredTimer);
    if (!coveredNow) this.coveredSaid = false;
    else if (!this.placement.placed) this.coveredSaid = true;
    else if (!this.coveredSaid) {
      this.coveredTimer = setTimeout(() => {
        this.coveredSaid = true;
        this.notify();
      }, SAY_COVERED_AFTER_MS);
    }
    if (visible && this.visibleSince === undefined) this.waitFromNow();
    if (!visible) {
      clearTimeout(this.timer);
      this.visibleSince = undefined;
      this.ready = false;
    }
    this.notify();
  }

  hold(): void {
    if (this.visibleSince === undefined) return;
    this.waitFromNow();
    this.notify();
  }

  setPlacement(next: FramePlacement): void {
    const placement = this.placement;
    if (next.placed === placement.placed && next.rootFiltered === placement.rootFiltered) return;
    const putBack = next.placed && !placement.placed;
    this.placement = next;
    if (putBack) this.visibleSince = undefined;
    this.judge();
  }

  stopTimers(): void {
    clearTimeout(this.timer);
    clearTimeout(this.coveredTimer);
  }
}

/** The one confirmation the guard may be asking for, where the browser cannot vouch for visibility. */
class Questions {
  open: Confirmation | undefined;

  constructor(
    private readonly sight: Sight,
    private readonly random: () => number,
    private readonly notify: () => void,
  ) {}

  ask(kind: ConfirmKind): Promise<boolean> {
    // One question at a time: an earlier one still open is answered «no».
    this.open?.answer(false);
    return new Promise<boolean>((resolve) => {
      const yesAt = Math.floor(this.random() * 3) % 3;
      const asked: Confirmation = {
        kind,
        yesAt,
        noAt: (yesAt + 1 + (this.random() < 0.5 ? 0 : 1)) % 3,
        answer: (yes) => {
          if (this.open !== asked) return;
          this.open = undefined;
          // After a «no», a lure that asks for click after click gets each chance only slowly.
          if (!yes && this.sight.visibleSince !== undefined) this.sight.waitFromNow(AFTER_NO_MS);
          this.notify();
          resolve(yes);
        },
      };
      this.open = asked;
      // The question's buttons are new under the pointer: they wait as the panel does when it appears.
      if (this.sight.visibleSince !== undefined) this.sight.waitFromNow();
      this.notify();
    });
  }

  /** A question still open is answered «no». */
  cancel(): void {
    this.open?.answer(false);
  }
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
