/**
 * The page's structured data — JSON-LD, widget states, widget blocks — each found by one scan of the
 * document within a reading. Every helper tolerates broken input: a reader must never throw into the page.
 */
import { isRecord, parseJson, parseState } from './json';

/**
 * One reading of a page asks the same questions many times (a widget's state, a block, the JSON-LD).
 * Each question is a scan of the whole document; within `withPageIndex` the answers come from one scan.
 */
interface PageIndex {
  doc: Document;
  /** Widget → its state elements; parsed only when asked for (some states are large). */
  stateElements: Map<string, Element[]>;
  states: Map<string, Record<string, unknown>[]>;
  blocks: Map<string, Element[]>;
  jsonLd?: Record<string, unknown>[];
}

function group(elements: Element[], name: (el: Element) => string | undefined): Map<string, Element[]> {
  const groups = new Map<string, Element[]>();
  for (const el of elements) {
    const key = name(el);
    if (!key) continue;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(el);
  }
  return groups;
}

/**
 * Each state element's JSON as last parsed, with the text it was parsed from: a page read again (it
 * changed elsewhere, the panel is open) parses only the states whose text changed. The values are shared
 * between readings: a reader never changes them.
 */
const parsed = new WeakMap<Element, { raw: string | null; value: unknown }>();

/** The JSON of a state element's text (`raw`), parsed once for as long as the text stays the same. */
export function parsedOnce(el: Element, raw: string | null): unknown {
  const known = parsed.get(el);
  if (known && known.raw === raw) return known.value;
  const value = parseState(raw);
  parsed.set(el, { raw, value });
  return value;
}

const stateOf = (el: Element): unknown => parsedOnce(el, el.getAttribute('data-state'));

function parsedStates(elements: Element[]): Record<string, unknown>[] {
  return elements.map(stateOf).filter(isRecord);
}

let index: PageIndex | undefined;

export function withPageIndex<T>(doc: Document, read: () => T): T {
  const outer = index;
  index = {
    doc,
    stateElements: group(Array.from(doc.querySelectorAll('[id^="state-"]')), (el) => /^state-([A-Za-z0-9]+)-/.exec(el.id)?.[1]),
    states: new Map(),
    blocks: new Map(),
  };
  try {
    return read();
  } finally {
    index = outer;
  }
}

/** Every JSON-LD object on the page, with `@graph` and arrays flattened. Malformed blocks are skipped. */
export function readJsonLd(doc: Document): Record<string, unknown>[] {
  if (index?.doc === doc && index.jsonLd) return index.jsonLd;
  const found: Record<string, unknown>[] = [];
  const visit = (node: unknown, depth: number): void => {
    if (depth > 4) return;
    if (Array.isArray(node)) node.forEach((n) => visit(n, depth + 1));
    else if (isRecord(node)) {
      found.push(node);
      if (Array.isArray(node['@graph'])) visit(node['@graph'], depth + 1);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    visit(parseJson(script.textContent), 0);
  }
  if (index?.doc === doc) index.jsonLd = found;
  return found;
}

function hasType(node: Record<string, unknown>, type: string): boolean {
  const t = node['@type'];
  return t === type || (Array.isArray(t) && t.includes(type));
}

/** The first JSON-LD object of a schema.org type. */
export function jsonLdOfType(doc: Document, type: string): Record<string, unknown> | undefined {
  return readJsonLd(doc).find((node) => hasType(node, type));
}

/** The parsed `data-state` JSON of each `<div id="state-<widget>-…">` on the page, in page order. */
export function widgetStates(doc: Document, widget: string): Record<string, unknown>[] {
  if (index?.doc !== doc) return parsedStates(Array.from(doc.querySelectorAll(`[id^="state-${widget}-"]`)));
  let states = index.states.get(widget);
  if (!states) index.states.set(widget, (states = parsedStates(index.stateElements.get(widget) ?? [])));
  return states;
}

/** Every widget state on the page, with the widget's name (from `state-<widget>-<id>-…`). */
export function allWidgetStates(doc: Document): { widget: string; state: Record<string, unknown> }[] {
  if (index?.doc === doc) {
    const current = index;
    return [...current.stateElements.keys()].flatMap((widget) =>
      widgetStates(current.doc, widget).map((state) => ({ widget, state })),
    );
  }
  const states: { widget: string; state: Record<string, unknown> }[] = [];
  for (const el of Array.from(doc.querySelectorAll('[id^="state-"][data-state]'))) {
    const widget = /^state-([A-Za-z0-9]+)-/.exec(el.id)?.[1];
    const state = widget ? stateOf(el) : undefined;
    if (widget && isRecord(state)) states.push({ widget, state });
  }
  return states;
}

export function widgetBlocks(root: Document | Element, widget: string): Element[] {
  const find = () => Array.from(root.querySelectorAll(`[data-widget="${widget}"]`));
  if (index?.doc !== root) return find();
  let blocks = index.blocks.get(widget);
  if (!blocks) index.blocks.set(widget, (blocks = find()));
  return blocks;
}
