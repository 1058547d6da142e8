/**
 * The launcher's shadow root, mounted on the page: the launcher button, the word shown when the dialog
 * could not be drawn, and the root the dialog's frame is made in.
 */
import type { ContentContext } from '@/utils/in-page/script-context';
import { PANEL_TAG, SHADOW_MODE } from '@/utils/in-page/elements';
import launcherCss from './launcher.css?inline';
import { createSeenClicks } from '@/utils/in-page/seen-clicks';

/** A host the page keeps moving away is taken off the page after this many moves (the page is hostile). */
const MOVES_TAKEN_BACK = 3;
/** A host taken off the page more often than this in a second is left off (a page, or another extension, that strips it). */
const RETURNS_PER_SECOND = 5;

/**
 * Events stopped at the shadow root, so that the page's listeners do not see, in their bubbling phase,
 * focus moving to the launcher or into the frame. What is typed in the dialog never reaches the page at
 * all: it happens in the frame's own document. Each of them needs focus inside the root, so they are
 * listened for from the first `focusin` there (stopped too), not on every page load.
 */
const ISOLATED_EVENTS = [
  'keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'change',
  'compositionstart', 'compositionupdate', 'compositionend',
  'copy', 'cut', 'paste', 'focusin', 'focusout',
];

export interface LauncherParts {
  /** <market-helpdesk-panel>, on the page. */
  host: HTMLElement;
  /** The shadow root's container: the launcher, the failure's word, and the dialog's frame once made. */
  root: HTMLElement;
  launcher: HTMLButtonElement;
  /** Says, in the shadow root, that the dialog could not be shown (and that another click tries again). */
  failure: HTMLParagraphElement;
  /** Takes the host off the page. */
  remove(): void;
}

export interface LauncherEvents {
  /** The shopper's own click on the launcher, while it can be seen (utils/in-page/seen-clicks.ts). */
  onClick(): void;
  /**
   * The pointer reached the launcher, or the keyboard did: a click may follow, and what it needs can be
   * fetched meanwhile (harmless when no click comes, or when a page's script pretends).
   */
  onApproach(): void;
  /**
   * The page moved the host out of <html>, where fixed positions are laid out against its own wrapper
   * (which it may fade or move under the cursor): the host is taken back, and the panel must close.
   */
  onMoved(): void;
  /** The page moved it away again and again: it is off the page for good. */
  onGone(): void;
}

/**
 * Mounts the launcher at once, in a shadow root of its own at the end of <html>: a plain element and its
 * root, made here rather than through a UI framework, since this runs on every marketplace page. The
 * root holds the style and the container, no more (each element made here is paid for on every page);
 * the styles reset what the page's own could pass into the host, and the host is kept where it was put.
 */
export function mountLauncher(ctx: ContentContext, events: LauncherEvents): LauncherParts {
  const host = document.createElement(PANEL_TAG);
  const shadow = host.attachShadow({ mode: SHADOW_MODE });
  const style = document.createElement('style');
  style.textContent = `:host{all:initial !important;}\n${launcherCss}`;
  const stop = (event: Event) => event.stopPropagation();
  const isolate = (event: Event) => {
    stop(event);
    shadow.removeEventListener('focusin', isolate);
    for (const type of ISOLATED_EVENTS) shadow.addEventListener(type, stop);
  };
  shadow.addEventListener('focusin', isolate);

  const root = document.createElement('div');
  root.className = 'mh-root';
  const launcher = document.createElement('button');
  launcher.type = 'button';
  launcher.className = 'mh-launcher';
  launcher.dataset.testid = 'mh-open';
  // Only the shopper's own clicks count (a page's script can click into an open shadow root), and only
  // while the launcher can be seen.
  const seenClicks = createSeenClicks();
  // Fixed to the window (launcher.css), 22–26 × 44 px.
  seenClicks.watch(launcher, { fixed: true, minSize: { width: 18, height: 36 } });
  launcher.addEventListener('click', (event) => {
    if (seenClicks.allows(launcher, event)) events.onClick();
  });
  showsItsName(launcher);
  launcher.addEventListener('pointerenter', () => events.onApproach(), { once: true });
  launcher.addEventListener('focus', () => events.onApproach(), { once: true });
  const failure = document.createElement('p');
  failure.className = 'mh-frame-error';
  failure.setAttribute('role', 'alert');
  failure.dataset.testid = 'mh-frame-error';
  failure.hidden = true;
  // The launcher last: painted above the failure's word and the frame (put before it), at the same layer.
  root.append(failure, launcher);
  shadow.append(style, root);
  document.documentElement.append(host);

  // Kept a child of <html>: moved into the page's own element, it is taken back (the panel closes); taken
  // off with the rest of the page's content, it is put back.
  let moves = 0;
  let returns: number[] = [];
  const keeper = new MutationObserver(() => {
    if (host.parentNode === document.documentElement) return;
    const now = performance.now();
    returns = [...returns.filter((at) => now - at < 1000), now];
    if (host.isConnected) events.onMoved();
    if ((host.isConnected && ++moves > MOVES_TAKEN_BACK) || returns.length > RETURNS_PER_SECOND) {
      remove();
      events.onGone();
      return;
    }
    document.documentElement.append(host);
  });
  keeper.observe(document.documentElement, { childList: true });

  // Taken off the page when the script is invalidated, or before (then it no longer waits for that).
  let forget = () => {};
  const remove = () => {
    forget();
    keeper.disconnect();
    seenClicks.stop();
    host.remove();
  };
  forget = ctx.onInvalidated(remove);
  return { host, root, launcher, failure, remove };
}

/**
 * The launcher's name, drawn beside it (launcher.css) when the pointer is on it or the keyboard brings
 * focus to it: its accessible name alone says it otherwise. The element is made at the first of them, not
 * on every page load, and takes the name of the moment (the language may have changed since).
 */
function showsItsName(launcher: HTMLButtonElement): void {
  let tip: HTMLSpanElement | undefined;
  const show = () => {
    if (!tip) {
      tip = document.createElement('span');
      tip.className = 'mh-tip';
      tip.setAttribute('aria-hidden', 'true');
      tip.dataset.testid = 'mh-open-name';
      launcher.append(tip);
    }
    tip.textContent = launcher.getAttribute('aria-label');
  };
  launcher.addEventListener('pointerenter', show);
  launcher.addEventListener('focus', show);
}
