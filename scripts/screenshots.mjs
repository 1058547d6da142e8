// The screenshots of every screen (docs/screenshots.md), light and dark (docs/screenshots/{light,dark}/), and the
// stores' screenshots at 1280×800 in Russian (docs/store/screenshots/), all from the built extension:
// the panel on our sample pages and on real saved Ozon and Wildberries pages (served at their real
// addresses, offline), and the extension's pages over a sample history imported as a shopper would.
//   npm run screenshots
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  extensionId,
  fixturePagesTable,
  importHistory,
  launchBrowser,
  openPanelOn,
  openPopup,
  panelFrame,
  repoRoot,
  servePages,
  sharedPagesTable,
} from './lib/browser.mjs';
import { sampleHistory } from './lib/sample-history.mjs';

const THEMES = ['light', 'dark'];
const readme = join(repoRoot, 'docs/screenshots');
const store = join(repoRoot, 'docs/store/screenshots');
const STORE_SIZE = { width: 1280, height: 800 };

const fixtures = fixturePagesTable();
const fixture = (file) => fixtures.find((s) => s.file === file);
const shared = sharedPagesTable();
// The real pages: an Ozon product page of 2025 (its styles are in the page) and Wildberries' 2026 layout
// (its stylesheets are not saved with it: it shows as saved, and nothing is fetched).
const real = {
  ozon: shared?.find((p) => p.file === 'ozon/product-2025-153929230.html'),
  wildberries: shared?.find((p) => p.file === 'wildberries/product-2026-195676297.html'),
};
if (!real.ozon || !real.wildberries) {
  console.warn(`Real saved pages not found (MH_PAGES_DIR=${process.env.MH_PAGES_DIR ?? '../shared/pages'}): their screenshots are skipped.`);
}

/**
 * A page in a dark theme of its own, as a marketplace's dark mode shows it: the root painted dark and the
 * body's light content inverted (pictures put back). The panel's host hangs from the root, outside the
 * body, and follows the page's scheme.
 */
function darkened(html) {
  const style =
    '<style>html{background:#16191e!important;color-scheme:dark}' +
    'body{background:transparent!important;filter:invert(.9) hue-rotate(180deg)}' +
    'img,picture,video,svg image{filter:invert(1) hue-rotate(180deg)}</style>';
  return html.includes('</head>') ? html.replace('</head>', `${style}</head>`) : style + html;
}

/** Ours: a page built like a chat, for «Вставить в поле» (tests/fixtures/ours/chat.html). */
const chat = { url: 'https://www.ozon.ru/product/chat-test-135792468/', path: join(repoRoot, 'tests/fixtures/ours/chat.html') };

function pagesFor(theme) {
  const pages = [...fixtures, ...Object.values(real).filter(Boolean), chat];
  // Our chat page stays as it is: a page inverted by a filter has the panel ask before it copies.
  return theme === 'dark' ? pages.map((p) => (p === chat ? p : { ...p, html: darkened(readFileSync(p.path, 'utf8')) })) : pages;
}

for (const dir of [readme, store]) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
}
for (const theme of THEMES) mkdirSync(join(readme, theme), { recursive: true });

async function shot(page, theme, name, options = {}) {
  const path = join(readme, theme, name);
  await page.screenshot({ path, ...options });
  console.log(`docs/screenshots/${theme}/${name}`);
}

async function storeShot(page, name) {
  await page.screenshot({ path: join(store, name) });
  console.log(`docs/store/screenshots/${name}`);
}

