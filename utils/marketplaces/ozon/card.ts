/** What an Ozon product card says of the product beyond its heading: the description and characteristics. */
import { cardText, dig, elementText, textOrUndefined, widgetBlocks, widgetStates } from '../sources';

/**
 * The product's description and characteristics, as the page shows them: the `webDescription` blocks
 * (the description, then the composition and the set), and the characteristics from
 * `state-webCharacteristics-…` (`characteristics[].short[]`: a name and its values) where the page has
 * that state, else from the `webCharacteristics` blocks' text (pages since 2025 render them alone).
 */
export function readOzonCardText(doc: Document, _url: URL): string | undefined {
  const outermost = (blocks: Element[]) => blocks.filter((block) => !blocks.some((other) => other !== block && other.contains(block)));
  const description = outermost(widgetBlocks(doc, 'webDescription')).map(elementText);
  const fromState = widgetStates(doc, 'webCharacteristics').map(characteristicsFromState).filter(Boolean);
  const characteristics = fromState.length ? fromState : outermost(widgetBlocks(doc, 'webCharacteristics')).map(elementText);
  return cardText([...description, ...characteristics]);
}

function characteristicsFromState(state: Record<string, unknown>): string | undefined {
  const groups = dig(state, 'characteristics');
  if (!Array.isArray(groups)) return undefined;
  const lines: string[] = [];
  for (const group of groups) {
    const title = textOrUndefined(dig(group, 'title'));
    if (title) lines.push(title);
    for (const entry of [dig(group, 'short'), dig(group, 'long')].flatMap((list) => (Array.isArray(list) ? list : []))) {
      const name = textOrUndefined(dig(entry, 'name'));
      const values = dig(entry, 'values');
      const value = Array.isArray(values)
        ? values.map((item) => textOrUndefined(dig(item, 'text'))).filter(Boolean).join(', ')
        : undefined;
      if (name && value) lines.push(`${name}: ${value}`);
    }
  }
  return lines.length ? `Характеристики\n${lines.join('\n')}` : undefined;
}
