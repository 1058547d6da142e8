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
import {
  launcherLabel as launcherLabelEn,
  orderContact as orderContactEn,
  panelFrameFailed as panelFrameFailedEn,
} from '../../public/_locales/en/messages.json';
import {
  launcherLabel as launcherLabelRu,
  orderContact as orderContactRu,
  panelFrameFailed as panelFrameFailedRu,
} from '../../public/_locales/ru/messages.json';
import { adapterFor, marketplaces, readPage } from '../../utils/marketplaces';
import type { OrderCard, PageContext, PageTarget } from '../../utils/marketplaces/types';
import { onMessage } from '../../utils/platform/messages';
import type { PanelState } from '../../utils/platform/panel-frame';
import { DEFAULT_SETTINGS, getSettings, watchSettings, type Settings } from '../../utils/storage/settings';
import { mountLauncher, PANEL_TAG, SHADOW_MODE, type LauncherParts } from './launcher';
import { createPanelFrame, pageScheme } from './panel-frame';

/** The small "contact" button put on each order card of an order list. */
export const ORDER_BUTTON_TAG = 'market-helpdesk-order-button';

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

    void getSettings().then(panel.setSettings, () => {});
    ctx.onInvalidated(watchSettings(panel.setSettings));
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
  let settings: Settings = DEFAULT_SETTINGS;
  let timer: number | undefined;
  /** Where focus was before the panel opened (the launcher, or the page when opened by shortcut). */
  let returnFocus: HTMLElement | undefined;
  /** The card chosen on an order list (an order, or a bought item): the dialog is about it, not the list. */
  let chosenCard: string | undefined;
  const orderButtons = new Map<string, { button: HTMLElement; card: OrderCard }>();

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
    const page = (chosenCard !== undefined && orderButtons.get(chosenCard)?.card.context) || context;
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
      syncOrderButtons(undefined);
      return remove();
    }
    syncOrderButtons(next);
    // The address alone (a query string, a hash) does not make it another page.
    const key = JSON.stringify({ ...next, url: undefined });
    // The page's own form or chat button may come and go while it reads the same.
    void parts?.then(({ frame }) => frame.update());
    if (key === shownKey) return;
    shownKey = key;
    context = next;
    if (chosenCard !== undefined && !orderButtons.has(chosenCard)) chosenCard = undefined;
    parts ??= build();
    void update();
  }

  /** One contact button on each card of an order list; none anywhere else. */
  function syncOrderButtons(page: PageContext | null | undefined) {
    const adapter = page?.kind === 'order-list' ? adapterFor(new URL(page.url)) : undefined;
    const cards = (page && adapter?.findOrderCards?.(document, new URL(page.url), page)) || [];
    const wanted = new Map(cards.map((card) => [card.key, card]));
    for (const [key, { button, card }] of orderButtons) {
      const next = wanted.get(key);
      if (!next || next.element !== card.element || !button.isConnected) {
        button.remove();
        orderButtons.delete(key);
      }
    }
    addOrderButtons(cards);
  }

  /** Blocks of a growing order list waiting to be read, and the timer that reads them. */
  const grownBlocks = new Set<Element>();
  let growthTimer: number | undefined;

  /**
   * A change that only adds to the order list (a block appended as the page scrolls, content drawn inside
   * a block) is taken here: the blocks concerned are read alone once the page settles, not the whole page.
   * Anything else — a state arriving on its own, anything taken away — is left to a full reading.
   */
  function takeListGrowth(record: MutationRecord): boolean {
    const selector = context?.kind === 'order-list' ? adapterFor(new URL(context.url))?.orderBlockSelector : undefined;
    if (!selector || record.type !== 'childList' || record.addedNodes.length === 0) return false;
    // A loader taken away as the next block comes is growth; a card or block taken away is not.
    const target = record.target instanceof Element ? record.target : undefined;
    for (const node of Array.from(record.removedNodes)) {
      if (target?.closest(selector) || (node instanceof Element && (node.matches(selector) || node.querySelector(selector)))) return false;
    }
    const blocks: Element[] = [];
    for (const node of Array.from(record.addedNodes)) {
      if (node.nodeType === Node.TEXT_NODE && target?.closest(selector)) {
        blocks.push(target.closest(selector)!);
        continue;
      }
      if (!(node instanceof Element)) return false;
      const found = node.matches(selector) ? [node] : Array.from(node.querySelectorAll(selector));
      const around = node.parentElement?.closest(selector);
      if (around) found.push(around);
      if (!found.length) return false;
      blocks.push(...found);
    }
    for (const block of blocks) grownBlocks.add(block);
    if (growthTimer === undefined) {
      growthTimer = ctx.setTimeout(() => {
        growthTimer = undefined;
        readGrownBlocks();
      }, SETTLE_MS);
    }
    return true;
  }

  function readGrownBlocks() {
    const blocks = [...grownBlocks].filter((block) => block.isConnected);
    grownBlocks.clear();
    if (!context || context.kind !== 'order-list' || !blocks.length) return;
    const url = new URL(context.url);
    const cards = adapterFor(url)?.findOrderCards?.(document, url, context, blocks) ?? [];
    addOrderButtons(cards);
    // The blocks' orders join the list, or replace what it said of them before (a card drawn further).
    const orders = new Map((context.orders ?? []).map((order) => [order.orderId, order]));
    for (const { context: card } of cards) {
      if (!card.orderId) continue;
      orders.set(card.orderId, {
        orderId: card.orderId,
        ...(card.orderDate && { orderDate: card.orderDate }),
        ...(card.orderStatus && { status: card.orderStatus }),
      });
    }
    const next = { ...context, orders: [...orders.values()] };
    const key = JSON.stringify({ ...next, url: undefined });
    if (key === shownKey) return;
    context = next;
    shownKey = key;
    void update();
  }

  function addOrderButtons(cards: OrderCard[]) {
    for (const card of cards) {
      const shown = orderButtons.get(card.key);
      if (shown?.button.isConnected && shown.card.element === card.element) {
        shown.card = card;
        continue;
      }
      shown?.button.remove();
      const button = orderButton(card.context, settings.language, (inner) => void openCard(card.key, inner));
      if (card.inside) card.element.append(button);
      else card.element.after(button);
      orderButtons.set(card.key, { button, card });
    }
  }

  async function openCard(key: string, from: HTMLElement) {
    if (!context || !orderButtons.has(key)) return;
    chosenCard = key;
    if (isOpen) await update(true);
    else await open(from);
  }

  return {
    refresh,
    takeListGrowth,
    refreshSoon(delay: number) {
      if (timer !== undefined) clearTimeout(timer);
      timer = ctx.setTimeout(() => {
        timer = undefined;
        refresh();
      }, delay);
    },
    open: () => open(),
    context: () => context ?? null,
    setSettings(next: Settings) {
      settings = next;
      void update();
    },
  };
}

