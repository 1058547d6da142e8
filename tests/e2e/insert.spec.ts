/**
 * «Вставить в поле»: on a page built like a chat (ours, tests/fixtures/ours/chat.html: a controlled text
 * box as react-dom makes one, with its value tracker, and an editable box), the drafted message goes into
 * the box the shopper clicked, where the page's own state sees it; nothing is sent, no Enter is pressed.
 * With no box chosen, the panel says so and the text is copied.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { panelFrame, repoRoot, servePages } from '../../scripts/lib/browser.mjs';
import { expect, test } from './fixtures';

const CHAT = { url: 'https://www.ozon.ru/product/chat-test-135792468/', path: '', html: readFileSync(join(repoRoot, 'tests/fixtures/ours/chat.html'), 'utf8') };

type Chat = { text: string; rich: string; sent: number; enters: number };
const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

test('the message goes into the controlled box and the editable one where the page sees it, and nothing is sent', async ({ page, context }) => {
  await servePages(context, [CHAT]);
  await page.goto(CHAT.url);
  const chat = () => page.evaluate(() => (window as unknown as { chat: Chat }).chat);

  // The shopper clicks the chat's box, then opens the panel.
  await page.locator('#react-input').click();
  await page.getByTestId('mh-open').click();
  const panel = panelFrame(page);
  const message = await panel.getByTestId('mh-message').inputValue();
  expect(message.length).toBeGreaterThan(20);

  await panel.getByTestId('mh-insert').click();
  await expect(panel.getByTestId('mh-insert-note')).toHaveAttribute('data-value', 'inserted');
  // The page's state has it, and keeps it through the framework's next drawings of the box.
  await expect.poll(async () => (await chat()).text).toBe(message);
  await page.waitForTimeout(200);
  await expect(page.locator('#react-input')).toHaveValue(message);
  await expect(page.locator('#react-input')).toBeFocused();

  // The editable box: clicked, then the message put in from the panel.
  await page.locator('#rich-input').click();
  await panel.getByTestId('mh-insert').click();
  await expect.poll(async () => fold((await chat()).rich)).toBe(fold(message));
  await expect(page.locator('#rich-input')).toBeFocused();

  // Never sent, never an Enter: the page's «Отправить» is the shopper's.
  expect(await chat()).toMatchObject({ sent: 0, enters: 0, text: message });
});

test('with no box chosen by the shopper, the panel says so, and the text is copied all the same', async ({ page, context }) => {
  await servePages(context, [CHAT]);
  await page.goto(CHAT.url);
  // The page's own script focusing a box is not the shopper choosing it.
  await page.evaluate(() => document.getElementById('react-input')!.focus());
  await page.getByTestId('mh-open').click();
  const panel = panelFrame(page);
  await panel.getByTestId('mh-insert').click();
  const note = panel.getByTestId('mh-insert-note');
  await expect(note).toHaveAttribute('data-value', 'no-field');
  await expect(note).toContainText('Текст скопирован');
  expect(await page.evaluate(() => (window as unknown as { chat: Chat }).chat)).toMatchObject({ text: '', rich: '', sent: 0 });
});
