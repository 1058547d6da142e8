/**
 * The content script's context, in place of WXT's `ContentScriptContext` (wxt.config.ts puts it there for
 * the content script's build; WXT's entry still constructs it and hands it to `main`). The same three
 * things the script uses — whether the extension is still there, listeners that end with it, and the
 * in-page navigations — and nothing else:
 *
 * - WXT's announces each start to the page: a `window.postMessage` to `*` that every script of the page
 *   hears (it names the script), and an event on `document`, so that a script injected again stops the one
 *   before it. Nothing injects this script twice (it is declared in the manifest, and a page's scripts run
 *   again only with the page), and the page must not hear that an extension is there. The message alone was
 *   about half the script's time on a large page (bench/run.mjs).
 * - After an update or an uninstall the old script stays in open tabs without its extension: it finds out
 *   when it next asks (`isInvalid`), and then takes its launcher off the page.
 */
import { browser } from 'wxt/browser';

/** The in-page navigation event `addEventListener` takes, named as WXT names it. */
export const LOCATION_CHANGE = 'wxt:locationchange';

interface NavigationLike {
  addEventListener(type: 'navigate', listener: (event: Event & { destination: { url: string } }) => void): void;
  removeEventListener(type: 'navigate', listener: (event: Event & { destination: { url: string } }) => void): void;
}

export class ScriptContext {
  /**
   * What ends with the script, kept as plain lists rather than an AbortController and its signal: each
   * interface a content script first touches is set up anew in its world, on every page load.
   */
  readonly #endings: (() => void)[] = [];
  readonly #navigations: ((event: Event) => void)[] = [];
  #invalid = false;
  #watching = false;

  // WXT's entry passes the script's name and its definition; neither is needed here.
  constructor(..._args: unknown[]) {}

  /** True once the extension is gone (updated, reloaded, removed): every listener is then let go. */
  get isInvalid(): boolean {
    if (!this.#invalid && browser.runtime?.id == null) this.#invalidate();
    return this.#invalid;
  }

  #invalidate() {
    this.#invalid = true;
    for (const ending of this.#endings.splice(0)) {
      try {
        ending();
      } catch {
        // One ending that fails does not keep the others from running.
      }
    }
  }

  onInvalidated(listener: () => void): () => void {
    this.#endings.push(listener);
    return () => {
      const at = this.#endings.indexOf(listener);
      if (at >= 0) this.#endings.splice(at, 1);
    };
  }

  /**
   * A listener that ends with the script. `wxt:locationchange` (whatever the target): the page's own
   * navigations within the document (pushState, a new hash), heard just before the address changes.
   */
  addEventListener(target: EventTarget, type: string, listener: (event: Event) => void, options?: AddEventListenerOptions): void {
    if (this.#invalid) return;
    if (type === LOCATION_CHANGE) {
      this.#watchLocation();
      this.#navigations.push(listener);
      this.onInvalidated(() => this.#navigations.splice(0));
      return;
    }
    target.addEventListener(type, listener, options);
    this.onInvalidated(() => target.removeEventListener(type, listener, options));
  }

  #watchLocation() {
    if (this.#watching || this.isInvalid) return;
    this.#watching = true;
    let last = location.href;
    const changed = (next: string) => {
      if (next === last) return;
      last = next;
      const event = new Event(LOCATION_CHANGE);
      for (const listener of [...this.#navigations]) listener(event);
    };
    const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
    if (navigation) {
      const onNavigate = (event: Event & { destination: { url: string } }) => changed(new URL(event.destination.url).href);
      navigation.addEventListener('navigate', onNavigate);
      this.onInvalidated(() => navigation.removeEventListener('navigate', onNavigate));
    } else {
      // Firefox before the Navigation API: the address looked at each second.
      const timer = setInterval(() => {
        if (this.isInvalid) return;
        changed(location.href);
      }, 1000);
      this.onInvalidated(() => clearInterval(timer));
    }
  }
}

/** The name WXT's entry imports it by. */
export { ScriptContext as ContentScriptContext };

/** What the script's parts take: WXT's context and this one both fit (type checks see WXT's). */
export type ContentContext = Pick<ScriptContext, 'isInvalid' | 'onInvalidated' | 'addEventListener'>;
