/**
 * The page's text box the shopper last focused (a chat's input, the question form), for the panel's
 * «Вставить в поле»: remembered from the shopper's own focus (trusted events alone), never read. Held
 * weakly: a box the page removes is forgotten with it.
 */
import type { ContentContext } from './script-context';
import { isTextField } from './insert-text';

export function watchPageField(ctx: ContentContext, ownHost: () => Element | undefined): () => Element | undefined {
  let last: WeakRef<Element> | undefined;
  ctx.addEventListener(
    document,
    'focusin',
    (event) => {
      const target = event.composedPath()[0];
      if (!event.isTrusted || !isTextField(target)) return;
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
