/**
 * The built extension in real Chromium, on every page of the table: the real saved pages (read from
 * MH_PAGES_DIR) and our own fixtures, each served at its real address with everything else answered
 * empty. The panel's automation hooks must show what pages.json expects.
 */
import { panelFrame, readPanel, servePages } from '../../scripts/lib/browser.mjs';
import {
  compare,
  fixturePages,
  missingPagesMessage,
  pagesRequired,
  realPages,
  sharedPages,
  type PageCase,
} from '../support/pages';
import { marketplaces } from '../../utils/marketplaces';
import { expect, test } from './fixtures';
import { sendContentScript } from './shopper';

const READABLE = new Set<string>(marketplaces.map((m) => m.id));

async function panelOn(page: import('@playwright/test').Page, context: import('@playwright/test').BrowserContext, pageCase: PageCase) {
  await servePages(context, [pageCase]);
  await page.goto(pageCase.url, { waitUntil: 'domcontentloaded' });
  if (pageCase.kind === 'other') {
    // The content script starts at document_start and reads the page once it is parsed: it has when it
    // answers a question (it registers its answers after that reading). Then nothing of ours is there.
    await page.waitForLoadState('load');
    await expect.poll(async () => (await sendContentScript(context, page, 'pageContext')).answered).toBe(true);
    return readPanel(page);
  }
  await page.getByTestId('mh-open').click();
  // The panel reads the whole page first: the largest saved pages take seconds on a busy machine.
  await expect(panelFrame(page).getByTestId('mh-message')).toBeVisible({ timeout: 20_000 });
  const panel = await readPanel(page);
  if (!('cards' in pageCase.expect)) return panel;
  return { ...panel, cards: await cardsOn(page) };
}

/** What the panel shows when opened from each order card's button, card by card. */
async function cardsOn(page: import('@playwright/test').Page) {
  await page.keyboard.press('Escape');
  const buttons = page.locator('market-helpdesk-order-button');
  const cards = [];
  for (let i = 0; i < (await buttons.count()); i++) {
    const orderId = await buttons.nth(i).getAttribute('data-order-id');
    await buttons.nth(i).getByTestId('mh-order-contact').click();
    await expect(panelFrame(page).getByTestId('mh-order-id')).toHaveAttribute('data-value', orderId!);
    const { orderDate, orderStatus } = await readPanel(page);
    cards.push({ orderId: orderId!, orderDate, orderStatus });
    // The open panel lies over the list's left side: close it to reach the next card.
    await page.keyboard.press('Escape');
    await expect(panelFrame(page).getByTestId('mh-order-id')).toBeHidden();
  }
  return cards;
}

function tableTests(title: string, cases: PageCase[] | undefined) {
  test.describe(title, () => {
    if (!cases) {
      test(missingPagesMessage(), () => {
        test.skip(!pagesRequired, missingPagesMessage());
        throw new Error(`MH_REQUIRE_PAGES=1 but ${missingPagesMessage()}`);
      });
      return;
    }
    for (const pageCase of cases) {
      test(`${pageCase.file} (${pageCase.kind}) at ${pageCase.url}`, async ({ page, context }) => {
        test.skip(!READABLE.has(pageCase.marketplace), `no reader for ${pageCase.marketplace} yet`);
        const panel = await panelOn(page, context, pageCase);
        expect(panel.hosts, 'number of <market-helpdesk-panel> elements').toBe(pageCase.kind === 'other' ? 0 : 1);
        expect(compare(pageCase, panel)).toEqual([]);
      });
    }
  });
}

tableTests('real saved pages', sharedPages());
tableTests('real pages kept here', realPages());
tableTests('our fixtures', fixturePages());
