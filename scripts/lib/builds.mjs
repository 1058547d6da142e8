/**
 * The three builds the tests, the benchmark and the demo run, each made once: a build is made again only
 * when it is missing or older than its sources (the code, the public files, the config, the lock file).
 * `node scripts/lib/builds.mjs test production firefox` brings the named ones up to date.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extensionDir, firefoxExtensionDir, productionExtensionDir, repoRoot } from './browser.mjs';

export const BUILDS = {
  /** The tests' build: an open shadow root and the test hooks. */
  test: { dir: extensionDir, args: ['wxt', 'build', '--mode', 'test'] },
  /** The shopper's build. */
  production: { dir: productionExtensionDir, args: ['wxt', 'build'] },
  firefox: { dir: firefoxExtensionDir, args: ['wxt', 'build', '-b', 'firefox', '--mv3'] },
};

const SOURCE_DIRS = ['entrypoints', 'components', 'utils', 'public', 'assets'];
const SOURCE_FILES = ['wxt.config.ts', 'package-lock.json', 'tsconfig.json', 'package.json'];

/** The time of the newest source file (ms). */
export function newestSource(root = repoRoot) {
  let newest = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of SOURCE_DIRS) if (existsSync(join(root, dir))) walk(join(root, dir));
  for (const file of SOURCE_FILES) if (existsSync(join(root, file))) newest = Math.max(newest, statSync(join(root, file)).mtimeMs);
  return newest;
}

/** Why a build must be made again, or undefined when it is up to date. */
export function staleness(dir, newest = newestSource()) {
  const manifest = join(dir, 'manifest.json');
  if (!existsSync(manifest)) return 'it is not built';
  return statSync(manifest).mtimeMs < newest ? 'its sources changed since it was built' : undefined;
}

/** Makes each named build that is missing or stale; throws when a build fails. */
export function ensureBuilt(...names) {
  const newest = newestSource();
  for (const name of names) {
    const { dir, args } = BUILDS[name];
    const why = staleness(dir, newest);
    if (!why) continue;
    console.log(`${dir}: ${why}; npx ${args.join(' ')}`);
    const built = spawnSync('npx', args, { cwd: repoRoot, stdio: 'inherit' });
    if (built.status !== 0 || staleness(dir, newest)) throw new Error(`The ${name} build failed: run \`npx ${args.join(' ')}\` to see why.`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) ensureBuilt(...(process.argv.length > 2 ? process.argv.slice(2) : Object.keys(BUILDS)));
