/** «Пришло не то или не всё»: the escalation asks which of the two, then draws a claim for the goods ordered, not a defect claim. */
import { mkdirSync } from 'node:fs';
import { fixturePages } from '../support/pages';
import { expect, test } from './fixtures';
import { Panel } from './pages/panel';
import { CaseFile } from './pages/case-file';

test('a wrong item: the page asks «не то или не всё», then the claim demands the item ordered by its article, with no warranty or quality check', async ({ ownContext: context }) => {
  const page = await context.newPage();
  const order = fixturePages().find((p) => p.file === 'ozon/order.html')!;
  const [first] = order.expect.items as { article: string; title: string }[];
  await (await Panel.openOn(page, order)).save({ topic: 'wrong-item' });

  const file = await (await CaseFile.open(context)).openFirst();
  const history = file.page;
  await file.case.getByTestId('mh-escalate').click();
  const escalation = history.getByTestId('mh-escalation');
  // Not «no claim follows»: the question is which of the two situations it is, and only those two are offered.
  await expect(escalation.getByTestId('mh-situation-which')).toBeVisible();
  await expect(escalation.getByTestId('mh-situation-none')).toHaveCount(0);
  await expect(escalation.locator('[data-testid="mh-situation"] option')).toHaveText([
    'Выберите, что случилось',
    'Пришёл не тот товар, что заказан (ст. 468 ГК РФ)',
    'Пришло не всё: некомплект или меньше, чем заказано (ст. 466, 480 ГК РФ)',
  ]);
  await escalation.getByTestId('mh-situation').selectOption('wrong-item');

  await escalation.getByTestId('mh-doc-item').selectOption('0');
  await escalation.getByTestId('mh-price-input').fill('2490');
  await expect(escalation.getByTestId('mh-ordered')).toContainText(`артикул ${first.article}`);
  // What came instead and whether it was prepaid are asked; a warranty never is.
  await expect(escalation.locator('[data-testid="mh-step-gaps"] [data-missing="mismatch"]')).toBeVisible();
  await expect(escalation.locator('[data-testid="mh-step-gaps"] [data-asked="prepaid"]')).toBeVisible();
  await expect(escalation.getByTestId('mh-warranty')).toHaveCount(0);
  await escalation.getByTestId('mh-mismatch-text').fill('утюг паровой');
  await escalation.getByTestId('mh-prepaid').selectOption('yes');

  mkdirSync('/tmp/wrong', { recursive: true });
  await escalation.getByTestId('mh-mismatch').scrollIntoViewIfNeeded();
  await history.setViewportSize({ width: 1280, height: 720 });
  await history.screenshot({ path: '/tmp/wrong/form-1280.png' });
  await history.setViewportSize({ width: 400, height: 720 });
  await escalation.getByTestId('mh-mismatch').scrollIntoViewIfNeeded();
  await history.screenshot({ path: '/tmp/wrong/form-400.png' });

  await file.toStep('remedy');
  await escalation.getByTestId('mh-remedy-deliver').check();
  await escalation.getByTestId('mh-payment-method').selectOption('card');
  await file.toStep('seller');
  await escalation.getByTestId('mh-seller-name').fill('ООО «Тёплый день»');
  await escalation.getByTestId('mh-seller-ids').fill('ИНН 7701234560');
  await escalation.getByTestId('mh-seller-address').fill('101000, г. Москва, ул. Садовая, д. 5');
  await file.toStep('dates');
  await escalation.getByTestId('mh-date-promised').fill('2026-09-19');
  await escalation.getByTestId('mh-date-newDelivery').fill('2027-03-01');
  await file.toStep('check');
  await escalation.getByTestId('mh-escalate-profile-name').fill('Иванова Анна Сергеевна');
  await escalation.getByTestId('mh-escalate-profile-phone').fill('+7 900 000-00-00');
  await escalation.getByTestId('mh-escalate-profile-address').fill('101000, г. Москва, ул. Лесная, д. 1, кв. 2');

  const documentBox = escalation.getByTestId('mh-document');
  await expect(documentBox).toBeVisible();
  await expect(documentBox).toContainText(`передать заказанный товар — «${first.title}», артикул ${first.article} — в установленный мною новый срок, не позднее 01.03.2027`);
  await expect(documentBox).toContainText('передан другой товар — утюг паровой');
  await expect(documentBox).toContainText('(п. 3 ст. 23.1 Закона)');
  for (const phrase of ['гарантийн', 'проверки качества', 'этой же марки']) await expect(documentBox).not.toContainText(phrase);
  await expect(escalation.getByTestId('mh-doc-notes').locator('[data-id="mismatch-report"]')).toContainText('не проверено');
});
