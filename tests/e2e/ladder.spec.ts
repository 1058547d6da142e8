/**
 * The ladder the shopper sees: the case file lists the marketplace's own clocks beside the law's, each with
 * its source (a link) and the date it was read, or «не проверено» and no date; the steps offered when
 * their time has come; and the popup's row names the clock running now.
 */
import { anInquiry } from '../support/builders';
import { expect, test } from './fixtures';
import { seed } from './seed';
import { CaseFile } from './pages/case-file';
import { Popup } from './pages/popup';

const HOUR = 3_600_000;

test('the case file shows the marketplace clocks with their sources; the popup names the one running', async ({ ownContext: context }) => {
  const now = Date.now();
  const sentAt = now - 2 * HOUR;
  const replyAt = now - HOUR;
  // An Ozon return the seller refused an hour ago; a Wildberries return sent two hours ago, no answer yet.
  const ozon = anInquiry({
    id: 'ozon-return',
    topic: 'return',
    subject: 'Возврат или обмен: заказ № 46206571-0591',
    status: 'answered',
    createdAt: sentAt,
    updatedAt: replyAt,
    firstSentAt: sentAt,
    firstSentChannel: 'ozon-support-chat',
    sendCount: 1,
    sentAt,
    firstReplyAt: replyAt,
  });
  const pending = anInquiry({
    id: 'ozon-pending',
    topic: 'return',
    subject: 'Возврат: заказ № 46206571-0592',
    status: 'sent',
    createdAt: sentAt,
    updatedAt: sentAt,
    firstSentAt: sentAt,
    firstSentChannel: 'ozon-support-chat',
    sendCount: 1,
    sentAt,
    dueAt: now + 3 * 24 * HOUR,
  });
  const wb = anInquiry({
    id: 'wb-return',
    marketplace: 'wildberries',
    pageUrl: 'https://www.wildberries.ru/lk/myorders/delivery',
    context: { marketplace: 'wildberries', kind: 'order', url: 'https://www.wildberries.ru/lk/myorders/delivery', sources: {} },
    fields: { title: 'Кроссовки' },
    topic: 'return',
    channel: 'wb-refunds',
    subject: 'Возврат или обмен',
    status: 'sent',
    createdAt: sentAt,
    updatedAt: sentAt,
    firstSentAt: sentAt,
    firstSentChannel: 'wb-refunds',
    sendCount: 1,
    sentAt,
    dueAt: now + 3 * 24 * HOUR,
  });
  const events = [
    { id: 'o1', inquiryId: ozon.id, type: 'created', at: sentAt },
    { id: 'o2', inquiryId: ozon.id, type: 'sent', at: sentAt, detail: 'ozon-support-chat' },
    { id: 'o3', inquiryId: ozon.id, type: 'reply', at: replyAt, detail: 'В возврате отказано' },
    { id: 'p1', inquiryId: pending.id, type: 'created', at: sentAt },
    { id: 'p2', inquiryId: pending.id, type: 'sent', at: sentAt, detail: 'ozon-support-chat' },
    { id: 'w1', inquiryId: wb.id, type: 'created', at: sentAt },
    { id: 'w2', inquiryId: wb.id, type: 'sent', at: sentAt, detail: 'wb-refunds' },
  ];
  const cases = await CaseFile.open(context);
  await expect(cases.get('mh-empty')).toBeVisible();
  await seed(cases.page, { inquiries: [ozon, pending, wb], events });

  // Ozon: the seller's 24 hours (as reported), the dispute's 5 days and Ozon's 3 (its own rules), the complaint book.
  await cases.page.goto(await CaseFile.address(context, ozon.id));
  await cases.page.reload();
  await expect(cases.case).toHaveAttribute('data-id', ozon.id);
  const ladder = cases.case.getByTestId('mh-ladder');
  await expect(ladder.getByTestId('mh-ladder-clock')).toHaveCount(4);
  const decision = ladder.locator('[data-clock="ozon-return-decision"]');
  await expect(decision).toContainText('Продавец решает по заявке на возврат');
  await expect(decision).toContainText('24 часа с момента заявки');
  // The seller answered an hour ago: the 24 hours are settled.
  await expect(decision).toHaveAttribute('data-settled', 'true');
  await expect(decision.getByTestId('mh-ladder-end')).toHaveText('продавец ответил');
  await expect(decision.getByTestId('mh-clock-source')).toHaveText('Источник: klerk.ru, 7 декабря 2026 г. · по сообщениям СМИ');
  await expect(decision.getByRole('link', { name: 'klerk.ru' })).toHaveAttribute('href', 'https://www.klerk.ru/buh/news/665396/');
  const dispute = ladder.locator('[data-clock="ozon-dispute-open"]');
  await expect(dispute).toContainText('5 дней с ответа продавца');
  await expect(dispute.getByTestId('mh-ladder-end')).toHaveText(/^до \d{1,2} [а-я]+\.?$/);
  await expect(dispute.getByTestId('mh-clock-source')).toHaveText('Источник: docs.ozon.com, 7 декабря 2026 г. · правила площадки');
  // Ozon's decision runs from a dispute opened on its site, which is not recorded here: no date.
  const decided = ladder.locator('[data-clock="ozon-dispute-decision"]');
  await expect(decided.getByTestId('mh-ladder-end')).toHaveCount(0);
  await expect(decided).toContainText('дату не считаем: её начало здесь не записано');
  await expect(ladder.getByTestId('mh-ladder-offer')).toHaveCount(2);
  await expect(ladder.locator('[data-offer="dispute"]')).toContainText('Если продавец отказал, откройте спор в заявке на возврат — до ');
  await expect(ladder.locator('[data-offer="complaint-book"]')).toContainText('«книгу жалоб» на Госуслугах');
  await expect(ladder.locator('[data-offer="complaint-book"]').getByRole('link', { name: 'knews.media' })).toHaveAttribute('href', /^https:\/\/knews\.media\//);

  // Wildberries: the seller chat's ten days have no verified source, so no date is drawn from them.
  await cases.page.goto(await CaseFile.address(context, wb.id));
  await expect(cases.case).toHaveAttribute('data-id', wb.id);
  const chat = cases.case.locator('[data-testid="mh-ladder-clock"][data-clock="wildberries-seller-chat"]');
  await expect(chat.getByTestId('mh-clock-source')).toHaveText('Источник: не проверено');
  await expect(chat.getByRole('link')).toHaveCount(0);
  await expect(chat.getByTestId('mh-ladder-end')).toHaveCount(0);
  await expect(chat).toContainText('дату не считаем: срок не проверен');
  await expect(cases.case.getByTestId('mh-ladder-law')).toContainText('ответ до');

  // The popup: the unanswered Ozon return shows the seller's 24 hours; the refused one, the dispute's days;
  // the Wildberries row none (its clock has no verified source).
  const popup = await Popup.open(context);
  await expect(popup.row(pending.id).getByTestId('mh-clock-line')).toHaveAttribute('data-clock', 'ozon-return-decision');
  await expect(popup.row(pending.id).getByTestId('mh-clock-line')).toContainText('Продавец решает по заявке на возврат: до ');
  await expect(popup.row(ozon.id).getByTestId('mh-clock-line')).toHaveAttribute('data-clock', 'ozon-dispute-open');
  await expect(popup.row(wb.id)).toBeVisible();
  await expect(popup.row(wb.id).getByTestId('mh-clock-line')).toHaveCount(0);
});
