/**
 * The claim written step by step: from an inquiry whose answer is overdue (reminded once, still no answer),
 * the case file offers the claim; the page then goes «Что случилось» → «Чего вы хотите» → «Кто продавец» →
 * «Даты» → «Проверьте», each step saying what it still lacks; the text edited there is what prints and
 * downloads. Each step is shot at 1280×720 and 400 px under /tmp/wizard/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { anInquiry } from '../support/builders';
import { expect, test } from './fixtures';
import { seed } from './seed';
import { CaseFile } from './pages/case-file';

const DAY = 86_400_000;
const SHOTS = '/tmp/wizard';
const moscowIso = (at: number) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Moscow' }).format(new Date(at));
const russian = (iso: string) => iso.split('-').reverse().join('.');

/** The page at 1280×720 and at 400 px, with no sideways scroll at either. */
async function shoot(page: Page, name: string) {
  for (const [width, height] of [[1280, 720], [400, 720]] as const) {
    await page.setViewportSize({ width, height });
    await page.getByTestId('mh-step-heading').scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${name} at ${width} px`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

test('an overdue inquiry → the claim offered → five steps → the printed claim and its .txt keep the key sentence, the dates, the sum and the shopper’s own sentence', async ({ ownContext: context }) => {
  mkdirSync(SHOTS, { recursive: true });
  const now = Date.now();
  const sentAt = now - 12 * DAY;
  const delivered = moscowIso(now - 20 * DAY);
  // A kettle that broke: asked twice through Ozon's chat, the answer due three days ago and none came.
  const inquiry = anInquiry({
    id: 'kettle-overdue',
    topic: 'defect',
    subject: 'Брак: чайник не включается',
    fields: { orderId: '46206571-0591', article: '555000111', title: 'Чайник электрический' },
    status: 'sent',
    createdAt: sentAt,
    updatedAt: now - 5 * DAY,
    firstSentAt: sentAt,
    firstSentChannel: 'ozon-support-chat',
    sendCount: 2,
    sentAt: now - 5 * DAY,
    dueAt: now - 3 * DAY,
  });
  const events = [
    { id: 'k1', inquiryId: inquiry.id, type: 'created', at: sentAt },
    { id: 'k2', inquiryId: inquiry.id, type: 'sent', at: sentAt, detail: 'ozon-support-chat' },
    { id: 'k3', inquiryId: inquiry.id, type: 'sent', at: now - 5 * DAY, detail: 'ozon-support-chat' },
  ];
  const cases = await CaseFile.open(context);
  await expect(cases.get('mh-empty')).toBeVisible();
  await seed(cases.page, { inquiries: [inquiry], events });
  await cases.page.goto(await CaseFile.address(context, inquiry.id));
  await cases.page.reload();
  const page = cases.page;

  // The case file says the claim is next, and offers it.
  await expect(cases.case.getByTestId('mh-what-now')).toHaveAttribute('data-step', 'claim');
  await cases.case.getByTestId('mh-escalate').click();
  const escalation = cases.get('mh-escalation');
  await expect(escalation).toHaveAttribute('data-step', 'situation');

  // 1. «Что случилось»: the defect, from the topic; the story, the price and the warranty are asked here.
  await expect(escalation.getByTestId('mh-step-situation')).toHaveAttribute('aria-current', 'step');
  await expect(escalation.getByTestId('mh-situation')).toHaveValue('defect');
  const gaps = escalation.getByTestId('mh-step-gaps');
  await expect(gaps.locator('[data-missing="price"]')).toBeVisible();
  await expect(gaps.locator('[data-missing="problem"]')).toBeVisible();
  await expect(gaps.locator('[data-asked="warranty"]')).toBeVisible();
  // Nothing of another step is asked here.
  await expect(gaps.locator('[data-missing="seller-name"], [data-missing="date-delivered"], [data-missing="profile-name"]')).toHaveCount(0);
  await shoot(page, '1-situation-empty');
  // «Далее» says what is missing instead of moving on.
  await escalation.getByTestId('mh-step-next').click();
  await expect(escalation.locator('[data-testid="mh-step-next-gaps"] [data-missing="price"]')).toBeVisible();
  await expect(escalation).toHaveAttribute('data-step', 'situation');
  await escalation.getByTestId('mh-problem').fill('Чайник не включается: индикатор не горит.');
  await escalation.getByTestId('mh-price-input').fill('12990');
  await escalation.getByTestId('mh-warranty').fill('12');
  await expect(gaps).toHaveCount(0);
  await shoot(page, '1-situation');
  await escalation.getByTestId('mh-step-next').click();

  // 2. «Чего вы хотите»: the four remedies of art. 18, each with its line on why; where to pay is asked.
  await expect(escalation).toHaveAttribute('data-step', 'remedy');
  await expect(escalation.getByTestId('mh-step-heading')).toBeFocused();
  await expect(escalation.getByTestId('mh-step-heading')).toHaveText('Шаг 2 из 5. Чего вы хотите');
  await expect(escalation.getByTestId('mh-remedy').locator('input[type="radio"]')).toHaveCount(6);
  await expect(escalation.getByTestId('mh-remedy')).toContainText('не дольше 45 дней (ст. 20)');
  await expect(escalation.getByTestId('mh-remedy-refund')).toBeChecked();
  await expect(gaps.locator('[data-asked="payment"]')).toBeVisible();
  await escalation.getByTestId('mh-payment-method').selectOption('card');
  await expect(gaps).toHaveCount(0);
  await shoot(page, '2-remedy');
  await escalation.getByTestId('mh-step-next').click();

  // 3. «Кто продавец»: the block from the product page fills the details.
  await expect(escalation).toHaveAttribute('data-step', 'seller');
  await expect(gaps.locator('[data-missing="seller-name"]')).toBeVisible();
  await escalation.getByTestId('mh-seller-block').fill(
    ['Информация о продавце', 'ООО "Ромашка"', 'ОГРН: 1027700132195', 'ИНН: 7707083893', 'Юридический адрес: 117997, г. Москва, ул. Вавилова, д. 19'].join('\n'),
  );
  await expect(escalation.getByTestId('mh-seller-name')).toHaveValue('ООО «Ромашка»');
  await expect(gaps).toHaveCount(0);
  await shoot(page, '3-seller');
  await escalation.getByTestId('mh-step-next').click();

  // 4. «Даты», in the shopper's words; the first message is offered as the day the demand was made.
  await expect(escalation).toHaveAttribute('data-step', 'dates');
  await expect(gaps.locator('[data-missing="date-delivered"]')).toBeVisible();
  await expect(escalation.getByText('Когда вы получили товар')).toBeVisible();
  await escalation.getByTestId('mh-date-delivered').fill(delivered);
  await expect(escalation.getByTestId('mh-demand-hint')).toHaveAttribute('data-date', moscowIso(sentAt));
  await escalation.getByTestId('mh-demand-hint-use').click();
  await expect(escalation.getByTestId('mh-date-demandMade')).toHaveValue(moscowIso(sentAt));
  await expect(gaps).toHaveCount(0);
  await shoot(page, '4-dates');

  // «Назад» keeps everything typed.
  await escalation.getByTestId('mh-step-back').click();
  await escalation.getByTestId('mh-step-remedy').click();
  await expect(escalation.getByTestId('mh-payment-method')).toHaveValue('card');
  await escalation.getByTestId('mh-step-situation').click();
  await expect(escalation.getByTestId('mh-price-input')).toHaveValue('12990');
  await cases.toStep('check');

  // 5. «Проверьте»: the profile is asked in place; then the document, with how to send it.
  await expect(escalation.getByTestId('mh-step-heading')).toHaveText('Шаг 5 из 5. Проверьте');
  await expect(escalation.locator('[data-testid="mh-doc-missing"] [data-missing="profile-name"]')).toBeVisible();
  await expect(escalation.getByTestId('mh-document')).toHaveCount(0);
  await escalation.getByTestId('mh-escalate-profile-name').fill('Иванова Анна Сергеевна');
  await escalation.getByTestId('mh-escalate-profile-phone').fill('+7 900 000-00-00');
  await escalation.getByTestId('mh-escalate-profile-address').fill('101000, г. Москва, ул. Лесная, д. 1, кв. 2');
  await escalation.getByTestId('mh-escalate-profile-gender-female').check();
  const documentBox = escalation.getByTestId('mh-document');
  await expect(documentBox).toContainText('ПРЕТЕНЗИЯ');
  await expect(documentBox).toContainText('Отказываюсь от исполнения договора купли-продажи и прошу вернуть уплаченную за товар сумму');
  await expect(documentBox).toContainText(/12\s990\s₽/);
  await expect(documentBox).toContainText(russian(delivered));
  await expect(documentBox).toContainText('ООО «Ромашка», ИНН 7707083893');
  await expect(documentBox).not.toContainText('(а)');
  await expect(escalation.locator('[data-testid="mh-doc-note"][data-id="how-to-send"]')).toBeVisible();
  await shoot(page, '5-check');
  for (const width of [1280, 400]) {
    await page.setViewportSize({ width, height: 720 });
    await escalation.getByTestId('mh-doc-print').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/5-check-document-${width}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 720 });

  // The shopper's own sentence, typed into the text: kept across steps and a reload, and printed.
  const own = 'Чайник искрит при включении, пользоваться им опасно.';
  await escalation.getByTestId('mh-doc-edit').click();
  const facts = escalation.locator('[data-testid="mh-doc-edit-part"][data-part="facts"]');
  await facts.fill(`${await facts.inputValue()}\n${own}`);
  await escalation.getByTestId('mh-doc-edit').click();
  await expect(documentBox).toContainText(own);
  await expect(escalation.getByTestId('mh-doc-edited')).toBeVisible();
  await shoot(page, '5-check-edited');
  await escalation.getByTestId('mh-step-dates').click();
  await cases.toStep('check');
  await page.reload();
  await expect(escalation).toHaveAttribute('data-step', 'check');
  await expect(documentBox).toContainText(own);

  // Printed, the page is the document alone, with the shopper's sentence.
  await page.emulateMedia({ media: 'print' });
  await expect(documentBox).toBeVisible();
  await expect(documentBox).toContainText(own);
  for (const chrome of ['mh-steps', 'mh-step-heading', 'mh-escalate-profile-box', 'mh-doc-print', 'mh-doc-notes', 'mh-not-legal-advice', 'mh-step-back']) {
    await expect(escalation.getByTestId(chrome)).toBeHidden();
  }
  await page.screenshot({ path: `${SHOTS}/6-print.png`, fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  // The .txt holds the same text: the key sentence, the dates, the sum and the shopper's own sentence.
  const [download] = await Promise.all([page.waitForEvent('download'), escalation.getByTestId('mh-doc-txt').click()]);
  const saved = readFileSync((await download.path())!, 'utf8');
  expect(saved).toContain(own);
  expect(saved).toContain('прошу вернуть уплаченную за товар сумму');
  expect(saved).toContain(russian(delivered));
  expect(saved).toContain(russian(moscowIso(sentAt)));
  expect(saved).toMatch(/12\s990\s₽/);

  // Marked sent, with how it went: the timeline keeps the text as edited and the way it was sent.
  await escalation.getByTestId('mh-doc-via').selectOption('registered-letter');
  await escalation.getByTestId('mh-doc-sent').click();
  await expect(escalation.getByTestId('mh-status')).toContainText('отмечена как отправленная');
  await escalation.getByTestId('mh-escalate-back').click();
  const claim = cases.case.locator('[data-testid="mh-event"][data-type="claim"]');
  await expect(claim.getByTestId('mh-event-document')).toContainText(own, { useInnerText: false });
  await expect(claim.getByTestId('mh-event-via')).toHaveAttribute('data-via', 'registered-letter');
  await expect(claim.getByTestId('mh-event-via')).toContainText('заказным письмом с описью вложения');
  await cases.case.getByTestId('mh-escalate').click();
  await expect(escalation).toHaveAttribute('data-step', 'check');

  // The story changed after the edit: the edit stays, and the page says the data behind it changed.
  await escalation.getByTestId('mh-step-situation').click();
  await escalation.getByTestId('mh-problem').fill('Чайник не включается и искрит.');
  await escalation.getByTestId('mh-step-check').click();
  await expect(escalation.getByTestId('mh-doc-edited-stale')).toBeVisible();
  await expect(documentBox).toContainText(own);

  // The complaint goes through the same steps; the claim's edits stay the claim's.
  await escalation.getByTestId('mh-step-situation').click();
  await escalation.getByTestId('mh-doc-kind-complaint').check();
  await expect(escalation.getByRole('heading', { level: 2 })).toHaveText('Жалоба в Роспотребнадзор');
  await escalation.getByTestId('mh-step-check').click();
  await expect(documentBox).toHaveAttribute('data-kind', 'complaint');
  await expect(documentBox).not.toContainText(own);
  await expect(escalation.getByTestId('mh-complaint-pack')).toBeVisible();
  await shoot(page, '5-check-complaint');

  // Dark, the check step keeps its contrast (looked at in the shot).
  await page.emulateMedia({ colorScheme: 'dark' });
  await escalation.getByTestId('mh-steps').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/5-check-dark-1280.png` });
  await page.setViewportSize({ width: 400, height: 720 });
  await escalation.getByTestId('mh-doc-print').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/5-check-dark-400.png` });
});
