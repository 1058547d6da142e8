/**
 * Saves text as a file from an extension page (a service worker cannot make object URLs): the browser's
 * own download, nothing sent anywhere.
 */
export function download(name: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A `data:` address's bytes as a Blob, decoded here: the extension's pages may fetch nothing, not even a
 * `data:` address (their policy is `connect-src 'none'`, wxt.config.ts).
 */
export function dataUrlBlob(address: string): Blob {
  const comma = address.indexOf(',');
  const head = address.slice(5, comma);
  const type = head.split(';')[0] || 'application/octet-stream';
  const body = address.slice(comma + 1);
  if (!head.endsWith(';base64')) return new Blob([decodeURIComponent(body)], { type });
  const binary = atob(body);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}
