/** How the panel behaves on a page: text stays text, it asks nothing of the network, it follows the address. */
import { readFileSync } from 'node:fs';
import { openPopup, panelFrame, readPanel, servePages } from '../../scripts/lib/browser.mjs';
import { fixturePages, type PageCase } from '../support/pages';
import { expect, test } from './fixtures';
import { Panel } from './pages/panel';

const fixtures = fixturePages();
const fixture = (file: string): PageCase => {
  const found = fixtures.find((p) => p.file === file);
  if (!found) throw new Error(`no fixture ${file}`);
  return found;
};

test('markup in page text is shown as text, never run or rendered', async ({ page, context }) => {
  const hostile = fixture('ozon/product-hostile.html');
  await servePages(context, [hostile]);
  await page.goto(hostile.url);
  await page.getByTestId('mh-open').click();
  await expect(panelFrame(page).getByTestId('mh-title')).toHaveText(String(hostile.expect.title));
  const inShadow = await page.evaluate(() => {
    const root = document.querySelector('market-helpdesk-panel')!.shadowRoot!;
    return { markup: root.querySelectorAll('img, script, b').length, title: document.title };
  });
  expect(inShadow).toEqual({ markup: 0, title: 'Подозрительный товар' });
  // The dialog's own document: the title is there as text, and none of its markup became elements.
  const inFrame = await panelFrame(page).locator('body').evaluate((body, title) => ({
    markup: body.querySelectorAll('img, script, b').length,
    text: body.textContent!.includes(title),
  }), String(hostile.expect.title));
  expect(inFrame).toEqual({ markup: 0, text: true });
});

test('the extension makes no network request of its own', async ({ page, context }) => {
  // This fixture has no sub-resources: any request besides the page itself would be ours.
  const product = fixture('ozon/product.html');
  const unserved = await servePages(context, [product]);
  await page.goto(product.url, { waitUntil: 'load' });
  await page.getByTestId('mh-open').click();
  await expect(panelFrame(page).getByTestId('mh-read-line')).toContainText(String(product.expect.article));
  // Settled: the panel has drawn its earlier inquiries and draft, and acts (half a second after it showed).
  await expect(panelFrame(page).locator('html')).toHaveAttribute('data-act-ready', 'true');
  expect(unserved).toEqual([]);
});

test('an extension page that tried a request would be refused by the browser, before any request is made', async ({ context }) => {
  // Served, so that only the policy can stop it.
  const product = fixture('ozon/product.html');
  const unserved = await servePages(context, [product]);
  const popup = await openPopup(context);
  const tried = await popup.evaluate(async (url) => {
    const refused: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => refused.push(event.effectiveDirective));
    const outcome = await fetch(url).then(() => 'fetched', () => 'failed');
    const beacon = navigator.sendBeacon(url, 'x');
    await new Promise((resolve) => setTimeout(resolve, 0));
    return { outcome, beacon, refused };
  }, product.url);
  expect(tried.outcome).toBe('failed');
  expect(tried.refused).toContain('connect-src');
  expect(unserved).toEqual([]);
  await popup.close();
});

test('an in-page change of address replaces the panel, and a page it does not read loses it', async ({ page, context }) => {
  const product = fixture('ozon/product.html');
  const order = fixture('ozon/order.html');
  await servePages(context, [product]);
  await page.goto(product.url);
  await page.getByTestId('mh-open').click();
  await expect(panelFrame(page).getByTestId('mh-article')).toHaveAttribute('data-value', String(product.expect.article));

  // What a single-page app does: draw the next page, then push its address.
  await page.evaluate(
    ({ html, url }) => {
      const next = new DOMParser().parseFromString(html, 'text/html');
      document.body.replaceWith(document.adoptNode(next.body));
      history.pushState({}, '', url);
    },
    { html: readFileSync(order.path, 'utf8'), url: order.url },
  );
  await expect(panelFrame(page).getByTestId('mh-order-id')).toHaveAttribute('data-value', String(order.expect.orderId));
  expect((await readPanel(page)).hosts).toBe(1);
  // It was open, and stays open on the new page.
  await expect(panelFrame(page).getByTestId('mh-read-line')).toContainText('Заказ');
  await expect(panelFrame(page).getByTestId('mh-article')).toHaveCount(0);

  await page.evaluate(() => history.pushState({}, '', '/category/termokruzhki-15080/'));
  await expect(page.locator('market-helpdesk-panel')).toHaveCount(0);

  await page.goBack();
  await page.getByTestId('mh-open').click();
  await expect(panelFrame(page).getByTestId('mh-order-id')).toHaveAttribute('data-value', String(order.expect.orderId));
  expect((await readPanel(page)).hosts).toBe(1);
});

