/**
 * Wildberries (wildberries.ru, with or without www). Product pages, `/catalog/<article>/detail.aspx`, and
 * the shopper's purchases: `/lk/myorders/delivery` (items on their way) and `/lk/myorders/archive`
 * (items bought), read as a list of items, each with a contact button of its own.
 * Wildberries writes no JSON-LD; its blocks carry BEM class names that have held across years
 * (`product-page__title`, `price-block__final-price`, `seller-info__…`), unlike hashed ones. Older
 * captures hold unrendered template attributes (`data-link="…"`): only text is read, never attributes
 * but links.
 */
import {
  absoluteHttpUrl,
  cardText,
  currencyFromText,
  elementText,
  fill,
  fillTogether,
  foldSpace,
  parsePrice,
  textOrUndefined,
} from './sources';
import type { MarketplaceAdapter, OrderCard, OrderItem, PageContext, PageTarget, ReadOptions } from './types';

const HOSTS = ['wildberries.ru'];

export function isWildberriesHost(hostname: string): boolean {
  return HOSTS.includes(hostname.toLowerCase().replace(/^www\./, ''));
}

export function wildberriesArticle(url: URL): string | undefined {
  return /^\/catalog\/(\d{4,12})\/detail\.aspx$/.exec(url.pathname)?.[1];
}

const text = (doc: Document, selector: string) => textOrUndefined(doc.querySelector(selector)?.textContent);

/**
 * Two layouts of the product page, told apart by what the page holds, not by a date:
 * - 2022–2025: BEM blocks that held for years (`product-page__title`, `price-block__final-price`,
 *   `seller-info__…`) and `#productNmId`;
 * - 2026: a design system (`mo-typography`, `mo-button`) with hashed class names
 *   (`productTitle--J2W7I`), the title in a heading, the seller in the section labelled «Информация о
 *   продавце», prices as text with ₽.
 */
function isLayout2026(doc: Document): boolean {
  if (doc.querySelector('#productNmId, .product-page__title, .price-block, .seller-info')) return false;
  return doc.querySelector('.mo-typography, section[aria-label="Информация о продавце"]') !== null;
}

/**
 * A quick view («Быстрый просмотр») opened over the page is a whole product card of another product,
 * placed first in <body>, with its own `#productNmId` and price block: the page's card and each quick view
 * are read apart, and the one that names the address's article is read.
 */
const QUICK_VIEW = '.j-product-popup';

interface Scope {
  /** The first element of the scope matching a selector. */
  find(selector: string): Element | undefined;
  quickView: boolean;
}

function scopesOf(doc: Document): Scope[] {
  const page: Scope = {
    find: (selector) => Array.from(doc.querySelectorAll(selector)).find((el) => !el.closest(QUICK_VIEW)),
    quickView: false,
  };
  // A quick view closed but left in the page is not read; its markup stays out of the page's card.
  const views = Array.from(doc.querySelectorAll(`${QUICK_VIEW}.shown`)).map(
    (view): Scope => ({ find: (selector) => view.querySelector(selector) ?? undefined, quickView: true }),
  );
  return [page, ...views];
}

/** The article a scope names: its `#productNmId`, or the quick view's title link. */
function namedArticle(scope: Scope, base: URL): string | undefined {
  const named = textOrUndefined(scope.find('#productNmId')?.textContent);
  if (named && /^\d+$/.test(named)) return named;
  const link = absoluteHttpUrl(scope.find('.j-popup-title')?.getAttribute('href'), base);
  return link ? wildberriesArticle(new URL(link)) : undefined;
}

