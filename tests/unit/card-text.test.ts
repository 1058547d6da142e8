/**
 * What a product page says of the product, kept with an inquiry as evidence: each real page's
 * description or characteristics, checked against a phrase read from the page by hand; never a
 * reviewer's name or words, never markup, never more than the limit.
 */
import { describe, expect, it } from 'vitest';
import { adapterFor } from '../../utils/marketplaces';
import { CARD_TEXT_LIMIT, elementText } from '../../utils/marketplaces/sources';
import { parseFile, parseHtml } from '../support/dom';
import { missingPagesMessage, pagesRequired, realPages, sharedPages, type PageCase } from '../support/pages';

/** file → phrases the page's description or characteristics show (read by hand), or null: none shown. */
const KNOWN: Record<string, string[] | null> = {
  'ozon/product-2022-701406601.html': [
    'Экологичные таблетки для посудомоечных машин KIX обеспечивают мощную',
    // From `state-webCharacteristics-…`, a name and its values.
    'Страна-изготовитель: Россия',
  ],
  'ozon/product-2023-1118134991.html': ['Таблетки для посудомоечной машины бренда SOMTI созданы специально', 'Аромат: Без отдушки'],
  'ozon/product-2025-153929230.html': ['содержат 10 активных действий', 'Количество таблеток/капсул в одной упаковке, шт: 100'],
  'ozon/product-2025-by-1585614406.html': ['Материал стельки: PU+полиэфир'],
  'wildberries/product-2023-164419278.html': ['изысканной арабики BRAZILIA', 'Страна производства: Россия'],
  'wildberries/product-2025-164419278.html': ['Вид зерен: арабика'],
  'wildberries/product-2026-195676297.html': ['Группа аромата: водный-древесный'],
  // Trimmed: JSON-LD and state alone. Its JSON-LD description is the shop's advertising line, not taken.
  'yandex-market/product-2026-1912483624.html': null,
  'real/ozon/product-2025-1998926903.html': ['Можно выбирать частоту обновления до 120 Гц'],
  'real/ozon/product-2025-747122168.html': ['Кофе капсулы Dolce Gusto для кофемашины капсульной'],
  // The server's raw HTML and an out-of-stock card: no description block drawn.
  'real/ozon/product-2024-1648654068.html': null,
  'real/ozon/product-2025-oos-1386462292.html': null,
  'real/yandex-market/product-2025-804002958.html': ['позволяет дистанционно управлять освещением', 'Протокол связи\nWi-Fi', 'Гарантийный срок\n1 г.'],
  'real/wildberries/product-2025-210131077.html': ['Особенности модели: Без козырька бейсболка'],
  // The card at its own address (its table, not the quick view's); the quick view's product: nothing.
  'real/wildberries/product-2025-quickview-34640737.html@34640737': ['Стандарт кофейных капсул: Nescafe Dolce Gusto'],
  'real/wildberries/product-2025-quickview-34640737.html@148644216': null,
};

/** Reviewers' names and words on the pages (read by hand): personal data, never part of the card. */
const NOT_CARD: Record<string, string[]> = {
  'ozon/product-2025-153929230.html': ['Николай С.', 'Татьяна К.', 'Моют хорошо, а что ещё надо'],
  'wildberries/product-2023-164419278.html': ['Ольга', 'Елена'],
};

function cardOf(page: PageCase): string | undefined {
  const url = new URL(page.url);
  return adapterFor(url)?.readCardText?.(parseFile(page.path), url);
}

/** A page read at two addresses (a quick view's product over another's card) is told apart by its article. */
const key = (page: PageCase) => (page.file.includes('quickview') ? `${page.file}@${/catalog\/(\d+)/.exec(page.url)?.[1]}` : page.file);

function checkPages(pages: PageCase[]) {
  for (const page of pages.filter((p) => p.kind === 'product')) {
    const known = KNOWN[key(page)];
    it(`${key(page)}: ${known ? 'its description and characteristics' : 'nothing shown, nothing kept'}`, () => {
      expect(known, `${key(page)} has no phrase read by hand`).not.toBeUndefined();
      const text = cardOf(page);
      if (known === null) return expect(text).toBeUndefined();
      expect(text).toBeDefined();
      for (const phrase of known!) expect(text).toContain(phrase);
      for (const phrase of NOT_CARD[key(page)] ?? []) expect(text).not.toContain(phrase);
      // Neither markup, nor a page script's data (Yandex Market's `<noframes>` patches), nor an address or a phone.
      expect(text).not.toMatch(/<\/?[a-z][^>]*>|\{"|[\w.+-]+@[\w-]+\.\w+|\+7[\s(]*9\d\d/i);
      expect(text!.length).toBeLessThanOrEqual(CARD_TEXT_LIMIT);
    });
  }
}

describe('the product card on real saved pages (../shared/pages)', () => {
  const shared = sharedPages();
  if (!shared) {
    it.skipIf(!pagesRequired)(missingPagesMessage(), () => {
      throw new Error(`MH_REQUIRE_PAGES=1 but ${missingPagesMessage()}`);
    });
    return;
  }
  checkPages(shared);
  it('looks for reviewers who are really on those pages (so their absence from the card means something)', () => {
    for (const [file, names] of Object.entries(NOT_CARD)) {
      const page = shared.find((p) => p.file === file)!;
      const html = parseFile(page.path).documentElement.outerHTML;
      for (const name of names) expect(html, `${name} is on ${file}`).toContain(name);
    }
  });
});

describe('the product card on real pages kept here (tests/fixtures/real)', () => checkPages(realPages()));

describe('card text', () => {
  it('is the text as it reads, never markup, scripts or styles', () => {
    const doc = parseHtml(
      '<div id="x"><h2>Описание</h2><p>Первая <b>строка</b></p><script>alert(1)</script><style>p{}</style>' +
        '<table><tr><th><span>Тип</span></th><td><div>Таблетки</div></td></tr></table><dl><dt>Бренд</dt><dd>Сомат</dd></dl>' +
        '<p>&lt;img src=x onerror=alert(1)&gt;</p></div>',
    );
    expect(elementText(doc.getElementById('x')!)).toBe(
      'Описание\nПервая строка\nТип: Таблетки\nБренд: Сомат\n<img src=x onerror=alert(1)>',
    );
  });

  it(`is cut at ${CARD_TEXT_LIMIT} characters`, () => {
    const long = 'Очень длинное описание. '.repeat(2_000);
    const url = new URL('https://www.ozon.ru/product/x-153929230/');
    const doc = parseHtml(`<div data-widget="webDescription"><p>${long}</p></div>`);
    const text = adapterFor(url)!.readCardText!(doc, url)!;
    expect(text.length).toBe(CARD_TEXT_LIMIT);
    expect(text.endsWith('…')).toBe(true);
  });
});
