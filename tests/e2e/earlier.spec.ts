/**
 * The panel's frame is the extension's own page, so it shows the earlier inquiries about the same order or
 * product — read there, never put into the marketplace's page — and follows one up on that very inquiry.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { openPopup, panelFrame, servePages, serviceWorker } from '../../scripts/lib/browser.mjs';
import { fixturePages } from '../support/pages';
import { expect, test } from './fixtures';
import { Panel } from './pages/panel';
import { CaseFile } from './pages/case-file';
import { Popup } from './pages/popup';

const fixture = (file: string) => fixturePages().find((p) => p.file === file)!;

async function saveInquiry(page: Page, url: string, topic?: string) {
  await page.goto(url);
  const panel = await new Panel(page).open();
  await panel.save({ topic });
  return (await panel.get('mh-topic-id').getAttribute('data-subject'))!.trim();
}

/** Everything the page's own scripts can read: its DOM and every shadow root they reach, attributes too. */
function pageText(): { text: string; roots: number } {
  const seen: string[] = [];
  let roots = 0;
  const walk = (root: Document | ShadowRoot) => {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      seen.push(el.textContent ?? '');
      for (const attr of Array.from(el.attributes)) seen.push(attr.value);
      if (el.shadowRoot) {
        roots++;
        walk(el.shadowRoot);
      }
    }
  };
  walk(document);
  return { text: seen.join('\n'), roots };
}

/** Every event of the history, as the extension's own pages read it. */
async function sentEvents(context: BrowserContext) {
  const popup = await openPopup(context);
  const events = await popup.evaluate(
    () =>
      new Promise<{ inquiryId: string; type: string }[]>((resolve, reject) => {
        const open = indexedDB.open('market-helpdesk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('events').objectStore('events').getAll();
          read.onsuccess = () => {
            resolve((read.result as { inquiryId: string; type: string }[]).filter((e) => e.type === 'sent'));
            open.result.close();
          };
        };
      }),
  );
  await popup.close();
  return events;
}

test('the panel lists the earlier inquiries about this order and this product, and follows one up on that inquiry', async ({ ownContext: context }) => {
  const order = fixture('ozon/order.html');
  const product = fixture('ozon/product.html');
  await servePages(context, [order, product]);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();

  // Two inquiries about the order, one about the product; both of the order's sent from the popup.
  const late = await saveInquiry(page, order.url, 'delivery-late');
  await saveInquiry(page, order.url, 'delivery-status');
  await saveInquiry(page, product.url);
  const popup = await openPopup(context);
  const unsentAboutOrder = popup.locator('[data-testid="mh-inquiry"][data-status="not-sent"]').filter({ hasText: '46206571-0591' });
  await expect(unsentAboutOrder).toHaveCount(2);
  for (const left of [1, 0]) {
    await unsentAboutOrder.first().getByTestId('mh-action-mark-sent').click();
    await expect(unsentAboutOrder).toHaveCount(left);
  }
  await popup.close();

  // The order page: its two inquiries, sent and awaiting an answer; not the product's.
  await page.goto(order.url);
  await page.getByTestId('mh-open').click();
  const panel = panelFrame(page);
  const earlier = panel.getByTestId('mh-earlier');
  await expect(earlier).toHaveAttribute('data-count', '2');
  const rows = earlier.getByTestId('mh-earlier-inquiry');
  await expect(rows).toHaveCount(2);
  for (const row of await rows.all()) {
    await expect(row).toHaveAttribute('data-status', 'sent');
    await expect(row.getByTestId('mh-earlier-status')).toHaveText('отправлено');
    await expect(row.getByTestId('mh-earlier-due')).toContainText('Ждём ответа до');
  }
  // Just sent: nothing to remind of before the answer is due.
  await expect(earlier.getByTestId('mh-earlier-follow-up')).toHaveCount(0);
  // None of it is in the marketplace's page, shadow roots included: the inquiries live in the frame's
  // document alone. (The roots are open in the test build, so this walk reaches into the panel's.)
  const reachable = await page.evaluate(pageText);
  expect(reachable.roots, 'the walk reached the panel\'s shadow root').toBeGreaterThanOrEqual(1);
  expect(reachable.text).toContain('Market Helpdesk');
  for (const shown of ['Ждём ответа', 'отправлено', late]) expect(reachable.text).not.toContain(shown);

  // Twenty days on, both are overdue, and the first inquiry is followed up from the panel.
  const worker = await serviceWorker(context);
  await worker.evaluate(() => (globalThis as unknown as { chrome: typeof browser }).chrome.storage.local.set({ clockOffsetMs: 20 * 86_400_000 }));
  await page.reload();
  await page.getByTestId('mh-open').click();
  await expect(rows.first()).toHaveAttribute('data-overdue', 'true');
  await expect(rows.nth(1)).toHaveAttribute('data-overdue', 'true');
  const target = rows.filter({ hasText: late });
  await expect(target.getByTestId('mh-earlier-due')).toContainText('срок ответа прошёл');
  const targetId = (await target.getAttribute('data-id'))!;
  const before = await sentEvents(context);
  expect(before.filter((e) => e.inquiryId === targetId)).toHaveLength(1);

  await target.getByTestId('mh-earlier-follow-up').click();
  const text = target.getByTestId('mh-follow-up-text');
  // In a person's words, not the subject quoted back (no gender in the profile: the neutral wording).
  await expect(text).toHaveValue(/Моё обращение от \d{1,2} [а-я]+ \d{4} г\. про заказ № 46206571-0591 от 17 сентября 2026 г\. осталось без ответа\./);
  await expect(text).not.toHaveValue(/было отправлено/);
  // One click: the reminder is on the clipboard, ready to paste where the inquiry went.
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await text.inputValue());
  await target.getByTestId('mh-follow-up-sent').click();
  await expect(panel.getByTestId('mh-earlier-notice')).toHaveText('Напоминание отмечено: ответ ждём заново.');

  // It landed on that inquiry alone: a second send on it, due anew; the other is still overdue.
  const followed = panel.locator(`[data-testid="mh-earlier-inquiry"][data-id="${targetId}"]`);
  await expect(followed).toHaveAttribute('data-overdue', 'false');
  await expect(followed.getByTestId('mh-earlier-due')).toContainText('Ждём ответа до');
  await expect(panel.locator(`[data-testid="mh-earlier-inquiry"]:not([data-id="${targetId}"])`)).toHaveAttribute('data-overdue', 'true');
  const after = await sentEvents(context);
  expect(after.filter((e) => e.inquiryId === targetId)).toHaveLength(2);
  expect(after.length).toBe(before.length + 1);

  // The product page: its own inquiry only.
  await page.goto(product.url);
  await page.getByTestId('mh-open').click();
  await expect(panel.getByTestId('mh-earlier')).toHaveAttribute('data-count', '1');
  await expect(panel.getByTestId('mh-earlier-inquiry')).toHaveAttribute('data-status', 'not-sent');
  await expect(panel.getByTestId('mh-earlier-follow-up')).toHaveCount(0);
});

