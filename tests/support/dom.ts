import { readFileSync } from 'node:fs';
import { DOMParser } from 'linkedom';

export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

export function parseFile(path: string): Document {
  return parseHtml(readFileSync(path, 'utf8'));
}
