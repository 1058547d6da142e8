/**
 * Runs on the marketplaces' pages. At load it reads the address alone (the page's kind, its article or
 * order number) and attaches the launcher at once; it reads the page in full only where it must — an order
 * list's cards need their buttons, the panel opened, the popup asked (./reading.ts) — and watches the
 * page's changes only while a reading depends on them (./page-session.ts). The dialog is an extension page
 * in a frame, made when the shopper first opens the panel (./panel-view.ts, utils/panel-frame/). Never opens IndexedDB (this is
 * the page's origin), and holds nothing private in the page: what the shopper types or sees of their own
 * data stays in the frame.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentContext } from '@/utils/in-page/script-context';
import { ADDRESS_MATCHES } from '@/utils/marketplaces/addresses';
import { onMessage } from '@/utils/messages';
import { askLauncherSettings, SETTINGS_WAIT_MS } from './launcher-settings';
import { PageSession } from './page-session';

export default defineContentScript({
  matches: ADDRESS_MATCHES,
  // Started with the document and run once it is parsed (DOMContentLoaded): a script declared at
  // `document_end` is run by a task of its own after that event, which comes 60–700 ms later on a large
  // page while the browser lays it out (bench/run.mjs measures both). Nothing touches the page before.
  runAt: 'document_start',
  main(ctx) {
    // The language and the hidden launchers alone — never the profile — asked of the background (./launcher-settings.ts):
    // at start (asked now, so that the answer is there by the time the page is), when the background says
    // they changed, and when the tab is shown again. Until the first answer the launcher is in place but
    // hidden (a launcher the shopper hid must not flash), for SETTINGS_WAIT_MS at most.
    const settingsRead = askLauncherSettings();
    whenParsed(ctx, () => {
      const panel = new PageSession(ctx);
      panel.refresh();
      const readSettings = () => void askLauncherSettings().then((next) => next && panel.setSettings(next));
      const waited = window.setTimeout(() => panel.setSettings(undefined), SETTINGS_WAIT_MS);
      ctx.onInvalidated(() => clearTimeout(waited));
      void settingsRead.then((first) => {
        clearTimeout(waited);
        panel.setSettings(first);
      });

      // In-page navigation: read again once the new address is in place (the event comes just before).
      ctx.addEventListener(window, 'wxt:locationchange', () => panel.refreshSoon(0));

      onMessage('openPanel', () => panel.open());
      onMessage('pageContext', () => panel.context());
      onMessage('settingsChanged', () => readSettings());
      ctx.addEventListener(document, 'visibilitychange', () => {
        if (document.visibilityState === 'visible') readSettings();
      });
    });
  },
});

/** Runs `start` once the document is parsed: at once if it is, else on DOMContentLoaded. */
function whenParsed(ctx: ContentContext, start: () => void) {
  if (document.readyState !== 'loading') return start();
  ctx.addEventListener(document, 'DOMContentLoaded', () => start(), { once: true });
}
