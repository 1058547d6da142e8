/** The catalogue in the panel: topics from the founding documents, corrections and language from the options. */
import type { BrowserContext, Page } from '@playwright/test';
import { extensionId, panelFrame, servePages } from '../../scripts/lib/browser.mjs';
import { fixturePages, type PageCase } from '../support/pages';
import { expect, test } from './fixtures';
import { Panel } from './pages/panel';

const fixtures = fixturePages();
const fixture = (file: string): PageCase => fixtures.find((p) => p.file === file)!;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function openPanel(page: Page, context: BrowserContext, pageCase: PageCase) {
  await servePages(context, [pageCase]);
  await page.goto(pageCase.url);
  // The options are open in a tab of their own: the shopper looks at this one (a tab in the background
  // draws nothing, and the browser sends a click to what it last drew there).
  await page.bringToFront();
  await new Panel(page).open();
}

async function openOptions(context: BrowserContext) {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${await extensionId(context)}/options.html`);
  await expect(options.getByTestId('mh-language')).toBeVisible();
  return options;
}

test('seller and size on a product page with its question form: the public question asks, without naming the product it is posted under', async ({ page, context }) => {
  // Our page, whose form shows (on the real ones it is folded away, and the panel leads with the chat).
  const product = fixture('ozon/product.html');
  await openPanel(page, context, product);
  await new Panel(page).chooseTopic('seller-size', 'seller');
  const message = panelFrame(page).getByTestId('mh-message');
  await expect(panelFrame(page).getByTestId('mh-public-note')).toBeVisible();
  await expect(message).not.toHaveValue(new RegExp(`${escape(String(product.expect.title))}|${product.expect.article}`));
  await expect(message).toHaveValue(/как подобрать размер/);
  await expect(panelFrame(page).getByTestId('mh-checklist')).toContainText('ваши мерки');
});

test('on an order page, "the delivery date has passed": order number and date, the hotline with its number first', async ({ page, context }) => {
  await openPanel(page, context, fixture('ozon/order.html'));
  await new Panel(page).chooseTopic('delivery-late');
  await expect(panelFrame(page).getByTestId('mh-message')).toHaveValue(/Заказ № 46206571-0591 от 17 сентября 2026 г\./);
  await expect(panelFrame(page).getByTestId('mh-phone-ozon-hotline')).toHaveAttribute('data-value', '8 (800) 234-70-00');
  await expect(panelFrame(page).getByTestId('mh-channel-ozon-hotline')).toHaveAttribute('href', 'tel:88002347000');
  await expect(panelFrame(page).getByTestId('mh-phone-ozon-phone-moscow')).toHaveAttribute('data-value', '+7 (495) 009-70-70');
  await expect(panelFrame(page).getByTestId('mh-source-ozon-hotline')).toHaveText('По материалам статьи «Основные способы связи с продавцами на ОЗОН» · не проверялось с 22 ноября 2026 г.');
  // The hotline is one of the other channels, folded under the chosen one (the chat).
  await panelFrame(page).getByTestId('mh-other-channels').locator('summary').first().click();
  await panelFrame(page).getByTestId('mh-call-script-ozon-hotline').locator('summary').click();
  await expect(panelFrame(page).getByTestId('mh-call-script-ozon-hotline')).toContainText('Заказ № 46206571-0591');
});

test('on ozon.by the 8-800 hotline says it does not work from Belarus', async ({ page, context }) => {
  await openPanel(page, context, fixture('ozon/order-bad-state.html'));
  await new Panel(page).chooseTopic('delivery-status');
  await expect(panelFrame(page).getByTestId('mh-not-from-ozon-hotline')).toContainText('не работают из Беларуси и Казахстана');
});

test('a phone number corrected in the options shows in the panel, and the reset brings the original back', async ({ ownContext: context }) => {
  const page = await context.newPage();
  const options = await openOptions(context);
  await options.getByTestId('mh-correct-ozon-hotline').fill('8 (800) 100-00-00');
  await options.getByTestId('mh-correct-save-ozon-hotline').click();
  await expect(options.getByTestId('mh-options-status')).toHaveText('Сохранено.');

  await openPanel(page, context, fixture('ozon/order.html'));
  await new Panel(page).chooseTopic('delivery-late');
  await expect(panelFrame(page).getByTestId('mh-phone-ozon-hotline')).toHaveAttribute('data-value', '8 (800) 100-00-00');
  await expect(panelFrame(page).getByTestId('mh-channel-ozon-hotline')).toHaveAttribute('href', 'tel:88001000000');
  await expect(panelFrame(page).getByTestId('mh-source-ozon-hotline')).toContainText('исправлено вами');

  options.once('dialog', (dialog) => void dialog.accept());
  await options.getByTestId('mh-reset-all').click();
  await expect(panelFrame(page).getByTestId('mh-phone-ozon-hotline')).toHaveAttribute('data-value', '8 (800) 234-70-00');
  await options.close();
});

test('the profile\'s «Как к вам обращаться» sets the gender of the message', async ({ ownContext: context }) => {
  const page = await context.newPage();
  const options = await openOptions(context);
  await options.getByTestId('mh-profile-name').fill('Смирнова Анна Сергеевна');
  await expect(options.getByTestId('mh-profile-gender-none')).toBeChecked();
  await options.getByTestId('mh-profile-gender-female').check();
  await options.getByTestId('mh-profile-save').click();

  await openPanel(page, context, fixture('ozon/order.html'));
  await panelFrame(page).getByTestId('mh-situation-refund').click();
  const message = panelFrame(page).getByTestId('mh-message');
  await expect(message).toHaveValue(/Я вернула товар, но деньги до сих пор не пришли\./);
  await options.getByTestId('mh-profile-gender-none').check();
  await options.getByTestId('mh-profile-save').click();
  await expect(message).toHaveValue(/Товар возвращён, но деньги до сих пор не пришли\./);
  await options.close();
});

test('switching to English in the options changes the panel, and the profile signs the message', async ({ ownContext: context }) => {
  const page = await context.newPage();
  const options = await openOptions(context);
  await options.getByTestId('mh-profile-name').fill('Anna Smirnova');
  await options.getByTestId('mh-profile-save').click();
  await options.getByTestId('mh-language').selectOption('en');
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('Market Helpdesk settings');

  await openPanel(page, context, fixture('ozon/order.html'));
  await expect(panelFrame(page).getByTestId('mh-read-line')).toContainText('Order 46206571-0591');
  await new Panel(page).chooseTopic('delivery-late');
  const message = panelFrame(page).getByTestId('mh-message');
  await expect(message).toHaveValue(/^Hello,\n\nOrder No\. 46206571-0591 of 17 September 2026\./);
  await expect(message).toHaveValue(/Thank you\.\nAnna Smirnova$/);
  await expect(page.getByTestId('mh-open')).toHaveAttribute('aria-label', 'Market Helpdesk: write to the seller or support');

  options.once('dialog', (dialog) => void dialog.accept());
  await options.getByTestId('mh-reset-all').click();
  await expect(panelFrame(page).getByTestId('mh-read-line')).toContainText('Заказ 46206571-0591');
  await options.close();
});