test('a page whose address changes before its content is read again when the content arrives', async ({ page, context }) => {
  const product = fixture('ozon/product.html');
  const other = fixture('ozon/product-hostile.html');
  await servePages(context, [product]);
  await page.goto(product.url);
  await page.getByTestId('mh-open').click();
  await expect(panelFrame(page).getByTestId('mh-title')).toHaveAttribute('data-value', String(product.expect.title));

  // The address first; the old product's blocks are still there, then the new ones arrive later.
  const otherPath = new URL(other.url).pathname;
  await page.evaluate((path) => history.pushState({}, '', path), otherPath);
  const otherArticle = String(other.expect.article);
  await expect(panelFrame(page).getByTestId('mh-article')).toHaveAttribute('data-value', otherArticle);
  // The old product's title, seller and price are not shown under the new article.
  await expect(panelFrame(page).getByTestId('mh-title')).toHaveCount(0);
  await expect(panelFrame(page).getByTestId('mh-seller')).toHaveCount(0);

  await page.evaluate((html) => {
    setTimeout(() => {
      const next = new DOMParser().parseFromString(html, 'text/html');
      document.body.replaceWith(document.adoptNode(next.body));
    }, 500);
  }, readFileSync(other.path, 'utf8'));
  await expect(panelFrame(page).getByTestId('mh-title')).toHaveAttribute('data-value', String(other.expect.title));
  await expect(panelFrame(page).getByTestId('mh-article')).toHaveAttribute('data-value', otherArticle);
});

for (const file of ['ozon/product.html', 'ozon/order.html', 'ozon/orderlist.html']) {
  test(`the closed launcher covers none of the page's own controls (${file})`, async ({ page, context }) => {
    const pageCase = fixture(file);
    await servePages(context, [pageCase]);
    for (const viewport of [{ width: 1280, height: 800 }, { width: 1920, height: 1080 }, { width: 800, height: 600 }]) {
      await page.setViewportSize(viewport);
      await page.goto(pageCase.url);
      const launcher = page.getByTestId('mh-open');
      await expect(launcher).toBeVisible();
      const box = (await launcher.boundingBox())!;
      const covered = await page.evaluate((rect) => {
        const hits = new Set<string>();
        for (let x = rect.x + 1; x < rect.x + rect.width; x += 4) {
          for (let y = rect.y + 1; y < rect.y + rect.height; y += 4) {
            for (const el of document.elementsFromPoint(x, y)) {
              if (el.tagName.toLowerCase() === 'market-helpdesk-panel') continue;
              const control = el.closest('a, button, input, select, textarea, label, [role="button"], [onclick], [tabindex]');
              if (control) hits.add(control.outerHTML.slice(0, 80));
            }
          }
        }
        return [...hits];
      }, box);
      expect(covered, `at ${viewport.width}×${viewport.height}`).toEqual([]);
    }
  });
}

