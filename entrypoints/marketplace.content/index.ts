/**
 * Runs on the marketplaces' pages. At load it reads the address alone (the page's kind, its article or
 * order number) and attaches the launcher at once; it reads the page in full only where it must — an order
 * list's cards need their buttons, the panel opened, the popup asked (./reading.ts) — and watches the
 * page's changes only while a reading depends on them. The dialog is an extension page in a frame, made
 * when the shopper first opens the panel (utils/platform/panel-frame.ts). Never opens IndexedDB (this is
 * the page's origin), and holds nothing private in the page: what the shopper types or sees of their own
 * data stays in the frame.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentContext } from '@/utils/in-page/script-context';
// The launcher's one label, taken from the bundled messages by name so that only it is bundled here
// (utils/platform/i18n would bring every message into a script that runs on every page).
import { launcherLabel as launcherLabelEn, panelFrameFailed as panelFrameFailedEn } from '@/public/_locales/en/messages.json';
import { launcherLabel as launcherLabelRu, panelFrameFailed as panelFrameFailedRu } from '@/public/_locales/ru/messages.json';
import { ADDRESS_MATCHES, MARKETPLACE_NAMES } from '@/utils/marketplaces/addresses';
import { keptAddress } from '@/utils/marketplaces/sources/limits';
import type { PageContext, PageTarget } from '@/utils/marketplaces/types';
import { TEST_BUILD } from '@/utils/platform/build';
import { onMessage } from '@/utils/messages';
import type { PanelState } from '@/utils/panel-frame/protocol';
import type { LauncherSettings } from '@/utils/storage/settings';
import { ORDER_BUTTON_TAG, PANEL_TAG } from '@/utils/in-page/elements';
import { mountLauncher, type LauncherParts } from './launcher';
import type { createOrderButtons } from '@/utils/in-page/order-buttons';
import type { PanelFrame } from '@/utils/panel-frame/host';
import { adapterFor, loadPageReader, pageReader } from '@/utils/page-reader/load';
import { createPageReading } from './reading';
import { askLauncherSettings, LAUNCHER_DEFAULTS, SETTINGS_WAIT_MS } from './launcher-settings';

/** Wait this long after the page last changed before reading it again. */
const SETTLE_MS = 150;

