/** An inquiry's life in real Chromium: sent, overdue, remembered across a restart, followed up. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { launchBrowser, openPopup, serviceWorker } from '../../scripts/lib/browser.mjs';
import { fixturePages } from '../support/pages';
import { expect, test } from './fixtures';
import { Panel } from './pages/panel';

type Chrome = { action: { getBadgeText(d: object): Promise<string> }; storage: { local: { set(v: object): Promise<void> } } };
const badge = async (context: BrowserContext) =>
  (await serviceWorker(context)).evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.action.getBadgeText({}));

test('save → mark sent → the clock passes the due time → badge 1 and overdue → restart → still 1 → follow up', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'mh-follow-up-'));
  const order = fixturePages().find((p) => p.file === 'ozon/order.html')!;
  try {
    let context = await launchBrowser({ userDataDir: profile });
    const page = await context.newPage();
    await (await Panel.openOn(page, order)).save({ topic: 'delivery-late', status: 'черновик' });

    let popup = await openPopup(context, page);
    const row = popup.getByTestId('mh-inquiry');
    await expect(row).toHaveAttribute('data-status', 'not-sent');
    await popup.getByTestId('mh-action-mark-sent').click();
    await expect(row).toHaveAttribute('data-status', 'sent');
    // The chat answers within one working day: awaiting, not yet overdue.
    await expect(popup.getByTestId('mh-awaiting')).toContainText(/ответ до .+, (остался|осталось|сегодня)/);
    expect(await badge(context)).toBe('');

    // Move the extension's clock twenty days on: past the chat's one working day even across the New Year.
    const worker = await serviceWorker(context);
    await worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set({ clockOffsetMs: 20 * 86_400_000 }));
    await expect.poll(() => badge(context)).toBe('1');
    await popup.reload();
    await expect(row).toHaveAttribute('data-overdue', 'true');
    await expect(popup.getByTestId('mh-overdue')).toContainText('срок ответа прошёл');
    await context.close();

    // Alarms and the badge do not survive a restart by themselves: the extension rebuilds them.
    context = await launchBrowser({ userDataDir: profile });
    await expect.poll(() => badge(context), { timeout: 15_000 }).toBe('1');

    popup = await openPopup(context);
    await popup.getByTestId('mh-action-follow-up').click();
    const sentOn = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Moscow' }).format(new Date());
    const text = popup.getByTestId('mh-follow-up-text');
    await expect(text).toHaveValue(`Здравствуйте!\n\nМоё обращение от ${sentOn} про заказ № 46206571-0591 от 17 сентября 2026 г. осталось без ответа.\nОтветьте, пожалуйста, или напишите, когда ждать ответа.\n\nСпасибо!`);

    // Following up sends again: the answer is due anew and the badge clears.
    await popup.getByTestId('mh-follow-up-sent').click();
    await expect(popup.getByTestId('mh-awaiting')).toBeVisible();
    await expect.poll(() => badge(context)).toBe('');
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
