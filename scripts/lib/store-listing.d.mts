// Types for store-listing.mjs.
export interface Listing {
  name: string;
  short: string;
  purpose: string;
  description: string;
  /** A reason per permission, the sites as `host_permissions`. */
  permissions: Record<string, string>;
}

export const LANGUAGES: string[];
export const LIMITS: Record<'name' | 'short' | 'description' | 'purpose', number>;
export const SCREENSHOT_SIZE: { width: number; height: number };
export function readListing(language: string, root?: string): Listing;
export function askedPermissions(manifest: { permissions?: string[]; optional_permissions?: string[]; host_permissions?: string[] }): string[];
export function listingProblems(listing: Listing, manifests: Parameters<typeof askedPermissions>[0][]): string[];
export function readmeReasons(readme: string): Record<string, string>;
export function pngSize(bytes: Buffer): { width: number; height: number } | undefined;
