/**
 * Storage that fails, in real Chromium: a database the browser will not open (here, one left by a newer
 * version) — the save says so in the shopper's words, the text stays in the panel and its draft stays
 * kept; the popup's list says what happened instead of the browser's message. And the settings: each
 * in its key, none of them the content script's but the language and the hidden launchers.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { openPopup, panelFrame, servePages, serviceWorker } from '../../scripts/lib/browser.mjs';
import { fixturePages, type PageCase } from '../support/pages';
import { expect, test } from './fixtures';

const product = fixturePages().find((p) => p.file === 'ozon/product.html') as PageCase;

async function openPanel(page: Page, context: BrowserContext) {
  await servePages(context, [product]);
  await page.goto(product.url);
  await page.getByTestId('mh-open').click();
  await expect(panelFrame(page).getByTestId('mh-message')).toBeVisible();
}

test('a database that cannot be opened: the save says what to do, and the text and its draft stay', async ({ ownContext: context }) => {
  const page = await context.newPage();
  await openPanel(page, context);
  const text = 'Есть ли у кружки запасная крышка? Напишите, пожалуйста.';
  await panelFrame(page).getByTestId('mh-message').fill(text);

  // A newer version's database: every connection of ours steps aside, and then none can open it.
  const popup = await openPopup(context);
  await popup.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const opening = indexedDB.open('market-helpdesk', 99);
        opening.onsuccess = () => {
          opening.result.close();
          resolve();
        };
        opening.onerror = () => reject(opening.error);
      }),
  );
  await popup.close();

  await panelFrame(page).getByTestId('mh-save').click();
  const error = panelFrame(page).getByTestId('mh-error');
  await expect(error).toHaveText(/^Обращение не сохранено: браузер не открывает базу обращений/);
  await expect(error).toContainText('Текст остался в панели как черновик; перезапустите браузер');
  await expect(error).not.toContainText('VersionError');
  await expect(panelFrame(page).getByTestId('mh-message')).toHaveValue(text);

  // The draft is still kept: a reload brings it back.
  await page.reload();
  await page.getByTestId('mh-open').click();
  await expect(panelFrame(page).getByTestId('mh-message')).toHaveValue(text);
  await expect(panelFrame(page).getByTestId('mh-draft-note')).toBeVisible();

  // The history says what happened, not what the browser threw.
  const list = await openPopup(context);
  const listError = list.getByTestId('mh-popup-list-error');
  await expect(listError).toHaveText(/^Не удалось прочитать историю: браузер не открывает базу обращений/);
  await expect(listError).not.toContainText('Error');
});

test('a message longer than a draft keeps: the panel says so, and the form keeps all of it', async ({ page, context }) => {
  await openPanel(page, context);
  const long = 'а'.repeat(10_050);
  await panelFrame(page).getByTestId('mh-message').fill(long);
  await expect(panelFrame(page).getByTestId('mh-draft-limit')).toContainText('не больше 10000 знаков сообщения');
  await expect(panelFrame(page).getByTestId('mh-message')).toHaveValue(long);
  await panelFrame(page).getByTestId('mh-message').fill('Коротко.');
  await expect(panelFrame(page).getByTestId('mh-draft-limit')).toHaveCount(0);
  await panelFrame(page).getByTestId('mh-discard').click();
});

test('each setting is a key of its own, and the launcher follows the popup at once', async ({ page, context }) => {
  await servePages(context, [product]);
  await page.goto(product.url);
  await expect(page.getByTestId('mh-open')).toBeVisible();
  const popup = await openPopup(context, page);
  await popup.getByTestId('mh-launcher-toggle').uncheck();
  await expect(page.getByTestId('mh-open')).toBeHidden();
  const worker = await serviceWorker(context);
  const stored = await worker.evaluate(() => (globalThis as unknown as { chrome: typeof browser }).chrome.storage.local.get(null));
  expect(stored).toEqual({ 'settings.hiddenLaunchers': ['ozon'] });
  await popup.getByTestId('mh-launcher-toggle').check();
  await expect(page.getByTestId('mh-open')).toBeVisible();
});
