/** The first-run page: opened by the shopper's build on installation, and what it says. */
import { extensionId, launchBrowser, productionExtensionDir } from '../../scripts/lib/browser.mjs';
import { expect, test } from './fixtures';

test('the shopper\'s build opens the first-run page when it is installed', async () => {
  // A fresh profile is a new installation.
  const context = await launchBrowser({ extension: productionExtensionDir });
  try {
    const welcome = `chrome-extension://${await extensionId(context)}/welcome.html`;
    await expect.poll(() => context.pages().map((p) => p.url())).toContain(welcome);
    const page = context.pages().find((p) => p.url() === welcome)!;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Market Helpdesk установлен');
  } finally {
    await context.close();
  }
});

test('the first-run page says what the extension does, that nothing leaves the browser, and how to open the panel', async ({ context, page }) => {
  await page.goto(`chrome-extension://${await extensionId(context)}/welcome.html`);
  const welcome = page.getByTestId('mh-welcome');
  await expect(welcome.getByRole('heading', { level: 1 })).toHaveText('Market Helpdesk установлен');
  await expect(welcome).toContainText('Работает на Ozon, Wildberries и Яндекс Маркете.');
  await expect(page.getByTestId('mh-welcome-private')).toContainText('Ничего не уходит из браузера');
  await expect(page.getByTestId('mh-welcome-private')).toContainText('ничего никуда не отправляет');
  // The three ways: the tab on the page, the shortcut as the browser has it, the toolbar button.
  await expect(page.getByTestId('mh-welcome-tab')).toContainText('Кнопка помощника у левого края страницы');
  await expect(page.getByTestId('mh-welcome-shortcut')).toHaveAttribute('data-value', 'Alt+Shift+M');
  await expect(page.getByTestId('mh-welcome-shortcut').locator('kbd kbd')).toHaveText(['Alt', 'Shift', 'M']);
  await expect(page.getByTestId('mh-welcome-toolbar')).toContainText('Открыть панель на этой странице');

  // In English, as the options' language: the page follows at once.
  await page.getByTestId('mh-welcome-language-en').click();
  await expect(welcome.getByRole('heading', { level: 1 })).toHaveText('Market Helpdesk is installed');
  await expect(page.getByTestId('mh-welcome-private')).toContainText('Nothing leaves the browser');
  await page.getByTestId('mh-welcome-language-ru').click();

  // Nothing is required; the profile is one link away, in the options.
  await page.getByTestId('mh-welcome-options').click();
  await expect(page).toHaveURL(/\/options\.html$/);
  await expect(page.getByTestId('mh-profile-name')).toBeVisible();
});
