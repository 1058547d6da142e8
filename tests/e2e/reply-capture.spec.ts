/**
 * «Сохранить как ответ»: text selected on a page the extension has never seen (a plain page served at a
 * webmail's address) and on a real saved marketplace page is recorded as the reply of the right inquiry,
 * and the inquiry, its reminder and its case file follow. Playwright cannot click the browser's own context
 * menu: the menu's registration is read from the manifest and the background (the item exists there), and
 * its click is run as the browser runs it — the build for tests hands the tests the background's handler
 * (utils/platform/test-hooks.ts), called with the click's data: the selected text and the page's address.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { servePages, serviceWorker } from '../../scripts/lib/browser.mjs';
import { TEST_HOOKS, type TestHooks } from '../../utils/platform/test-hooks';
import { anInquiry, aProductInquiry } from '../support/builders';
import { missingPagesMessage, pagesRequired, sharedPages } from '../support/pages';
import { expect, test } from './fixtures';
import { CaseFile } from './pages/case-file';
import { seed } from './seed';
import { selectText } from './shopper';

const MENU_ID = 'market-helpdesk-save-reply';
const HOUR = 3_600_000;
const WEBMAIL = 'https://e.mail.ru/inbox/0:17012345678901234567:0/';
/** A letter from support, as a webmail shows it (written here; no real one was saved). */
const LETTER = `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Входящие — Почта</title></head><body>
<header><b>Ozon</b> &lt;help@ozon.ru&gt; · Re: Заказ 46206571-0591</header>
<article><p id="reply">Здравствуйте! Ваш заказ 46206571-0591 задержался на сортировке. Если удобнее, пишите менеджеру в WhatsApp +7 916 123-45-67.</p>
<p>С уважением, служба поддержки</p></article></body></html>`;

type Chrome = { alarms: { get(name: string): Promise<{ scheduledTime: number } | undefined> }; contextMenus: { update(id: string, change: object): Promise<void> } };

/** The menu's click, as `contextMenus.onClicked` gives it, and the reply page it opens. */
async function clickMenu(context: BrowserContext, worker: Worker, page: Page, selectionText: string): Promise<Page> {
  const opened = context.waitForEvent('page', { predicate: (p) => p.url().includes('/reply.html'), timeout: 15_000 });
  await worker.evaluate(
    async ([info, hooks]) => {
      const scope = globalThis as unknown as Record<string, TestHooks>;
      await scope[hooks].onReplyMenuClicked(info, { url: info.pageUrl });
    },
    [{ menuItemId: MENU_ID, selectionText, pageUrl: page.url() }, TEST_HOOKS] as const,
  );
  const reply = await opened;
  await reply.waitForLoadState();
  return reply;
}

/** The inquiry as stored, read on an extension page. */
const stored = (page: Page, id: string) =>
  page.evaluate(
    (id) =>
      new Promise<{ status: string; dueAt?: number } | undefined>((resolve, reject) => {
        const open = indexedDB.open('market-helpdesk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('inquiries').objectStore('inquiries').get(id);
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result);
          };
        };
      }),
    id,
  );

test('the menu is registered: asked for in the manifest, and made by the background on install', async ({ ownContext: context }) => {
  const worker = await serviceWorker(context);
  // `update` finds only an item that exists: ours does, a made-up one does not.
  const [ours, other] = await worker.evaluate(async (id) => {
    const menus = (globalThis as unknown as { chrome: Chrome }).chrome.contextMenus;
    const tried = (name: string) => menus.update(name, {}).then(() => true, () => false);
    for (let attempt = 0; attempt < 50 && !(await tried(id)); attempt++) await new Promise((r) => setTimeout(r, 100));
    return [await tried(id), await tried('no-such-item')];
  }, MENU_ID);
  expect([ours, other]).toEqual([true, false]);
});

