/**
 * Nothing lost, nothing foreign: an import that is refused or fails changes nothing and says why; an
 * address that is not a web address is never drawn as a link; export → delete all → import gives back the
 * same records, files byte for byte; a deleted inquiry comes back after the popup closed and the browser
 * restarted.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { extensionId, launchBrowser, openPopup, repoRoot } from '../../scripts/lib/browser.mjs';
import type { Inquiry } from '../../utils/inquiries/model';
import { anInquiry, ORDER_URL, PRODUCT_URL } from '../support/builders';
import { expect, test } from './fixtures';
import { seed } from './seed';

const DAY = 24 * 60 * 60 * 1000;

/** Odd: an order; even: a product (its card read at the same time); both answered in the support chat. */
function inquiry(id: string, n: number, change: Partial<Inquiry> = {}): Inquiry {
  const url = n % 2 ? ORDER_URL : PRODUCT_URL;
  const at = Date.parse('2026-11-23T10:00:00+03:00') + n * DAY;
  return anInquiry({
    id,
    pageUrl: url,
    context: n % 2
      ? { marketplace: 'ozon', kind: 'order', url, orderId: '46206571-0591', sources: { orderId: 'address' } }
      : { marketplace: 'ozon', kind: 'product', url, article: '987654321', title: 'Термокружка', price: 990, currency: 'RUB', sources: { article: 'address' } },
    fields: n % 2 ? { orderId: '46206571-0591', orderDate: '2026-09-17', title: `Чайник ${n}` } : { article: '987654321', title: `Термокружка ${n}` },
    subject: `Обращение ${n}`,
    message: `Здравствуйте! Текст обращения ${n}.`,
    status: 'answered',
    createdAt: at,
    updatedAt: at + 3600_000,
    firstSentAt: at,
    firstSentChannel: 'ozon-support-chat',
    sendCount: 1,
    firstReplyAt: at + 3600_000,
    sentAt: at,
    ...change,
  });
}

function eventsOf(id: string, n: number) {
  const at = Date.parse('2026-11-23T10:00:00+03:00') + n * DAY;
  return [
    { id: `${id}-1`, inquiryId: id, type: 'created', at },
    { id: `${id}-2`, inquiryId: id, type: 'sent', at, detail: 'ozon-support-chat' },
    { id: `${id}-3`, inquiryId: id, type: 'reply', at: at + 3600_000, detail: `Ответ ${n}` },
  ];
}

/** Every record of every store, files as their bytes, sorted by id: what "the same records" compares. */
async function dump(page: Page) {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('market-helpdesk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['inquiries', 'events', 'attachments']);
          const out: Record<string, unknown[]> = {};
          let left = 3;
          for (const name of ['inquiries', 'events', 'attachments']) {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = async () => {
              const rows = await Promise.all(
                (request.result as Record<string, unknown>[]).map(async (row) =>
                  row.blob instanceof Blob ? { ...row, blob: [...new Uint8Array(await row.blob.arrayBuffer())], blobType: row.blob.type } : row,
                ),
              );
              out[name] = rows.sort((a, b) => String(a.id).localeCompare(String(b.id)));
              if (--left === 0) {
                db.close();
                resolve(out);
              }
            };
            request.onerror = () => reject(request.error);
          }
        };
      }),
  );
}

