/**
 * One page's life with the content script: what it says (./reading.ts: the address at load, the page in
 * full only where it must), the changes it is watched for while a reading depends on them, the order
 * cards' buttons, the card the shopper chose, and what the panel's frame is told. What the shopper sees
 * of it is the view's (./panel-view.ts).
 */
import { ORDER_BUTTON_TAG, PANEL_TAG } from '@/utils/in-page/elements';
import type { createOrderButtons } from '@/utils/in-page/order-buttons';
import type { ContentContext } from '@/utils/in-page/script-context';
import { MARKETPLACES } from '@/utils/marketplaces/facts';
import { keptAddress } from '@/utils/marketplaces/sources/finish';
import type { PageContext, PageTarget } from '@/utils/marketplaces/types';
import { adapterFor, loadPageReader, pageReader } from '@/utils/page-reader/load';
import type { PanelState } from '@/utils/panel-frame/protocol';
import type { LauncherSettings } from '@/utils/storage/settings';
import { browserLook, seenState } from '@/utils/in-page/visibility';
import { PanelView } from './panel-view';
import { createPageReading, type PageReading } from './reading';

/** Wait this long after the page last changed before reading it again. */
const SETTLE_MS = 150;

function isOurHost(record: MutationRecord): boolean {
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  const ours = [PANEL_TAG, ORDER_BUTTON_TAG];
  return nodes.length > 0 && nodes.every((node) => ours.includes(node.nodeName.toLowerCase()));
}

export class PageSession {
  private readonly reading: PageReading = createPageReading(document, () => new URL(location.href), pageReader);
  private readonly view: PanelView;
  private page: PageContext | undefined;
  /** The reading last shown, less its address (a query string, a hash does not make another page). */
  private shownKey: string | undefined;
  /** The card chosen on an order list (an order, or a bought item): the dialog is about it, not the list. */
  private chosenCard: string | undefined;
  /** Watches the page's content, only while a reading depends on it. */
  private observer: MutationObserver | undefined;
  /** A reading waits for the page's readers to arrive. */
  private awaitingReader = false;
  private timer: number | undefined;
  /** The order cards' buttons: made once the page's readers are here (they come with them). */
  private orderButtons: ReturnType<typeof createOrderButtons> | undefined;

  constructor(private readonly ctx: ContentContext) {
    this.view = new PanelView(ctx, {
      context: () => this.page,
      state: () => this.panelState(),
      find: (target) => this.findTarget(target),
      cardText: () => this.cardText(),
      onLauncherClick: () => {
        if (this.view.open) return this.view.close();
        this.chosenCard = undefined;
        void this.open();
      },
    });
    ctx.onInvalidated(() => this.watch(false));
    // One timer, cleared once when the script is invalidated (WXT's ctx.setTimeout adds a listener of its
    // own for each timer, which in-page navigations would pile up).
    ctx.onInvalidated(() => clearTimeout(this.timer));
  }

  refresh(): void {
    if (this.ctx.isInvalid) return;
    let next: PageContext | null = null;
    try {
      next = this.reading.read();
    } catch {
      next = null;
    }
    this.watch(this.reading.watchesPage());
    // An order list (or the panel, opening) needs the page in full: read again once the readers are here
    // (one wait at a time; where they cannot be had, the address's reading stands).
    if (this.reading.wantsReader() && !this.awaitingReader) {
      this.awaitingReader = true;
      void loadPageReader()
        .then(() => this.refresh(), () => {})
        .finally(() => (this.awaitingReader = false));
    }
    if (!next) {
      this.orderButtons?.sync(undefined);
      return this.remove();
    }
    this.buttons()?.sync(next);
    // The page's own form or chat button may come and go while it reads the same.
    this.view.pageChanged();
    const key = JSON.stringify({ ...next, url: undefined });
    if (key === this.shownKey) return;
    this.shownKey = key;
    this.page = next;
    if (this.chosenCard !== undefined && !this.orderButtons?.card(this.chosenCard)) this.chosenCard = undefined;
    this.view.mount();
    this.view.update();
  }

  /** At the page's next frame, once drawn (or in 100 ms, where the tab draws none). */
  private refreshAfterPaint(): void {
    let done = false;
    const run = () => {
      if (done) return;
      done = true;
      this.refresh();
    };
    requestAnimationFrame(() => setTimeout(run, 0));
    setTimeout(run, 100);
  }

