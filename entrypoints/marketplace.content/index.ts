/**
 * Runs on the marketplaces' pages: reads the page and, when the reader understands it, shows the panel's
 * launcher; reads again when the page changes (in-page navigation, content that arrives late). The dialog
 * is an extension page in a frame, made when the shopper first opens the panel (utils/platform/panel-frame.ts).
 * Never opens IndexedDB (this is the page's origin), and holds nothing private in the page: what the
 * shopper types or sees of their own data stays in the frame.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
// The launcher's one label, taken from the bundled messages by name so that only it is bundled here
// (utils/platform/i18n would bring every message into a script that runs on every page).
import { launcherLabel as launcherLabelEn, panelFrameFailed as panelFrameFailedEn } from '../../public/_locales/en/messages.json';
import { launcherLabel as launcherLabelRu, panelFrameFailed as panelFrameFailedRu } from '../../public/_locales/ru/messages.json';
import { adapterFor, marketplaces, readPage } from '../../utils/marketplaces';
import type { PageContext, PageTarget } from '../../utils/marketplaces/types';
import { onMessage } from '../../utils/platform/messages';
import type { PanelState } from '../../utils/platform/panel-frame';
import { DEFAULT_SETTINGS, getLauncherSettings, type LauncherSettings } from '../../utils/storage/settings';
import { mountLauncher, PANEL_TAG, type LauncherParts } from './launcher';
import { createOrderButtons, ORDER_BUTTON_TAG } from './order-buttons';
import { createPanelFrame, pageScheme } from './panel-frame';

/** Wait this long after the page last changed before reading it again. */
const SETTLE_MS = 150;

