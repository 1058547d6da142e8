/** Links found on a page, made absolute against its address. */

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
