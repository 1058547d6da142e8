/**
 * A reminder, end to end: reminders turned on in the options; an inquiry sent; the extension's clock
 * moved to just short of its due time, so that the alarm the background sets then fires a few seconds
 * later, past it; the notification is shown; its click opens the case file. No test can click a
 * notification, so the click is the background's own handler, which the build for tests hands the tests
 * (utils/platform/test-hooks.ts), called with the notification's id as `notifications.onClicked` gives it.
 */
import { extensionId, serviceWorker } from '../../scripts/lib/browser.mjs';
import { TEST_HOOKS, type TestHooks } from '../../utils/platform/test-hooks';
import { fixturePages } from '../support/pages';
import { expect, test } from './fixtures';
import { Panel } from './pages/panel';
import { CaseFile } from './pages/case-file';
import { Popup } from './pages/popup';

type Chrome = {
  alarms: { get(name: string): Promise<{ scheduledTime: number } | undefined> };
  notifications: { getAll(): Promise<Record<string, boolean>> };
  action: { getBadgeText(d: object): Promise<string> };
  storage: { local: { set(v: object): Promise<void> } };
};
type Scope = { chrome: Chrome } & Record<string, TestHooks>;
/** How far short of the due time the clock is put: the alarm fires that much later. */
const SHORT_MS = 6000;

test('the alarm fires once the due time passes → a notification → its click opens the case file', async ({ ownContext: context }) => {
  const id = await extensionId(context);
  // The build for tests holds `notifications`, so the browser asks nothing and the switch stays on.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${id}/options.html`);
  await options.getByTestId('mh-reminders').check();
  await expect(options.getByTestId('mh-options-status')).toHaveText('Сохранено.');
  await expect(options.getByTestId('mh-reminders')).toBeChecked();

  const order = fixturePages().find((p) => p.file === 'ozon/order.html')!;
  const page = await context.newPage();
  await (await Panel.openOn(page, order)).save({ topic: 'delivery-late', status: 'черновик' });
  const popup = await Popup.open(context, page);
  const row = popup.rows();
  await popup.get('mh-action-mark-sent').click();
  await expect(row).toHaveAttribute('data-status', 'sent');
  const inquiryId = (await row.getAttribute('data-id'))!;

  // The alarm is set for the answer's due time (plus a second); the clock is put just short of it.
  const worker = await serviceWorker(context);
  const alarm = () => worker.evaluate(() => (globalThis as unknown as Scope).chrome.alarms.get('next-due'));
  await expect.poll(alarm).toBeDefined();
  const dueAt = (await alarm())!.scheduledTime - 1000;
  await worker.evaluate((offset) => (globalThis as unknown as Scope).chrome.storage.local.set({ clockOffsetMs: offset }), dueAt - Date.now() - SHORT_MS);

  // The alarm fires past the due time: the inquiry is overdue, notified once, and no alarm is left.
  const notificationId = `overdue:${inquiryId}`;
  const notifications = () => worker.evaluate(() => (globalThis as unknown as Scope).chrome.notifications.getAll());
  await expect.poll(notifications, { timeout: 30_000 }).toEqual({ [notificationId]: true });
  expect(await worker.evaluate(() => (globalThis as unknown as Scope).chrome.action.getBadgeText({}))).toBe('1');
  expect(await alarm()).toBeUndefined();

  // Its click opens the case file of that inquiry, and the notification goes.
  const [caseFile] = await Promise.all([
    context.waitForEvent('page'),
    worker.evaluate(([hooks, clicked]) => (globalThis as unknown as Scope)[hooks].onNotificationClicked(clicked), [TEST_HOOKS, notificationId] as const),
  ]);
  expect(caseFile.url()).toBe(await CaseFile.address(context, inquiryId));
  await expect(caseFile.getByTestId('mh-case')).toHaveAttribute('data-id', inquiryId);
  await expect(caseFile.getByTestId('mh-case-title')).toHaveText('Срок доставки прошёл: заказ № 46206571-0591');
  await expect.poll(notifications).toEqual({});
});
