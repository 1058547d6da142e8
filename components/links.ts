/** Only a web address becomes a link: an imported inquiry's address is data, and a javascript: one is not followed. */
export function webHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return /^https?:$/.test(new URL(url).protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}