function readProduct(doc: Document, url: URL, article: string): PageContext {
  const context: PageContext = { marketplace: 'wildberries', kind: 'product', url: url.href, sources: {} };
  fill(context, 'article', [['address', () => article]]);
  if (isLayout2026(doc)) return readProduct2026(doc, url, article, context);
  const scopes = scopesOf(doc);
  const named = scopes.map((scope) => namedArticle(scope, url));
  // The card that names this article; the page's own when nothing names any. A page whose cards all name
  // another article is not this product's yet.
  const index = named.indexOf(article) >= 0 ? named.indexOf(article) : named[0] === undefined ? 0 : -1;
  if (index < 0) return context;
  const scope = scopes[index];
  const text = (selector: string) => textOrUndefined(scope.find(selector)?.textContent);

  fill(context, 'title', [
    ['block:product-page__title', () => text('h1.product-page__title')],
    ['block:product-page__header h1', () => text('.product-page__header h1')],
    // The quick view's title link holds the brand, then the product's name.
    ['block:j-popup-title', () => textOrUndefined(scope.find('.j-popup-title > span:not(.product__brand-name)')?.textContent)],
  ]);

  fillTogether(context, 'seller', 'sellerUrl', [
    [
      'block:seller-info__name',
      () => {
        const el = scope.find('.seller-info__name');
        const name = textOrUndefined(el?.textContent);
        return name ? { main: name, extra: sellerLink(el?.closest('a') ?? el, url) } : undefined;
      },
    ],
    [
      'block:seller-info__default-name',
      () => {
        const name = text('.seller-info__default-name');
        return name ? { main: name, extra: sellerLink(scope.find('.seller-info a[href*="/seller/"]'), url) } : undefined;
      },
    ],
  ]);

  fillTogether(context, 'price', 'currency', [
    [
      'block:price-block__final-price',
      () => {
        const shown = foldSpace(scope.find('.price-block__final-price')?.textContent);
        const amount = parsePrice(shown);
        return amount === undefined ? undefined : { main: amount, extra: currencyFromText(shown) };
      },
    ],
  ]);
  return context;
}

// ------------------------------------------------------------------------------------------ 2026 layout

/** The texts of an element's text nodes, each folded, empty ones left out: a block's words in order. */
function textsOf(el: Element): string[] {
  const texts: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const folded = textOrUndefined(node.textContent);
    if (folded) texts.push(folded);
  }
  return texts;
}

const HEADINGS = 'h1, h2, h3, h4';
const IS_PRICE = /\d\s?₽|₽\s?\d/;

/**
 * The page's own title names the product, its article and its price («<название> <бренд> <артикул>
 * купить за 1 234 ₽ в интернет-магазине Wildberries»). It is trusted only while it names the address's article: after an in-page navigation it
 * may still be the previous product's.
 */
function documentTitleFor(doc: Document, article: string): string | undefined {
  const title = foldSpace(doc.title);
  return new RegExp(`(^|\\D)${article}(\\D|$)`).test(title) ? title : undefined;
}

/**
 * The heading that the page's own title begins with: the product's name as the shopper sees it. The
 * longest such heading, so that a shorter one («Туалетная вода» of a section) does not stand for it.
 */
function headingNamedByTitle(doc: Document, article: string): string | undefined {
  const title = documentTitleFor(doc, article);
  if (!title) return undefined;
  let best: string | undefined;
  for (const heading of Array.from(doc.querySelectorAll(HEADINGS))) {
    const name = textOrUndefined(heading.textContent);
    if (name && name.length >= 3 && !IS_PRICE.test(name) && title.startsWith(name) && name.length > (best?.length ?? 0)) best = name;
  }
  return best;
}

/**
 * The article the drawn card is about: its links to its own reviews (`/catalog/<article>/feedbacks`),
 * beside the heading. Another article there means the page is not this product's yet (the address
 * changed, the card not).
 */
function articleOfCard(doc: Document): string | undefined {
  for (const link of Array.from(doc.querySelectorAll('a[href*="/feedbacks"]'))) {
    const named = /\/catalog\/(\d{4,12})\/feedbacks/.exec(link.getAttribute('href') ?? '')?.[1];
    if (named) return named;
  }
  return undefined;
}

/**
 * The block the shopper buys from: the nearest element around the «Добавить в корзину» button that shows a
 * price. Its price is the one without a wallet or bank-card discount: that one is drawn as a button (it
 * opens the discount's terms), and the old price is struck through.
 */
function buyBlockPrice(doc: Document): { main: number; extra?: string } | undefined {
  const button = doc.querySelector('button[aria-label="Добавить в корзину"]');
  let block: Element | null = button;
  while (block && !IS_PRICE.test(foldSpace(block.textContent))) block = block.parentElement;
  if (!block) return undefined;
  const struck = (el: Element) => el.closest('del, s, [class*="strikethrough"]') !== null;
  const candidates = [
    ...Array.from(block.querySelectorAll('ins')),
    ...Array.from(block.querySelectorAll('span, div, p')).filter((el) => el.children.length === 0),
  ];
  for (const el of candidates) {
    const shown = foldSpace(el.textContent);
    if (!IS_PRICE.test(shown) || el.closest('button') || struck(el)) continue;
    const amount = parsePrice(shown);
    if (amount !== undefined) return { main: amount, extra: currencyFromText(shown) };
  }
  return undefined;
}

