/**
 * The only addresses the extension's pages put in a link's `href`: web addresses (http and https). An
 * address from a page, an import file or a correction the shopper typed that is anything else
 * (`javascript:`, `data:`, `file:`, a mistyped one) is shown as text, never followed.
 */
export function webHref(address: string | undefined): string | undefined {
  if (!address) return undefined;
  try {
    const url = new URL(address);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
