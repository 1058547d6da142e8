// The stores' listing (Chrome Web Store, addons.mozilla.org): the texts of store/<language>.json with the
// name and short description the manifest carries (public/_locales), checked against the built manifests
// and the stores' limits. `npm run zip` writes it out (scripts/store-listing.mjs); a unit test checks it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './pages.mjs';

export const LANGUAGES = ['ru', 'en'];

/** The stores' limits, the stricter of the two where both have one. */
export const LIMITS = {
  name: 50, // addons.mozilla.org (the Chrome Web Store allows 75)
  short: 132, // the Chrome Web Store's summary, which it takes from the manifest's description
  description: 16000, // the Chrome Web Store
  purpose: 1000, // the Chrome Web Store's single purpose
};

/** The screenshots' size: the one both stores take (1280×800). */
export const SCREENSHOT_SIZE = { width: 1280, height: 800 };

/** One language's listing: its name and short description from the manifest's messages, the rest from store/. */
export function readListing(language, root = repoRoot) {
  const messages = JSON.parse(readFileSync(join(root, 'public/_locales', language, 'messages.json'), 'utf8'));
  const texts = JSON.parse(readFileSync(join(root, 'store', `${language}.json`), 'utf8'));
  return {
    name: messages.extName.message,
    short: messages.extDescription.message,
    purpose: texts.purpose,
    description: texts.description.join('\n\n'),
    permissions: texts.permissions,
  };
}

/** What a manifest asks for that a store wants a reason for: each permission, and the sites as one. */
export function askedPermissions(manifest) {
  return [
    ...(manifest.permissions ?? []),
    ...(manifest.optional_permissions ?? []),
    ...(manifest.host_permissions?.length ? ['host_permissions'] : []),
  ];
}

/** What is wrong with a listing, in words; empty when nothing is. */
export function listingProblems(listing, manifests) {
  const problems = [];
  for (const field of Object.keys(LIMITS)) {
    const text = listing[field];
    if (typeof text !== 'string' || !text.trim()) problems.push(`${field}: missing`);
    else if ([...text].length > LIMITS[field]) problems.push(`${field}: ${[...text].length} characters, over ${LIMITS[field]}`);
  }
  const asked = new Set(manifests.flatMap(askedPermissions));
  const reasons = listing.permissions ?? {};
  for (const permission of asked) {
    if (typeof reasons[permission] !== 'string' || !reasons[permission].trim()) problems.push(`no reason given for ${permission}`);
  }
  for (const permission of Object.keys(reasons)) {
    if (!asked.has(permission)) problems.push(`a reason for ${permission}, which no build asks for`);
  }
  return problems;
}

/**
 * The reasons of docs/permissions.md's «Permissions, and why» table, by the first name in backquotes in each row's
 * first cell (the sites' row names `host_permissions`), backquotes taken out.
 */
export function readmeReasons(readme) {
  const section = readme.split('\n## Permissions, and why\n')[1]?.split('\n## ')[0] ?? '';
  const reasons = {};
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    const name = cells[1]?.match(/`([^`]+)`/)?.[1];
    if (cells.length >= 4 && name && cells[2] !== 'why') reasons[name] = cells[2].replaceAll('`', '');
  }
  return reasons;
}

/** A PNG's size, from its header; undefined for a file that is not a PNG. */
export function pngSize(bytes) {
  const signature = '89504e470d0a1a0a';
  if (bytes.length < 24 || bytes.subarray(0, 8).toString('hex') !== signature) return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
