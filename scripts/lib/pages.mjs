// The tables of pages (pages.json of the real saved pages, fixtures.json of ours), for the tests, the
// demo and the benchmark. Both have the same format: file, url, marketplace, kind, expect.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const fixturesDir = join(repoRoot, 'tests/fixtures');

/** Reads the pages table of a folder (pages.json or fixtures.json), with absolute file paths. */
export function loadPagesTable(dir, index) {
  const table = JSON.parse(readFileSync(join(dir, index), 'utf8'));
  return table.pages.map((page) => ({ ...page, path: join(dir, page.file) }));
}

export function fixturePagesTable() {
  return loadPagesTable(fixturesDir, 'fixtures.json');
}

/**
 * Real pages found in public repositories and kept here with their provenance (tests/fixtures/real/
 * SOURCES.md), in the same format; their file names are given from tests/fixtures.
 */
export function realPagesTable() {
  const dir = join(fixturesDir, 'real');
  if (!existsSync(join(dir, 'pages.json'))) return [];
  return loadPagesTable(dir, 'pages.json').map((page) => ({ ...page, file: `real/${page.file}` }));
}

export function sharedPagesDir() {
  return resolve(repoRoot, process.env.MH_PAGES_DIR ?? '../shared/pages');
}

export function sharedPagesTable() {
  const dir = sharedPagesDir();
  return existsSync(join(dir, 'pages.json')) ? loadPagesTable(dir, 'pages.json') : undefined;
}
