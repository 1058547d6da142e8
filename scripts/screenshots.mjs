// The README's screenshots (docs/screenshots/), taken from the built extension on the sample pages.
//   npm run screenshots
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { extensionId, fixturePagesTable, launchBrowser, openPanelOn, openPopup, panelFrame, repoRoot, servePages } from './lib/browser.mjs';

const out = join(repoRoot, 'docs/screenshots');
mkdirSync(out, { recursive: true });
const samples = fixturePagesTable();
const sample = (file) => samples.find((s) => s.file === file);
const shot = async (page, name) => {
  await page.screenshot({ path: join(out, name) });
  console.log(`docs/screenshots/${name}`);
};

const context = await launchBrowser({ viewport: { width: 1100, height: 900 } });
await servePages(context, samples);
await context.grantPermissions(['clipboard-read', 'clipboard-write']);
const page = await context.newPage();
try {
  // 1. A product page: the question to the seller, prefilled; then sent through the page's own form.
  await openPanelOn(page, sample('ozon/product.html'));
  await shot(page, 'panel-product.png');
  await panelFrame(page).getByTestId('mh-channel-ozon-seller-question').click();
  await panelFrame(page).getByTestId('mh-status').waitFor();
  await shot(page, 'panel-product-sent.png');

  // 2. An order page: support, "the delivery date has passed", saved.
  await openPanelOn(page, sample('ozon/order.html'));
  await panelFrame(page).getByTestId('mh-topic').selectOption('delivery-late');
  await panelFrame(page).getByTestId('mh-save').click();
  await panelFrame(page).getByTestId('mh-status').waitFor();
  await shot(page, 'panel-order.png');

  // 3. The anti-bot page: the article from the address alone.
  await openPanelOn(page, sample('ozon/blocked.html'));
  await shot(page, 'panel-blocked.png');

  // 4. The hotline on an order page: the number first, then what to say.
  await openPanelOn(page, sample('ozon/order.html'));
  await panelFrame(page).getByTestId('mh-topic').selectOption('delivery-late');
  await panelFrame(page).getByTestId('mh-call-script-ozon-hotline').locator('summary').click();
  await panelFrame(page).getByTestId('mh-call-script-ozon-hotline').scrollIntoViewIfNeeded();
  await shot(page, 'panel-hotline.png');

  // 5. The options page.
  const options = await context.newPage();
  await options.setViewportSize({ width: 900, height: 900 });
  await options.goto(`chrome-extension://${await extensionId(context)}/options.html`);
  await options.getByTestId('mh-language').waitFor();
  await shot(options, 'options.png');
  await options.close();

  // 6. The history page: the order's case file with a reply and a note, then the summary.
  const history = await context.newPage();
  await history.setViewportSize({ width: 1200, height: 900 });
  await history.goto(`chrome-extension://${await extensionId(context)}/cases.html`);
  await history.getByTestId('mh-inquiry').first().waitFor();
  await history.locator('[data-testid="mh-inquiry"] .inquiry-title a').first().click();
  const caseFile = history.getByTestId('mh-case');
  await caseFile.waitFor();
  await caseFile.getByTestId('mh-action-mark-sent').click();
  await caseFile.getByTestId('mh-action-reply').click();
  await caseFile.getByTestId('mh-reply-text').fill('Заказ передан курьеру, доставка завтра до 18:00.');
  await caseFile.getByTestId('mh-reply-save').click();
  await caseFile.getByTestId('mh-action-note').click();
  await caseFile.getByTestId('mh-note-text').fill('Курьер позвонил и подтвердил время.');
  await caseFile.getByTestId('mh-note-save').click();
  await history.locator('[data-testid="mh-event"][data-type="note"]').waitFor();
  await shot(history, 'history.png');
  await history.goto(`chrome-extension://${await extensionId(context)}/cases.html#summary`);
  await history.reload();
  await history.getByTestId('mh-summary').waitFor();
  await shot(history, 'summary.png');

  // 8. The escalation page: a claim about a defect within the warranty, the seller from its pasted block.
  await history.goto(`chrome-extension://${await extensionId(context)}/cases.html`);
  await history.locator('[data-testid="mh-inquiry"] .inquiry-title a').first().click();
  await history.getByTestId('mh-case').getByTestId('mh-escalate').click();
  const escalation = history.getByTestId('mh-escalation');
  await escalation.getByTestId('mh-situation').selectOption('defect');
  await escalation.getByTestId('mh-doc-item').selectOption('0');
  await escalation.getByTestId('mh-problem').fill('Чайник перестал включаться через неделю после получения.');
  await escalation.getByTestId('mh-warranty').fill('12');
  await escalation.getByTestId('mh-seller-block').fill(
    ['Информация о продавце', 'ООО "Ромашка"', 'ОГРН: 1027700132195', 'ИНН: 7707083893', 'Юридический адрес: 117997, г. Москва, ул. Вавилова, д. 19'].join('\n'),
  );
  await escalation.getByTestId('mh-date-delivered').fill('2026-09-20');
  await escalation.getByTestId('mh-price-input').fill('2490');
  await escalation.getByTestId('mh-payment-method').selectOption('card');
  await escalation.getByTestId('mh-escalate-profile-name').fill('Иванова Анна Сергеевна');
  await escalation.getByTestId('mh-escalate-profile-phone').fill('+7 900 000-00-00');
  await escalation.getByTestId('mh-escalate-profile-address').fill('101000, г. Москва, ул. Лесная, д. 1, кв. 2');
  await escalation.getByTestId('mh-document').waitFor();
  await history.evaluate(() => scrollTo(0, 0));
  await history.screenshot({ path: join(out, 'escalation.png'), fullPage: true });
  console.log('docs/screenshots/escalation.png');
  await history.close();

  // 7. The popup, about the order page.
  await page.goto(sample('ozon/order.html').url);
  const popup = await openPopup(context, page);
  await popup.setViewportSize({ width: 380, height: 420 });
  await popup.getByTestId('mh-inquiry').first().waitFor();
  await shot(popup, 'popup.png');
} finally {
  await context.close();
}