test('keyboard: the launcher opens, focus moves in, Escape closes and focus returns', async ({ page, context }) => {
  const product = fixture('ozon/product.html');
  await servePages(context, [product]);
  await page.goto(product.url);
  const launcher = page.getByTestId('mh-open');
  await launcher.focus();
  await page.keyboard.press('Enter');
  // The focus goes to the message, on the place for the shopper's words.
  await expect(panelFrame(page).getByTestId('mh-message')).toBeFocused();
  await expect(launcher).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('mh-frame')).toBeHidden();
  await expect(launcher).toHaveAttribute('aria-expanded', 'false');
  await expect(launcher).toBeFocused();
});

test('keys and focus inside the panel do not reach the page', async ({ page, context }) => {
  const product = fixture('ozon/product.html');
  await servePages(context, [product]);
  await page.goto(product.url);
  await page.evaluate(() => {
    const seen: string[] = ((window as unknown as { seen: string[] }).seen = []);
    for (const type of ['keydown', 'keyup', 'keypress', 'focusin', 'focusout']) {
      document.addEventListener(type, (e) => seen.push(`${type}:${(e as KeyboardEvent).key ?? ''}`));
    }
  });
  await page.getByTestId('mh-open').click();
  await expect(panelFrame(page).getByTestId('mh-message')).toBeFocused();
  await page.keyboard.press('a');
  await page.keyboard.press('Tab');
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  expect(seen).toEqual([]);
});

test('a page whose product block appears well after load gets the right panel', async ({ page, context }) => {
  const product = fixture('ozon/product.html');
  const html = readFileSync(product.path, 'utf8');
  // The same page, but its body is drawn by the page's own script later — when the test says, once the
  // panel has shown the page without it (a fixed delay raced the panel's opening on a busy machine).
  const late = html
    .replace('<body>', '<body><template id="later">')
    .replace('</body>', `</template><script>
      window.drawLater = () => document.body.append(document.getElementById('later').content.cloneNode(true));
    </script></body>`);
  await servePages(context, [{ url: product.url, path: product.path, html: late }]);
  await page.goto(product.url);
  await page.getByTestId('mh-open').click();
  // At first the page gives the address (and its head's JSON-LD), but no seller…
  await expect(panelFrame(page).getByTestId('mh-article')).toHaveAttribute('data-value', String(product.expect.article));
  await expect(panelFrame(page).getByTestId('mh-seller')).toHaveCount(0);
  // Later: once the panel has been open a while (it acts half a second after it showed).
  await expect(panelFrame(page).locator('html')).toHaveAttribute('data-act-ready', 'true');
  await page.evaluate(() => (window as unknown as { drawLater(): void }).drawLater());
  // …then the block arrives and is read.
  await expect(panelFrame(page).getByTestId('mh-title')).toHaveAttribute('data-value', String(product.expect.title), { timeout: 8000 });
  await expect(panelFrame(page).getByTestId('mh-seller')).toHaveAttribute('data-value', String(product.expect.seller));
  expect((await readPanel(page)).hosts).toBe(1);
});

test('the Ozon order list gets one contact button per order, each opening the panel with its own number', async ({ page, context }) => {
  const list = fixture('ozon/orderlist.html');
  await servePages(context, [list]);
  await page.goto(list.url);
  const buttons = page.locator('market-helpdesk-order-button');
  const orders = list.expect.orders as string[];
  await expect(buttons).toHaveCount(orders.length);
  expect(await buttons.evaluateAll((els) => els.map((el) => el.getAttribute('data-order-id')))).toEqual(orders);
  for (const orderId of [orders[1], orders[2], orders[0]]) {
    await page.locator(`market-helpdesk-order-button[data-order-id="${orderId}"]`).getByTestId('mh-order-contact').click();
    await expect(panelFrame(page).getByTestId('mh-order-id')).toHaveAttribute('data-value', orderId);
    await expect(panelFrame(page).getByTestId('mh-message')).toHaveValue(new RegExp(`Заказ № ${orderId}`));
    // The open panel lies over the list's left side: close it to reach the next card.
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('mh-frame')).toBeHidden();
  }
  expect((await readPanel(page)).hosts).toBe(1);
  // Still on the list: clicking the buttons did not follow the cards' links.
  expect(page.url()).toBe(list.url);
});

