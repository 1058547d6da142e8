/** The history page: a case file with evidence, carried through export and import, and the summary. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extensionId, launchBrowser, repoRoot } from '../../scripts/lib/browser.mjs';
import { fixturePages } from '../support/pages';
import { expect, test } from './fixtures';
import { Panel } from './pages/panel';
import { CaseFile } from './pages/case-file';
import { Popup } from './pages/popup';

test('save → case file → reply, note, PNG → export → delete everything → import → all back, and the summary', async ({ ownContext: context }) => {
  const order = fixturePages().find((p) => p.file === 'ozon/order.html')!;
  const page = await context.newPage();
  await (await Panel.openOn(page, order)).save({ topic: 'delivery-late', status: 'черновик' });

  // The popup's row opens the case file.
  const popup = await Popup.open(context, page);
  const caseFile = await popup.openCase();
  const history = caseFile.page;
  await expect(caseFile.get('mh-case-title')).toHaveText('Срок доставки прошёл: заказ № 46206571-0591');
  await expect(caseFile.case.getByTestId('mh-order-id')).toHaveAttribute('data-value', '46206571-0591');

  // In the case file: sent through the chat; then a reply, a note, a PNG.
  await caseFile.markSent();
  await caseFile.reply('Заказ передан курьеру, доставка завтра.');
  await caseFile.note('Курьер позвонил.');
  const png = readFileSync(join(repoRoot, 'public/icon/48.png'));
  await history.getByTestId('mh-attach').setInputFiles({ name: 'упаковка.png', mimeType: 'image/png', buffer: png });
  await expect(history.getByTestId('mh-attachment')).toHaveAttribute('data-name', 'упаковка.png');

  const timeline = history.getByTestId('mh-timeline');
  const expectEvidence = async (history = page) => {
    const timeline = history.getByTestId('mh-timeline');
    await expect(timeline.locator('[data-type="reply"] [data-testid="mh-event-detail"]')).toHaveText('Заказ передан курьеру, доставка завтра.');
    await expect(timeline.locator('[data-type="note"] [data-testid="mh-event-detail"]')).toHaveText('Курьер позвонил.');
    await expect(history.getByTestId('mh-attachment')).toHaveAttribute('data-size', String(png.length));
    await expect(history.locator('[data-testid="mh-attachment"] img')).toBeVisible();
  };
  await expectEvidence(history);
  const sentAt = Date.parse((await timeline.locator('[data-type="sent"] time').getAttribute('datetime'))!);
  const replyAt = Date.parse((await timeline.locator('[data-type="reply"] time').getAttribute('datetime'))!);

  // Export, delete everything, import.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${await extensionId(context)}/options.html`);
  const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('mh-export-json').click()]);
  const exported = await download.path();
  options.once('dialog', (dialog) => void dialog.accept());
  await options.getByTestId('mh-delete-all').click();
  await expect(options.getByTestId('mh-options-status')).toHaveText('Удалено обращений: 1.');
  await history.reload();
  await expect(history.getByTestId('mh-empty')).toBeVisible();
  await options.getByTestId('mh-import').setInputFiles(exported);
  await expect(options.getByTestId('mh-options-status')).toHaveText(/^Загружено: обращений 1, /);
  await history.reload();
  await expectEvidence(history);
  await options.close();

  // The file alone carries it all: imported into a browser that never had it, everything is there.
  const other = await launchBrowser();
  try {
    const otherOptions = await other.newPage();
    await otherOptions.goto(`chrome-extension://${await extensionId(other)}/options.html`);
    await otherOptions.getByTestId('mh-import').setInputFiles(exported);
    await expect(otherOptions.getByTestId('mh-options-status')).toHaveText(
      'Загружено: обращений 1, записей в хронологии 5, файлов 1. То, что уже было здесь, пропущено.',
    );
    const otherHistory = await CaseFile.open(other, (await caseFile.case.getAttribute('data-id'))!);
    await expectEvidence(otherHistory.page);
  } finally {
    await other.close();
  }
  await history.close();
  await popup.close();

  // The summary counts that reply's answer time for the chat.
  const summary = await context.newPage();
  await summary.goto(`chrome-extension://${await extensionId(context)}/cases.html#summary`);
  const chatRow = summary.getByTestId('mh-answer-by-channel').locator('[data-key="ozon-support-chat"]');
  await expect(chatRow).toHaveAttribute('data-median', String(replyAt - sentAt));
  await expect(chatRow).toHaveAttribute('data-count', '1');
  // One answer is not a chart: the summary says what it will show once there are three, and draws no bars.
  const few = summary.getByTestId('mh-summary-few');
  await expect(few).toHaveAttribute('data-value', '1');
  await expect(few).toContainText('Записано ответов: 1. Когда их будет хотя бы 3, здесь появятся графики');
  await expect(summary.locator('.bars')).toHaveCount(0);
});
