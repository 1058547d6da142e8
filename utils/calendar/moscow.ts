// Kept apart from the production calendar, so that the content script can read dates without carrying it.
const MOSCOW_OFFSET_MS = 3 * 60 * 60 * 1000;

/** YYYY-MM-DD of a moment, in Moscow (UTC+3 all year round), where the marketplaces and the law count days. */
export function moscowDate(ms: number): string {
  return new Date(ms + MOSCOW_OFFSET_MS).toISOString().slice(0, 10);
}

