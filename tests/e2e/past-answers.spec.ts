/**
 * The panel's line on how this seller answered the shopper before (utils/replies/seller-record.ts, from
 * the shopper's own history), and its way to save the page's selected text as a reply, on a real saved
 * Ozon product page.
 */
import { panelFrame, servePages } from '../../scripts/lib/browser.mjs';
import { aProductInquiry } from '../support/builders';
import { missingPagesMessage, pagesRequired, sharedPages } from '../support/pages';
import { expect, test } from './fixtures';
import { CaseFile } from './pages/case-file';
import { seed } from './seed';
import { selectText } from './shopper';

const HOUR = 3_600_000;

test('on a real Ozon page the panel says how its seller answered before, and saves the page’s selection as a reply', async ({ ownContext: context }) => {
  const real = sharedPages()?.find((p) => p.file === 'ozon/product-2025-153929230.html');
  test.skip(!real && !pagesRequired, missingPagesMessage());
  const seller = String(real!.expect.seller);
  const day = 24 * HOUR;
  const now = Date.now();
  // Two earlier questions to this seller: one answered two days after it was sent and settled, one unanswered.
  const answered = aProductInquiry({
    id: 'asked-before',
    fields: { seller, article: '1' },
    status: 'resolved',
    createdAt: now - 10 * day,
    updatedAt: now - 7 * day,
    firstSentAt: now - 10 * day,
    sentAt: now - 10 * day,
    firstReplyAt: now - 8 * day,
  });
  const waiting = aProductInquiry({
    id: 'asked-now',
    pageUrl: real!.url,
    fields: { seller: seller.toUpperCase(), article: String(real!.expect.article) },
    status: 'sent',
    createdAt: now - day,
    updatedAt: now - day,
    firstSentAt: now - day,
    sentAt: now - day,
    dueAt: now + 2 * day,
  });
  const cases = await CaseFile.open(context);
  // The page has opened the database (and made its stores) before the records are written into it.
  await expect(cases.get('mh-empty')).toBeVisible();
  await seed(cases.page, { inquiries: [answered, waiting], events: [] });
  await servePages(context, [{ url: real!.url, path: real!.path }]);
  const shop = await context.newPage();
  await shop.goto(real!.url, { waitUntil: 'domcontentloaded' });
  await shop.getByTestId('mh-open').click();
  const panel = panelFrame(shop);
  const line = panel.getByTestId('mh-counterpart');
  await expect(line).toHaveAttribute('data-sent', '2');
  await expect(line).toHaveAttribute('data-answered', '1');
  await expect(line).toContainText(`«${seller}»: ответили на 1 из 2; обычно через 2 дн.; решено: 1; ждёт ответа: 1.`);

  // Nothing selected yet: said. Then the heading selected on the page, and saved from the panel.
  await panel.getByTestId('mh-reply-from-selection').click();
  await expect(panel.getByTestId('mh-reply-from-selection-note')).toHaveAttribute('data-value', 'none');
  const heading = await selectText(shop, 'h1');
  const opened = context.waitForEvent('page', { predicate: (p) => p.url().includes('/reply.html'), timeout: 15_000 });
  await panel.getByTestId('mh-reply-from-selection').click();
  const reply = await opened;
  await expect(reply.getByTestId('mh-capture-text')).toHaveValue(heading.trim());
  await expect(reply.getByTestId('mh-capture-candidate').first()).toHaveAttribute('data-id', waiting.id);
  await expect(panel.getByTestId('mh-reply-from-selection-note')).toHaveAttribute('data-value', 'opened');
});
