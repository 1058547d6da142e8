/** The sources of a field: tried in order, the first that answers wins, and the context records which. */
import type { ContextField, PageContext } from '../types';

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
