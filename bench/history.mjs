// The history at scale: 10,000 inquiries with 5 events each, through the extension's own pages in
// Chromium — import (options page), the popup's first list, a search, export. Prints figures.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extensionId, launchBrowser } from '../scripts/lib/browser.mjs';

const COUNT = 10_000;
const EVENTS = 5;

export function syntheticExport() {
  const start = Date.parse('2025-01-10T10:00:00+03:00');
  const inquiries = [];
  const events = [];
  const statuses = ['not-sent', 'sent', 'answered', 'resolved', 'closed'];
  for (let n = 0; n < COUNT; n++) {
    const id = `bench-${String(n).padStart(6, '0')}`;
    const at = start + n * 3_600_000;
    // Pairs of inquiries share an order, so the summary has repeated problems to find.
    const orderId = `${String(40000000 + (n >> 1))}-${String((n >> 1) % 10000).padStart(4, '0')}`;
    const status = statuses[n % statuses.length];
    const sentOnce = status !== 'not-sent';
    const answered = status === 'answered' || status === 'resolved' || status === 'closed';
    inquiries.push({
      id,
      marketplace: 'ozon',
      pageUrl: `https://www.ozon.ru/my/orderdetails/?order=${orderId}`,
      context: { marketplace: 'ozon', kind: 'order', url: `https://www.ozon.ru/my/orderdetails/?order=${orderId}`, orderId, sources: { orderId: 'address' } },
      fields: { orderId, title: `Товар номер ${n}: чайник, кружка или фильтр` },
      recipient: 'support',
      topic: 'delivery-late',
      channel: 'ozon-support-chat',
      subject: `Срок доставки прошёл: заказ № ${orderId}`,
      message: `Здравствуйте!\n\nЗаказ № ${orderId}.\n\nСрок доставки уже прошёл, а заказ до меня не дошёл. Подскажите, пожалуйста, где он сейчас.\n\nСпасибо!`,
      language: 'ru',
      status,
      createdAt: at,
      updatedAt: at,
      sendCount: sentOnce ? 1 + (n % 3 === 0 ? 1 : 0) : 0,
      ...(sentOnce && { firstSentAt: at, firstSentChannel: n % 2 ? 'ozon-support-chat' : 'ozon-email', sentAt: at }),
      ...(status === 'sent' && { dueAt: at + 86_400_000 }),
      ...(answered && { firstReplyAt: at + ((n % 48) + 1) * 3_600_000 }),
    });
    for (let e = 0; e < EVENTS; e++) {
      events.push({ id: `${id}-e${e}`, inquiryId: id, type: e === 0 ? 'created' : 'note', at: at + e, ...(e > 0 && { detail: `Заметка ${e}` }) });
    }
  }
  return { format: 'market-helpdesk-export', version: 1, exportedAt: new Date().toISOString(), inquiries, events };
}

export async function benchHistory(report, median) {
  const dir = mkdtempSync(join(tmpdir(), 'mh-bench-'));
  const file = join(dir, 'history.json');
  writeFileSync(file, JSON.stringify(syntheticExport()));
  const context = await launchBrowser({ userDataDir: join(dir, 'profile') });
  try {
    const id = await extensionId(context);
    console.log(`\nHistory of ${COUNT.toLocaleString('en')} inquiries with ${EVENTS} events each, in the extension's pages:`);

    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    await options.getByTestId('mh-import').waitFor();
    let start = Date.now();
    await options.getByTestId('mh-import').setInputFiles(file);
    await options.getByTestId('mh-options-status').filter({ hasText: 'Загружено' }).waitFor({ timeout: 120_000 });
    report('  import (options page, from choosing the file to done)', Date.now() - start, 'ms', 5000);

    const firstList = [];
    const searches = [];
    // The page's own clock notes when the first row is drawn (from the start of its navigation).
    await context.addInitScript(() => {
      const observer = new MutationObserver(() => {
        if (globalThis.__firstRowAt === undefined && document.querySelector('[data-testid="mh-inquiry"]')) {
          globalThis.__firstRowAt = performance.now();
        }
        if (globalThis.__summaryAt === undefined && document.querySelector('[data-testid="mh-summary"]')) {
          globalThis.__summaryAt = performance.now();
        }
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    for (let run = 0; run < 5; run++) {
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${id}/popup.html`);
      await popup.getByTestId('mh-inquiry').first().waitFor({ timeout: 60_000 });
      firstList.push(await popup.evaluate(() => globalThis.__firstRowAt));
      // Search once the whole history is there, and check it finds the one inquiry asked for.
      await popup.locator(`[data-testid="mh-inquiries"][data-count="${COUNT}"]`).waitFor({ timeout: 60_000 });
      const search = popup.getByTestId('mh-search');
      searches.push(
        await search.evaluate(async (input, text) => {
          const started = performance.now();
          input.value = text;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
          return performance.now() - started;
        }, 'номер 4999:'),
      );
      const found = await popup.getByTestId('mh-inquiries').getAttribute('data-count');
      if (found !== '1') throw new Error(`the search found ${found} inquiries, not 1`);
      await popup.close();
    }
    report('  popup: first list drawn (median of 5 openings)', median(firstList), 'ms', 150);
    report('  popup: a search over all of them, to the list redrawn (median of 5)', median(searches), 'ms', 50);

    const historyFirst = [];
    const summaries = [];
    for (let run = 0; run < 5; run++) {
      const history = await context.newPage();
      await history.goto(`chrome-extension://${id}/cases.html`);
      await history.getByTestId('mh-inquiry').first().waitFor({ timeout: 60_000 });
      historyFirst.push(await history.evaluate(() => globalThis.__firstRowAt));
      await history.close();
      const summary = await context.newPage();
      await summary.goto(`chrome-extension://${id}/cases.html#summary`);
      await summary.getByTestId('mh-summary').waitFor({ timeout: 60_000 });
      summaries.push(await summary.evaluate(() => globalThis.__summaryAt));
      await summary.close();
    }
    report('  history page: first render of the list (median of 5)', median(historyFirst), 'ms', 300);
    report('  history page: the summary drawn, from opening it (median of 5)', median(summaries), 'ms', 300);

    start = Date.now();
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('mh-export-json').click()]);
    await download.path();
    report('  export to JSON (click to file written)', Date.now() - start, 'ms', 2000);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