/**
 * A contact button in a shadow root of its own, so the page's styles leave it alone. `onClick` is given
 * the button itself: focus comes back to it when the panel closes (the host cannot take focus).
 */
function orderButton(card: PageContext, language: 'ru' | 'en', onClick: (button: HTMLElement) => void): HTMLElement {
  const host = document.createElement(ORDER_BUTTON_TAG);
  if (card.orderId) host.dataset.orderId = card.orderId;
  if (card.article) host.dataset.article = card.article;
  const root = host.attachShadow({ mode: SHADOW_MODE });
  const style = document.createElement('style');
  style.textContent =
    ':host{display:inline-block;margin:4px 0}button{font:13px/1.2 system-ui,sans-serif;color:#fff;background:#1f5fd6;' +
    'border:0;border-radius:8px;padding:6px 10px;cursor:pointer}button:focus-visible{outline:3px solid #ff9f1a;outline-offset:2px}';
  const button = document.createElement('button');
  button.type = 'button';
  button.dataset.testid = 'mh-order-contact';
  button.textContent = (language === 'en' ? orderContactEn : orderContactRu).message;
  const about = card.orderId ?? [card.title, card.article].filter(Boolean).join(', ');
  button.setAttribute('aria-label', `${button.textContent}: ${about}`);
  button.addEventListener('click', (event) => {
    // The button may sit inside the card's link: the click is ours, not a navigation.
    event.preventDefault();
    event.stopPropagation();
    // Only the shopper's own clicks open the panel, never a page's script.
    if (event.isTrusted) onClick(button);
  });
  root.append(style, button);
  return host;
}
