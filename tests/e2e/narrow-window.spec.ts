/**
 * A window 400 px wide: no page of the extension scrolls sideways — the popup, the case file with an
 * inquiry open (one of them with a title of one very long word), the summary, the escalation page with
 * its document, the recently deleted list, the options, the first-run page, and the panel's dialog on a
 * saved page. What overflows is named in the failure: the elements whose right edge passes the window's.
 */
import type { Frame, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { extensionId, importHistory, launchBrowser, openPopup, panelFrame, servePages } from '../../scripts/lib/browser.mjs';
import { sampleHistory } from '../../scripts/lib/sample-history.mjs';
import { fixturePages, missingPagesMessage, pagesRequired, sharedPages } from '../support/pages';
import { expect, test } from './fixtures';
import { CaseFile } from './pages/case-file';
import { openReplyPage } from './shopper';

const NARROW = { width: 400, height: 800 };
/** A title with no place to break: a page must wrap it, not widen. */
const LONG_WORD = 'Сверхпрочныйтермостойкийнержавеющийэлектрочайниксподсветкой';

/** The page's width against the window's, and what sticks out past the window's right edge. */
async function sideways(target: Page | Frame) {
  return target.evaluate(() => {
    const inner = window.innerWidth;
    const out = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > inner + 0.5)
      .slice(0, 8)
      .map((el) => `${el.localName}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} (${Math.round(el.getBoundingClientRect().right)} px)`);
    return { scrollWidth: document.scrollingElement!.scrollWidth, inner, out };
  });
}

async function expectNoSidewaysScroll(target: Page | Frame, where: string) {
  const { scrollWidth, inner, out } = await sideways(target);
  expect(scrollWidth, `${where} is ${scrollWidth} px wide in a ${inner} px window: ${out.join(', ')}`).toBeLessThanOrEqual(inner);
}

/** A real saved Ozon product page where there is one; our own sample page otherwise. */
function savedPage() {
  const real = sharedPages()?.find((p) => p.file === 'ozon/product-2025-153929230.html');
  if (!real && pagesRequired) throw new Error(`MH_REQUIRE_PAGES=1 but ${missingPagesMessage()}`);
  return real ?? fixturePages().find((p) => p.file === 'ozon/product.html')!;
}

test('no page of the extension scrolls sideways in a 400 px window', async () => {
  test.slow();
  const context = await launchBrowser({ viewport: NARROW });
  try {
    const id = await extensionId(context);
    const history = sampleHistory();
    const lamp = history.inquiries.find((i) => i.id === 'sample-lamp-late') as { context: { title: string }; fields: { title: string } };
    lamp.fields.title = lamp.context.title = `${lamp.fields.title} ${LONG_WORD}`;
    await importHistory(context, history);

    const popup = await openPopup(context);
    await expect(popup.getByTestId('mh-inquiry').first()).toBeVisible();
    await expectNoSidewaysScroll(popup, 'the popup');
    await popup.close();

    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/cases.html#sample-lamp-late`);
    await expect(page.getByTestId('mh-case').getByTestId('mh-timeline')).toBeVisible();
    await expect(page.getByTestId('mh-case').getByRole('heading', { level: 2 })).toContainText(LONG_WORD);
    await expectNoSidewaysScroll(page, 'the case file');

    await page.goto(`chrome-extension://${id}/cases.html#summary`);
    await page.reload();
    await expect(page.getByTestId('mh-answer-by-month')).toBeVisible();
    await expectNoSidewaysScroll(page, 'the summary');

    await page.goto(`chrome-extension://${id}/cases.html#escalate/sample-kettle-warranty`);
    await new CaseFile(page).fillKettleClaim();
    await expectNoSidewaysScroll(page, 'the escalation page with its document');

    await page.goto(`chrome-extension://${id}/cases.html#deleted`);
    await page.reload();
    await expect(page.getByTestId('mh-deleted')).toBeVisible();
    await expectNoSidewaysScroll(page, 'the recently deleted list');

    await page.goto(`chrome-extension://${id}/options.html`);
    await expect(page.getByTestId('mh-reminders')).toBeVisible();
    await expectNoSidewaysScroll(page, 'the options');

    await page.goto(`chrome-extension://${id}/welcome.html`);
    await expect(page.getByTestId('mh-welcome-shortcut')).toHaveAttribute('data-value', /.+/);
    await expectNoSidewaysScroll(page, 'the first-run page');

    await openReplyPage(context, page);
    await expect(page.getByTestId('mh-capture-candidate').first()).toBeVisible();
    await expectNoSidewaysScroll(page, 'the reply page');
    await page.getByTestId('mh-capture-candidate').first().click();
    await page.getByTestId('mh-capture-save').click();
    await expect(page.getByTestId('mh-reply-warnings')).toBeVisible();
    await expectNoSidewaysScroll(page, 'the reply page, saved, with its warnings');

    const saved = savedPage();
    await servePages(context, [{ ...saved, html: readFileSync(saved.path, 'utf8') }]);
    await page.goto(saved.url);
    await page.getByTestId('mh-open').click();
    await expect(panelFrame(page).getByTestId('mh-message')).toBeVisible();
    const dialog = page.frames().find((f) => f.url().includes('/panel.html'));
    expect(dialog, 'the panel frame').toBeDefined();
    await expectNoSidewaysScroll(dialog!, 'the panel');
  } finally {
    await context.close();
  }
});
