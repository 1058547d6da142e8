/**
 * Runs on the marketplaces' pages: reads the page and mounts the panel when the reader understands it.
 * Reads only; sends nothing; never opens IndexedDB (this is the page's origin).
 */
import { render } from 'preact';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { marketplaces, readPage } from '../../utils/marketplaces';
import type { PageContext } from '../../utils/marketplaces/types';
import { Panel } from './Panel';
import panelCss from './panel.css?inline';

export const PANEL_TAG = 'market-helpdesk-panel';

/**
 * Events stopped at the shadow root, so the page's own listeners never see what is typed, pasted or
 * focused inside the panel.
 */
const ISOLATED_EVENTS = [
  'keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'change',
  'compositionstart', 'compositionupdate', 'compositionend',
  'copy', 'cut', 'paste',
  'focus', 'blur', 'focusin', 'focusout',
];

export default defineContentScript({
  matches: marketplaces.flatMap((m) => m.matches),
  runAt: 'document_end',
  main(ctx) {
    const mounter = createPanelMounter(ctx);
    mounter.refresh();
    // In-page navigation: read again once the new address is in place (the event comes just before).
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      ctx.setTimeout(() => mounter.refresh(), 0);
    });
  },
});

function createPanelMounter(ctx: ContentScriptContext) {
  let ui: ShadowRootContentScriptUi<void> | undefined;
  let shown = '';
  let open = false;
  let generation = 0;

  const remove = () => {
    ui?.remove();
    ui = undefined;
    shown = '';
  };

  async function refresh() {
    if (ctx.isInvalid) return;
    const turn = ++generation;
    let context: PageContext | null = null;
    try {
      context = readPage(document, new URL(location.href));
    } catch {
      context = null;
    }
    if (!context) return remove();
    const key = JSON.stringify(context);
    if (ui && key === shown) return;

    const next = await createShadowRootUi(ctx, {
      name: PANEL_TAG,
      mode: 'open',
      position: 'inline',
      anchor: 'html',
      css: panelCss,
      isolateEvents: ISOLATED_EVENTS,
      onMount(container) {
        render(
          <Panel context={context} initiallyOpen={open} onOpenChange={(value) => (open = value)} />,
          container,
        );
      },
      onRemove() {
        render(null, next.uiContainer);
      },
    });
    // A newer reading started while this one was being built: it wins.
    if (turn !== generation || ctx.isInvalid) return;
    remove();
    next.mount();
    ui = next;
    shown = key;
  }

  return { refresh };
}