test('Yandex Market\'s order list gets one contact button per order, each opening the panel with its own number', async ({ page, context }) => {
  const list = fixture('yandex-market/orders.html');
  await servePages(context, [list]);
  await page.goto(list.url);
  const orders = list.expect.orders as string[];
  const buttons = page.locator('market-helpdesk-order-button');
  await expect(buttons).toHaveCount(orders.length);
  expect(await buttons.evaluateAll((els) => els.map((el) => el.getAttribute('data-order-id')))).toEqual(orders);
  await page.locator(`market-helpdesk-order-button[data-order-id="${orders[1]}"]`).getByTestId('mh-order-contact').click();
  await expect(panelFrame(page).getByTestId('mh-order-id')).toHaveAttribute('data-value', orders[1]);
  await expect(panelFrame(page).getByTestId('mh-order-status')).toHaveAttribute('data-value', 'Отменён');
  await expect(panelFrame(page).getByTestId('mh-message')).toHaveValue(new RegExp(`Заказ № ${orders[1]}`));
  expect(page.url()).toBe(list.url);
});

test('Wildberries purchases get a contact button on each item, opening the panel with that item', async ({ page, context }) => {
  const archive = fixture('wildberries/archive.html');
  await servePages(context, [archive]);
  await page.goto(archive.url);
  const items = archive.expect.items as { article: string; title: string; orderId?: string; status: string }[];
  const buttons = page.locator('market-helpdesk-order-button');
  await expect(buttons).toHaveCount(items.length);
  expect(await buttons.evaluateAll((els) => els.map((el) => el.getAttribute('data-article')))).toEqual(items.map((i) => i.article));
  // The third card repeats the second's article: each button speaks of its own card.
  for (const index of [2, 0]) {
    await buttons.nth(index).getByTestId('mh-order-contact').click();
    await expect(panelFrame(page).getByTestId('mh-article')).toHaveAttribute('data-value', items[index].article);
    await expect(panelFrame(page).getByTestId('mh-order-status')).toHaveAttribute('data-value', items[index].status);
    if (items[index].orderId) await expect(panelFrame(page).getByTestId('mh-order-id')).toHaveAttribute('data-value', items[index].orderId!);
    else await expect(panelFrame(page).getByTestId('mh-order-id')).toHaveCount(0);
    await expect(panelFrame(page).getByTestId('mh-message')).toHaveValue(new RegExp(`артикул ${items[index].article}`));
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('mh-frame')).toBeHidden();
  }
  expect((await readPanel(page)).hosts).toBe(1);
});

test('a product address whose page is not understood still gets the panel, with a note of what was tried', async ({ page, context }) => {
  const url = 'https://www.ozon.ru/product/neizvestnyy-tovar-424242424/';
  const html = '<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Ozon</title></head><body><main><p>Страница в новом оформлении</p></main></body></html>';
  await servePages(context, [{ url, path: '', html }]);
  await page.goto(url);
  await page.getByTestId('mh-open').click();
  await expect(panelFrame(page).getByTestId('mh-article')).toHaveAttribute('data-value', '424242424');
  const note = panelFrame(page).getByTestId('mh-unread-note');
  await expect(note).toBeVisible();
  const report = await note.getAttribute('data-value');
  expect(report).toContain('ozon product /product/neizvestnyy-tovar-424242424/');
  expect(report).toContain('title: state:webProductHeading, block:webProductHeading, json-ld, state:webStickyProducts');
  // The fields the page did not give can be typed in.
  await expect(panelFrame(page).getByTestId('mh-field-title')).toBeVisible();
  expect(await page.evaluate(() => document.title)).toBe('Ozon');
});

