/** A build is made again when it is missing or older than any of its sources, and only then. */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { newestSource, staleness } from '../../scripts/lib/builds.mjs';

describe('a build’s age against its sources', () => {
  const root = mkdtempSync(join(tmpdir(), 'mh-builds-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const at = (path: string, seconds: number) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), '');
    utimesSync(join(root, path), seconds, seconds);
  };

  it('is missing, stale after a source changes, up to date once built again', () => {
    const build = join(root, '.output/chrome-mv3-test');
    at('utils/db/index.ts', 1_000);
    at('entrypoints/panel/main.tsx', 2_000);
    at('wxt.config.ts', 1_500);
    expect(staleness(build, newestSource(root))).toBe('it is not built');

    at('.output/chrome-mv3-test/manifest.json', 3_000);
    expect(newestSource(root)).toBe(2_000_000);
    expect(staleness(build, newestSource(root))).toBeUndefined();

    // A source deep in a folder, the config and the lock file each count.
    at('utils/marketplaces/ozon/product.ts', 4_000);
    expect(staleness(build, newestSource(root))).toBe('its sources changed since it was built');
    at('.output/chrome-mv3-test/manifest.json', 5_000);
    at('package-lock.json', 6_000);
    expect(staleness(build, newestSource(root))).toBe('its sources changed since it was built');
    // What is not a source (the tests, the docs) does not.
    at('.output/chrome-mv3-test/manifest.json', 7_000);
    at('tests/unit/x.test.ts', 8_000);
    at('docs/x.md', 8_000);
    expect(staleness(build, newestSource(root))).toBeUndefined();
  });
});
