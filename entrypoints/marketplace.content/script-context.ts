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
  addEventListener(type: 'navigate', listener: (event: Event & { destination: { url: string } }) => void, options?: AddEventListenerOptions): void;
}

export class ScriptContext {
  readonly #abort = new AbortController();
  /** Where the in-page navigations are told: this script's own, never an event on the page's window. */
  readonly #locations = new EventTarget();
  #watching = false;

  // WXT's entry passes the script's name and its definition; neither is needed here.
  constructor(..._args: unknown[]) {}

  get signal(): AbortSignal {
    return this.#abort.signal;
  }

  /** True once the extension is gone (updated, reloaded, removed): every listener is then let go. */
  get isInvalid(): boolean {
    if (!this.#abort.signal.aborted && browser.runtime?.id == null) this.#abort.abort('Market Helpdesk is no longer there');
    return this.#abort.signal.aborted;
  }

  onInvalidated(listener: () => void): () => void {
    this.#abort.signal.addEventListener('abort', listener);
    return () => this.#abort.signal.removeEventListener('abort', listener);
  }

  /**
   * A listener that ends with the script. `wxt:locationchange` (whatever the target): the page's own
   * navigations within the document (pushState, a new hash), heard just before the address changes.
   */
  addEventListener(target: EventTarget, type: string, listener: (event: Event) => void, options?: AddEventListenerOptions): void {
    if (type === LOCATION_CHANGE) {
      this.#watchLocation();
      target = this.#locations;
    }
    target.addEventListener(type, listener, { ...options, signal: this.#abort.signal });
  }

  #watchLocation() {
    if (this.#watching || this.isInvalid) return;
    this.#watching = true;
    let last = location.href;
    const changed = (next: string) => {
      if (next === last) return;
      last = next;
      this.#locations.dispatchEvent(new Event(LOCATION_CHANGE));
    };
    const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
    if (navigation) {
      navigation.addEventListener('navigate', (event) => changed(new URL(event.destination.url).href), { signal: this.#abort.signal });
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
export type ContentContext = Pick<ScriptContext, 'isInvalid' | 'onInvalidated' | 'addEventListener' | 'signal'>;