test('text selected in webmail and on a real Ozon page is saved as the reply of the right inquiry; status, reminder and case file follow', async ({ ownContext: context }) => {
  const real = sharedPages()?.find((p) => p.file === 'ozon/product-2025-153929230.html');
  test.skip(!real && !pagesRequired, missingPagesMessage());
  const now = Date.now();
  // Two inquiries awaiting answers: about an order (due first) and about the product of the real page.
  const order = anInquiry({
    id: 'order-late',
    status: 'sent',
    createdAt: now - 3 * HOUR,
    updatedAt: now - HOUR,
    firstSentAt: now - HOUR,
    firstSentChannel: 'ozon-support-chat',
    sendCount: 1,
    sentAt: now - HOUR,
    dueAt: now + 24 * HOUR,
  });
  const product = aProductInquiry({
    id: 'product-question',
    pageUrl: real!.url,
    context: { marketplace: 'ozon', kind: 'product', url: real!.url, sources: {} },
    fields: { article: String(real!.expect.article), title: String(real!.expect.title) },
    status: 'sent',
    createdAt: now - 4 * HOUR,
    updatedAt: now - 2 * HOUR,
    firstSentAt: now - 2 * HOUR,
    firstSentChannel: 'ozon-seller-question',
    sendCount: 1,
    sentAt: now - 2 * HOUR,
    dueAt: now + 48 * HOUR,
  });
  const events = [order, product].flatMap((i) => [
    { id: `${i.id}-c`, inquiryId: i.id, type: 'created', at: i.createdAt },
    { id: `${i.id}-s`, inquiryId: i.id, type: 'sent', at: i.sentAt, detail: i.channel },
  ]);
  const cases = await CaseFile.open(context);
  // The page has opened the database (and made its stores) before the records are written into it.
  await expect(cases.get('mh-empty')).toBeVisible();
  await seed(cases.page, { inquiries: [order, product], events });
  const worker = await serviceWorker(context);

  await servePages(context, [{ url: WEBMAIL, path: '', html: LETTER }, { url: real!.url, path: real!.path }]);

  // 1. Webmail: a page the extension has no script on. The order's inquiry, awaiting, comes first.
  const mail = await context.newPage();
  await mail.goto(WEBMAIL);
  const selected = await selectText(mail, '#reply');
  let reply = await clickMenu(context, worker, mail, selected);
  await expect(reply.getByTestId('mh-capture-text')).toHaveValue(selected);
  await expect(reply.getByTestId('mh-capture-from')).toContainText(WEBMAIL);
  const candidates = reply.getByTestId('mh-capture-candidate');
  await expect(candidates).toHaveCount(2);
  await expect(candidates.first()).toHaveAttribute('data-id', order.id);
  await expect(candidates.first()).toHaveAttribute('data-suggested', 'awaiting');
  // Nothing is chosen for a page that names no order: saving asks which one.
  await reply.getByTestId('mh-capture-save').click();
  await expect(reply.getByTestId('mh-capture-problem')).toBeVisible();
  await candidates.first().click();
  await reply.getByTestId('mh-capture-save').click();
  const saved = reply.getByTestId('mh-capture-saved');
  await expect(saved).toHaveAttribute('data-id', order.id);
  await expect(saved).toHaveAttribute('data-status', 'answered');
  // The phone and the messenger are said, with Ozon's rule and its page.
  const warnings = reply.getByTestId('mh-reply-warning');
  await expect(warnings).toHaveCount(2);
  await expect(warnings.nth(0)).toHaveAttribute('data-kind', 'phone');
  await expect(warnings.nth(0)).toContainText('+7 916 123-45-67');
  await expect(warnings.nth(1)).toHaveAttribute('data-kind', 'messenger');
  // Both are going elsewhere: Ozon's one rule on it, said once, with its page.
  const rules = reply.getByTestId('mh-reply-rule');
  await expect(rules).toHaveCount(1);
  await expect(rules.locator('a')).toHaveAttribute('href', 'https://docs.ozon.ru/global/en/policies/communication/');

  // The inquiry is answered, no longer awaited; the reminder moves on to the product's due time.
  expect(await stored(cases.page, order.id)).toMatchObject({ status: 'answered' });
  expect((await stored(cases.page, order.id))?.dueAt).toBeUndefined();
  await expect
    .poll(() => worker.evaluate(async () => (await (globalThis as unknown as { chrome: Chrome }).chrome.alarms.get('next-due'))?.scheduledTime))
    .toBeGreaterThanOrEqual(product.dueAt! - 60_000);

  // The case file shows the reply, where it came from, and the warnings beside it.
  await cases.page.goto(await CaseFile.address(context, order.id));
  await cases.page.reload();
  const event = cases.case.locator('[data-testid="mh-event"][data-type="reply"]');
  await expect(event.getByTestId('mh-event-detail')).toHaveText(selected);
  await expect(event.getByTestId('mh-event-source')).toContainText(WEBMAIL);
  await expect(event.getByTestId('mh-reply-warning')).toHaveCount(2);
  await cases.expectStatus('answered');

  // 2. The real Ozon product page: the inquiry about its article comes first, and is chosen already.
  const shop = await context.newPage();
  await shop.goto(real!.url, { waitUntil: 'domcontentloaded' });
  const heading = await selectText(shop, 'h1');
  expect(heading.replace(/\s+/g, ' ').trim()).toBe(String(real!.expect.title).replace(/\s+/g, ' ').trim());
  reply = await clickMenu(context, worker, shop, heading);
  const first = reply.getByTestId('mh-capture-candidate').first();
  await expect(first).toHaveAttribute('data-id', product.id);
  await expect(first).toHaveAttribute('data-suggested', 'this-page');
  await expect(first.locator('input')).toBeChecked();
  await reply.getByTestId('mh-capture-save').click();
  await expect(reply.getByTestId('mh-capture-saved')).toHaveAttribute('data-id', product.id);
  await expect(reply.getByTestId('mh-reply-warnings')).toHaveCount(0);
  expect(await stored(cases.page, product.id)).toMatchObject({ status: 'answered' });
  // Nothing is awaited now: no reminder is left.
  await expect.poll(() => worker.evaluate(async () => (await (globalThis as unknown as { chrome: Chrome }).chrome.alarms.get('next-due')) ?? null)).toBeNull();
});

test('a reply page whose text is gone says so, and how to start again', async ({ ownContext: context }) => {
  const cases = await CaseFile.open(context);
  await cases.page.goto((await CaseFile.address(context)).replace('cases.html', 'reply.html#no-such-capture'));
  await expect(cases.page.getByTestId('mh-reply-page')).toContainText('Выделите ответ ещё раз');
});