async function screens(theme) {
  const context = await launchBrowser({ viewport: STORE_SIZE, colorScheme: theme });
  await servePages(context, pagesFor(theme));
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const id = await extensionId(context);
  const page = await context.newPage();
  const forStore = theme === 'light';
  try {
    // The popup before anything is saved: the empty state says how to begin.
    const empty = await openPopup(context);
    await empty.setViewportSize({ width: 380, height: 360 });
    await empty.getByTestId('mh-empty').waitFor();
    await shot(empty, theme, 'popup-empty.png');
    await empty.close();

    // The panel on real saved pages.
    if (real.ozon) {
      await openPanelOn(page, real.ozon);
      await shot(page, theme, 'panel-ozon-real.png');
      if (forStore) await storeShot(page, '1-panel-ozon.png');
    }
    if (real.wildberries) {
      await openPanelOn(page, real.wildberries);
      await shot(page, theme, 'panel-wildberries-real.png');
      if (forStore) await storeShot(page, '2-panel-wildberries.png');
    }

    // Our sample product page: the question to the seller, prefilled; then sent through the page's own form.
    await openPanelOn(page, fixture('ozon/product.html'));
    await shot(page, theme, 'panel-product.png');
    await panelFrame(page).getByTestId('mh-channel-ozon-seller-question').click();
    await panelFrame(page).getByTestId('mh-status').waitFor();
    await shot(page, theme, 'panel-product-sent.png');

    // An order page: «Не привезли», saved as a draft.
    await openPanelOn(page, fixture('ozon/order.html'));
    await panelFrame(page).getByTestId('mh-situation-not-delivered').click();
    await panelFrame(page).getByTestId('mh-save').click();
    await panelFrame(page).getByTestId('mh-status').waitFor();
    await shot(page, theme, 'panel-order.png');

    // The hotline on the order page, among the other channels: the number first, then what to say.
    await panelFrame(page).getByTestId('mh-other-channels').locator('summary').first().click();
    await panelFrame(page).getByTestId('mh-call-script-ozon-hotline').locator('summary').click();
    await panelFrame(page).getByTestId('mh-call-script-ozon-hotline').scrollIntoViewIfNeeded();
    await shot(page, theme, 'panel-hotline.png');

    // The anti-bot page: the article from the address alone.
    await openPanelOn(page, fixture('ozon/blocked.html'));
    await shot(page, theme, 'panel-blocked.png');

    // The summary with nothing answered yet: what it will show.
    const before = await context.newPage();
    await before.setViewportSize({ width: 1280, height: 900 });
    await before.goto(`chrome-extension://${id}/cases.html#summary`);
    await before.getByTestId('mh-summary').waitFor();
    await shot(before, theme, 'summary-empty.png');
    await before.close();

    // The history: half a year of inquiries, imported as a shopper would.
    await importHistory(context, sampleHistory());

    // The popup about the order page, over that page.
    await page.goto(fixture('ozon/order.html').url);
    const popup = await openPopup(context, page);
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.getByTestId('mh-inquiry').first().waitFor();
    await shot(popup, theme, 'popup.png');
    if (forStore) await storeShot(await composite(context, page, popup), '3-popup.png');
    await popup.close();

    // The case file of an answered inquiry, beside the list.
    const history = await context.newPage();
    await history.setViewportSize({ width: 1280, height: 900 });
    await history.goto(`chrome-extension://${id}/cases.html#sample-lamp-late`);
    const caseFile = history.getByTestId('mh-case');
    await caseFile.getByTestId('mh-action-note').click();
    await caseFile.getByTestId('mh-note-text').fill('Курьер позвонил и подтвердил новую дату.');
    await caseFile.getByTestId('mh-note-save').click();
    await history.locator('[data-testid="mh-event"][data-type="note"]').waitFor();
    await history.evaluate(() => scrollTo(0, 0));
    await shot(history, theme, 'case-file.png');
    if (forStore) {
      await history.setViewportSize(STORE_SIZE);
      await storeShot(history, '4-case-file.png');
      await history.setViewportSize({ width: 1280, height: 900 });
    }

    // The summary.
    await history.goto(`chrome-extension://${id}/cases.html#summary`);
    await history.reload();
    await history.getByTestId('mh-answer-by-month').waitFor();
    await shot(history, theme, 'summary.png', { fullPage: true });
    if (forStore) {
      await history.setViewportSize(STORE_SIZE);
      await storeShot(history, '5-summary.png');
      await history.setViewportSize({ width: 1280, height: 900 });
    }

    // The escalation page: a claim about a defect within the warranty, the seller from its pasted block.
    await history.goto(`chrome-extension://${id}/cases.html#sample-kettle-warranty`);
    await history.getByTestId('mh-case').getByTestId('mh-escalate').click();
    const escalation = history.getByTestId('mh-escalation');
    // Step by step; a draft kept from the other theme opens on its last step.
    if ((await escalation.getAttribute('data-step')) !== 'situation') await escalation.getByTestId('mh-step-situation').click();
    const next = async (step) => {
      await escalation.getByTestId('mh-step-next').click();
      await escalation.locator(`[data-step="${step}"]`).first().waitFor();
    };
    await escalation.getByTestId('mh-situation').selectOption('defect');
    await escalation.getByTestId('mh-problem').fill('Чайник перестал включаться через неделю после получения.');
    await escalation.getByTestId('mh-warranty').fill('12');
    await escalation.getByTestId('mh-price-input').fill('2490');
    await next('remedy');
    await escalation.getByTestId('mh-payment-method').selectOption('card');
    await next('seller');
    await escalation.getByTestId('mh-seller-block').fill(
      ['Информация о продавце', 'ООО "Ромашка"', 'ОГРН: 1027700132195', 'ИНН: 7707083893', 'Юридический адрес: 117997, г. Москва, ул. Вавилова, д. 19'].join('\n'),
    );
    await next('dates');
    // Delivered three weeks ago, in Moscow.
    await escalation.getByTestId('mh-date-delivered').fill(new Date(Date.now() + 3 * 3_600_000 - 21 * 86_400_000).toISOString().slice(0, 10));
    await next('check');
    if (!(await escalation.getByTestId('mh-escalate-profile-name').isVisible())) await escalation.getByTestId('mh-escalate-profile-box').locator('summary').click();
    await escalation.getByTestId('mh-escalate-profile-name').fill('Иванова Анна Сергеевна');
    await escalation.getByTestId('mh-escalate-profile-phone').fill('+7 900 000-00-00');
    await escalation.getByTestId('mh-escalate-profile-address').fill('101000, г. Москва, ул. Лесная, д. 1, кв. 2');
    await escalation.getByTestId('mh-document').waitFor();
    await history.evaluate(() => scrollTo(0, 0));
    await shot(history, theme, 'escalation.png', { fullPage: true });

    await history.close();

    // The options page, and the first-run page.
    const options = await context.newPage();
    await options.setViewportSize({ width: 900, height: 1000 });
    await options.goto(`chrome-extension://${id}/options.html`);
    await options.getByTestId('mh-language').waitFor();
    await shot(options, theme, 'options.png', { fullPage: true });
    await options.goto(`chrome-extension://${id}/welcome.html`);
    await options.getByTestId('mh-welcome-shortcut').locator('kbd').first().waitFor();
    await shot(options, theme, 'welcome.png', { fullPage: true });

    // «Сохранить как ответ»: the page the context menu's click opens (its text kept as the click leaves
    // it), then the reply saved, with what in it no seller needs.
    const worker = context.serviceWorkers()[0];
    await worker.evaluate(async () => {
      await chrome.storage.session.set({
        'reply-capture:screenshot': {
          text: 'Здравствуйте! Замену отправим завтра. Если удобнее, пишите менеджеру в Telegram @remont_master_spb или звоните +7 916 123-45-67.',
          from: 'https://e.mail.ru/inbox/0:17012345678901234567:0/',
          at: Date.now(),
        },
      });
    });
    await options.setViewportSize({ width: 560, height: 720 });
    await options.goto(`chrome-extension://${id}/reply.html#screenshot`);
    await options.getByTestId('mh-capture-candidate').first().waitFor();
    await shot(options, theme, 'reply.png');
    await options.getByTestId('mh-capture-candidate').first().click();
    await options.getByTestId('mh-capture-save').click();
    await options.getByTestId('mh-reply-warnings').waitFor();
    await shot(options, theme, 'reply-saved.png', { fullPage: true });
    await options.close();

    // «Вставить в поле» on a page built like a chat (ours), and the line on how this seller answered before.
    await page.goto(chat.url);
    await page.locator('#react-input').click();
    await page.getByTestId('mh-open').click();
    await panelFrame(page).getByTestId('mh-insert').click();
    await panelFrame(page).getByTestId('mh-insert-note').waitFor();
    await page.waitForTimeout(300);
    await shot(page, theme, 'panel-insert.png');
    // In a tall window: the line is below the flow and the earlier inquiries.
    await page.setViewportSize({ width: 1280, height: 1600 });
    await openPanelOn(page, fixture('ozon/product.html'));
    await panelFrame(page).getByTestId('mh-counterpart').waitFor();
    await page.bringToFront();
    await page.waitForTimeout(1000);
    await shot(page, theme, 'panel-past-answers.png');
    await page.setViewportSize(STORE_SIZE);
  } finally {
    await context.close();
  }
}

/** The toolbar popup where the browser shows it: over the marketplace page, under the toolbar's corner. */
async function composite(context, under, popup) {
  const background = (await under.screenshot()).toString('base64');
  const front = (await popup.screenshot()).toString('base64');
  const sheet = await context.newPage();
  await sheet.setViewportSize(STORE_SIZE);
  await sheet.setContent(
    `<body style="margin:0;position:relative;width:1280px;height:800px;overflow:hidden">` +
      `<img src="data:image/png;base64,${background}" style="position:absolute;inset:0;filter:brightness(.92)">` +
      `<img src="data:image/png;base64,${front}" style="position:absolute;top:12px;right:16px;border-radius:10px;` +
      `box-shadow:0 12px 40px rgb(0 0 0/.35)"></body>`,
  );
  await sheet.locator('img').last().evaluate((img) => img.decode());
  return sheet;
}

for (const theme of THEMES) await screens(theme);
