/**
 * How the controls look and answer, past what axe checks: every control's edge 3:1 against what is
 * behind it (WCAG 1.4.11) in both themes; the focus ring after the keyboard and never after a mouse
 * click; the import's file picker in the shopper's language over a real file input; the launcher's name
 * shown beside it on hover and on keyboard focus.
 */
import type { Page } from '@playwright/test';
import { extensionId, importHistory, launchBrowser, servePages } from '../../scripts/lib/browser.mjs';
import { sampleHistory } from '../../scripts/lib/sample-history.mjs';
import { fixturePages } from '../support/pages';
import { expect, test } from './fixtures';

/**
 * Each visible field, select and bordered button whose edge is under 3:1 against the first opaque
 * background behind it, named with its ratio. Colours are read as the browser resolved them (rgb()).
 */
function weakEdges(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]: number[]) =>
      [r, g, b].map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4)).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
    const ratio = (a: number[], b: number[]) => {
      const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
      return (x + 0.05) / (y + 0.05);
    };
    const behind = (el: Element) => {
      for (let at = el.parentElement; at; at = at.parentElement) {
        const colour = rgb(getComputedStyle(at).backgroundColor);
        if (colour.length === 3 || colour[3] === 1) return colour;
      }
      return rgb(getComputedStyle(document.documentElement).backgroundColor);
    };
    const controls = [...document.querySelectorAll('input:not([type=checkbox]):not([type=radio]):not(.sr-only), select, textarea, button, .button')];
    return controls.flatMap((el) => {
      const style = getComputedStyle(el);
      if (el.getClientRects().length === 0 || style.borderTopStyle === 'none' || parseFloat(style.borderTopWidth) === 0) return [];
      const edge = rgb(style.borderTopColor);
      // A transparent edge (a quiet button) is no edge; a filled button's edge is its fill, checked by itself.
      if (edge[3] === 0) return [];
      const fill = rgb(style.backgroundColor);
      const against = behind(el);
      const byEdge = ratio(edge, against);
      const byFill = fill.length === 3 || fill[3] === 1 ? ratio(fill, against) : 0;
      if (Math.max(byEdge, byFill) >= 3 || (el as HTMLButtonElement).disabled) return [];
      const name = el.getAttribute('data-testid') ?? el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30);
      return [`${el.localName} «${name}»: ${byEdge.toFixed(2)}:1`];
    });
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`every control's edge is 3:1 against its background (${theme})`, async () => {
    const context = await launchBrowser({ colorScheme: theme });
    try {
      const id = await extensionId(context);
      await importHistory(context, sampleHistory());
      const page = await context.newPage();
      for (const [place, ready] of [
        ['popup.html', 'mh-inquiry'],
        ['options.html', 'mh-reminders'],
        ['cases.html#sample-lamp-late', 'mh-timeline'],
        ['cases.html#escalate/sample-kettle-warranty', 'mh-escalation'],
        ['welcome.html', 'mh-welcome-shortcut'],
      ] as const) {
        await page.goto(`chrome-extension://${id}/${place}`);
        await page.reload();
        await expect(page.getByTestId(ready).first()).toBeVisible();
        expect(await weakEdges(page), `${place} (${theme})`).toEqual([]);
      }
    } finally {
      await context.close();
    }
  });
}

test('the focus ring shows after the keyboard, not after a mouse click', async ({ page, context }) => {
  await page.goto(`chrome-extension://${await extensionId(context)}/options.html`);
  const csv = page.getByTestId('mh-export-csv');
  const outline = () => csv.evaluate((el) => (el === document.activeElement ? getComputedStyle(el).outlineStyle : 'not focused'));
  // Tab from the JSON export beside it: the keyboard brought focus, the ring shows.
  await page.getByTestId('mh-export-json').focus();
  await page.keyboard.press('Tab');
  await expect.poll(outline).toBe('solid');
  // Away, then pressed with the mouse (a download of the table): focused, with no ring.
  await page.getByRole('heading', { level: 1 }).click();
  await expect.poll(outline).toBe('not focused');
  await Promise.all([page.waitForEvent('download'), csv.click()]);
  await expect.poll(outline).toBe('none');
});

test('the import picks a file through our own button, in the shopper’s language', async ({ page, context }) => {
  await page.goto(`chrome-extension://${await extensionId(context)}/options.html`);
  const picker = page.locator('label.file-pick');
  const input = page.getByTestId('mh-import');
  await expect(picker).toHaveText('Выбрать файл…');
  await expect(page.getByTestId('mh-import-file')).toHaveText('Файл не выбран');
  // A real file input, drawn by our button: the browser's own words take no room.
  await expect(input).toHaveAttribute('type', 'file');
  expect(await input.evaluate((el) => el.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
  // The keyboard reaches it (Tab from the export buttons), and the ring is drawn on our button.
  await page.getByTestId('mh-export-csv').focus();
  await page.keyboard.press('Tab');
  await expect(input).toBeFocused();
  expect(await picker.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  await input.setInputFiles({ name: 'покупки-2026.json', mimeType: 'application/json', buffer: Buffer.from('{') });
  await expect(page.getByTestId('mh-import-file')).toHaveText('Выбран файл: покупки-2026.json');
  await expect(page.getByTestId('mh-options-status')).toHaveText('Это не файл JSON: ничего не изменено.');
});

test('the launcher shows its name on hover and on keyboard focus', async ({ page, context }) => {
  const sample = fixturePages().find((p) => p.file === 'ozon/product.html')!;
  await servePages(context, [sample]);
  await page.goto(sample.url);
  const launcher = page.getByTestId('mh-open');
  await expect(launcher).toBeVisible();
  const label = await launcher.getAttribute('aria-label');
  expect(label).toBe('Market Helpdesk: написать продавцу или в поддержку');
  expect(await launcher.getAttribute('title')).toBeNull();
  await launcher.hover();
  const name = page.getByTestId('mh-open-name');
  await expect(name).toBeVisible();
  await expect(name).toHaveText(label!);
  await page.mouse.move(600, 300);
  await expect(name).toBeHidden();
  await launcher.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(launcher).toBeFocused();
  await expect(name).toBeVisible();
  // Opened, the name gives way to the dialog.
  await page.keyboard.press('Enter');
  await expect(launcher).toHaveAttribute('aria-expanded', 'true');
  await expect(name).toBeHidden();
});
