/**
 * The contact buttons of an order list: one on each card (an order, or a bought item), in a shadow root
 * of its own; and the list growing as the page scrolls, whose new blocks alone are read.
 */
import type { ContentContext } from './script-context';
// The button's one label, taken from the bundled messages by name so that only it is bundled here.
import { orderContact as orderContactEn } from '@/public/_locales/en/messages.json';
import { orderContact as orderContactRu } from '@/public/_locales/ru/messages.json';
import type { OrderCard, PageContext } from '@/utils/marketplaces/types';
// Brought with the page's readers (entrypoints/page-reader.ts), in the same script: they are its own here.
import { adapterFor } from '@/utils/marketplaces';
import { ORDER_BUTTON_TAG, SHADOW_MODE } from './elements';
import { createSeenClicks, type SeenClicks } from './seen-clicks';

export interface OrderButtonsHost {
  /** The page as the panel last read it. */
  context(): PageContext | undefined;
  language(): 'ru' | 'en';
  /** The shopper clicked a card's button; `from` is the button, where focus comes back to. */
  choose(key: string, from: HTMLElement): void;
  /** New blocks of the list were read: the page as it now reads, with their orders. */
  grown(next: PageContext): void;
}

/** `settleMs`: how long after the list last grew its new blocks are read. */
export function createOrderButtons(ctx: ContentContext, host: OrderButtonsHost, settleMs: number) {
  const orderButtons = new Map<string, { button: HTMLElement; card: OrderCard }>();
  /** Each button acts only while it can be seen, and where it was put (./seen-clicks.ts). */
  const seenClicks = createSeenClicks();
  ctx.onInvalidated(() => seenClicks.stop());
  const takeOff = (host: HTMLElement) => {
    const control = buttonOf.get(host);
    if (control) seenClicks.unwatch(control);
    host.remove();
  };

  /** One contact button on each card of an order list; none anywhere else. */
  function syncOrderButtons(page: PageContext | null | undefined) {
    const adapter = page?.kind === 'order-list' ? adapterFor(new URL(page.url)) : undefined;
    const cards = (page && adapter?.findOrderCards?.(document, new URL(page.url), page)) || [];
    const wanted = new Map(cards.map((card) => [card.key, card]));
    for (const [key, { button, card }] of orderButtons) {
      const next = wanted.get(key);
      if (!next || next.element !== card.element || !button.isConnected) {
        takeOff(button);
        orderButtons.delete(key);
      }
    }
    addOrderButtons(cards);
  }

  /** Blocks of a growing order list waiting to be read, and the timer that reads them. */
  const grownBlocks = new Set<Element>();
  let growthTimer: number | undefined;
  // One timer at a time, cleared once on invalidation (not a listener per timer, as ctx.setTimeout adds).
  ctx.onInvalidated(() => clearTimeout(growthTimer));

  /**
   * A change that only adds to the order list (a block appended as the page scrolls, content drawn inside
   * a block) is taken here: the blocks concerned are read alone once the page settles, not the whole page.
   * Anything else — a state arriving on its own, anything taken away — is left to a full reading.
   */
  function takeListGrowth(record: MutationRecord): boolean {
    const context = host.context();
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
      growthTimer = window.setTimeout(() => {
        growthTimer = undefined;
        readGrownBlocks();
      }, settleMs);
    }
    return true;
  }

  function readGrownBlocks() {
    const blocks = [...grownBlocks].filter((block) => block.isConnected);
    grownBlocks.clear();
    const context = host.context();
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
    host.grown({ ...context, orders: [...orders.values()] });
  }

  function addOrderButtons(cards: OrderCard[]) {
    for (const card of cards) {
      const shown = orderButtons.get(card.key);
      if (shown?.button.isConnected && shown.card.element === card.element) {
        shown.card = card;
        continue;
      }
      if (shown) takeOff(shown.button);
      let placedIn: ParentNode | null = null;
      const button = orderButton(card.context, host.language(), seenClicks, (inner, event) => {
        // Moved by the page from where it was put (into a wrapper of its own): taken off; the next reading
        // of the list puts a new one in its place.
        if (button.parentNode !== placedIn) {
          takeOff(button);
          return;
        }
        if (seenClicks.allows(inner, event)) host.choose(card.key, inner);
      });
      if (card.inside) card.element.append(button);
      else card.element.after(button);
      placedIn = button.parentNode;
      orderButtons.set(card.key, { button, card });
    }
  }

  return {
    sync: syncOrderButtons,
    takeListGrowth,
    /** The card a button stands on, while its button is on the page. */
    card: (key: string): OrderCard | undefined => orderButtons.get(key)?.card,
  };
}

/** Each host's button (in its closed root). */
const buttonOf = new WeakMap<HTMLElement, HTMLButtonElement>();

/**
 * A contact button in a shadow root of its own, so the page's styles leave it alone. `onClick` is given
 * the button itself: focus comes back to it when the panel closes (the host cannot take focus).
 */
function orderButton(
  card: PageContext,
  language: 'ru' | 'en',
  seenClicks: SeenClicks,
  onClick: (button: HTMLButtonElement, event: MouseEvent) => void,
): HTMLElement {
  const host = document.createElement(ORDER_BUTTON_TAG);
  if (card.orderId) host.dataset.orderId = card.orderId;
  if (card.article) host.dataset.article = card.article;
  const root = host.attachShadow({ mode: SHADOW_MODE });
  const style = document.createElement('style');
  style.textContent =
    ':host{display:inline-block;margin:4px 0}button{font:13px/1.2 system-ui,sans-serif;color:#fff;background:#1f5fd6;' +
    'border:0;border-radius:8px;padding:6px 10px;cursor:pointer}button:focus-visible{outline:3px solid #c45a00;outline-offset:2px}';
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
    // Only the shopper's own clicks open the panel, never a page's script (./seen-clicks.ts).
    onClick(button, event);
  });
  root.append(style, button);
  buttonOf.set(host, button);
  // At its own size (about 150 × 28 px), not shrunk to a speck by the page's zoom or scale.
  seenClicks.watch(button, { minSize: { width: 40, height: 16 } });
  return host;
}
