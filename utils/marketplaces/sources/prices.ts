/** Currencies and prices as the pages write them. */

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
