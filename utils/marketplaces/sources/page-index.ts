/**
 * Reading helpers shared by the marketplace readers: JSON-LD, widget state JSON, visible text, prices and
 * dates. Every helper tolerates broken input: a reader must never throw into the page.
 */
import { moscowDate } from '../../calendar/moscow';
import type { ContextField, PageContext } from '../types';

/**
 * State JSON larger than this is not parsed: a page that embeds megabytes of state in one attribute would
 * otherwise stall the page's main thread while we parse it.
 */
export const MAX_JSON_CHARS = 512 * 1024;

/**
 * Folds every kind of white space (NBSP, thin and narrow spaces included) into one plain space, and drops
 * the zero-width characters pages use to break words.
 */
export function foldSpace(text: string | null | undefined): string {
  return (text ?? '')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
    .trim();
}

/** A non-empty folded string, or undefined. */
export function textOrUndefined(text: unknown): string | undefined {
  if (typeof text !== 'string' && typeof text !== 'number') return undefined;
  const folded = foldSpace(String(text));
  return folded === '' ? undefined : folded;
}

export function parseJson(text: string | null | undefined): unknown {
  if (!text || text.length > MAX_JSON_CHARS) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

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

function parsedStates(elements: Element[]): Record<string, unknown>[] {
  return elements.map((el) => parseJson(el.getAttribute('data-state'))).filter(isRecord);
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
    const parsed = parseJson(el.getAttribute('data-state'));
    if (widget && isRecord(parsed)) states.push({ widget, state: parsed });
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

/** Follows a path of keys through nested JSON, e.g. `dig(state, 'seller', 'name')`. */
export function dig(value: unknown, ...path: (string | number)[]): unknown {
  let node = value;
  for (const key of path) {
    if (Array.isArray(node) && typeof key === 'number') node = node[key];
    else if (isRecord(node) && typeof key === 'string') node = node[key];
    else return undefined;
  }
  return node;
}

// Belarusian roubles first: "бел. руб." also contains "руб".
const CURRENCY_SIGNS: [RegExp, string][] = [
  [/\bBYN\b|бел\.?\s*руб/i, 'BYN'],
  [/₸|\bKZT\b|тенге/i, 'KZT'],
  [/₽|руб|\bRUB\b/i, 'RUB'],
];

export function currencyFromText(text: string): string | undefined {
  return CURRENCY_SIGNS.find(([pattern]) => pattern.test(text))?.[1];
}

export const KNOWN_CURRENCIES = new Set(['RUB', 'BYN', 'KZT', 'USD', 'EUR', 'AMD', 'KGS', 'UZS']);

/**
 * "2 490 ₽" → 2490; "35,60 BYN" → 35.6; "780" → 780. Takes the first number in the text (a price block
 * lists the current price first). Spaces inside a number may be any of the thin or non-breaking ones.
 */
export function parsePrice(text: unknown): number | undefined {
  if (typeof text === 'number') return Number.isFinite(text) && text > 0 ? text : undefined;
  if (typeof text !== 'string') return undefined;
  const match = /\d{1,3}(?:[\s\u00a0\u2009\u202f]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?/.exec(text);
  if (!match) return undefined;
  const value = Number(match[0].replace(/[\s\u00a0\u2009\u202f]/g, '').replace(',', '.'));
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

const MONTHS_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];

function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return date.toISOString().slice(0, 10);
}


/**
 * Reads a date as a Russian page writes it: "17 сентября 2024", "17 сентября" (the current year, which the
 * sites leave out; a day later than today then belongs to last year), "17.09.2024", or ISO "2024-09-17…"
 * (with a time and an offset, the day it was in Moscow).
 */
export function parseRussianDate(text: unknown, now: Date = new Date()): string | undefined {
  if (typeof text !== 'string') return undefined;
  const iso = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2}))?/.exec(text);
  if (iso) {
    const day = isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (!day || !iso[4]) return day;
    const moment = new Date(iso[0]);
    return Number.isNaN(moment.getTime()) ? day : moscowDate(moment.getTime());
  }
  const dotted = /(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/.exec(text);
  if (dotted) return isoDate(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
  const words = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2})\\s+(${MONTHS_GENITIVE.join('|')})(?![\\p{L}])(?:\\s+(\\d{4})(?!\\d))?`, 'iu').exec(
    foldSpace(text),
  );
  if (!words) return undefined;
  const day = Number(words[1]);
  const month = MONTHS_GENITIVE.indexOf(words[2].toLowerCase()) + 1;
  if (words[3]) return isoDate(Number(words[3]), month, day);
  const today = moscowDate(now.getTime());
  const year = Number(today.slice(0, 4));
  const thisYear = isoDate(year, month, day);
  if (thisYear && thisYear <= today) return thisYear;
  return isoDate(year - 1, month, day);
}

/** One way of reading a field: a name for the record, and a function that may answer or not. */
export type Source<T> = readonly [name: string, read: () => T | undefined | null];

/**
 * Sources that threw, newest last (at most 20): a source is written to answer nothing when its data is
 * missing, so a throw is a bug in it. Tests read this; a bug report can quote it.
 */
export const sourceFailures: string[] = [];

/**
 * Tries the sources in order and returns the first answer, with the name of the source that gave it.
 * A source that throws counts as not answering: one broken block must not cost the other fields.
 */
export function firstAnswer<T>(sources: readonly Source<T>[]): { value: T; source: string } | undefined {
  for (const [name, read] of sources) {
    let value: T | undefined | null;
    try {
      value = read();
    } catch (error) {
      sourceFailures.push(`${name}: ${String((error as Error)?.message ?? error)}`);
      sourceFailures.splice(0, sourceFailures.length - 20);
      value = undefined;
    }
    if (value !== undefined && value !== null && !(typeof value === 'string' && value === '')) {
      return { value, source: name };
    }
  }
  return undefined;
}

/** Sets a context field from the first source that answers, recording which one did. */
export function fill<K extends ContextField>(
  context: PageContext,
  field: K,
  sources: readonly Source<NonNullable<PageContext[K]>>[],
): void {
  const answer = firstAnswer(sources);
  if (!answer) {
    // Kept for the note a shopper can copy into a bug report when a page is not understood.
    (context.missed ??= {})[field] = sources.map(([name]) => name);
    return;
  }
  context[field] = answer.value as PageContext[K];
  context.sources[field] = answer.source;
}

/**
 * Two fields read together from one source — a seller and its link, a price and its currency — so that
 * neither is ever paired with another source's answer. The second may be missing where the first is not.
 */
export function fillTogether<A extends ContextField, B extends ContextField>(
  context: PageContext,
  main: A,
  extra: B,
  sources: readonly Source<{ main: NonNullable<PageContext[A]>; extra?: PageContext[B] }>[],
): void {
  const answer = firstAnswer(sources);
  if (!answer) {
    (context.missed ??= {})[main] = sources.map(([name]) => name);
    return;
  }
  context[main] = answer.value.main as PageContext[A];
  context.sources[main] = answer.source;
  if (answer.value.extra !== undefined) {
    context[extra] = answer.value.extra;
    context.sources[extra] = answer.source;
  }
}

/**
 * A page the address names (a product, an order) but whose content gave nothing: only the address
 * answered. The panel still offers itself, with the fields empty to fill in, and says what was tried.
 */
export function onlyAddressRead(context: PageContext): boolean {
  if (context.kind !== 'product' && context.kind !== 'order') return false;
  return Object.values(context.sources).every((source) => source === 'address');
}

/** An absolute http(s) address for a link found on the page, or undefined for anything else. */
export function absoluteHttpUrl(href: unknown, base: URL): string | undefined {
  if (typeof href !== 'string' || href.trim() === '') return undefined;
  try {
    const url = new URL(href, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

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
