/**
 * The case-file page as the end-to-end tests drive it: opened at a place (`#<id>`, `#summary`,
 * `#escalate/<id>`), an inquiry's case, and the shopper's acts on it — marked sent, a reply, a note.
 */
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { extensionId } from '../../../scripts/lib/browser.mjs';

export class CaseFile {
  constructor(readonly page: Page) {}

  /** A new tab of the case-file page, at `place` (nothing: the history). */
  static async open(context: BrowserContext, place = ''): Promise<CaseFile> {
    const page = await context.newPage();
    await page.goto(await CaseFile.address(context, place));
    return new CaseFile(page);
  }

  static async address(context: BrowserContext, place = ''): Promise<string> {
    return `chrome-extension://${await extensionId(context)}/cases.html${place ? `#${place}` : ''}`;
  }

  get(testid: string) {
    return this.page.getByTestId(testid);
  }

  /** The inquiry's case shown on the page. */
  get case() {
    return this.get('mh-case');
  }

  /** Opens the history's first inquiry. */
  async openFirst(): Promise<this> {
    await this.get('mh-inquiry-title').first().click();
    await expect(this.case).toBeVisible();
    return this;
  }

  async expectStatus(status: string): Promise<void> {
    await expect(this.case.getByTestId('mh-inquiry')).toHaveAttribute('data-status', status);
  }

  async markSent(): Promise<void> {
    await this.case.getByTestId('mh-action-mark-sent').click();
    await this.expectStatus('sent');
  }

  /** The seller's or support's answer, as the shopper types it in. */
  async reply(text: string): Promise<void> {
    await this.case.getByTestId('mh-action-reply').click();
    await this.case.getByTestId('mh-reply-text').fill(text);
    await this.case.getByTestId('mh-reply-save').click();
    await this.expectStatus('answered');
  }

  async note(text: string): Promise<void> {
    await this.case.getByTestId('mh-action-note').click();
    await this.case.getByTestId('mh-note-text').fill(text);
    await this.case.getByTestId('mh-note-save').click();
    await expect(this.case.locator(`[data-testid="mh-timeline"] [data-type="note"]`).last()).toContainText(text);
  }

  /**
   * On the escalation page, goes to a step of the claim: by the indicator where it was reached, else by
   * «Далее», pressed again where the step still lacks something (the first press lists what).
   */
  async toStep(step: 'situation' | 'remedy' | 'seller' | 'dates' | 'check'): Promise<void> {
    const escalation = this.get('mh-escalation');
    for (let moves = 0; moves < 5; moves++) {
      const current = (await escalation.getAttribute('data-step'))!;
      if (current === step) break;
      const target = escalation.getByTestId(`mh-step-${step}`);
      if ((await target.evaluate((el) => el.tagName)) === 'BUTTON') {
        await target.click();
      } else {
        const next = escalation.getByTestId('mh-step-next');
        await next.click();
        const moved = async () => (await escalation.getAttribute('data-step')) !== current;
        await expect.poll(async () => (await moved()) || (await next.getAttribute('data-warned')) === 'true').toBe(true);
        if (!(await moved())) await next.click();
      }
      await expect(escalation).not.toHaveAttribute('data-step', current);
    }
    await expect(escalation).toHaveAttribute('data-step', step);
  }

  /**
   * On the escalation page of the sample history's kettle (`#escalate/sample-kettle-warranty`): the claim
   * about its defect filled in, step by step, down to the document drawn.
   */
  async fillKettleClaim(): Promise<void> {
    const escalation = this.get('mh-escalation');
    await this.toStep('situation');
    await escalation.getByTestId('mh-problem').fill('Чайник не включается.');
    await escalation.getByTestId('mh-price-input').fill('2490');
    await escalation.getByTestId('mh-warranty').fill('12');
    await this.toStep('remedy');
    await escalation.getByTestId('mh-payment-method').selectOption('card');
    await this.toStep('seller');
    await escalation.getByTestId('mh-seller-name').fill('ООО «Тёплый день»');
    await escalation.getByTestId('mh-seller-ids').fill('ИНН 7701234560');
    await escalation.getByTestId('mh-seller-address').fill('101000, г. Москва, ул. Садовая, д. 5');
    await this.toStep('dates');
    await escalation.getByTestId('mh-date-delivered').fill(new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10));
    await this.toStep('check');
    await escalation.getByTestId('mh-escalate-profile-name').fill('Иванова Анна Сергеевна');
    await escalation.getByTestId('mh-escalate-profile-phone').fill('+7 900 000-00-00');
    await escalation.getByTestId('mh-escalate-profile-address').fill('101000, г. Москва, ул. Лесная, д. 1, кв. 2');
    await expect(escalation.getByTestId('mh-document')).toContainText('ПРЕТЕНЗИЯ');
  }
}
