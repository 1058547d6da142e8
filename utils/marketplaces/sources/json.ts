/** JSON from the page's attributes and scripts, parsed without ever throwing, and walked by path. */

/**
 * State JSON larger than this is not parsed: a page that embeds megabytes of state in one attribute would
 * otherwise stall the page's main thread while we parse it.
 */
export const MAX_JSON_CHARS = 512 * 1024;

export function parseJson(text: string | null | undefined): unknown {
  if (!text || text.length > MAX_JSON_CHARS) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * How many page states have been parsed: Ozon's widget states (`data-state`, the order list's too) and
 * Yandex Market's page state. A test counts them: a page only looked at by the launcher parses none.
 */
export const stateParses = { count: 0 };

/** A page state's JSON, parsed and counted (see `stateParses`). */
export function parseState(text: string | null | undefined): unknown {
  stateParses.count++;
  return parseJson(text);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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
