/**
 * The popup as an inbox: its groups, each row's one next step (each only when due), the "⋯" menu by
 * keyboard, and at least three rows fully in view at the toolbar's 380×600.
 */
import { importHistory } from '../../scripts/lib/browser.mjs';
import { sampleHistory } from '../../scripts/lib/sample-history.mjs';
import { expect, test } from './fixtures';
import { Popup } from './pages/popup';

/** Six of the sample history: a draft, an answer, an overdue inquiry, an overdue claim, one awaited, one solved. */
const SIX = ['sample-kettle-warranty', 'sample-mug-lid', 'sample-shoes-return', 'sample-filter-refund', 'sample-towel-colour', 'sample-kettle-late'];

function sixInquiries() {
  const history = sampleHistory();
  return {
    ...history,
    inquiries: history.inquiries.filter((i) => SIX.includes(String(i.id))),
    events: history.events.filter((e) => SIX.includes(String(e.inquiryId))),
  };
}

test('the groups, and each row\'s one next step when it is due', async ({ ownContext: context }) => {
  await importHistory(context, sixInquiries());
  const popup = await Popup.open(context);
  await popup.page.setViewportSize({ width: 380, height: 600 });
  await expect(popup.rows()).toHaveCount(6);

  // «Нужно ваше действие»: the draft, the answer, the overdue inquiry and the overdue claim.
  await expect(popup.group('act')).toHaveAttribute('data-count', '4');
  await expect(popup.group('act').getByRole('heading')).toContainText('Нужно ваше действие');
  await expect(popup.group('wait')).toHaveAttribute('data-count', '1');
  await expect(popup.group('wait').getByRole('heading')).toContainText('Ждём ответа');
  await expect(popup.group('done')).toHaveAttribute('data-count', '1');
  await expect(popup.group('done').getByRole('heading')).toContainText('Решено');

  // Overdue: the chip says so, the due line too, and the one step is the reminder.
  const overdue = popup.row('sample-shoes-return');
  await expect(overdue.getByTestId('mh-inquiry-status')).toHaveText('срок прошёл');
  await expect(overdue.getByTestId('mh-overdue')).toContainText('срок ответа прошёл');
  await expect(overdue.locator('.actions > button.primary')).toHaveAttribute('data-testid', 'mh-action-follow-up');

  // Awaited: the days left, and no reminder, neither as the step nor in the menu.
  const awaited = popup.row('sample-towel-colour');
  await expect(awaited.getByTestId('mh-awaiting')).toContainText(/^ответ до \d+ [а-я]+\.?, (остался 1 день|сегодня последний день)$/);
  await expect(awaited.getByTestId('mh-inquiry-status')).toHaveText('отправлено');
  await expect(awaited.getByTestId('mh-action-reply')).toBeVisible();
  let menu = await popup.openMenu(awaited);
  await expect(menu.getByRole('menuitem')).not.toHaveCount(0);
  await expect(awaited.getByTestId('mh-action-follow-up')).toHaveCount(0);
  await popup.page.keyboard.press('Escape');

  // An answer: its words in the row; solved is the step; it is not offered to be marked sent again.
  const answered = popup.row('sample-mug-lid');
  await expect(answered.getByTestId('mh-inquiry-reply')).toHaveText('Ответ: Запасную крышку можно заказать отдельно, артикул 987654300.');
  await expect(answered.getByTestId('mh-action-resolve')).toBeVisible();
  menu = await popup.openMenu(answered);
  await expect(menu.getByTestId('mh-action-escalate')).toBeVisible();
  await expect(answered.getByTestId('mh-action-mark-sent')).toHaveCount(0);
  await popup.page.keyboard.press('Escape');

  // The claim's ten days passed: the complaint, which opens that inquiry's escalation page.
  const claimed = popup.row('sample-filter-refund');
  await expect(claimed.getByTestId('mh-overdue')).toContainText('срок ответа на претензию прошёл');
  const complaint = claimed.getByTestId('mh-action-complaint');
  await expect(complaint).toHaveText('Жалоба в Роспотребнадзор');
  const [escalation] = await Promise.all([context.waitForEvent('page'), complaint.click()]);
  await expect(escalation).toHaveURL(/\/cases\.html#escalate\/sample-filter-refund$/);
  await escalation.close();

  // The draft is to be marked sent; the solved one offers no step.
  await expect(popup.row('sample-kettle-warranty').locator('button.primary')).toHaveAttribute('data-testid', 'mh-action-mark-sent');
  await expect(popup.row('sample-kettle-late').locator('.primary')).toHaveCount(0);

  // At 380×600, at least three rows wholly in view.
  const boxes = await popup.rows().evaluateAll((rows) => rows.map((row) => row.getBoundingClientRect().toJSON() as DOMRect));
  const whole = boxes.filter((box) => box.top >= 0 && box.bottom <= 600 && box.left >= 0 && box.right <= 380);
  expect(whole.length, JSON.stringify(boxes.map((b) => [Math.round(b.top), Math.round(b.bottom)]))).toBeGreaterThanOrEqual(3);
});

test('the "⋯" menu by keyboard, and the step before the page and the deletion', async ({ ownContext: context }) => {
  await importHistory(context, sixInquiries());
  const popup = await Popup.open(context);
  const row = popup.row('sample-towel-colour');
  const button = row.getByTestId('mh-inquiry-menu');
  await expect(button).toHaveAttribute('aria-haspopup', 'menu');
  await expect(button).toHaveAttribute('aria-expanded', 'false');

  // The step, the menu, the page, the deletion: in this order by Tab.
  await row.getByTestId('mh-action-reply').focus();
  const keyboard = popup.page.keyboard;
  const focused = () => popup.page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
  await keyboard.press('Tab');
  expect(await focused()).toBe('mh-inquiry-menu');
  await keyboard.press('Tab');
  expect(await focused()).toBe('mh-inquiry-open');
  await keyboard.press('Tab');
  expect(await focused()).toBe('mh-inquiry-delete');

  // Enter opens it on its first item; the arrows move; Escape closes and gives focus back.
  await button.focus();
  await keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const items = row.getByRole('menuitem');
  await expect(items.first()).toBeFocused();
  await keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await keyboard.press('ArrowUp');
  await keyboard.press('ArrowUp');
  await expect(items.last()).toBeFocused();
  await keyboard.press('Escape');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(row.getByRole('menu')).toHaveCount(0);
  await expect(button).toBeFocused();

  // Space opens it too; Tab moves on through its items; an item does its work (a note's form opens).
  await keyboard.press(' ');
  await expect(items.first()).toBeFocused();
  await keyboard.press('Tab');
  await expect(items.nth(1)).toBeFocused();
  await row.getByTestId('mh-action-note').press('Enter');
  await expect(row.getByTestId('mh-note-text')).toBeVisible();
  await expect(row.getByRole('menu')).toHaveCount(0);
});
