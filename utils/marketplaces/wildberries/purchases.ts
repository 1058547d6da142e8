/** The shopper's purchases on Wildberries: items on their way and items bought, a button on each. */
import { absoluteHttpUrl, fill, textOrUndefined } from '../sources';
import type { OrderCard, OrderItem, PageContext } from '../types';
import { isWildberriesHost, wildberriesArticle, wildberriesPurchasesPage, type PurchasesPage } from './address';

export type { PurchasesPage } from './address';


/** Each page's item cards and the blocks inside them, by their BEM names. */
export const PURCHASE_BLOCKS: Record<PurchasesPage, { card: string; name: string; status: string; order: string }> = {
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
export function cardArticle(card: Element, base: URL): string | undefined {
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

export function itemOf(card: Element, blocks: (typeof PURCHASE_BLOCKS)[PurchasesPage], base: URL): OrderItem | undefined {
  const within = (selector: string) => textOrUndefined(card.querySelector(selector)?.textContent);
  const article = cardArticle(card, base);
  const title = within(blocks.name);
  if (!article && !title) return undefined;
  const status = within(blocks.status);
  const orderId = /\d[\d\s-]{4,20}\d/.exec(within(blocks.order) ?? '')?.[0].replace(/\s/g, '');
  return { ...(article && { article }), ...(title && { title }), ...(orderId && { orderId }), ...(status && { status }) };
}

export function purchaseCards(doc: Document, page: PurchasesPage, base: URL): { element: Element; item: OrderItem }[] {
  const blocks = PURCHASE_BLOCKS[page];
  return Array.from(doc.querySelectorAll(blocks.card)).flatMap((element) => {
    const item = itemOf(element, blocks, base);
    return item ? [{ element, item }] : [];
  });
}

export function readPurchases(doc: Document, url: URL): PageContext {
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