function readProduct2026(doc: Document, url: URL, article: string, context: PageContext): PageContext {
  const named = articleOfCard(doc);
  if (named && named !== article) return context;
  fill(context, 'title', [
    ['heading:document-title', () => headingNamedByTitle(doc, article)],
    // Only where the page's title does not serve: the stable prefix of a hashed class, never the whole name.
    ['block:productTitle', () => text(doc, '[class*="productTitle--"]')],
  ]);

  fillTogether(context, 'seller', 'sellerUrl', [
    [
      'section:seller-info',
      () => {
        const link = doc.querySelector('section[aria-label="Информация о продавце"] a[href*="/seller/"]');
        // The link's words: the shop's name, then its rating («4,0»).
        const name = link ? textsOf(link).find((t) => !/^[\d.,\s]+$/.test(t)) : undefined;
        return name ? { main: name, extra: sellerLink(link, url) } : undefined;
      },
    ],
  ]);

  fillTogether(context, 'price', 'currency', [
    ['block:buy', () => buyBlockPrice(doc)],
    [
      'document-title',
      () => {
        const shown = /купить за ([\d\s.,]+\s?₽)/.exec(documentTitleFor(doc, article) ?? '')?.[1];
        const amount = parsePrice(shown);
        return amount === undefined ? undefined : { main: amount, extra: currencyFromText(shown!) };
      },
    ],
  ]);
  return context;
}

function sellerLink(el: Element | null | undefined, base: URL): string | undefined {
  const link = absoluteHttpUrl(el?.getAttribute('href'), base);
  return link && /^\/seller\/\d+/.test(new URL(link).pathname) ? link : undefined;
}

// -------------------------------------------------------------------------------------------- purchases

type PurchasesPage = 'delivery' | 'archive';

export function wildberriesPurchasesPage(url: URL): PurchasesPage | undefined {
  return /^\/lk\/myorders\/(delivery|archive)\/?$/.exec(url.pathname)?.[1] as PurchasesPage | undefined;
}

/** Each page's item cards and the blocks inside them, by their BEM names. */
const PURCHASE_BLOCKS: Record<PurchasesPage, { card: string; name: string; status: string; order: string }> = {
  delivery: {
    card: '.goods-list-delivery__item',
    name: '.goods-list-delivery__name',
    status: '.goods-list-delivery__status',
    order: '.goods-list-delivery__order',
  },
  archive: {
    card: '.archive-item',
    name: '.archive-item__name',
    status: '.archive-item__status',
    order: '.archive-item__order',
  },
};

/**
 * An item card's article: its link to the product, else the article the card names for its pop-up, else
 * the picture's address (`…/<article>/images/…`, the one place every card has it).
 */
function cardArticle(card: Element, base: URL): string | undefined {
  for (const link of Array.from(card.querySelectorAll('a[href]'))) {
    const href = absoluteHttpUrl(link.getAttribute('href'), base);
    const article = href && isWildberriesHost(new URL(href).hostname) ? wildberriesArticle(new URL(href)) : undefined;
    if (article) return article;
  }
  const named = (card.matches('[data-popup-nm-id]') ? card : card.querySelector('[data-popup-nm-id]'))?.getAttribute('data-popup-nm-id');
  if (named && /^\d{4,12}$/.test(named)) return named;
  for (const img of Array.from(card.querySelectorAll('img[src]'))) {
    const article = /\/(\d{4,12})\/images\//.exec(img.getAttribute('src') ?? '')?.[1];
    if (article) return article;
  }
  return undefined;
}

function itemOf(card: Element, blocks: (typeof PURCHASE_BLOCKS)[PurchasesPage], base: URL): OrderItem | undefined {
  const within = (selector: string) => textOrUndefined(card.querySelector(selector)?.textContent);
  const article = cardArticle(card, base);
  const title = within(blocks.name);
  if (!article && !title) return undefined;
  const status = within(blocks.status);
  const orderId = /\d[\d\s-]{4,20}\d/.exec(within(blocks.order) ?? '')?.[0].replace(/\s/g, '');
  return { ...(article && { article }), ...(title && { title }), ...(orderId && { orderId }), ...(status && { status }) };
}

function purchaseCards(doc: Document, page: PurchasesPage, base: URL): { element: Element; item: OrderItem }[] {
  const blocks = PURCHASE_BLOCKS[page];
  return Array.from(doc.querySelectorAll(blocks.card)).flatMap((element) => {
    const item = itemOf(element, blocks, base);
    return item ? [{ element, item }] : [];
  });
}

