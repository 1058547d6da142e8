/**
 * The page's text box the shopper last focused (a chat's input, the question form), for the panel's
 * «Вставить в поле»: remembered from the shopper's own focus, never read. A focus counts only when it
 * follows the shopper's press on that very box, or their Tab key (a page's script can focus a box of its
 * choosing, and the browser calls that focus trusted too). Held weakly: a box the page removes is
 * forgotten with it.
 */
import type { ContentContext } from './script-context';
import { isTextField } from './insert-text';

/** A focus this soon after the shopper's press or key is theirs. */
const SHOPPERS_FOCUS_MS = 1000;

export function watchPageField(ctx: ContentContext, ownHost: () => Element | undefined): () => Element | undefined {
  let last: WeakRef<Element> | undefined;
  /** The shopper's last press (what it was on) or Tab, and when. */
  let act: { at: number; on?: EventTarget } = { at: -Infinity };
  ctx.addEventListener(document, 'pointerdown', (event) => {
    if (event.isTrusted) act = { at: Date.now(), on: event.composedPath()[0] };
  }, { capture: true });
  ctx.addEventListener(document, 'keydown', (event) => {
    if (event.isTrusted && (event as KeyboardEvent).key === 'Tab') act = { at: Date.now() };
  }, { capture: true });
  const byTheShopper = (field: Element) =>
    Date.now() - act.at <= SHOPPERS_FOCUS_MS && (act.on === undefined || (act.on instanceof Node && (act.on === field || field.contains(act.on))));
  ctx.addEventListener(
    document,
    'focusin',
    (event) => {
      const target = event.composedPath()[0];
      if (!event.isTrusted || !isTextField(target) || !byTheShopper(target)) return;
      const host = ownHost();
      if (host && (target === host || host.contains(target))) return;
      last = new WeakRef(target);
    },
    { capture: true },
  );
  return () => {
    const field = last?.deref();
    return field?.isConnected ? field : undefined;
  };
}
