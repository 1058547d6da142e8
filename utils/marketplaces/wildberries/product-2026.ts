/** A Wildberries product page in its 2026 layout: a design system with hashed class names. */
import { absoluteHttpUrl, currencyFromText, fill, fillTogether, foldSpace, parsePrice, textOrUndefined } from '../sources';
import type { PageContext } from '../types';
import { text } from './address';

/** The texts of an element's text nodes, each folded, empty ones left out: a block's words in order. */
export function textsOf(el: Element): string[] {
  const texts: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const folded = textOrUndefined(node.textContent);
    if (folded) texts.push(folded);
  }
  return texts;
}

export const HEADINGS = 'h1, h2, h3, h4';
export const IS_PRICE = /\d\s?₽|₽\s?\d/;

/**
 * The page's own title names the product, its article and its price («<название> <бренд> <артикул>
 * купить за 1 234 ₽ в интернет-магазине Wildberries»). It is trusted only while it names the address's article: after an in-page navigation it
 * may still be the previous product's.
 */
export function documentTitleFor(doc: Document, article: string): string | undefined {
  const title = foldSpace(doc.title);
  return new RegExp(`(^|\\D)${article}(\\D|$)`).test(title) ? title : undefined;
}

/**
 * The heading that the page's own title begins with: the product's name as the shopper sees it. The
 * longest such heading, so that a shorter one («Туалетная вода» of a section) does not stand for it.
 */
export function headingNamedByTitle(doc: Document, article: string): string | undefined {
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
export function articleOfCard(doc: Document): string | undefined {
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
export function buyBlockPrice(doc: Document): { main: number; extra?: string } | undefined {
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

export function readProduct2026(doc: Document, url: URL, article: string, context: PageContext): PageContext {
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

export function sellerLink(el: Element | null | undefined, base: URL): string | undefined {
  const link = absoluteHttpUrl(el?.getAttribute('href'), base);
  return link && /^\/seller\/\d+/.test(new URL(link).pathname) ? link : undefined;
}