async function optionsPage(context: BrowserContext) {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${await extensionId(context)}/options.html`);
  await expect(options.getByTestId('mh-import')).toBeVisible();
  return options;
}

async function exportFile(options: Page, dir: string) {
  const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('mh-export-json').click()]);
  const path = join(dir, 'export.json');
  await download.saveAs(path);
  return path;
}

test.describe('import, links, round trip and the recently deleted list', () => {
  let dir: string;
  test.beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mh-data-'));
  });
  test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('two bad files change nothing and say why in words a shopper reads', async ({ ownContext: context }) => {
    const options = await optionsPage(context);
    await seed(options, { inquiries: [inquiry('kept', 1)], events: eventsOf('kept', 1) });
    const before = await dump(options);
    const exported = JSON.parse(readFileSync(await exportFile(options, dir), 'utf8'));

    // The export, then a good new inquiry, then one holding a 20 000-deep array the browser cannot store.
    const deep = join(dir, 'deep.json');
    const good = inquiry('new-good', 2);
    const bad = { ...inquiry('new-bad', 3), extra: 'DEEP' };
    const text = JSON.stringify({ ...exported, inquiries: [...exported.inquiries, good, bad], events: [...exported.events, ...eventsOf('new-good', 2)] });
    writeFileSync(deep, text.replace('"DEEP"', `${'['.repeat(20_000)}${']'.repeat(20_000)}`));
    await options.getByTestId('mh-import').setInputFiles(deep);
    await expect(options.getByTestId('mh-options-status')).toHaveText(
      'Файл повреждён: обращение № 3, поле «extra» — лишнее поле: в выгрузках его не бывает. Ничего не изменено.',
    );
    expect(await dump(options)).toEqual(before);

    // An inquiry whose page address is a script.
    const script = join(dir, 'script.json');
    writeFileSync(script, JSON.stringify({ ...exported, inquiries: [...exported.inquiries, inquiry('new-script', 4, { pageUrl: 'javascript:alert(1)' })] }));
    await options.getByTestId('mh-import').setInputFiles(script);
    await expect(options.getByTestId('mh-options-status')).toHaveText(
      'Файл повреждён: обращение № 2, поле «pageUrl» — это не веб-адрес (нужен http:// или https://). Ничего не изменено.',
    );
    expect(await dump(options)).toEqual(before);
  });

  test('draws no link to an address that is not a web address, wherever it came from', async ({ ownContext: context }) => {
    const options = await optionsPage(context);
    // Left in the database by an earlier version, which took such files in.
    await seed(options, {
      inquiries: [
        inquiry('script', 1, {
          pageUrl: 'javascript:alert(1)',
          context: { marketplace: 'ozon', kind: 'product', url: 'javascript:alert(2)', sellerUrl: 'javascript:alert(3)', seller: 'Продавец', sources: {} },
          fields: { title: 'Ссылка-скрипт', seller: 'Продавец' },
        }),
      ],
      events: eventsOf('script', 1),
    });
    const popup = await openPopup(context);
    await expect(popup.getByTestId('mh-inquiry')).toHaveCount(1);
    const cases = await context.newPage();
    await cases.goto(`chrome-extension://${await extensionId(context)}/cases.html#script`);
    await expect(cases.getByTestId('mh-case-title')).toBeVisible();
    const escalation = await context.newPage();
    await escalation.goto(`chrome-extension://${await extensionId(context)}/cases.html#escalate/script`);
    await expect(escalation.getByTestId('mh-escalate-back')).toBeVisible();
    for (const page of [popup, cases, escalation]) {
      const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      expect(hrefs.length).toBeGreaterThan(0);
      expect(hrefs.filter((href) => !/^(https?:|chrome-extension:|blob:chrome-extension:|mailto:|tel:)/.test(href))).toEqual([]);
    }
    await expect(cases.getByTestId('mh-case-original')).toHaveText('javascript:alert(1)');
  });

  test('export → delete all → erase → import gives back the same records, files byte for byte', async ({ ownContext: context }) => {
    const options = await optionsPage(context);
    const png = [...readFileSync(join(repoRoot, 'public/icon/48.png'))];
    const pdf = [...Buffer.from('%PDF-1.4\n% чек\n%%EOF\n')];
    await seed(options, {
      inquiries: [1, 2, 3].map((n) => inquiry(`i${n}`, n, n === 2 ? { card: { capturedAt: 1, text: 'Держит тепло' } } : {})),
      events: [1, 2, 3].flatMap((n) => eventsOf(`i${n}`, n)),
      attachments: [
        { id: 'a1', inquiryId: 'i1', name: 'упаковка.png', type: 'image/png', bytes: png, addedAt: 5 },
        { id: 'a2', inquiryId: 'i3', name: 'чек.pdf', type: 'application/pdf', bytes: pdf, addedAt: 6 },
      ],
    });
    const before = await dump(options);
    expect(before.inquiries).toHaveLength(3);
    const exported = await exportFile(options, dir);

    options.once('dialog', (dialog) => void dialog.accept());
    await options.getByTestId('mh-delete-all').click();
    await expect(options.getByTestId('mh-options-status')).toHaveText('Удалено обращений: 3.');
    // Erased for good, so that the import writes every record from the file alone.
    const deleted = await context.newPage();
    await deleted.goto(`chrome-extension://${await extensionId(context)}/cases.html#deleted`);
    await expect(deleted.getByTestId('mh-deleted-list')).toHaveAttribute('data-count', '3');
    deleted.once('dialog', (dialog) => void dialog.accept());
    await deleted.getByTestId('mh-deleted-erase-all').click();
    await expect(deleted.getByTestId('mh-deleted-empty')).toBeVisible();
    expect(await dump(options)).toEqual({ inquiries: [], events: [], attachments: [] });

    await options.getByTestId('mh-import').setInputFiles(exported);
    await expect(options.getByTestId('mh-options-status')).toHaveText('Загружено: обращений 3, записей в хронологии 9, файлов 2. То, что уже было здесь, пропущено.');
    const after = await dump(options);
    expect(after.inquiries).toEqual(before.inquiries);
    expect(after.events).toEqual(before.events);
    expect(after.attachments).toEqual(before.attachments);
    expect((after.attachments[0] as { blob: number[] }).blob).toEqual(png);
  });

  test('a deleted inquiry comes back from the recently deleted list after the popup closed and the browser restarted', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'mh-profile-'));
    try {
      let context = await launchBrowser({ userDataDir: profile });
      const options = await optionsPage(context);
      await seed(options, { inquiries: [inquiry('i1', 1), inquiry('i2', 2)], events: [...eventsOf('i1', 1), ...eventsOf('i2', 2)] });
      let popup = await openPopup(context);
      await expect(popup.getByTestId('mh-inquiry')).toHaveCount(2);
      await popup.locator('[data-testid="mh-inquiry"]', { hasText: 'Чайник 1' }).getByTestId('mh-inquiry-delete').click();
      await expect(popup.getByTestId('mh-inquiry')).toHaveCount(1);
      await popup.close();
      await context.close();

      context = await launchBrowser({ userDataDir: profile });
      popup = await openPopup(context);
      await expect(popup.getByTestId('mh-inquiry')).toHaveCount(1);
      await expect(popup.getByTestId('mh-deleted-link')).toHaveText('Недавно удалённые: 1');
      const [deleted] = await Promise.all([context.waitForEvent('page'), popup.getByTestId('mh-deleted-link').click()]);
      const item = deleted.getByTestId('mh-deleted-item');
      await expect(item).toHaveAttribute('data-id', 'i1');
      await expect(item).toContainText('Чайник 1');
      await item.getByTestId('mh-deleted-restore').click();
      await expect(deleted.getByTestId('mh-deleted-notice')).toHaveText('Возвращено обращений: 1.');
      await expect(deleted.getByTestId('mh-deleted-empty')).toBeVisible();
      await popup.reload();
      await expect(popup.getByTestId('mh-inquiry')).toHaveCount(2);
      await expect(popup.getByTestId('mh-deleted-link')).toHaveCount(0);

      // An undo of what was erased meanwhile, in another page, says so.
      await popup.locator('[data-testid="mh-inquiry"]', { hasText: 'Чайник 1' }).getByTestId('mh-inquiry-delete').click();
      await deleted.reload();
      deleted.once('dialog', (dialog) => void dialog.accept());
      await deleted.getByTestId('mh-deleted-erase-all').click();
      await expect(deleted.getByTestId('mh-deleted-empty')).toBeVisible();
      await popup.getByTestId('mh-undo').click();
      await expect(popup.getByTestId('mh-popup-error')).toHaveText('Не удалось вернуть: обращение уже стёрто навсегда.');
      await expect(popup.getByTestId('mh-inquiry')).toHaveCount(1);
      await context.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
