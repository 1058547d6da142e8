/**
 * Rules about the code itself, checked on the files. Where a rule is about imports or names, ESLint states
 * it (eslint.config.js, shown failing in ./lint.test.ts): the floors, the frozen upgrade steps, writes
 * through utils/inquiries/writes.ts, storage through utils/storage.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import ru from '../../public/_locales/ru/messages.json';
import { marketplaces, readPage, type MarketplaceAdapter } from '../../utils/marketplaces';
import { parseFile } from '../support/dom';
import { fixturePages, missingPagesMessage, pagesRequired, realPages, repoRoot, sharedPages } from '../support/pages';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|css|html|json)$/.test(name) ? [path] : [];
  });
}

describe('no reader is written to the test pages', () => {
  const shared = sharedPages();
  const pages = shared && [...shared, ...realPages()];
  it.skipIf(!pages && !pagesRequired)(
    pages ? 'no expected value of pages.json appears literally in utils/ or entrypoints/' : missingPagesMessage(),
    () => {
      if (!pages) throw new Error(`MH_REQUIRE_PAGES=1 but ${missingPagesMessage()}`);
      // Currency codes are vocabulary the code must know, not facts of one page; prices are short numbers
      // that turn up legitimately elsewhere (a phone number holds 494), so the strings are what is checked:
      // articles, titles, sellers, product ids.
      // A marketplace selling on its own site is named as the marketplace names itself: vocabulary too.
      const vocabulary = new Set(['Яндекс Маркет']);
      const literal = (key: string, value: unknown) =>
        key !== 'note' && key !== 'currency' && typeof value === 'string' && !vocabulary.has(value);
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

describe('links', () => {
  it('put only web addresses in an href: webHref, a seller\'s page on the marketplace\'s own hosts, the page\'s own anchors and paths, tel: digits, mailto:, file previews', () => {
    const files = ['entrypoints', 'components'].flatMap((dir) => sourceFiles(join(repoRoot, dir))).filter((f) => f.endsWith('.tsx'));
    const offending: string[] = [];
    let checked = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      // A name given the value of webHref(...) in the same file is a checked address.
      const checkedNames = [...text.matchAll(/\b(?:const|let)\s+(\w+)\s*=\s*webHref\(/g)].map((m) => m[1]);
      const allowed = [/^webHref\(/, /^sellerPage\(/, /^`#/, /^`\/[\w.-]+\.html/, /^`tel:\$\{digits\}`/, /^mail\.href\}/, /^objectUrl\}/, /^"#/];
      for (const match of text.matchAll(/\bhref=(\{[^\n]*|"[^"]*")/g)) {
        checked++;
        const value = match[1].startsWith('{') ? match[1].slice(1) : match[1];
        if (match[1].startsWith('"') && /^"(#|\/)/.test(match[1])) continue;
        if (allowed.some((rule) => rule.test(value))) continue;
        if (checkedNames.some((name) => value.startsWith(`${name}}`))) continue;
        offending.push(`${relative(repoRoot, file)}: href=${match[1].slice(0, 60)}`);
      }
    }
    expect(checked).toBeGreaterThan(10);
    expect(offending).toEqual([]);
  });
});

describe('interface text', () => {
  it('has every message in Russian and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ru).sort());
    for (const [key, { message }] of Object.entries({ ...ru, ...en })) expect(message.trim(), key).not.toBe('');
  });
});

/**
 * Every file of utils/marketplaces but the shared ones is a marketplace's adapter. Each must be in the
 * registry, each page kind it claims must have a saved page or fixture, and each source it names must
 * answer on at least one of them — a source nothing exercises is a source nobody knows works.
 */
