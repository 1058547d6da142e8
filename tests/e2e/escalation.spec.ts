/** Escalation: from an answered inquiry with evidence to a printable claim, and the inquiry escalated. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extensionId, repoRoot } from '../../scripts/lib/browser.mjs';
import { fixturePages } from '../support/pages';
import { expect, test } from './fixtures';
import { Panel } from './pages/panel';
import { CaseFile } from './pages/case-file';

test('an inquiry with a reply and a file → escalate → the printable claim names the order, the article, the reply and the file; the inquiry is escalated with a new due date', async ({ ownContext: context }) => {
  // A browser of its own: the list and the database hold this inquiry alone.
  const page = await context.newPage();
  const order = fixturePages().find((p) => p.file === 'ozon/order.html')!;
  const [first] = order.expect.items as { article: string; title: string }[];
  const panel = await Panel.openOn(page, order);
  await expect(panel.get('mh-delivered-date')).toHaveAttribute('data-value', String(order.expect.deliveredDate));
  // The seven days from 20 September 2026 are long gone by now.
  await expect(panel.get('mh-return-window')).toContainText('истекли');
  await panel.save({ topic: 'return' });

  const file = await (await CaseFile.open(context)).openFirst();
  const history = file.page;
  const caseFile = file.case;
  await file.markSent();
  await file.reply('В возврате отказано: товар надлежащего качества.');
  const png = readFileSync(join(repoRoot, 'public/icon/48.png'));
  await history.getByTestId('mh-attach').setInputFiles({ name: 'фото-чайника.png', mimeType: 'image/png', buffer: png });
  await expect(history.getByTestId('mh-attachment')).toHaveAttribute('data-name', 'фото-чайника.png');
  const replyAt = await caseFile.locator('[data-testid="mh-event"][data-type="reply"] time').getAttribute('datetime');
  const replyDate = new Intl.DateTimeFormat('ru-RU', { timeZone: 'Europe/Moscow', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(replyAt!));

  await caseFile.getByTestId('mh-escalate').click();
  const escalation = history.getByTestId('mh-escalation');
  await expect(escalation.getByTestId('mh-not-legal-advice')).toBeVisible();
  // Step 1 of 5, «Что случилось», announced and marked as the current step.
  await expect(escalation).toHaveAttribute('data-step', 'situation');
  await expect(escalation.getByTestId('mh-step-situation')).toHaveAttribute('aria-current', 'step');
  await expect(escalation.getByTestId('mh-step-heading')).toHaveText('Шаг 1 из 5. Что случилось');
  await escalation.getByTestId('mh-doc-item').selectOption('0');
  await escalation.getByTestId('mh-price-input').fill('2490');
  // A return: the law gives the money back, nothing to choose; where to pay it is asked before the document is drawn.
  await file.toStep('remedy');
  await expect(escalation.getByTestId('mh-remedy-only')).toContainText('ст. 26.1');
  await expect(escalation.locator('[data-testid="mh-step-gaps"] [data-asked="payment"]')).toBeVisible();
  await escalation.getByTestId('mh-payment-method').selectOption('card');
  await expect(escalation.getByTestId('mh-step-gaps')).toHaveCount(0);
  await file.toStep('seller');
  await escalation.getByTestId('mh-seller-name').fill('ООО «Тёплый день»');
  // A number whose control digit is right (7700000000's is not).
  await escalation.getByTestId('mh-seller-ids').fill('ИНН 7701234560');
  await escalation.getByTestId('mh-seller-address').fill('101000, г. Москва, ул. Садовая, д. 5');
  await file.toStep('dates');
  // Whether the return terms came in writing is asked, never presumed: no window until it is answered.
  await expect(escalation.locator('[data-testid="mh-step-gaps"] [data-asked="terms-in-writing"]')).toBeVisible();
  await expect(escalation.locator('[data-testid="mh-deadline"][data-id="return-window"]')).toHaveCount(0);
  await escalation.getByTestId('mh-terms-written').selectOption('yes');
  // The return window from the delivery date the order page gave.
  await expect(escalation.locator('[data-testid="mh-deadline"][data-id="return-window"]')).toHaveAttribute('data-date', '2026-09-28');
  await file.toStep('check');
  // No profile yet: the name is asked for, and no document is drawn with a blank in it.
  await expect(escalation.locator('[data-testid="mh-doc-missing"] [data-missing="profile-name"]')).toBeVisible();
  await expect(escalation.getByTestId('mh-document')).toHaveCount(0);

  const settingsWrites = () => history.evaluate(() => (window as unknown as { settingsWrites: number }).settingsWrites);
  await history.evaluate(() => {
    const counter = window as unknown as { settingsWrites: number };
    counter.settingsWrites = 0;
    type Changes = Record<string, unknown>;
    const { chrome } = globalThis as unknown as { chrome: { storage: { onChanged: { addListener(listener: (changes: Changes) => void): void } } } };
    chrome.storage.onChanged.addListener((changes) => {
      if (changes['settings.profile']) counter.settingsWrites++;
    });
  });
  // Typed key by key, as a person does: saving the profile as it is typed must not eat the spaces.
  await escalation.getByTestId('mh-escalate-profile-name').pressSequentially('Иванова Анна Сергеевна');
  await expect(escalation.getByTestId('mh-escalate-profile-name')).toHaveValue('Иванова Анна Сергеевна');
  // Written when typing pauses or the field is left, not at each of the 22 keys.
  await expect.poll(settingsWrites).toBeGreaterThanOrEqual(1);
  expect(await settingsWrites()).toBeLessThanOrEqual(3);
  await escalation.getByTestId('mh-escalate-profile-phone').fill('+7 900 000-00-00');
  await escalation.getByTestId('mh-escalate-profile-address').fill('101000, г. Москва, ул. Лесная, д. 1, кв. 2');

  const documentBox = escalation.getByTestId('mh-document');
  await expect(documentBox).toBeVisible();
  await expect(documentBox).toContainText('ПРЕТЕНЗИЯ');
  await expect(documentBox).toContainText(`заказ № ${order.expect.orderId} от 17.09.2026`);
  await expect(documentBox).toContainText(`артикул ${first.article}`);
  await expect(documentBox).toContainText(`${replyDate} — получен ответ: «В возврате отказано: товар надлежащего качества».`);
  const attachments = documentBox.locator('[data-part="attachments"]');
  await expect(attachments).toContainText(`Ответ поддержки Ozon от ${replyDate}`);
  await expect(attachments).toContainText('фото-чайника.png');
  await expect(documentBox).toContainText('ООО «Интернет Решения»');
  await expect(documentBox).toContainText('Иванова Анна Сергеевна');
  // No gender in the profile: a wording without one; «женский род» gives the feminine, and the profile keeps it.
  await expect(documentBox).toContainText('мне придётся обратиться в суд');
  await escalation.getByTestId('mh-escalate-profile-gender-female').check();
  await expect(documentBox).toContainText('я буду вынуждена обратиться в суд');
  await expect(documentBox).not.toContainText('(а)');
  await expect(documentBox.locator('[data-part="payment"]')).toBeVisible();
  // The seven days are long gone: the warning and how to send the claim are beside it, each with its source.
  const notes = escalation.getByTestId('mh-doc-notes');
  await expect(notes.locator('[data-id="return-window-closed"]')).toContainText('Источник');
  await expect(notes.locator('[data-id="how-to-send"]')).toBeVisible();

  // Printed, the page is the document alone.
  await history.emulateMedia({ media: 'print' });
  await expect(documentBox).toBeVisible();
  await expect(history.getByTestId('mh-seller-name')).toBeHidden();
  await expect(history.getByTestId('mh-not-legal-advice')).toBeHidden();
  await history.emulateMedia({ media: 'screen' });

  // The .txt download holds the same text.
  const [download] = await Promise.all([history.waitForEvent('download'), escalation.getByTestId('mh-doc-txt').click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^pretenziya-${order.expect.orderId}-\\d{4}-\\d{2}-\\d{2}\\.txt$`));
  const saved = readFileSync((await download.path())!, 'utf8');
  expect(saved).toContain(`артикул ${first.article}`);
  expect(saved).toContain('фото-чайника.png');

  await escalation.getByTestId('mh-doc-sent').click();
  await expect(escalation.getByTestId('mh-status')).toContainText('Претензия продавцу отмечена как отправленная');
  // Back in the case file: escalated, due in ten calendar days, the claim's full text on the timeline.
  await escalation.getByTestId('mh-escalate-back').click();
  await expect(caseFile.getByTestId('mh-inquiry')).toHaveAttribute('data-status', 'escalated');
  const claim = caseFile.locator('[data-testid="mh-event"][data-type="claim"]');
  await expect(claim).toHaveCount(1);
  await expect(claim.getByTestId('mh-event-document')).toContainText(`артикул ${first.article}`, { useInnerText: false });
  const inquiry = await history.evaluate(async () => {
    const request = indexedDB.open('market-helpdesk');
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all: { status: string; sentAt: number; dueAt: number }[] = await new Promise((resolve) => {
      const get = db.transaction('inquiries').objectStore('inquiries').getAll();
      get.onsuccess = () => resolve(get.result);
    });
    db.close();
    return all[0];
  });
  expect(inquiry.status).toBe('escalated');
  const days = (inquiry.dueAt - inquiry.sentAt) / 86_400_000;
  // Ten calendar days, to the end of a Moscow day, moved on by at most the days off that follow.
  expect(days).toBeGreaterThanOrEqual(10);
  expect(days).toBeLessThan(21);

  // In English the document stays Russian, with each part explained beside it.
  const id = await caseFile.getAttribute('data-id');
  const options = await context.newPage();
  await options.goto(`chrome-extension://${await extensionId(context)}/options.html`);
  // The profile typed on the escalation page was written to the settings, whole, once typing paused.
  await expect(options.getByTestId('mh-profile-name')).toHaveValue('Иванова Анна Сергеевна');
  await expect(options.getByTestId('mh-profile-address')).toHaveValue('101000, г. Москва, ул. Лесная, д. 1, кв. 2');
  await options.getByTestId('mh-language').selectOption('en');
  await history.goto(await CaseFile.address(context, `escalate/${id}`));
  await expect(history.getByTestId('mh-doc-print')).toHaveText('Print or PDF');
  const parts = history.getByTestId('mh-doc-part');
  await expect(parts.first()).toContainText('Кому: ООО «Тёплый день»');
  expect(await history.getByTestId('mh-doc-explain').count()).toBe(await parts.count());
  await expect(history.locator('[data-part="to"] [data-testid="mh-doc-explain"]')).toContainText('co-addressee');
});

test('the seller block pasted from the product page fills the seller’s fields, and a wrong ИНН is said before any document is drawn', async ({ ownContext: context }) => {
  const page = await context.newPage();
  const order = fixturePages().find((p) => p.file === 'ozon/order.html')!;
  await (await Panel.openOn(page, order)).save({ topic: 'return' });

  const file = await (await CaseFile.open(context)).openFirst();
  const history = file.page;
  await file.case.getByTestId('mh-escalate').click();
  const escalation = history.getByTestId('mh-escalation');
  await escalation.getByTestId('mh-doc-item').selectOption('0');
  await escalation.getByTestId('mh-price-input').fill('2490');
  await file.toStep('remedy');
  await escalation.getByTestId('mh-payment-method').selectOption('card');
  await file.toStep('dates');
  await escalation.getByTestId('mh-terms-written').selectOption('no');
  await file.toStep('check');
  await escalation.getByTestId('mh-escalate-profile-name').fill('Иванова Анна Сергеевна');
  await escalation.getByTestId('mh-escalate-profile-phone').fill('+7 900 000-00-00');
  await escalation.getByTestId('mh-escalate-profile-address').fill('101000, г. Москва, ул. Лесная, д. 1, кв. 2');
  // Only the seller is left: the check step says so, with the way back to its step.
  await expect(escalation.locator('[data-testid="mh-doc-missing"] [data-missing="seller-name"]')).toBeVisible();
  await escalation.locator('[data-testid="mh-gaps-go"][data-step="seller"]').click();
  await expect(escalation).toHaveAttribute('data-step', 'seller');
  await expect(escalation.getByTestId('mh-step-heading')).toBeFocused();

  // The block as Ozon lays it out, with the ИНН's last digit mistyped (…893 is right).
  await escalation.getByTestId('mh-seller-block').fill(
    ['Информация о продавце', 'ООО "Ромашка"', 'ОГРН: 1027700132195', 'ИНН: 7707083894', 'Юридический адрес: 117997, г. Москва, ул. Вавилова, д. 19'].join('\n'),
  );
  await expect(escalation.getByTestId('mh-seller-name')).toHaveValue('ООО «Ромашка»');
  await expect(escalation.getByTestId('mh-seller-ids')).toHaveValue('ИНН 7707083894, ОГРН 1027700132195');
  await expect(escalation.getByTestId('mh-seller-address')).toHaveValue('117997, г. Москва, ул. Вавилова, д. 19');
  await expect(escalation.getByTestId('mh-seller-block-result')).toHaveAttribute('data-filled', '3');
  // Said on the seller's step itself, and on the check step, where no document is drawn.
  await expect(escalation.locator('[data-testid="mh-step-gaps"] [data-problem="seller-inn-invalid"]')).toContainText('ИНН продавца не сходится по контрольной цифре');
  await file.toStep('check');
  const invalid = escalation.getByTestId('mh-doc-invalid');
  await expect(invalid.locator('[data-problem="seller-inn-invalid"]')).toContainText('ИНН продавца не сходится по контрольной цифре');
  await expect(escalation.getByTestId('mh-document')).toHaveCount(0);

  // Corrected, the document is drawn with the details from the block.
  await file.toStep('seller');
  await escalation.getByTestId('mh-seller-ids').fill('ИНН 7707083893, ОГРН 1027700132195');
  await expect(escalation.getByTestId('mh-step-gaps')).toHaveCount(0);
  await file.toStep('check');
  await expect(invalid).toHaveCount(0);
  await expect(escalation.getByTestId('mh-document').locator('[data-part="to"]')).toContainText(
    'ООО «Ромашка», ИНН 7707083893, ОГРН 1027700132195, адрес: 117997, г. Москва, ул. Вавилова, д. 19',
  );
  // The seller's receipt typed: the answer is due ten days from it (Monday 1 March 2027 → Thursday 11 March).
  await file.toStep('dates');
  await escalation.getByTestId('mh-date-claimReceived').fill('2027-03-01');
  await file.toStep('check');
  await escalation.getByTestId('mh-doc-sent').click();
  await expect(escalation.getByTestId('mh-status')).toContainText('ответ ожидается до 11 марта 2027');
  const dueAt = await history.evaluate(async () => {
    const request = indexedDB.open('market-helpdesk');
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all: { dueAt: number }[] = await new Promise((resolve) => {
      const get = db.transaction('inquiries').objectStore('inquiries').getAll();
      get.onsuccess = () => resolve(get.result);
    });
    db.close();
    return all[0].dueAt;
  });
  expect(new Date(dueAt).toISOString()).toBe('2027-03-11T20:59:59.999Z');
  // A text with nothing of the seller in it fills nothing and says so.
  await file.toStep('seller');
  await escalation.getByTestId('mh-seller-block').fill('Доставка завтра, бесплатно');
  await expect(escalation.getByTestId('mh-seller-block-result')).toHaveAttribute('data-filled', '0');
  await expect(escalation.getByTestId('mh-seller-name')).toHaveValue('ООО «Ромашка»');
});

test('a courier complaint assumes no claim; a late refund of a returned item cites ст. 395 ГК, not the 1 % of art. 23', async ({ ownContext: context }) => {
  const page = await context.newPage();
  const order = fixturePages().find((p) => p.file === 'ozon/order.html')!;
  await (await Panel.openOn(page, order)).save({ topic: 'courier-complaint' });

  const file = await (await CaseFile.open(context)).openFirst();
  const history = file.page;
  await file.case.getByTestId('mh-escalate').click();
  const escalation = history.getByTestId('mh-escalation');
  // Nothing is assumed: the page says support is usually the way, and asks what happened.
  await expect(escalation.getByTestId('mh-situation-none')).toBeVisible();
  await expect(escalation.getByTestId('mh-situation')).toHaveValue('');
  await expect(escalation.getByTestId('mh-deadlines')).toHaveCount(0);
  await escalation.getByTestId('mh-situation').selectOption('demand-late');

  // A late demand asks what was demanded before; no term is worked out until it is said.
  await expect(escalation.getByTestId('mh-late-basis')).toHaveValue('');
  await expect(escalation.locator('[data-testid="mh-step-gaps"] [data-asked="late-basis"]')).toBeVisible();
  // «Далее» says what is missing before it moves on.
  await escalation.getByTestId('mh-step-next').click();
  await expect(escalation.locator('[data-testid="mh-step-next-gaps"] [data-asked="late-basis"]')).toBeVisible();
  await expect(escalation).toHaveAttribute('data-step', 'situation');
  await file.toStep('dates');
  await escalation.getByTestId('mh-date-demandReceived').fill('2026-11-02');
  await expect(escalation.getByTestId('mh-deadlines')).toHaveCount(0);
  await escalation.getByTestId('mh-step-situation').click();
  await escalation.getByTestId('mh-late-basis').selectOption('return');
  await file.toStep('remedy');
  await expect(escalation.getByTestId('mh-remedy')).toHaveCount(0);
  await file.toStep('dates');
  // «Назад» and the indicator kept what was typed.
  await expect(escalation.getByTestId('mh-date-demandReceived')).toHaveValue('2026-11-02');
  // Ten days from Monday 2 November end on Thursday 12 November: interest from the 13th, no penalty.
  await expect(escalation.locator('[data-testid="mh-deadline"][data-id="refund"]')).toHaveAttribute('data-date', '2026-11-12');
  await expect(escalation.getByTestId('mh-interest')).toHaveAttribute('data-since', '2026-11-13');
  await expect(escalation.getByTestId('mh-penalty')).toHaveCount(0);
});