export default defineContentScript({
  matches: ADDRESS_MATCHES,
  // Started with the document and run once it is parsed (DOMContentLoaded): a script declared at
  // `document_end` is run by a task of its own after that event, which comes 60–700 ms later on a large
  // page while the browser lays it out (bench/run.mjs measures both). Nothing touches the page before.
  runAt: 'document_start',
  main(ctx) {
    // The language and the hidden launchers alone — never the profile — asked of the background (./settings.ts):
    // at start (asked now, so that the answer is there by the time the page is), when the background says
    // they changed, and when the tab is shown again. Until the first answer the launcher is in place but
    // hidden (a launcher the shopper hid must not flash), for SETTINGS_WAIT_MS at most.
    const settingsRead = askLauncherSettings();
    whenParsed(ctx, () => {
      const panel = createPanel(ctx);
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

function isOurHost(record: MutationRecord): boolean {
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  const ours = [PANEL_TAG, ORDER_BUTTON_TAG];
  return nodes.length > 0 && nodes.every((node) => ours.includes(node.nodeName.toLowerCase()));
}

function createPanel(ctx: ContentContext) {
  const reading = createPageReading(document, () => new URL(location.href), pageReader);
  let parts: LauncherParts | undefined;
  /** The dialog's frame and its port: made when the shopper first opens the panel. */
  let frame: PanelFrame | undefined;
  let context: PageContext | undefined;
  let shownKey: string | undefined;
  let isOpen = false;
  let settings: LauncherSettings = LAUNCHER_DEFAULTS;
  /** Whether the settings have come (or the wait for them is over): till then the launcher stays hidden. */
  let settingsKnown = false;
  let launcherMarked = false;
  let timer: number | undefined;
  /** Where focus was before the panel opened (the launcher, or the page when opened by shortcut). */
  let returnFocus: HTMLElement | undefined;
  /** The card chosen on an order list (an order, or a bought item): the dialog is about it, not the list. */
  let chosenCard: string | undefined;
  /** Watches the page's content, only while a reading depends on it. */
  let observer: MutationObserver | undefined;
  /** A reading waits for the page's readers to arrive. */
  let awaitingReader = false;
  /** The page kept moving our host away: the launcher is off this page for good (./launcher.ts). */
  let gone = false;

  /**
   * The order cards' buttons: made once the page's readers are here (they come with them), which on an
   * order list is before its first reading in full; no other page has any.
   */
  let orderButtons: ReturnType<typeof createOrderButtons> | undefined;
  function buttons() {
    const late = pageReader();
    orderButtons ??= late?.createOrderButtons(
      ctx,
      {
        context: () => context,
        language: () => settings.language,
        choose: (key, from) => void openCard(key, from),
        grown(next) {
          const key = JSON.stringify({ ...next, url: undefined });
          if (key === shownKey) return;
          context = next;
          shownKey = key;
          update();
        },
      },
      SETTLE_MS,
    );
    return orderButtons;
  }

  /**
   * Content that arrives or is replaced after load, read again once the page settles; an order list that
   * grows as the page scrolls has only its new blocks read. Our own elements coming and going are not
   * the page's changes.
   */
  function watch(on: boolean) {
    if (on && !observer) {
      observer = new MutationObserver((records) => {
        const others = records.filter((record) => !isOurHost(record) && !orderButtons?.takeListGrowth(record));
        if (others.length) refreshSoon(SETTLE_MS);
      });
      observer.observe(document.documentElement, { childList: true, subtree: true });
    } else if (!on && observer) {
      observer.disconnect();
      observer = undefined;
    }
  }
  ctx.onInvalidated(() => watch(false));

  /** The dialog's frame, made at its first opening; undefined where the readers (which bring it) could not be had. */
  function frameOf(root: HTMLElement): PanelFrame | undefined {
    frame ??= pageReader()?.createPanelFrame(root, launcherText, { state: panelState, find: findTarget, cardText, onClose: close, onFailed: failed });
    return frame;
  }

  /** Brings every part of the panel in line with the current state. */
  function update(focusInside = false) {
    if (!context || !parts) return;
    const { root, launcher, failure } = parts;
    if (isOpen) failure.hidden = true;
    failure.textContent = (settings.language === 'en' ? panelFrameFailedEn : panelFrameFailedRu).message;
    root.dataset.kind = context.kind;
    root.dataset.open = String(isOpen);
    launcher.hidden = !settingsKnown || settings.hiddenLaunchers.includes(context.marketplace);
    // For the benchmark (bench/run.mjs), which reads when the launcher came — shown, or known to stay
    // hidden — from the page's own clock; only in the build for tests: the shopper's build leaves no trace
    // in the page's performance timeline.
    if (TEST_BUILD && settingsKnown && !launcherMarked) {
      launcherMarked = true;
      performance.mark('market-helpdesk:launcher');
    }
    const label = launcherText();
    launcher.setAttribute('aria-label', label);
    launcher.title = label;
    launcher.setAttribute('aria-expanded', String(isOpen));
    if (isOpen) launcher.setAttribute('aria-controls', 'mh-dialog');
    else launcher.removeAttribute('aria-controls');
    if (!isOpen) frame?.hide();
    else if (frameOf(root)) frame?.show(focusInside);
    // The frame's code could not be had: closed again, with the word why (the next click tries again).
    else failed();
  }

  function launcherText(): string {
    return (settings.language === 'en' ? launcherLabelEn : launcherLabelRu).message;
  }

  /**
   * What the frame is told: the page's data only, never the shopper's (the frame reads those itself).
   * The frame is there only once the panel has opened, and from then on every reading is in full.
   */
  function panelState(): PanelState | undefined {
    if (!context) return undefined;
    const page = (chosenCard !== undefined && orderButtons?.card(chosenCard)?.context) || context;
    return {
      context: page,
      pageUrl: keptAddress(location.href),
      // Known from the address: said even where the readers could not be had.
      marketplaceName: MARKETPLACE_NAMES[page.marketplace] ?? '',
      targets: (['seller-question', 'seller-chat'] as const).filter((target) => findTarget(target) !== null),
      // Asked only by the frame, which came with the readers.
      scheme: pageReader()?.pageScheme() ?? 'light',
      open: isOpen,
    };
  }

  /** What this product page says of its product; nothing for an order card chosen on a list. */
  function cardText(): string | undefined {
    if (!context || context.kind !== 'product' || chosenCard !== undefined) return undefined;
    const url = new URL(location.href);
    return adapterFor(url)?.readCardText?.(document, url);
  }

  function findTarget(target: PageTarget): Element | null {
    const adapter = context && adapterFor(new URL(context.url));
    return adapter?.findPageTarget(document, target) ?? null;
  }

  /** `from`: the control that opened it (an order card's button, which sits in a shadow root of its own). */
  async function open(from?: HTMLElement): Promise<boolean> {
    // The dialog shows what the page says: from now on the page is read in full, with the readers, which
    // bring the dialog's frame (where they cannot be had, the launcher says the panel did not open).
    reading.readInFull();
    await loadPageReader().catch(() => undefined);
    refresh();
    if (!context) return false;
    const focused = from ?? document.activeElement;
    if (!isOpen) returnFocus = focused instanceof HTMLElement && focused.localName !== PANEL_TAG ? focused : undefined;
    isOpen = true;
    update(true);
    // False when it could not open after all (its frame's code could not be had): the popup stays.
    return isOpen;
  }

  function close() {
    if (!isOpen) return;
    isOpen = false;
    update();
    const launcher = parts?.launcher;
    const back = returnFocus?.isConnected ? returnFocus : launcher && !launcher.hidden ? launcher : undefined;
    returnFocus = undefined;
    back?.focus();
  }

  /** The frame did not draw: the panel is closed again, with a word why, and the next click retries. */
  function failed() {
    isOpen = false;
    update();
    if (!parts) return;
    parts.failure.hidden = false;
    if (!parts.launcher.hidden) parts.launcher.focus();
  }

  function dropFrame() {
    const held = frame;
    frame = undefined;
    isOpen = false;
    held?.remove();
    update();
  }

  function remove() {
    const removing = parts;
    const held = frame;
    parts = undefined;
    frame = undefined;
    context = undefined;
    shownKey = undefined;
    isOpen = false;
    held?.remove();
    removing?.remove();
  }

  function refresh() {
    if (ctx.isInvalid) return;
    let next: PageContext | null = null;
    try {
      next = reading.read();
    } catch {
      next = null;
    }
    watch(reading.watchesPage());
    // An order list (or the panel, opening) needs the page in full: read again once the readers are here
    // (one wait at a time; where they cannot be had, the address's reading stands).
    if (reading.wantsReader() && !awaitingReader) {
      awaitingReader = true;
      void loadPageReader()
        .then(() => refresh(), () => {})
        .finally(() => (awaitingReader = false));
    }
    if (!next) {
      orderButtons?.sync(undefined);
      return remove();
    }
    buttons()?.sync(next);
    // The address alone (a query string, a hash) does not make it another page.
    const key = JSON.stringify({ ...next, url: undefined });
    // The page's own form or chat button may come and go while it reads the same.
    frame?.update();
    if (key === shownKey) return;
    shownKey = key;
    context = next;
    if (chosenCard !== undefined && !orderButtons?.card(chosenCard)) chosenCard = undefined;
    if (gone) return;
    parts ??= mountLauncher(ctx, {
      onClick() {
        if (isOpen) return close();
        chosenCard = undefined;
        void open();
      },
      // The frame goes with the panel: a new one is made at the next opening, in the host put back.
      onMoved: dropFrame,
      onGone() {
        gone = true;
        parts = undefined;
        dropFrame();
      },
    });
    update();
  }

  // One timer, cleared once when the script is invalidated (WXT's ctx.setTimeout adds a listener of its
  // own for each timer, which in-page navigations would pile up).
  ctx.onInvalidated(() => clearTimeout(timer));
  function refreshSoon(delay: number) {
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      timer = undefined;
      refresh();
    }, delay);
  }

  async function openCard(key: string, from: HTMLElement) {
    if (!context || !orderButtons?.card(key)) return;
    chosenCard = key;
    if (isOpen) update(true);
    else await open(from);
  }

  return {
    refresh,
    refreshSoon,
    open: () => open(),
    /** The popup asks what the page is about: the page read in full, as the panel would show it. */
    context: async () => {
      if (!context) return null;
      await loadPageReader().catch(() => undefined);
      if (!context) return null;
      try {
        return reading.readOnce() ?? context;
      } catch {
        return context;
      }
    },
    /** `next`: the settings as asked; undefined when none came (the defaults, or those already had, stand). */
    setSettings(next: LauncherSettings | undefined) {
      if (next) settings = next;
      settingsKnown = true;
      update();
    },
  };
}
