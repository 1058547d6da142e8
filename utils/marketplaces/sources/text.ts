/** Text as the pages write it, folded so that a reader compares words, not the spaces between them. */

/**
 * Folds every kind of white space (NBSP, thin and narrow spaces included) into one plain space, and drops
 * the zero-width characters pages use to break words and the bidirectional controls (U+202A–202E,
 * U+2066–2069, U+200E, U+200F, U+061C) that would draw the text in another order than it is stored
 * (./finish.ts).
 */
export function foldSpace(text: string | null | undefined): string {
  return (text ?? '')
    .replace(/[\u200b-\u200f\u2060\ufeff\u00ad\u061c\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
    .trim();
}

/** A non-empty folded string, or undefined. */
export function textOrUndefined(text: unknown): string | undefined {
  if (typeof text !== 'string' && typeof text !== 'number') return undefined;
  const folded = foldSpace(String(text));
  return folded === '' ? undefined : folded;
}