test('a title longer than an inquiry keeps, reversed by bidirectional controls: shown cut and in order, said, and saved', async ({ page, context }) => {
  const product = fixture('ozon/product.html');
  const title = 'Термокружка стальная 450 мл, с крышкой';
  const long = `\u202e0001 ₽\u202c ${'Очень длинное название '.repeat(218)}`;
  const html = readFileSync(product.path, 'utf8').split(title).join(long);
  await servePages(context, [{ url: product.url, path: product.path, html }]);
  await page.goto(product.url);
  await page.getByTestId('mh-open').click();
  const panel = panelFrame(page);
  const shown = await panel.getByTestId('mh-title').getAttribute('data-value');
  expect(shown).toHaveLength(1_000);
  expect(shown!.startsWith('0001 ₽ Очень длинное название')).toBe(true);
  expect(shown!.endsWith('…')).toBe(true);
  await expect(panel.getByTestId('mh-cut')).toHaveAttribute('data-value', 'title');
  await expect(panel.getByTestId('mh-cut')).toContainText('название');
  await expect(panel.getByTestId('mh-message')).not.toHaveValue(/[\u202a-\u202e\u2066-\u2069]/);
  await new Panel(page).save();
});

test('the page taking focus from the panel while the shopper types is said, and what was typed stays', async ({ page, context }) => {
  const product = fixture('ozon/product.html');
  await servePages(context, [product]);
  await page.goto(product.url);
  // The page's own hidden field, where the keys go once it has focus.
  await page.evaluate(() => {
    const trap = document.createElement('textarea');
    trap.id = 'trap';
    trap.style.cssText = 'position:fixed;left:-50px;top:0;width:1px;height:1px;opacity:0';
    document.body.append(trap);
  });
  await page.getByTestId('mh-open').click();
  const panel = panelFrame(page);
  const message = panel.getByTestId('mh-message');
  await message.click();
  await message.press('Control+End');
  await message.pressSequentially(' мой адрес');
  // The shopper's own click on the page takes focus there: nothing to say.
  await page.mouse.click(700, 150);
  await message.click();
  await message.press('Control+End');
  await message.pressSequentially(': ул.');
  // The page takes it, with no act of the shopper's; the rest of the typing goes to the page.
  await page.evaluate(() => document.getElementById('trap')!.focus());
  await page.keyboard.type(' Лесная 1');
  const note = panel.getByTestId('mh-focus-taken');
  await expect(note).toBeVisible();
  // Said once: for the page's taking, not for the shopper's click before it.
  await expect(note).toHaveAttribute('data-count', '1');
  await expect(message).toHaveValue(/ мой адрес: ул\.$/);
  await panel.getByTestId('mh-focus-back').click();
  await expect(message).toBeFocused();
  await expect(note).toHaveCount(0);

  // Taken with no element of its own to give it to: the page blurs ours.
  await message.pressSequentially(' Лесная');
  await page.evaluate(() => (document.activeElement as HTMLElement).blur());
  await expect(note).toHaveAttribute('data-count', '2');
  await expect(message).toHaveValue(/ мой адрес: ул\. Лесная$/);
});

test('a click the panel lets pass while it waits after the page changed is said, not lost in silence', async ({ page, context }) => {
  const product = fixture('ozon/product.html');
  await servePages(context, [product]);
  await page.goto(product.url);
  const panel = await new Panel(page).open();
  const card = panel.get('mh-situation-defect');
  const box = (await card.boundingBox())!;
  // The page takes its question form away: what the panel offers changes, and it waits a moment.
  await page.evaluate(() => document.querySelector('[data-widget="webCreateQuestion"]')?.remove());
  await expect(panel.frame.locator('html')).toHaveAttribute('data-act-ready', 'false');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(panel.get('mh-click-waited')).toBeVisible();
  await expect(card).toHaveAttribute('aria-pressed', 'false');
  // Once it acts again, the same click is taken.
  await panel.actsNow();
  await card.click();
  await expect(card).toHaveAttribute('aria-pressed', 'true');
});
