/** Links found on a page, made absolute against its address. */
import { webHref } from '@/utils/platform/links';

/** An absolute http(s) address for a link found on the page, or undefined for anything else. */
export function absoluteHttpUrl(href: unknown, base: URL): string | undefined {
  return typeof href === 'string' ? webHref(href, base) : undefined;
}
