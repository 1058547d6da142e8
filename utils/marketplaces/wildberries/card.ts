/** What a Wildberries product card says of the product beyond its heading: the description and characteristics. */
import { cardText, elementText } from '../sources';
import { isWildberriesHost, wildberriesArticle } from './address';
import { namedArticle, QUICK_VIEW } from './product';

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
