/** The contact flow in real Chromium: from a saved page to a message, a channel, a saved inquiry. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { launchBrowser, openPopup, panelFrame, servePages } from '../../scripts/lib/browser.mjs';
import { fixturePages, type PageCase } from '../support/pages';
import { expect, test } from './fixtures';
import { storedDrafts } from './shopper';
import { Panel } from './pages/panel';

const fixtures = fixturePages();
const fixture = (file: string): PageCase => fixtures.find((p) => p.file === file)!;

async function openPanel(page: Page, context: BrowserContext, pageCase: PageCase) {
  await servePages(context, [pageCase]);
  await page.goto(pageCase.url);
  await page.getByTestId('mh-open').click();
  await expect(panelFrame(page).getByTestId('mh-message')).toBeVisible();
}

test.describe('on a product page', () => {
  test('the message names the article and title; the question form is shown and the message copied', async ({ page, context }) => {
    // Our fixture, whose form is drawn (on the real pages it is folded away: panel-place.spec.ts).
    const product = fixture('ozon/product.html');
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openPanel(page, context, product);

    await expect(panelFrame(page).getByTestId('mh-recipient')).toHaveValue('seller');
    await expect(panelFrame(page).getByTestId('mh-topic-id')).toHaveAttribute('data-value', 'product-question');
    const message = panelFrame(page).getByTestId('mh-message');
    // Posted under the product itself: a question, not the product's title and article again.
    await expect(message).toHaveValue('Здравствуйте!\n\nПодскажите, пожалуйста, …\n\nСпасибо!');
    await expect(message).not.toHaveValue(new RegExp(String(product.expect.article)));
    // Public questions carry nothing personal and say so.
    await expect(panelFrame(page).getByTestId('mh-public-note')).toBeVisible();

    await panelFrame(page).getByTestId('mh-channel-ozon-seller-question').click();
    await expect(panelFrame(page).getByTestId('mh-status')).toContainText('Сообщение скопировано. Вставьте его в выделенную форму на странице (Ctrl+V).');
    // One act sends and records.
    await expect(panelFrame(page).getByTestId('mh-status')).toContainText('Записано в историю как отправленное.');
    await expect(page.getByTestId('mh-outline')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await message.inputValue());
  });

  test('a channel to support opens its page, and e-mail links carry subject and body', async ({ page, context }) => {
    const product = fixture('ozon/product.html');
    await openPanel(page, context, product);
    await panelFrame(page).getByTestId('mh-recipient').selectOption('support');
    await expect(panelFrame(page).getByTestId('mh-topic-id')).toHaveAttribute('data-value', 'stock-characteristics');
    await expect(panelFrame(page).getByTestId('mh-channel-ozon-support-chat')).toHaveAttribute('href', 'https://www.ozon.ru/my/chat/');
    const mail = await panelFrame(page).getByTestId('mh-channel-ozon-email').getAttribute('href');
    expect(mail).toMatch(/^mailto:help@ozon\.ru\?subject=[^&]+&body=/);
    expect(mail).not.toContain('+');
    expect(decodeURIComponent(mail!.split('body=')[1])).toContain(String(product.expect.article));
  });
});

test.describe('on an order page', () => {
  test('the message names the order number and date, and missing fields can be typed in', async ({ page, context }) => {
    const order = fixture('ozon/order.html');
    await openPanel(page, context, order);
    await expect(panelFrame(page).getByTestId('mh-recipient')).toHaveValue('support');
    await new Panel(page).chooseTopic('delivery-late');
    const message = panelFrame(page).getByTestId('mh-message');
    await expect(message).toHaveValue(/Заказ № 46206571-0591 от 17 сентября 2026 г\./);

    // Two items in the order: which one the seller is asked about is for the shopper to say.
    await panelFrame(page).getByTestId('mh-recipient').selectOption('seller');
    await expect(panelFrame(page).getByTestId('mh-topic-id')).toHaveAttribute('data-value', 'order-to-seller');
    await panelFrame(page).getByTestId('mh-field-title').fill('Фильтр для воды');
    await expect(message).toHaveValue(/«Фильтр для воды»/);
    await expect(panelFrame(page).getByTestId('mh-public-note')).toHaveCount(0);
  });

  // A browser of its own: it counts the inquiries about the order, which another test's would add to.
  test('a message the background refuses shows a clear error, and the text stays', async ({ ownContext: context }) => {
    const page = await context.newPage();
    const order = fixture('ozon/order.html');
    await openPanel(page, context, order);
    await panelFrame(page).getByTestId('mh-message').fill('   ');
    await panelFrame(page).getByTestId('mh-save').click();
    await expect(panelFrame(page).getByTestId('mh-error')).toHaveText('Обращение не сохранено: сообщение пустое. Текст остался в панели.');
    await expect(panelFrame(page).getByTestId('mh-message')).toHaveValue('   ');
    const popup = await openPopup(context, page);
    // Nothing about this order yet: no pinned group, and no «0» said of it.
    await expect(popup.getByTestId('mh-open-panel')).toBeVisible();
    await expect(popup.getByTestId('mh-empty').or(popup.getByTestId('mh-inquiries'))).toBeVisible();
    await expect(popup.getByTestId('mh-group-page')).toHaveCount(0);
    await expect(popup.getByText(/Обращений об этом/)).toHaveCount(0);
    await popup.close();
    // Leave no draft behind for the other tests on this page.
    await panelFrame(page).getByTestId('mh-discard').click();
  });
});

test('a draft survives reloading the page, and can be discarded', async ({ page, context }) => {
  const product = fixture('ozon/product.html');
  await openPanel(page, context, product);
  await panelFrame(page).getByTestId('mh-message').fill('Есть ли у кружки запасная крышка?');
  // Kept a moment after the last key: reloaded once it is.
  await expect.poll(async () => (await storedDrafts(context)).map((draft) => draft.message)).toContain('Есть ли у кружки запасная крышка?');
  await page.reload();
  await page.getByTestId('mh-open').click();
  await expect(panelFrame(page).getByTestId('mh-message')).toHaveValue('Есть ли у кружки запасная крышка?');
  await expect(panelFrame(page).getByTestId('mh-draft-note')).toBeVisible();
  await panelFrame(page).getByTestId('mh-discard').click();
  await expect(panelFrame(page).getByTestId('mh-message')).toHaveValue(/Подскажите, пожалуйста, …/);
  // Discarding is undone once: the text comes back, and is kept again across a reload.
  await panelFrame(page).getByTestId('mh-discard-undo').click();
  await expect(panelFrame(page).getByTestId('mh-message')).toHaveValue('Есть ли у кружки запасная крышка?');
  await page.reload();
  await page.getByTestId('mh-open').click();
  await expect(panelFrame(page).getByTestId('mh-message')).toHaveValue('Есть ли у кружки запасная крышка?');
  await panelFrame(page).getByTestId('mh-discard').click();
  await expect(panelFrame(page).getByTestId('mh-message')).toHaveValue(/Подскажите, пожалуйста, …/);
});

test('save → the popup lists it → it survives a browser restart → delete, then undo brings it back', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'mh-profile-'));
  const product = fixture('ozon/product.html');
  try {
    let context = await launchBrowser({ userDataDir: profile });
    const page = await context.newPage();
    const panel = await Panel.openOn(page, product);
    await panel.get('mh-channel-ozon-seller-question').click();
    await expect(panel.get('mh-status')).toContainText('Записано в историю как отправленное');
    // Saved history stays out of the marketplace's page, and its origin holds no database of ours.
    expect(await page.evaluate(() => indexedDB.databases())).toEqual([]);

    let popup = await openPopup(context, page);
    await expect(popup.getByTestId('mh-inquiry')).toHaveCount(1);
    await expect(popup.getByTestId('mh-inquiry-about')).toHaveText('арт. 987654321');
    await expect(popup.getByTestId('mh-inquiry-status')).toHaveText('отправлено');
    // The inquiry about the page in the tab is pinned first, under its own heading.
    await expect(popup.getByTestId('mh-group-page')).toHaveAttribute('data-count', '1');
    await expect(popup.getByTestId('mh-group-page')).toContainText('Об этом товаре');
    await context.close();

    context = await launchBrowser({ userDataDir: profile });
    popup = await openPopup(context);
    await expect(popup.getByTestId('mh-inquiry')).toHaveCount(1);
    await expect(popup.getByTestId('mh-inquiry-title')).toHaveText(String(product.expect.title));

    await popup.getByTestId('mh-inquiry-delete').click();
    await expect(popup.getByTestId('mh-inquiry')).toHaveCount(0);
    await expect(popup.getByTestId('mh-empty')).toBeVisible();
    await popup.getByTestId('mh-undo').click();
    await expect(popup.getByTestId('mh-inquiry')).toHaveCount(1);
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('from the popup: open the panel on the page, and hide the launcher on this marketplace', async ({ page, context }) => {
  const product = fixture('ozon/product.html');
  await servePages(context, [product]);
  await page.goto(product.url);
  await expect(page.getByTestId('mh-open')).toBeVisible();
  let popup = await openPopup(context, page);
  // The popup closes itself once the panel is asked for, possibly before the click's own wait is over:
  // a click that failed only because its page closed is the behaviour under test, checked just below.
  await popup
    .getByTestId('mh-open-panel')
    .click()
    .catch((error: unknown) => {
      if (!popup.isClosed()) throw error;
    });
  await expect(panelFrame(page).getByTestId('mh-message')).toBeVisible();
  // Having opened the panel, the popup closes itself, as a toolbar popup should.
  await expect.poll(() => popup.isClosed()).toBe(true);

  popup = await openPopup(context, page);
  await popup.getByTestId('mh-launcher-toggle').uncheck();
  await expect(page.getByTestId('mh-open')).toBeHidden();

  // Hidden stays hidden on the next load: the launcher waits, hidden, for the background's answer, and is
  // never shown in the meantime — looked at as it arrives on the page (a mutation's callback comes before
  // the answer's), at each of its changes, and on every frame.
  await popup.close();
  await page.addInitScript(() => {
    const look = () => {
      const launcher = document.querySelector('market-helpdesk-panel')?.shadowRoot?.querySelector<HTMLElement>('[data-testid="mh-open"]');
      if (launcher && !launcher.hidden) (window as { mhShown?: boolean }).mhShown = true;
      if (launcher && !(window as { mhWatched?: boolean }).mhWatched) {
        (window as { mhWatched?: boolean }).mhWatched = true;
        new MutationObserver(look).observe(launcher, { attributes: true });
      }
    };
    new MutationObserver(look).observe(document, { childList: true, subtree: true });
    const everyFrame = () => {
      look();
      requestAnimationFrame(everyFrame);
    };
    requestAnimationFrame(everyFrame);
  });
  await page.reload();
  await page.waitForFunction(() => performance.getEntriesByName('market-helpdesk:launcher').length > 0);
  // The launcher's state once the settings came, and two frames drawn with it.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect(await page.evaluate(() => (window as { mhShown?: boolean }).mhShown ?? false)).toBe(false);
  await expect(page.getByTestId('mh-open')).toBeHidden();

  popup = await openPopup(context, page);
  await popup.getByTestId('mh-launcher-toggle').check();
  await expect(page.getByTestId('mh-open')).toBeVisible();
});
