/**
 * The panel as the end-to-end tests drive it: opened on a page served at its real address, whom and what
 * chosen, saved. The one place the save flow is written.
 */
import { expect, type FrameLocator, type Page } from '@playwright/test';
import { panelFrame, servePages } from '../../../scripts/lib/browser.mjs';

/** A page to serve: a saved page or fixture (`url`, `path`), or other HTML at its address. */
export interface Served {
  url: string;
  path: string;
  html?: string;
}

export interface SaveChoice {
  recipient?: 'seller' | 'support';
  /** A topic's id, or its place in the list. */
  topic?: string | { index: number };
  /** What the panel says once saved (by default, that it saved). */
  status?: string | RegExp;
}

export class Panel {
  readonly frame: FrameLocator;

  constructor(readonly page: Page) {
    this.frame = panelFrame(page);
  }

  /** Serves the page at its address, goes there, and opens the panel on it (the shopper's click on the launcher). */
  static async openOn(page: Page, served: Served): Promise<Panel> {
    await servePages(page.context(), [served]);
    await page.goto(served.url);
    return new Panel(page).open();
  }

  /** The shopper's click on the launcher, and the panel drawn. */
  async open(): Promise<this> {
    await this.page.getByTestId('mh-open').click();
    await expect(this.frame.getByTestId('mh-message')).toBeVisible();
    await this.actsNow();
    return this;
  }

  /** Acts wait a moment after the panel shows, or the page changes under it (entrypoints/panel/act-guard.ts). */
  async actsNow(): Promise<void> {
    await expect(this.frame.locator('html')).toHaveAttribute('data-act-ready', 'true');
    await expect(this.get('mh-shield')).toHaveCount(0);
  }

  get(testid: string) {
    return this.frame.getByTestId(testid);
  }

  /**
   * Chooses a topic from the full list («Другое»), with the recipient first where given: a topic's id, or
   * its place in the list.
   */
  async chooseTopic(topic: string | { index: number }, recipient?: 'seller' | 'support'): Promise<void> {
    await this.actsNow();
    if (recipient) await this.get('mh-recipient').selectOption(recipient);
    if ((await this.get('mh-situation-other').getAttribute('aria-pressed')) !== 'true') await this.get('mh-situation-other').click();
    await this.get('mh-topic').selectOption(topic);
  }

  /** Chooses whom to write to and about what (where given), saves as a draft, and waits for the panel to say so. */
  async save({ recipient, topic, status = 'Сохранено' }: SaveChoice = {}): Promise<void> {
    if (topic) await this.chooseTopic(topic, recipient);
    else if (recipient) await this.get('mh-recipient').selectOption(recipient);
    await this.actsNow();
    await this.get('mh-save').click();
    await expect(this.get('mh-status')).toContainText(status);
  }
}
