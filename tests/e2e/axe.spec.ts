/**
 * Accessibility, checked by axe in both themes: the panel on a saved page (its launcher in the page's
 * shadow root, its dialog in the frame), the popup (empty, then with a history), the case file with a
 * form open, the escalation page with its document, the summary with its charts, the options and the
 * first-run page, the recently deleted list. Every rule axe runs by default, colour contrast named among
 * them so that it cannot be left off; no violation may be left. (Axe checks text; the edges of controls
 * are checked in controls.spec.ts.)
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { extensionId, importHistory, launchBrowser, openPopup, panelFrame, servePages } from '../../scripts/lib/browser.mjs';
import { sampleHistory } from '../../scripts/lib/sample-history.mjs';
import { fixturePages, missingPagesMessage, pagesRequired, sharedPages } from '../support/pages';
import { expect, test } from './fixtures';
import { CaseFile } from './pages/case-file';
import { Panel } from './pages/panel';
import { openReplyPage } from './shopper';

const THEMES = ['light', 'dark'] as const;

/** A real saved Ozon product page where there is one; our own sample page otherwise. */
function savedPage() {
  const real = sharedPages()?.find((p) => p.file === 'ozon/product-2025-153929230.html');
  if (!real && pagesRequired) throw new Error(`MH_REQUIRE_PAGES=1 but ${missingPagesMessage()}`);
  return real ?? fixturePages().find((p) => p.file === 'ozon/product.html')!;
}

type Builder = ReturnType<AxeBuilder['include']>;

/** The violations, each with its rule and the elements it found, as one readable list. */
async function violations(builder: Builder | AxeBuilder): Promise<string[]> {
  const { violations: found } = await builder.analyze();
  return found.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${JSON.stringify(n.target)} — ${n.failureSummary?.replace(/\s+/g, ' ')}`));
}

/** Axe on a page, with colour contrast on (it is by default: this keeps it so). */
function axe(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).options({ rules: { 'color-contrast': { enabled: true } } });
}

async function expectClean(page: Page, where: string) {
  expect(await violations(axe(page)), where).toEqual([]);
}

for (const theme of THEMES) {
  test(`the panel on a saved page has no accessibility violation (${theme})`, async ({ ownContext: context }) => {
    const saved = savedPage();
    let html = readFileSync(saved.path, 'utf8');
    // A page in a dark theme of its own: the panel follows the page.
    if (theme === 'dark') html = html.replace('</head>', '<style>html, body { background: #15181d !important; color: #eee !important; }</style></head>');
    await servePages(context, [{ ...saved, html }]);
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(saved.url);
    // The launcher, in the page's (open, in this build) shadow root, with its name shown beside it.
    await page.getByTestId('mh-open').hover();
    await expect(page.getByTestId('mh-open-name')).toBeVisible();
    expect(await violations(axe(page).include({ fromShadowDom: ['market-helpdesk-panel', '.mh-root'] })), 'the launcher').toEqual([]);
    await page.getByTestId('mh-open').click();
    const panel = panelFrame(page);
    await expect(panel.locator('html')).toHaveAttribute('data-scheme', theme);
    await expect(panel.getByTestId('mh-message')).toBeVisible();

    // The dialog, in its frame; then with a channel's call script and the advice opened.
    const dialog = () => axe(page).include({ fromFrames: [['market-helpdesk-panel', '[data-testid="mh-frame"]'], 'html'] });
    expect(await violations(dialog()), 'the dialog').toEqual([]);
    await panel.getByTestId('mh-recipient').selectOption('support');
    await panel.getByTestId('mh-guidance').locator('summary').first().click();
    await panel.getByTestId('mh-advice').locator('summary').click();
    await new Panel(page).save();
    await page.reload();
    await page.getByTestId('mh-open').click();
    await expect(panel.getByTestId('mh-earlier')).toBeVisible();
    expect(await violations(dialog()), 'the dialog with an earlier inquiry and a save done').toEqual([]);
  });

  test(`the popup, case file, escalation, summary, options and first-run page have no accessibility violation (${theme})`, async () => {
    // Seven pages, each analysed whole: longer than one page's test.
    test.slow();
    const context = await launchBrowser({ colorScheme: theme });
    try {
      const id = await extensionId(context);
      const popup = await openPopup(context);
      await expect(popup.getByTestId('mh-empty')).toBeVisible();
      await expectClean(popup, 'the empty popup');
      await popup.close();

      await importHistory(context, sampleHistory());
      const order = fixturePages().find((p) => p.file === 'ozon/order.html')!;
      await servePages(context, [order]);
      const tab = await context.newPage();
      await tab.goto(order.url);
      const listed = await openPopup(context, tab);
      await expect(listed.getByTestId('mh-inquiry').first()).toBeVisible();
      await expect(listed.getByTestId('mh-current-page')).toBeVisible();
      await listed.locator('[data-testid="mh-inquiry"][data-status="sent"]').first().getByTestId('mh-action-follow-up').click();
      await expect(listed.getByTestId('mh-follow-up-text')).toBeVisible();
      await expectClean(listed, 'the popup with a history and a follow-up open');
      await listed.close();

      const cases = await context.newPage();
      await cases.goto(`chrome-extension://${id}/cases.html#sample-lamp-late`);
      const caseFile = cases.getByTestId('mh-case');
      await expect(caseFile.getByTestId('mh-timeline')).toBeVisible();
      await caseFile.getByTestId('mh-action-reply').click();
      await expect(caseFile.getByTestId('mh-reply-text')).toBeVisible();
      await expectClean(cases, 'the case file with the reply form open');

      await cases.goto(`chrome-extension://${id}/cases.html#escalate/sample-kettle-warranty`);
      await new CaseFile(cases).fillKettleClaim();
      await expectClean(cases, 'the escalation page with its document');

      await cases.goto(`chrome-extension://${id}/cases.html#summary`);
      await cases.reload();
      await expect(cases.getByTestId('mh-answer-by-month')).toBeVisible();
      await expectClean(cases, 'the summary with its charts');

      await cases.goto(`chrome-extension://${id}/cases.html#deleted`);
      await cases.reload();
      await expect(cases.getByTestId('mh-deleted')).toBeVisible();
      await expectClean(cases, 'the recently deleted list');
      await cases.close();

      const options = await context.newPage();
      await options.goto(`chrome-extension://${id}/options.html`);
      await expect(options.getByTestId('mh-reminders')).toBeVisible();
      await expectClean(options, 'the options');
      await options.goto(`chrome-extension://${id}/welcome.html`);
      await expect(options.getByTestId('mh-welcome-shortcut')).toHaveAttribute('data-value', /.+/);
      await expectClean(options, 'the first-run page');

      await openReplyPage(context, options);
      await expect(options.getByTestId('mh-capture-candidate').first()).toBeVisible();
      await expectClean(options, 'the reply page');
      await options.getByTestId('mh-capture-candidate').first().click();
      await options.getByTestId('mh-capture-save').click();
      await expect(options.getByTestId('mh-reply-warnings')).toBeVisible();
      await expectClean(options, 'the reply page, saved, with its warnings');
    } finally {
      await context.close();
    }
  });
}
