// The stores' listing in Russian and English, after `wxt zip` has made the packages (`npm run zip`):
// checks the texts of store/ against the built manifests and the stores' limits, and writes them, with
// the store screenshots of docs/store/screenshots/ (made by `npm run screenshots`), into
// .output/store-listing/. Exits with 1 when a text or a screenshot would not do.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from './lib/pages.mjs';
import { LANGUAGES, listingProblems, pngSize, readListing, readmeReasons, SCREENSHOT_SIZE } from './lib/store-listing.mjs';

const output = join(repoRoot, '.output');
const out = join(output, 'store-listing');
const shotsDir = join(repoRoot, 'docs/store/screenshots');

const builds = ['chrome-mv3', 'firefox-mv3'].map((name) => join(output, name, 'manifest.json'));
const missing = builds.filter((file) => !existsSync(file));
if (missing.length) {
  console.error(`Not built: ${missing.map((f) => relative(repoRoot, f)).join(', ')}. Run \`npm run zip\`, which builds them.`);
  process.exit(1);
}
const manifests = builds.map((file) => JSON.parse(readFileSync(file, 'utf8')));

const problems = [];
const listings = {};
for (const language of LANGUAGES) {
  const listing = readListing(language);
  listings[language] = listing;
  for (const problem of listingProblems(listing, manifests)) problems.push(`store/${language}.json: ${problem}`);
}
// The English reasons are docs/permissions.md's, word for word, so the two never drift apart.
const readme = readmeReasons(readFileSync(join(repoRoot, 'docs/permissions.md'), 'utf8'));
for (const [permission, reason] of Object.entries(listings.en.permissions)) {
  if (readme[permission] !== reason) problems.push(`store/en.json: the reason for ${permission} is not docs/permissions.md's («Permissions, and why»)`);
}

const shots = existsSync(shotsDir) ? readdirSync(shotsDir).filter((name) => name.endsWith('.png')).sort() : [];
for (const name of shots) {
  const size = pngSize(readFileSync(join(shotsDir, name)));
  if (!size) problems.push(`docs/store/screenshots/${name}: not a PNG`);
  else if (size.width !== SCREENSHOT_SIZE.width || size.height !== SCREENSHOT_SIZE.height) {
    problems.push(`docs/store/screenshots/${name}: ${size.width}×${size.height}, the stores take ${SCREENSHOT_SIZE.width}×${SCREENSHOT_SIZE.height}`);
  }
}

if (problems.length) {
  console.error(`The store listing is not ready:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'screenshots'), { recursive: true });
for (const name of shots) copyFileSync(join(shotsDir, name), join(out, 'screenshots', name));

const HEADINGS = {
  ru: { short: 'Краткое описание', purpose: 'Единственное назначение', description: 'Описание', permissions: 'Зачем нужны разрешения', screenshots: 'Снимки экрана', none: 'нет' },
  en: { short: 'Short description', purpose: 'Single purpose', description: 'Description', permissions: 'Why each permission', screenshots: 'Screenshots', none: 'none' },
};
for (const language of LANGUAGES) {
  const listing = listings[language];
  const h = HEADINGS[language];
  const text = [
    `# ${listing.name}`,
    `## ${h.short}\n\n${listing.short}`,
    `## ${h.purpose}\n\n${listing.purpose}`,
    `## ${h.description}\n\n${listing.description}`,
    `## ${h.permissions}\n\n${Object.entries(listing.permissions).map(([p, why]) => `- \`${p}\`: ${why}`).join('\n')}`,
    `## ${h.screenshots}\n\n${shots.length ? shots.map((name) => `- screenshots/${name}`).join('\n') : h.none}`,
  ].join('\n\n');
  writeFileSync(join(out, `${language}.md`), `${text}\n`);
}
const version = manifests[0].version;
writeFileSync(join(out, 'listing.json'), `${JSON.stringify({ version, languages: listings, screenshots: shots.map((n) => `screenshots/${n}`) }, null, 2)}\n`);

const kb = (file) => `${(statSync(file).size / 1024).toFixed(0)} KB`;
console.log('\nPackages and listing:');
for (const name of readdirSync(output).filter((n) => n.endsWith('.zip')).sort()) console.log(`  .output/${name} (${kb(join(output, name))})`);
for (const name of [...LANGUAGES.map((l) => `${l}.md`), 'listing.json']) console.log(`  .output/store-listing/${name}`);
if (shots.length) {
  console.log(`  .output/store-listing/screenshots/: ${shots.length} PNG, ${SCREENSHOT_SIZE.width}×${SCREENSHOT_SIZE.height}`);
} else {
  console.log(
    '\nNote: no store screenshots. docs/store/screenshots/ has no PNG; `npm run screenshots` makes them ' +
      `(${SCREENSHOT_SIZE.width}×${SCREENSHOT_SIZE.height}), and the next \`npm run zip\` takes them in.`,
  );
}
