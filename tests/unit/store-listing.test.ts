/** The stores' listing (store/, scripts/lib/store-listing.mjs): complete, within the stores' limits, a reason for every permission. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { askedPermissions, LANGUAGES, listingProblems, pngSize, readListing, readmeReasons } from '../../scripts/lib/store-listing.mjs';
import { repoRoot } from '../support/pages';
import config from '../../wxt.config';

type Manifest = { permissions?: string[]; optional_permissions?: string[]; host_permissions?: string[] };
const manifestOf = (browser: string) =>
  (config.manifest as (env: object) => Manifest)({ browser, manifestVersion: 3, mode: 'production', command: 'build' });
const shipped = [manifestOf('chrome'), manifestOf('firefox')];

describe('the store listing', () => {
  it('asks the reasons the shipped builds need: every permission, and the sites', () => {
    expect(new Set(shipped.flatMap(askedPermissions))).toEqual(
      new Set(['storage', 'alarms', 'unlimitedStorage', 'activeTab', 'contextMenus', 'notifications', 'host_permissions']),
    );
  });

  for (const language of LANGUAGES) {
    it(`in ${language}: a name, short and long description, a purpose, a reason per permission, within the limits`, () => {
      expect(listingProblems(readListing(language), shipped)).toEqual([]);
    });
  }

  it('gives the English reasons of docs/permissions.md\'s «Permissions, and why», word for word', () => {
    const readme = readmeReasons(readFileSync(join(repoRoot, 'docs/permissions.md'), 'utf8'));
    expect(readListing('en').permissions).toEqual(readme);
  });

  it('says what is wrong: a reason missing or for nothing asked, a name too long, a text left empty', () => {
    const listing = readListing('ru');
    const { activeTab: _, ...withoutOne } = listing.permissions;
    expect(listingProblems({ ...listing, permissions: { ...withoutOne, tabs: 'вкладки' } }, shipped)).toEqual([
      'no reason given for activeTab',
      'a reason for tabs, which no build asks for',
    ]);
    expect(listingProblems({ ...listing, name: 'М'.repeat(51), purpose: ' ' }, shipped)).toEqual([
      'name: 51 characters, over 50',
      'purpose: missing',
    ]);
  });

  it('reads a PNG\'s size from its header, and nothing from another file', () => {
    expect(pngSize(readFileSync(join(repoRoot, 'public/icon/128.png')))).toEqual({ width: 128, height: 128 });
    expect(pngSize(readFileSync(join(repoRoot, 'package.json')))).toBeUndefined();
  });
});