test('the case file opens from the panel at the extension\'s own address, on that inquiry', async ({ ownContext: context }) => {
  const product = fixture('ozon/product.html');
  await servePages(context, [product]);
  const page = await context.newPage();
  await saveInquiry(page, product.url);
  await page.reload();
  await page.getByTestId('mh-open').click();
  const row = panelFrame(page).getByTestId('mh-earlier-inquiry');
  await expect(row).toHaveCount(1);
  const id = (await row.getAttribute('data-id'))!;
  const [cases] = await Promise.all([context.waitForEvent('page'), row.getByTestId('mh-earlier-case').click()]);
  await cases.waitForLoadState();
  expect(cases.url()).toBe(await CaseFile.address(context, encodeURIComponent(id)));
  // The case file of that inquiry, read from the extension's own database (not an empty one elsewhere).
  await expect(cases.getByTestId('mh-case')).toHaveAttribute('data-id', id);
  await expect(cases.getByTestId('mh-case-title')).toHaveText(String(product.expect.title));
});

test('the earlier inquiries are read again on each opening, and say so when they cannot be read', async ({ ownContext: context }) => {
  const product = fixture('ozon/product.html');
  await servePages(context, [product]);
  const page = await context.newPage();
  await saveInquiry(page, product.url);
  await page.reload();
  const launcher = page.getByTestId('mh-open');
  await launcher.click();
  const panel = panelFrame(page);
  const row = panel.getByTestId('mh-earlier-inquiry');
  await expect(row).toHaveAttribute('data-status', 'not-sent');
  await panel.getByTestId('mh-close').click();

  // Marked sent from the popup while the panel is closed (its frame kept, hidden): the next opening shows it.
  const popup = await Popup.open(context);
  await popup.rows('not-sent').getByTestId('mh-action-mark-sent').click();
  await expect(popup.rows('sent')).toHaveCount(1);
  await popup.close();
  await launcher.click();
  await expect(row).toHaveAttribute('data-status', 'sent');
  await panel.getByTestId('mh-close').click();

  // The background cannot read the history: the panel says so instead of showing nothing.
  const worker = await serviceWorker(context);
  await worker.evaluate(() => {
    const store = globalThis as unknown as { mhGetAll?: unknown };
    store.mhGetAll = IDBIndex.prototype.getAll;
    IDBIndex.prototype.getAll = () => {
      throw new DOMException('the disk is gone', 'UnknownError');
    };
  });
  await launcher.click();
  const state = panel.getByTestId('mh-earlier-state');
  await expect(state).toHaveAttribute('data-value', 'failed');
  await expect(state).toHaveText('Прежние обращения не прочитались. Закройте и снова откройте панель.');
  await expect(panel.getByTestId('mh-earlier')).toHaveCount(0);
  await panel.getByTestId('mh-close').click();
  await worker.evaluate(() => {
    IDBIndex.prototype.getAll = (globalThis as unknown as { mhGetAll: typeof IDBIndex.prototype.getAll }).mhGetAll;
  });
  await launcher.click();
  await expect(row).toHaveAttribute('data-status', 'sent');
  await expect(state).toHaveCount(0);
});
