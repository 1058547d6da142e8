/**
 * The types of model.ts are inferred from the schemas: this file is compiled by `tsc`, so a reader's
 * PageContext that no longer fits the save request, or a kept inquiry that no longer fits the export
 * file, fails the type check before it fails here.
 */
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { closeDb, eventsOf, getInquiry } from '../../utils/db';
import type { Inquiry, InquiryEvent, SaveInquiryRequest } from '../../utils/inquiries/model';
import { saveInquiry } from '../../utils/inquiries/save';
import { readPage } from '../../utils/marketplaces';
import type { PageContext } from '../../utils/marketplaces/types';
import { checkImport } from '../../utils/transfer/check';
import { toExportFile, type ExportFile } from '../../utils/transfer/export-file';
import { parseFile } from '../support/dom';
import { realPages } from '../support/pages';

beforeEach(async () => {
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
});

const TOPIC = { product: ['seller', 'product-question', 'ozon-seller-question'] } as const;

describe('the inferred types on real records', () => {
  const products = realPages().filter((page) => page.kind === 'product' && page.marketplace === 'ozon');
  it('has real Ozon product pages to read', () => expect(products.length).toBeGreaterThan(0));

  for (const page of products) {
    it(`${page.file}: reading → save request → kept inquiry → export → import, unchanged`, async () => {
      const context: PageContext | null = readPage(parseFile(page.path), new URL(page.url));
      expect(context).not.toBeNull();
      const [recipient, topic, channel] = TOPIC.product;
      const request: SaveInquiryRequest = {
        pageUrl: page.url,
        context: context!,
        fields: { article: context!.article, title: context!.title },
        recipient,
        topic,
        channel,
        subject: 'Вопрос о товаре',
        message: 'Здравствуйте! Есть ли запасная крышка?',
        language: 'ru',
        channelOpened: true,
      };
      const result = await saveInquiry(request, 1_700_000_000_000);
      expect(result).toMatchObject({ ok: true });
      if (!result.ok) return;
      const kept: Inquiry = (await getInquiry(result.id))!;
      const events: InquiryEvent[] = await eventsOf(result.id);
      expect(kept.context).toEqual(context);
      const file: ExportFile = await toExportFile({ inquiries: [kept], events });
      const back = await checkImport(JSON.stringify(file));
      expect(back).toMatchObject({ ok: true });
      const inquiries: Inquiry[] = back.ok ? back.records.inquiries : [];
      expect(inquiries).toEqual([kept]);
    });
  }

  it('refuses at compile time what the schemas refuse at run time', () => {
    // @ts-expect-error: not a status the schema lists
    const status: Inquiry['status'] = 'lost';
    // @ts-expect-error: a source must be one of the context's fields
    const sources: PageContext['sources'] & SaveInquiryRequest['context']['sources'] = { colour: 'address' };
    expect([status, sources]).toHaveLength(2);
  });
});
