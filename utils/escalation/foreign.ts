/**
 * The marketplaces' addresses where Russian consumer law does not apply: kept apart from the law's texts
 * (law.ts) so that the panel, which only needs to know, carries none of them.
 */
export function foreignOzon(url: string): 'ozon.by' | 'ozon.kz' | undefined {
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    return host === 'ozon.by' || host === 'ozon.kz' ? host : undefined;
  } catch {
    return undefined;
  }
}
