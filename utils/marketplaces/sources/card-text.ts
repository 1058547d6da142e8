/** A product card's text as it reads on the page, kept with an inquiry as evidence. */

/** The most of a product card's text kept with an inquiry: its description and characteristics. */
export const CARD_TEXT_LIMIT = 20_000;

const SKIPPED = new Set(['script', 'style', 'noscript', 'noframes', 'template', 'svg', 'button', 'img', 'video', 'iframe', 'input', 'select', 'textarea']);
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'div', 'dl', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'tbody',
  'thead', 'tr', 'ul',
]);

/**
 * An element's text as it reads on the page: blocks on lines of their own, a table's cells apart, never
 * markup, scripts or styles. Spaces are folded within a line; empty lines are dropped.
 */
export function elementText(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push(node.textContent ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const name = element.localName;
    if (SKIPPED.has(name) || element.hasAttribute('hidden')) return;
    if (name === 'tr') {
      // A row's cells on one line, whatever the cells hold: «Тип: Таблетки».
      const cells = Array.from(element.children).map((cell) => elementText(cell).replace(/\n/g, ' '));
      parts.push(`\n${cells.filter(Boolean).join(': ')}\n`);
      return;
    }
    const block = BLOCKS.has(name);
    // A term and its definition on one line too.
    if (block || name === 'dt') parts.push('\n');
    else if (name === 'dd') parts.push(': ');
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block || name === 'dd') parts.push('\n');
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').replace(/^:\s*/, '').trim())
    .filter(Boolean)
    .join('\n');
}

/**
 * The sections of a card's text joined, each once (a page that repeats a block, as Ozon's short and full
 * characteristics do, gives it once), and cut at the limit.
 */
export function cardText(sections: (string | undefined)[], limit = CARD_TEXT_LIMIT): string | undefined {
  const kept: string[] = [];
  for (const section of sections) {
    const text = section?.trim();
    if (!text || kept.some((k) => k.includes(text))) continue;
    for (let i = kept.length - 1; i >= 0; i--) if (text.includes(kept[i])) kept.splice(i, 1);
    kept.push(text);
  }
  const joined = kept.join('\n\n');
  if (!joined) return undefined;
  return joined.length > limit ? `${joined.slice(0, limit - 1).trimEnd()}…` : joined;
}
