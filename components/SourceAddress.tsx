import { webHref } from '@/utils/platform/links';

/** An address a text came from: a link when it is http(s), plain text otherwise (a file, a browser page). */
export function SourceAddress({ address }: { address: string }) {
  const href = webHref(address);
  return href ? (
    <a href={href} target="_blank" rel="noopener noreferrer" class="source-address">
      {address}
    </a>
  ) : (
    <span class="source-address">{address}</span>
  );
}