  refreshSoon(delay: number): void {
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      this.timer = undefined;
      this.refresh();
    }, delay);
  }

  /**
   * `from`: the control that opened it (an order card's button, which sits in a shadow root of its own).
   * False when it could not open after all (its frame's code could not be had): the popup stays.
   */
  async open(from?: HTMLElement): Promise<boolean> {
    // The dialog shows what the page says: from now on the page is read in full, with the readers, which
    // bring the dialog's frame (where they cannot be had, the launcher says the panel did not open).
    const again = this.view.hasFrame;
    this.reading.readInFull();
    this.view.prepare();
    await loadPageReader().catch(() => undefined);
    if (!this.page) return false;
    // The frame first, then the page read in full: the frame's page loads in its own process meanwhile, and
    // asks for the state (the reading in full) only once it has connected.
    this.view.show(from ?? document.activeElement);
    // The first time, at once: the frame's page needs the state when it has loaded. Opened again, once
    // the page has drawn the frame: on a large page the reading takes tens of milliseconds, which the
    // shown frame would otherwise wait behind.
    if (again) this.refreshAfterPaint();
    else this.refresh();
    return this.view.open;
  }

  /** The popup asks what the page is about: the page read in full, as the panel would show it. */
  async context(): Promise<PageContext | null> {
    if (!this.page) return null;
    await loadPageReader().catch(() => undefined);
    if (!this.page) return null;
    try {
      return this.reading.readOnce() ?? this.page;
    } catch {
      return this.page;
    }
  }

  /** `next`: the settings as asked; undefined when none came (the defaults, or those already had, stand). */
  setSettings(next: LauncherSettings | undefined): void {
    if (next) this.view.settings = next;
    this.view.settingsKnown = true;
    this.view.update();
  }

  private remove(): void {
    this.page = undefined;
    this.shownKey = undefined;
    this.view.remove();
  }

  private buttons() {
    this.orderButtons ??= pageReader()?.createOrderButtons(
      this.ctx,
      {
        context: () => this.page,
        language: () => this.view.settings.language,
        choose: (key, from) => void this.openCard(key, from),
        grown: (next) => {
          const key = JSON.stringify({ ...next, url: undefined });
          if (key === this.shownKey) return;
          this.page = next;
          this.shownKey = key;
          this.view.update();
        },
      },
      SETTLE_MS,
    );
    return this.orderButtons;
  }

  /**
   * Content that arrives or is replaced after load, read again once the page settles; an order list that
   * grows as the page scrolls has only its new blocks read. Our own elements coming and going are not
   * the page's changes.
   */
  private watch(on: boolean): void {
    if (on && !this.observer) {
      this.observer = new MutationObserver((records) => {
        const others = records.filter((record) => !isOurHost(record) && !this.orderButtons?.takeListGrowth(record));
        if (others.length) this.refreshSoon(SETTLE_MS);
      });
      this.observer.observe(document.documentElement, { childList: true, subtree: true });
    } else if (!on && this.observer) {
      this.observer.disconnect();
      this.observer = undefined;
    }
  }

  private async openCard(key: string, from: HTMLElement): Promise<void> {
    if (!this.page || !this.orderButtons?.card(key)) return;
    this.chosenCard = key;
    if (this.view.open) this.view.update(true);
    else await this.open(from);
  }

  /**
   * What the frame is told: the page's data only, never the shopper's (the frame reads those itself).
   * The frame is there only once the panel has opened, and from then on every reading is in full.
   */
  private panelState(): PanelState | undefined {
    if (!this.page) return undefined;
    const page = (this.chosenCard !== undefined && this.orderButtons?.card(this.chosenCard)?.context) || this.page;
    const found = (['seller-question', 'seller-chat'] as const).map((target) => [target, this.findTarget(target)] as const);
    return {
      context: page,
      pageUrl: keptAddress(location.href),
      // Known from the address: said even where the readers could not be had.
      marketplaceName: MARKETPLACES[page.marketplace]?.name ?? '',
      targets: found.filter(([, element]) => element !== null).map(([target]) => target),
      hiddenTargets: found.filter(([, element]) => element !== null && seenState(element, browserLook, false) !== 'shown').map(([target]) => target),
      // Asked only by the frame, which came with the readers.
      scheme: pageReader()?.pageScheme() ?? 'light',
      open: this.view.open,
    };
  }

  /** What this product page says of its product; nothing for an order card chosen on a list. */
  private cardText(): string | undefined {
    if (!this.page || this.page.kind !== 'product' || this.chosenCard !== undefined) return undefined;
    const url = new URL(location.href);
    return adapterFor(url)?.readCardText?.(document, url);
  }

  private findTarget(target: PageTarget): Element | null {
    const adapter = this.page && adapterFor(new URL(this.page.url));
    return adapter?.findPageTarget(document, target) ?? null;
  }
}
