/**
 * The Ozon reader when sources go missing, disagree or break: each field falls back to the next source,
 * the address wins, and nothing throws.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ozon, ozonAddress, readOzonPage } from '../../utils/marketplaces/ozon';
import { sourceFailures } from '../../utils/marketplaces/sources';
import { parseHtml } from '../support/dom';
import { fixturePages, fixturesDir } from '../support/pages';

const NOW = new Date('2026-11-22T12:00:00Z');
const productHtml = readFileSync(`${fixturesDir}/ozon/product.html`, 'utf8');
const productUrl = new URL(fixturePages().find((p) => p.file === 'ozon/product.html')!.url);

function readProduct(mutate: (doc: Document) => void = () => {}, url = productUrl) {
  const doc = parseHtml(productHtml);
  mutate(doc);
  return readOzonPage(doc, url, { now: NOW });
}

const remove = (selector: string) => (doc: Document) => doc.querySelectorAll(selector).forEach((el) => el.remove());

describe('addresses', () => {
  it('handles ozon.ru, ozon.by and ozon.kz, with and without www, and nothing else', () => {
    for (const host of ['ozon.ru', 'www.ozon.ru', 'ozon.by', 'www.ozon.by', 'ozon.kz', 'WWW.OZON.KZ']) {
      expect(ozon.handles(new URL(`https://${host}/product/x-123456/`)), host).toBe(true);
    }
    for (const host of ['seller.ozon.ru', 'ozon.ru.example.com', 'notozon.ru', 'ozon.com']) {
      expect(ozon.handles(new URL(`https://${host}/product/x-123456/`)), host).toBe(false);
    }
  });

  it('covers the same hosts in the content script matches', () => {
    expect([...ozon.matches].sort()).toEqual(
      ['ozon.by', 'ozon.kz', 'ozon.ru', 'www.ozon.by', 'www.ozon.kz', 'www.ozon.ru'].map((h) => `https://${h}/*`),
    );
  });

  it('reads the article, the order number and the shipment from the address', () => {
    expect(ozonAddress(new URL('https://www.ozon.ru/product/kruzhka-987654321/?at=abc'))).toEqual({ kind: 'product', article: '987654321' });
    expect(ozonAddress(new URL('https://www.ozon.ru/product/987654321'))).toEqual({ kind: 'product', article: '987654321' });
    expect(ozonAddress(new URL('https://ozon.ru/my/orderdetails/?order=46206571-0591-1'))).toEqual({
      kind: 'order',
      orderId: '46206571-0591',
      shipmentId: '46206571-0591-1',
    });
    expect(ozonAddress(new URL('https://ozon.ru/my/orderdetails/?order=46206571-0591'))).toEqual({
      kind: 'order',
      orderId: '46206571-0591',
      shipmentId: undefined,
    });
    expect(ozonAddress(new URL('https://ozon.ru/my/orderlist'))).toEqual({ kind: 'order-list' });
    expect(ozonAddress(new URL('https://ozon.ru/category/kruzhki-15080/'))).toBeUndefined();
    expect(ozonAddress(new URL('https://ozon.ru/seller/teplyy-den-424242/'))).toBeUndefined();
  });
});

describe('product sources', () => {
  it('reads the fixture from the first sources', () => {
    expect(readProduct()?.sources).toEqual({
      article: 'address',
      title: 'state:webProductHeading',
      seller: 'block:webCurrentSeller',
      sellerUrl: 'block:webCurrentSeller',
      price: 'json-ld',
      currency: 'json-ld',
    });
  });

  it('falls back field by field when blocks and states are gone', () => {
    const context = readProduct((doc) => {
      remove('[id^="state-webProductHeading-"]')(doc);
      remove('[data-widget="webCurrentSeller"]')(doc);
      remove('script[type="application/ld+json"]')(doc);
    });
    expect(context).toMatchObject({
      title: 'Термокружка стальная 450 мл, с крышкой',
      seller: 'Тёплый день',
      sellerUrl: 'https://www.ozon.ru/seller/424242/',
      price: 1290,
      currency: 'RUB',
      sources: { title: 'block:webProductHeading', seller: 'state:seller', price: 'state:webPrice' },
    });
  });

  it('finds the seller in any widget state when no block renders it', () => {
    const context = readProduct((doc) => {
      remove('[data-widget="webCurrentSeller"]')(doc);
      remove('[data-widget="webStickyProducts"]')(doc);
      const holder = doc.createElement('div');
      holder.id = 'state-webSomeFutureWidget-1-default-1';
      holder.setAttribute('data-state', JSON.stringify({ sku: 987654321, seller: { name: 'Новый магазин', link: '/seller/new-1/' } }));
      doc.body.append(holder);
    });
    expect(context).toMatchObject({ seller: 'Новый магазин', sellerUrl: 'https://www.ozon.ru/seller/new-1/' });
  });

  it('leaves a field absent when no source has it, rather than guessing', () => {
    const context = readProduct((doc) => {
      remove('[data-widget="webCurrentSeller"]')(doc);
      remove('[data-widget="webStickyProducts"]')(doc);
      remove('[data-widget="webPrice"]')(doc);
      remove('script[type="application/ld+json"]')(doc);
    });
    expect(context).not.toHaveProperty('seller');
    expect(context).not.toHaveProperty('price');
    expect(context).not.toHaveProperty('currency');
    expect(context?.title).toBe('Термокружка стальная 450 мл, с крышкой');
  });

  it('trusts only the address while the page still shows another product (a page half replaced)', () => {
    // The site has pushed the next product's address but not yet drawn it.
    const context = readProduct(() => {}, new URL('https://www.ozon.ru/product/drugoy-tovar-111111111/'));
    expect(context).toEqual({
      marketplace: 'ozon',
      kind: 'product',
      url: 'https://www.ozon.ru/product/drugoy-tovar-111111111/',
      article: '111111111',
      sources: { article: 'address' },
    });
  });

  it('reads the page once nothing on it names another product', () => {
    const context = readProduct(
      (doc) => {
        remove('script[type="application/ld+json"]')(doc);
        remove('[id^="state-webDetailSKU-"]')(doc);
        remove('[data-widget="webStickyProducts"]')(doc);
      },
      new URL('https://www.ozon.ru/product/drugoy-tovar-111111111/'),
    );
    expect(context).toMatchObject({ article: '111111111', title: 'Термокружка стальная 450 мл, с крышкой', price: 1290 });
  });

  it('keeps price and currency from the same source', () => {
    const context = readProduct((doc) => {
      remove('script[type="application/ld+json"]')(doc);
      doc.querySelector('[id^="state-webPrice-"]')!.setAttribute('data-state', '{"price":"92,10 BYN"}');
    });
    expect(context).toMatchObject({ price: 92.1, currency: 'BYN' });
  });

  it('reads thin-space prices with a decimal comma', () => {
    const context = readProduct((doc) => {
      remove('script[type="application/ld+json"]')(doc);
      doc.querySelector('[id^="state-webPrice-"]')!.setAttribute('data-state', '{"price":"12\u2009345,50\u2009₽"}');
    });
    expect(context).toMatchObject({ price: 12345.5, currency: 'RUB' });
  });

  it('skips state JSON too large to parse without stalling the page', () => {
    const huge = JSON.stringify({ title: 'Не тот заголовок', padding: 'x'.repeat(600_000) });
    const context = readProduct((doc) => {
      doc.querySelector('[id^="state-webProductHeading-"]')!.setAttribute('data-state', huge);
    });
    expect(context?.sources.title).toBe('block:webProductHeading');
  });
});

describe('order pages', () => {
  const orderPage = (title: string) =>
    parseHtml(`<div data-widget="titleWithTimer"><h1>${title}</h1></div>
      <div data-widget="shipmentWidget"><h2>Отправление 46206571-0591-1</h2><div>Доставлен</div></div>`);
  const url = new URL('https://www.ozon.ru/my/orderdetails/?order=46206571-0591');

  it('gives a date written without a year the current year', () => {
    expect(readOzonPage(orderPage('Заказ от 17 сентября'), url, { now: NOW })?.orderDate).toBe('2026-09-17');
  });

  it('counts today in Moscow time, where the marketplace writes its dates', () => {
    // 22:30 UTC on 31 December is already 1 January in Moscow.
    const newYearInMoscow = new Date('2026-12-31T22:30:00Z');
    expect(readOzonPage(orderPage('Заказ от 1 января'), url, { now: newYearInMoscow })?.orderDate).toBe('2027-01-01');
  });

  it('gives a date later in the year than today the year before', () => {
    const january = new Date('2027-01-05T10:00:00Z');
    expect(readOzonPage(orderPage('Заказ от 28 декабря'), url, { now: january })?.orderDate).toBe('2026-12-28');
  });

  it('does not invent a date that does not exist', () => {
    expect(readOzonPage(orderPage('Заказ от 31 февраля 2026'), url, { now: NOW })).not.toHaveProperty('orderDate');
  });

  it('narrows the page to the shipment named in the address', () => {
    const doc = parseHtml(`<div data-widget="titleWithTimer"><h1>Заказ от 1 октября 2026</h1></div>
      <div data-widget="shipmentWidget"><h2>Отправление 46206571-0591-1</h2><div>Доставлен</div><a href="/product/a-11111111/">Первый</a></div>
      <div data-widget="shipmentWidget"><h2>Отправление 46206571-0591-2</h2><div>В пути</div><a href="/product/b-22222222/">Второй</a></div>`);
    const whole = readOzonPage(doc, url, { now: NOW });
    expect(whole?.orderStatus).toBe('Доставлен; В пути');
    expect(whole?.items?.map((i) => i.article)).toEqual(['11111111', '22222222']);
    const second = readOzonPage(doc, new URL(`${url.href}-2`), { now: NOW });
    expect(second).toMatchObject({ orderId: '46206571-0591', orderStatus: 'В пути' });
    expect(second?.items).toEqual([{ article: '22222222', title: 'Второй', shipmentId: '46206571-0591-2' }]);
  });
});

describe('bad input', () => {
  it('gives nothing for an order address without an order number', () => {
    const doc = parseHtml('<div data-widget="titleWithTimer"><h1>Заказ от 1 октября 2026</h1></div>');
    expect(readOzonPage(doc, new URL('https://www.ozon.ru/my/orderdetails/?order=abc'))).toBeNull();
    expect(readOzonPage(doc, new URL('https://www.ozon.ru/my/orderdetails/'))).toBeNull();
  });

  it('gives nothing for pages it does not know', () => {
    const doc = parseHtml(productHtml);
    for (const address of ['https://www.ozon.ru/', 'https://www.ozon.ru/category/x-1/', 'https://www.ozon.ru/search/?text=x', 'https://example.com/product/x-987654321/']) {
      expect(readOzonPage(doc, new URL(address)), address).toBeNull();
    }
  });

  it('reads a 5 MB page', () => {
    const filler = '<div data-widget="skuGrid"><a href="/product/other-22222222/">Другой товар</a><span>1 999 ₽</span></div>'.repeat(60_000);
    const html = productHtml.replace('</main>', `${filler}</main>`);
    expect(html.length).toBeGreaterThan(5_000_000);
    const context = readOzonPage(parseHtml(html), productUrl, { now: NOW });
    expect(context).toMatchObject({ article: '987654321', seller: 'Тёплый день', price: 1290 });
  });

  it('never throws, whatever is cut out of or scrambled in the page', () => {
    const pages = fixturePages().filter((p) => p.marketplace === 'ozon');
    fc.assert(
      fc.property(
        fc.constantFrom(...pages),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('remove', 'garble-state', 'garble-text', 'empty')), { maxLength: 12 }),
        (page, mutations) => {
          const doc = parseHtml(readFileSync(page.path, 'utf8'));
          const elements = Array.from(doc.querySelectorAll('body *'));
          for (const [index, kind] of mutations) {
            const el = elements[index % Math.max(elements.length, 1)];
            if (!el) continue;
            if (kind === 'remove') el.remove();
            if (kind === 'garble-state') el.setAttribute('data-state', '{"title": [unterminated');
            if (kind === 'garble-text') el.textContent = '}{<script>Продавец: ₽₽ 31 февраля';
            if (kind === 'empty') el.replaceChildren();
          }
          sourceFailures.length = 0;
          const context = readOzonPage(doc, new URL(page.url), { now: NOW });
          // No source may fail on a broken page: each answers nothing instead.
          expect(sourceFailures).toEqual([]);
          // Whatever is left of the page, the address still says what it is about.
          if (page.kind === 'product') expect(context?.article).toBe(page.expect.article);
          if (page.kind === 'order') expect(context?.orderId).toBe(page.expect.orderId);
        },
      ),
      { numRuns: 300 },
    );
  });
});
