/**
 * The panel's dialog, injected by the background into the marketplace tab's isolated world (the same
 * world as the content script) the first time the shopper opens the panel. See utils/panel-bridge.ts.
 */
import { render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { DIALOG_GLOBAL, type DialogApi } from '../../utils/panel-bridge';
import { Dialog } from './Dialog';
import dialogCss from './dialog.css?inline';

export default defineUnlistedScript(() => {
  // Injected once per page; a second injection (two quick openings) must not bring a second Preact.
  if ((globalThis as Record<string, unknown>)[DIALOG_GLOBAL]) return;
  const api: DialogApi = {
    render(container, props) {
      const root = container.getRootNode();
      if (root instanceof ShadowRoot && !root.querySelector('style[data-mh-dialog]')) {
        const style = document.createElement('style');
        style.setAttribute('data-mh-dialog', '');
        style.textContent = dialogCss;
        root.append(style);
      }
      render(<Dialog {...props} />, container);
    },
    unmount(container) {
      render(null, container);
    },
  };
  (globalThis as Record<string, unknown>)[DIALOG_GLOBAL] = api;
});
