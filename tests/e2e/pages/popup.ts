/**
 * The toolbar popup as the end-to-end tests drive it: opened (about a tab, where given), its inquiries'
 * rows and groups, a row's "⋯" menu, the way to their case file.
 */
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { openPopup } from '../../../scripts/lib/browser.mjs';
import { CaseFile } from './case-file';

export class Popup {
  constructor(readonly page: Page) {}

  /** The popup's page; `about`: the tab it is about, as when the shopper clicks the toolbar button there. */
  static async open(context: BrowserContext, about?: Page): Promise<Popup> {
    return new Popup(await openPopup(context, about));
  }

  get(testid: string) {
    return this.page.getByTestId(testid);
  }

  /** The inquiries' rows, in the order shown; `status`: those in that state. */
  rows(status?: string) {
    return this.page.locator(status ? `[data-testid="mh-inquiry"][data-status="${status}"]` : '[data-testid="mh-inquiry"]');
  }

  /** One inquiry's row. */
  row(id: string): Locator {
    return this.page.locator(`[data-testid="mh-inquiry"][data-id="${id}"]`);
  }

  /** A group of rows: `page` (about the tab's page, pinned), `act`, `wait`, `done`. */
  group(name: 'page' | 'act' | 'wait' | 'done'): Locator {
    return this.get(`mh-group-${name}`);
  }

  /** Opens a row's "⋯" menu; resolves to the menu. */
  async openMenu(row: Locator): Promise<Locator> {
    await row.getByTestId('mh-inquiry-menu').click();
    const menu = row.getByRole('menu');
    await menu.waitFor();
    return menu;
  }

  /** The first row's case file, opened in its tab as the shopper's click opens it. */
  async openCase(): Promise<CaseFile> {
    const context = this.page.context();
    const [page] = await Promise.all([context.waitForEvent('page'), this.get('mh-inquiry-case').first().click()]);
    return new CaseFile(page);
  }

  close(): Promise<void> {
    return this.page.close();
  }
}