export default defineContentScript({
  matches: marketplaces.flatMap((m) => m.matches),
  runAt: 'document_end',
  main(ctx) {
    const panel = createPanel(ctx);
    panel.refresh();

    // In-page navigation: read again once the new address is in place (the event comes just before).
    ctx.addEventListener(window, 'wxt:locationchange', () => panel.refreshSoon(0));

    // Content that arrives or is replaced after load: read again once the page settles. An order list
    // that grows as the page scrolls has only its new blocks read.
    const observer = new MutationObserver((records) => {
      const others = records.filter((record) => !isOurHost(record) && !panel.takeListGrowth(record));
      if (others.length) panel.refreshSoon(SETTLE_MS);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
    ctx.onInvalidated(() => observer.disconnect());

    onMessage('openPanel', () => panel.open());
    onMessage('pageContext', () => panel.context());

    // The language and the hidden launchers alone — never the profile, and no listener on storage
    // changes (it would be handed every change, the profile's too): read at start, when the background
    // says they changed, and when the tab is shown again.
    const readSettings = () => void getLauncherSettings().then(panel.setSettings, () => {});
    readSettings();
    onMessage('settingsChanged', () => readSettings());
    ctx.addEventListener(document, 'visibilitychange', () => {
      if (document.visibilityState === 'visible') readSettings();
    });
  },
});

function isOurHost(record: MutationRecord): boolean {
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  const ours = [PANEL_TAG, ORDER_BUTTON_TAG];
  return nodes.length > 0 && nodes.every((node) => ours.includes(node.nodeName.toLowerCase()));
}

function createPanel(ctx: ContentScriptContext) {
  let parts: Promise<LauncherParts> | undefined;
  let context: PageContext | undefined;
  let shownKey: string | undefined;
  let isOpen = false;
  let settings: LauncherSettings = { language: DEFAULT_SETTINGS.language, hiddenLaunchers: DEFAULT_SETTINGS.hiddenLaunchers };
  let timer: number | undefined;
  /** Where focus was before the panel opened (the launcher, or the page when opened by shortcut). */
  let returnFocus: HTMLElement | undefined;
  /** The card chosen on an order list (an order, or a bought item): the dialog is about it, not the list. */
  let chosenCard: string | undefined;

  const orderButtons = createOrderButtons(
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
        void update();
      },
    },
    SETTLE_MS,
  );

  function build(): Promise<LauncherParts> {
    return mountLauncher(
      ctx,
      () => {
        if (isOpen) return close();
        chosenCard = undefined;
        void open();
      },
      (root) => createPanelFrame(root, launcherText, { state: panelState, find: findTarget, cardText, onClose: close, onFailed: failed }),
    );
  }

  /** Brings every part of the panel in line with the current state. */
  async function update(focusInside = false) {
    if (!context || !parts) return;
    const { launcher, failure, frame } = await parts;
    const root = launcher.parentElement!;
    if (isOpen) failure.hidden = true;
    failure.textContent = (settings.language === 'en' ? panelFrameFailedEn : panelFrameFailedRu).message;
    root.dataset.kind = context.kind;
    root.dataset.open = String(isOpen);
    launcher.hidden = settings.hiddenLaunchers.includes(context.marketplace);
    const label = launcherText();
    launcher.setAttribute('aria-label', label);
    launcher.title = label;
    launcher.setAttribute('aria-expanded', String(isOpen));
    if (isOpen) launcher.setAttribute('aria-controls', 'mh-dialog');
    else launcher.removeAttribute('aria-controls');
    if (isOpen) frame.show(focusInside);
    else frame.hide();
  }

  function launcherText(): string {
    return (settings.language === 'en' ? launcherLabelEn : launcherLabelRu).message;
  }

  /** What the frame is told: the page's data only, never the shopper's (the frame reads those itself). */
  function panelState(): PanelState | undefined {
    if (!context) return undefined;
    const page = (chosenCard !== undefined && orderButtons.card(chosenCard)?.context) || context;
    const adapter = adapterFor(new URL(page.url));
    return {
      context: page,
      pageUrl: location.href,
      marketplaceName: adapter?.name ?? '',
      targets: (['seller-question', 'seller-chat'] as const).filter((target) => findTarget(target) !== null),
      scheme: pageScheme(),
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
    refresh();
    if (!context) return false;
    const focused = from ?? document.activeElement;
    if (!isOpen) returnFocus = focused instanceof HTMLElement && focused.localName !== PANEL_TAG ? focused : undefined;
    isOpen = true;
    await update(true);
    return true;
  }

  function close() {
    if (!isOpen) return;
    isOpen = false;
    void update().then(async () => {
      const launcher = (await parts)?.launcher;
      const back = returnFocus?.isConnected ? returnFocus : launcher && !launcher.hidden ? launcher : undefined;
      returnFocus = undefined;
      back?.focus();
    });
  }

  /** The frame did not draw: the panel is closed again, with a word why, and the next click retries. */
  function failed() {
    isOpen = false;
    void update().then(async () => {
      const found = await parts;
      if (!found) return;
      found.failure.hidden = false;
      if (!found.launcher.hidden) found.launcher.focus();
    });
  }

  function remove() {
    const removing = parts;
    parts = undefined;
    context = undefined;
    shownKey = undefined;
    isOpen = false;
    void removing?.then(({ ui, frame }) => {
      frame.remove();
      ui.remove();
    });
  }

  function refresh() {
    if (ctx.isInvalid) return;
    let next: PageContext | null = null;
    try {
      next = readPage(document, new URL(location.href));
    } catch {
      next = null;
    }
    if (!next) {
      orderButtons.sync(undefined);
      return remove();
    }
    orderButtons.sync(next);
    // The address alone (a query string, a hash) does not make it another page.
    const key = JSON.stringify({ ...next, url: undefined });
    // The page's own form or chat button may come and go while it reads the same.
    void parts?.then(({ frame }) => frame.update());
    if (key === shownKey) return;
    shownKey = key;
    context = next;
    if (chosenCard !== undefined && !orderButtons.card(chosenCard)) chosenCard = undefined;
    parts ??= build();
    void update();
  }

  async function openCard(key: string, from: HTMLElement) {
    if (!context || !orderButtons.card(key)) return;
    chosenCard = key;
    if (isOpen) await update(true);
    else await open(from);
  }

  return {
    refresh,
    takeListGrowth: orderButtons.takeListGrowth,
    refreshSoon(delay: number) {
      if (timer !== undefined) clearTimeout(timer);
      timer = ctx.setTimeout(() => {
        timer = undefined;
        refresh();
      }, delay);
    },
    open: () => open(),
    context: () => context ?? null,
    setSettings(next: LauncherSettings) {
      settings = next;
      void update();
    },
  };
}
