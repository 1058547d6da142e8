/** The page's own colour scheme, which the frame follows. */
import type { ColorScheme } from './protocol';

/**
 * Light or dark as the page shows itself: its own background where it paints one, else what it declares
 * (`color-scheme`) together with the shopper's preference; a page that declares nothing is light.
 */
export function pageScheme(doc: Document = document): ColorScheme {
  for (const element of [doc.body, doc.documentElement]) {
    if (!element) continue;
    const rgba = getComputedStyle(element).backgroundColor.match(/[\d.]+/g)?.map(Number);
    if (!rgba || rgba.length < 3 || (rgba.length > 3 && rgba[3] < 0.5)) continue;
    const [r, g, b] = rgba;
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
  }
  // Declared in CSS on the root, or by <meta name="color-scheme"> (which the root's style does not show).
  const meta = doc.querySelector<HTMLMetaElement>('meta[name="color-scheme"]')?.content ?? '';
  const declared = `${getComputedStyle(doc.documentElement).colorScheme} ${meta}`.split(/\s+/);
  const prefersDark = matchMedia('(prefers-color-scheme: dark)').matches;
  return declared.includes('dark') && (prefersDark || !declared.includes('light')) ? 'dark' : 'light';
}
