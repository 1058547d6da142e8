/** The product card as evidence: saved with an inquiry on a real product page, shown in the case file, listed in the claim. */
import { missingPagesMessage, pagesRequired, sharedPages } from '../support/pages';
import { expect, test } from './fixtures';
import { Panel } from './pages/panel';
import { Popup } from './pages/popup';
import { CaseFile } from './pages/case-file';

test('an inquiry saved on a real Ozon product page keeps its card; the case file shows it as text and the claim lists it', async ({ ownContext: context }) => {
  const product = sharedPages()?.find((p) => p.file === 'ozon/product-2025-153929230.html');
  if (!product) {
    test.skip(!pagesRequired, missingPagesMessage());
    throw new Error(`MH_REQUIRE_PAGES=1 but ${missingPagesMessage()}`);
  }
  const page = await context.newPage();
  const panel = await Panel.openOn(page, product);
  const savedFrom = Date.now();
  await panel.save({ topic: 'product-question', status: 'черновик' });

  const popup = await Popup.open(context, page);
  const cases = (await popup.openCase()).page;
  const card = cases.getByTestId('mh-case').getByTestId('mh-case-card');
  await expect(card).toBeVisible();
  await expect(card).toContainText('Карточка товара на дату обращения');
  const capturedAt = Date.parse((await card.getAttribute('data-captured-at'))!);
  expect(capturedAt).toBeGreaterThanOrEqual(savedFrom - 60_000);
  expect(capturedAt).toBeLessThanOrEqual(Date.now() + 60_000);
  await expect(card.getByTestId('mh-case-card-title')).toHaveText(String(product.expect.title));
  await expect(card.getByTestId('mh-case-card-seller')).toHaveText(String(product.expect.seller));
  await expect(card.getByTestId('mh-case-card-price')).toContainText('1 199');

  // The text, collapsed until asked for, is the page's description and characteristics, as text.
  const text = card.getByTestId('mh-case-card-text');
  await expect(text).toBeHidden();
  await card.locator('summary').click();
  await expect(text).toBeVisible();
  await expect(text).toContainText('содержат 10 активных действий');
  await expect(text).toContainText('Количество таблеток/капсул в одной упаковке, шт: 100');
  await expect(text).not.toContainText('Николай С.');
  expect(await text.locator('*').count()).toBe(0);

  // Escalated, the claim lists the card among its attachments, dated the day it was kept.
  await cases.getByTestId('mh-case').getByTestId('mh-escalate').click();
  const escalation = cases.getByTestId('mh-escalation');
  // A question to the seller assumes no claim: the shopper says what happened, and what was demanded.
  await escalation.getByTestId('mh-situation').selectOption('demand-late');
  await escalation.getByTestId('mh-late-basis').selectOption('defect');
  await escalation.getByTestId('mh-problem').fill('Продавец не ответил на вопрос о составе таблеток.');
  const steps = new CaseFile(cases);
  await steps.toStep('remedy');
  await escalation.getByTestId('mh-payment-method').selectOption('card');
  await steps.toStep('seller');
  await escalation.getByTestId('mh-seller-name').fill('ООО «Тёплый день»');
  await escalation.getByTestId('mh-seller-ids').fill('ИНН 7701234560');
  await escalation.getByTestId('mh-seller-address').fill('101000, г. Москва, ул. Садовая, д. 5');
  // A late demand: when the seller received it, and where the money goes.
  await steps.toStep('dates');
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Moscow' }).format(new Date());
  await escalation.getByTestId('mh-date-demandReceived').fill(today);
  await steps.toStep('check');
  await escalation.getByTestId('mh-escalate-profile-name').fill('Иванова Анна Сергеевна');
  await escalation.getByTestId('mh-escalate-profile-phone').fill('+7 900 000-00-00');
  await escalation.getByTestId('mh-escalate-profile-address').fill('101000, г. Москва, ул. Лесная, д. 1, кв. 2');
  const documentBox = escalation.getByTestId('mh-document');
  await expect(documentBox).toBeVisible();
  const day = new Intl.DateTimeFormat('ru-RU', { timeZone: 'Europe/Moscow', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(capturedAt));
  await expect(documentBox).toContainText(`Описание товара на странице маркетплейса по состоянию на ${day}`);
});
