/**
 * The only addresses the extension puts in a link's `href`, and the only links a reader keeps: web
 * addresses (http and https). An address from a page, an import file or a correction the shopper typed
 * that is anything else (`javascript:`, `data:`, `file:`, a mistyped one) is shown as text, never followed.
 * `base`: the page's address, against which a page's relative link is made absolute.
 */
export function webHref(address: string | undefined, base?: URL): string | undefined {
  if (!address || address.trim() === '') return undefined;
  try {
    const url = new URL(address, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
