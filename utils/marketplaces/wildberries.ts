/**
 * Wildberries (wildberries.ru, with or without www). Product pages, `/catalog/<article>/detail.aspx`, and
 * the shopper's purchases: `/lk/myorders/delivery` (items on their way) and `/lk/myorders/archive`
 * (items bought), read as a list of items, each with a contact button of its own.
 * Wildberries writes no JSON-LD; its blocks carry BEM class names that have held across years
 * (`product-page__title`, `price-block__final-price`, `seller-info__…`), unlike hashed ones. Older
 * captures hold unrendered template attributes (`data-link="…"`): only text is read, never attributes
 * but links.
 */
import { absoluteHttpUrl, currencyFromText, fill, fillTogether, foldSpace, parsePrice, textOrUndefined } from './sources';
import type { MarketplaceAdapter, OrderCard, OrderItem, PageContext, PageTarget, ReadOptions } from './types';

const HOSTS = ['wildberries.ru'];

export function isWildberriesHost(hostname: string): boolean {
  return HOSTS.includes(hostname.toLowerCase().replace(/^www\./, ''));
}

export function wildberriesArticle(url: URL): string | undefined {
  return /^\/catalog\/(\d{4,12})\/detail\.aspx$/.exec(url.pathname)?.[1];
}

const text = (doc: Document, selector: string) => textOrUndefined(doc.querySelector(selector)?.textContent);

function readProduct(doc: Document, url: URL, article: string): PageContext {
  const context: PageContext = { marketplace: 'wildberries', kind: 'product', url: url.href, sources: {} };
  fill(context, 'article', [['address', () => article]]);
  // The page names its article in #productNmId; another one there means the page is not this product's yet.
  const named = text(doc, '#productNmId');
  if (named && /^\d+$/.test(named) && named !== article) return context;

  fill(context, 'title', [
    ['block:product-page__title', () => text(doc, 'h1.product-page__title')],
    ['block:product-page__header h1', () => text(doc, '.product-page__header h1')],
  ]);

  fillTogether(context, 'seller', 'sellerUrl', [
    [
      'block:seller-info__name',
      () => {
        const el = doc.querySelector('.seller-info__name');
        const name = textOrUndefined(el?.textContent);
        return name ? { main: name, extra: sellerLink(el?.closest('a') ?? el, url) } : undefined;
      },
    ],
    [
      'block:seller-info__default-name',
      () => {
        const name = text(doc, '.seller-info__default-name');
        return name ? { main: name, extra: sellerLink(doc.querySelector('.seller-info a[href*="/seller/"]'), url) } : undefined;
      },
    ],
  ]);

  fillTogether(context, 'price', 'currency', [
    [
      'block:price-block__final-price',
      () => {
        const shown = foldSpace(doc.querySelector('.price-block__final-price')?.textContent);
        const amount = parsePrice(shown);
        return amount === undefined ? undefined : { main: amount, extra: currencyFromText(shown) };
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

export const wildberries: MarketplaceAdapter = {
  id: 'wildberries',
  name: 'Wildberries',
  matches: HOSTS.flatMap((host) => [`https://${host}/*`, `https://www.${host}/*`]),
  handles: (url) => isWildberriesHost(url.hostname),
  readPage: readWildberriesPage,
  pageKinds: ['product', 'order-list'],
  // Wildberries' product pages carry no seller form of their own in the saved pages.
  findPageTarget: (_doc: Document, _target: PageTarget) => null,
  findOrderCards: findWildberriesOrderCards,
};
