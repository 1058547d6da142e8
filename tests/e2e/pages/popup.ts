/**
 * The toolbar popup as the end-to-end tests drive it: opened (about a tab, where given), its inquiries'
 * rows, the way to their case file.
 */
import type { BrowserContext, Page } from '@playwright/test';
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

  /** The inquiries' rows, the newest first; `status`: those in that state. */
  rows(status?: string) {
    return this.page.locator(status ? `[data-testid="mh-inquiry"][data-status="${status}"]` : '[data-testid="mh-inquiry"]');
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
