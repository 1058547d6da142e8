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