describe('marketplace adapters', () => {
  const SHARED = new Set(['index.ts', 'addresses.ts', 'facts.ts', 'context-shape.ts', 'context-schema.ts', 'types.ts', 'sources']);
  const dir = join(repoRoot, 'utils/marketplaces');
  // An adapter is a file, or a folder of files with an index.ts; the shared ones may be either too.
  const adapterFiles = readdirSync(dir).filter(
    (name) => !SHARED.has(name) && (name.endsWith('.ts') || statSync(join(dir, name)).isDirectory()),
  );
  const adapterPath = (entry: string) => (entry.endsWith('.ts') ? join(dir, entry) : join(dir, entry, 'index.ts'));
  const adapterCode = (entry: string) =>
    entry.endsWith('.ts') ? readFileSync(join(dir, entry), 'utf8') : sourceFiles(join(dir, entry)).map((f) => readFileSync(f, 'utf8')).join('\n');
  const shared = sharedPages();
  const tables = [...(shared ?? []), ...realPages(), ...fixturePages()];
  const NOW = new Date('2026-11-22T12:00:00Z');

  const isAdapter = (value: unknown): value is MarketplaceAdapter =>
    typeof value === 'object' && value !== null && 'readPage' in value && 'pageKinds' in value;

  async function adapterIn(file: string): Promise<MarketplaceAdapter> {
    const module: Record<string, unknown> = await import(adapterPath(file));
    const adapters = Object.values(module).filter(isAdapter);
    expect(adapters, `${file} exports one adapter`).toHaveLength(1);
    return adapters[0];
  }

  /** The sources a reader names: the first element of each `['name', () => …]` it passes to fill. */
  function sourceNames(file: string): string[] {
    const code = adapterCode(file);
    return [...new Set([...code.matchAll(/\[\s*'([^']+)',\s*\(\)\s*=>/g)].map((m) => m[1]))];
  }

  it('finds the adapters and their sources (the walk itself works)', () => {
    expect(adapterFiles.sort()).toEqual(['ozon', 'wildberries', 'yandex-market']);
    expect(sourceNames('ozon')).toEqual(expect.arrayContaining(['state:webPrice', 'links:orderdetails']));
  });

  it('registers every adapter in utils/marketplaces/index.ts', async () => {
    // Registered as each adapter is, its readings finished (utils/marketplaces/sources/finish.ts).
    for (const file of adapterFiles) {
      const adapter = await adapterIn(file);
      expect(marketplaces.find((m) => m.id === adapter.id), file).toEqual({ ...adapter, readPage: expect.any(Function), ...(adapter.findOrderCards && { findOrderCards: expect.any(Function) }), ...(adapter.readCardText && { readCardText: expect.any(Function) }) });
    }
  });

  it.skipIf(!shared && !pagesRequired)(
    shared ? 'has a saved page or fixture for every page kind an adapter claims, and no reading of another kind' : missingPagesMessage(),
    async () => {
      if (!shared) throw new Error(`MH_REQUIRE_PAGES=1 but ${missingPagesMessage()}`);
      const missing: string[] = [];
      for (const file of adapterFiles) {
        const adapter = await adapterIn(file);
        for (const kind of adapter.pageKinds) {
          if (!tables.some((page) => page.marketplace === adapter.id && page.kind === kind)) missing.push(`${adapter.id}: ${kind}`);
        }
        for (const page of tables.filter((p) => p.marketplace === adapter.id)) {
          const kind = readPage(parseFile(page.path), new URL(page.url), { now: NOW })?.kind;
          if (kind && !adapter.pageKinds.includes(kind)) missing.push(`${page.file} read as ${kind}, not claimed by ${adapter.id}`);
        }
      }
      expect(missing).toEqual([]);
    },
  );

  it.skipIf(!shared && !pagesRequired)(
    shared ? 'has every source an adapter names answer on some saved page or fixture' : missingPagesMessage(),
    async () => {
      if (!shared) throw new Error(`MH_REQUIRE_PAGES=1 but ${missingPagesMessage()}`);
      const unexercised: string[] = [];
      for (const file of adapterFiles) {
        const adapter = await adapterIn(file);
        const answered = new Set<string>();
        for (const page of tables.filter((p) => p.marketplace === adapter.id)) {
          const context = readPage(parseFile(page.path), new URL(page.url), { now: NOW });
          for (const source of Object.values(context?.sources ?? {})) answered.add(source!);
        }
        for (const name of sourceNames(file)) if (!answered.has(name)) unexercised.push(`${file}: ${name}`);
      }
      expect(unexercised).toEqual([]);
    },
  );
});
