/** Rules about the code itself, checked on the files. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import ru from '../../public/_locales/ru/messages.json';
import { missingPagesMessage, pagesRequired, repoRoot, sharedPages } from '../support/pages';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|css|html|json)$/.test(name) ? [path] : [];
  });
}

describe('no reader is written to the test pages', () => {
  const pages = sharedPages();
  it.skipIf(!pages && !pagesRequired)(
    pages ? 'no expected value of pages.json appears literally in utils/ or entrypoints/' : missingPagesMessage(),
    () => {
      if (!pages) throw new Error(`MH_REQUIRE_PAGES=1 but ${missingPagesMessage()}`);
      // Currency codes are vocabulary the code must know, not facts of one page; prices are short numbers
      // that turn up legitimately elsewhere (a phone number holds 494), so the strings are what is checked:
      // articles, titles, sellers, product ids.
      const literal = (key: string, value: unknown) => key !== 'note' && key !== 'currency' && typeof value === 'string';
      const values = pages.flatMap((page) =>
        Object.entries(page.expect)
          .filter(([key, value]) => literal(key, value))
          .map(([key, value]) => ({ key, value: String(value), page: page.file })),
      );
      expect(values.length).toBeGreaterThan(10);
      const files = ['utils', 'entrypoints'].flatMap((dir) => sourceFiles(join(repoRoot, dir)));
      const found: string[] = [];
      // Citing a saved page by its file name (a catalogue entry's source) is not reading from it.
      const pageFiles = pages.map((page) => page.file);
      for (const file of files) {
        const text = pageFiles.reduce((t, name) => t.split(name).join('<saved page>'), readFileSync(file, 'utf8'));
        for (const { key, value, page } of values) {
          const pattern = new RegExp(`(^|[^\\p{L}\\p{N}.])${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`, 'u');
          if (pattern.test(text)) found.push(`${relative(repoRoot, file)} holds ${key} "${value}" of ${page}`);
        }
      }
      expect(found).toEqual([]);
    },
  );
});

describe('interface text', () => {
  it('has every message in Russian and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ru).sort());
    for (const [key, { message }] of Object.entries({ ...ru, ...en })) expect(message.trim(), key).not.toBe('');
  });
});
