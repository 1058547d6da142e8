/**
 * The real Ozon order list grows as the page scrolls: a second orderList block (and its state) is
 * appended after load. Its cards must get their buttons, and each button must open its own order.
 */
import { readFileSync } from 'node:fs';
import { extensionId, panelFrame, readPanel, servePages } from '../../scripts/lib/browser.mjs';
import { missingPagesMessage, pagesRequired, sharedPages, type PageCase } from '../support/pages';
import { expect, test } from './fixtures';
import { Panel } from './pages/panel';

/** The element that starts at `start` in the HTML, up to its matching end tag. */
function elementAt(html: string, start: number, tag: string): string {
  const pattern = new RegExp(`<${tag}[\\s>]|</${tag}>`, 'g');
  pattern.lastIndex = start;
  let depth = 0;
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    depth += match[0].startsWith('</') ? -1 : 1;
    if (depth === 0) return html.slice(start, match.index + match[0].length);
  }
  throw new Error(`no end of <${tag}> at ${start}`);
}

/** The saved page with its second orderList block and that block's state held back in <template>s. */
function withSecondBlockHeldBack(html: string): { html: string; firstOrders: number } {
  const blockStart = html.indexOf('<section data-widget="orderList"', html.indexOf('<section data-widget="orderList"') + 1);
  const block = elementAt(html, blockStart, 'section');
  const states = [...html.matchAll(/<div\s+id="state-orderList-/g)].map((m) => m.index!);
  const state = elementAt(html, states[1], 'div');
  const firstOrders = new Set(html.slice(0, blockStart).match(/href="\/my\/orderdetails\/\?order=\d+-\d+"/g)).size;
  return {
    html: html
      .replace(state, `<template id="later-state">${state}</template>`)
      .replace(block, `<template id="later-block">${block}</template>`),
    firstOrders,
  };
}

const list = sharedPages()?.find((p: PageCase) => p.file === 'ozon/orderlist-2024-17234361.html');

test('a block appended to the real order list as the page scrolls gets its buttons', async ({ page, context }) => {
  test.skip(!list && !pagesRequired, missingPagesMessage());
  if (!list) throw new Error(`MH_REQUIRE_PAGES=1 but ${missingPagesMessage()}`);
  const { html, firstOrders } = withSecondBlockHeldBack(readFileSync(list.path, 'utf8'));
  await servePages(context, [{ ...list, html }]);
  await page.goto(list.url);

  const buttons = page.locator('market-helpdesk-order-button');
  const cards = list.expect.cards as { orderId: string; orderDate: string; orderStatus: string }[];
  await expect(buttons).toHaveCount(firstOrders);
  expect(firstOrders).toBeLessThan(cards.length);

  // As scrolling does: the next block arrives, then its state beside it.
  await page.evaluate(() => {
    for (const id of ['later-block', 'later-state']) {
      const held = document.getElementById(id) as HTMLTemplateElement;
      held.after(held.content.cloneNode(true));
    }
  });
  await expect(buttons).toHaveCount(cards.length);
  expect(await buttons.evaluateAll((els) => els.map((el) => el.getAttribute('data-order-id')))).toEqual(cards.map((c) => c.orderId));

  // A card of the appended block opens its own order, with the date and status the list gives it.
  const last = cards[cards.length - 1];
  await page.locator(`market-helpdesk-order-button[data-order-id="${last.orderId}"]`).getByTestId('mh-order-contact').click();
  await expect(panelFrame(page).getByTestId('mh-order-id')).toHaveAttribute('data-value', last.orderId);
  const panel = await readPanel(page);
  expect({ orderDate: panel.orderDate, orderStatus: panel.orderStatus }).toEqual({ orderDate: last.orderDate, orderStatus: last.orderStatus });
  await page.keyboard.press('Escape');
  // The list in the panel names every order, the appended ones too.
  await page.getByTestId('mh-open').click();
  await expect(panelFrame(page).getByTestId('mh-listed-order')).toHaveCount(cards.length);
  expect(page.url()).toBe(list.url);
});

test("an inquiry saved from a card of the real order list carries nothing of the holder's profile", async ({ ownContext: context }) => {
  test.skip(!list && !pagesRequired, missingPagesMessage());
  if (!list) throw new Error(`MH_REQUIRE_PAGES=1 but ${missingPagesMessage()}`);
  // The placeholders the saved page carries in its state in place of the holder's name, e-mail, birth date.
  const personal = ['Иван', 'Петров', 'buyer@example.ru', '1990-01-01'];
  const html = readFileSync(list.path, 'utf8');
  for (const value of personal) expect(html).toContain(value);

  await servePages(context, [list]);
  const page = await context.newPage();
  await page.goto(list.url);
  const card = (list.expect.cards as { orderId: string }[])[4];
  await page.locator(`market-helpdesk-order-button[data-order-id="${card.orderId}"]`).getByTestId('mh-order-contact').click();
  await new Panel(page).save({ topic: 'delivery-status', status: 'черновик' });

  const options = await context.newPage();
  await options.goto(`chrome-extension://${await extensionId(context)}/options.html`);
  const saved = await options.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('market-helpdesk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['inquiries', 'events'], 'readonly');
          const inquiries = tx.objectStore('inquiries').getAll();
          const events = tx.objectStore('events').getAll();
          tx.oncomplete = () => resolve(JSON.stringify({ inquiries: inquiries.result, events: events.result }));
        };
      }),
  );
  expect(JSON.parse(saved).inquiries).toHaveLength(1);
  expect(saved).toContain(card.orderId);
  const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('mh-export-json').click()]);
  const exported = readFileSync((await download.path())!, 'utf8');
  expect(exported).toContain(card.orderId);
  for (const value of personal) {
    expect(saved, `the database holds ${value}`).not.toContain(value);
    expect(exported, `the export holds ${value}`).not.toContain(value);
  }
});