function readPurchases(doc: Document, url: URL): PageContext {
  const context: PageContext = { marketplace: 'wildberries', kind: 'order-list', url: url.href, sources: {} };
  const items = (page: PurchasesPage) => {
    const found = purchaseCards(doc, page, url).map((card) => card.item);
    return found.length ? found : undefined;
  };
  // Either page's cards are looked for on both: the site has moved blocks between its pages before.
  fill(context, 'items', [
    ['block:goods-list-delivery', () => items('delivery')],
    ['block:archive-item', () => items('archive')],
  ]);
  return context;
}

/** Each bought item's card gets a button; the panel then speaks of that item (and its order, if shown). */
export function findWildberriesOrderCards(doc: Document, url: URL, page: PageContext): OrderCard[] {
  if (!wildberriesPurchasesPage(url)) return [];
  const source = page.sources.items;
  const kind = source === 'block:archive-item' ? 'archive' : source === 'block:goods-list-delivery' ? 'delivery' : undefined;
  if (!kind) return [];
  try {
    return purchaseCards(doc, kind, url).map(({ element, item }, i) => ({
      key: `${i}:${item.article ?? ''}:${item.orderId ?? ''}`,
      element,
      inside: true,
      context: {
        marketplace: 'wildberries',
        kind: 'order',
        url: url.href,
        ...(item.article && { article: item.article }),
        ...(item.title && { title: item.title }),
        ...(item.orderId && { orderId: item.orderId }),
        ...(item.status && { orderStatus: item.status }),
        items: [item],
        // Every field of the card came from the block that answered for the page's items.
        sources: {
          ...(item.article && { article: source }),
          ...(item.title && { title: source }),
          ...(item.orderId && { orderId: source }),
          ...(item.status && { orderStatus: source }),
        },
      },
    }));
  } catch {
    return [];
  }
}

// -------------------------------------------------------------------------------------------- the reader

export function readWildberriesPage(doc: Document, url: URL, _options: ReadOptions = {}): PageContext | null {
  if (!isWildberriesHost(url.hostname)) return null;
  try {
    const article = wildberriesArticle(url);
    if (article) return readProduct(doc, url, article);
    if (wildberriesPurchasesPage(url)) return readPurchases(doc, url);
    return null;
  } catch {
    return null;
  }
}

/**
 * The product's description and characteristics, as the page shows them: the description block
 * (`.j-description`, in the layouts up to 2025; later pages load it only on demand) and every table of
 * the characteristics (a name cell and a value cell a row, in every layout: `.product-params__table`,
 * and the 2026 design system's table). A quick view of another product is left out; a quick view of the
 * address's product is read alone.
 */
export function readWildberriesCardText(doc: Document, url: URL): string | undefined {
  const article = wildberriesArticle(url);
  if (!article || !isWildberriesHost(url.hostname)) return undefined;
  const viewRoot = Array.from(doc.querySelectorAll(`${QUICK_VIEW}.shown`)).find(
    (view) => namedArticle({ find: (selector) => view.querySelector(selector) ?? undefined, quickView: true }, url) === article,
  );
  const all = (selector: string) =>
    viewRoot
      ? Array.from(viewRoot.querySelectorAll(selector))
      : Array.from(doc.querySelectorAll(selector)).filter((el) => !el.closest(QUICK_VIEW));
  const description = all('.j-description').map((el) => {
    const text = elementText(el);
    return text && `Описание\n${text}`;
  });
  const tables = all('table').filter((table) => table.querySelector('tr > th') && table.querySelector('tr > td'));
  const characteristics = tables.map(elementText);
  return cardText([...description, characteristics.length ? `Характеристики\n${characteristics.join('\n')}` : undefined]);
}

export const wildberries: MarketplaceAdapter = {
  id: 'wildberries',
  name: 'Wildberries',
  matches: HOSTS.flatMap((host) => [`https://${host}/*`, `https://www.${host}/*`]),
  handles: (url) => isWildberriesHost(url.hostname),
  readPage: readWildberriesPage,
  pageKinds: ['product', 'order-list'],
  // Wildberries' product pages carry no seller form of their own in the saved pages.
  findPageTarget: (_doc: Document, _target: PageTarget) => null,
  readCardText: readWildberriesCardText,
  findOrderCards: findWildberriesOrderCards,
};
