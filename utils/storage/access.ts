/** Who may read the extension's storage. */

/**
 * `storage.local` for the extension's own pages and the background alone (Chromium): a content script's
 * read is then refused. Ours uses no storage (it asks the background for its two settings), so this
 * takes nothing from it, and a marketplace renderer taken over by an exploit finds neither the profile nor
 * the drafts there. Firefox has access levels for `storage.session` only: there the content script is
 * still never sent the profile (docs/permissions.md, "Privacy"). Set at each start of the background: the browser may
 * not keep it.
 */
export function closeStorageToContentScripts(): void {
  const local = (globalThis as { chrome?: { storage?: { local?: { setAccessLevel?: (options: { accessLevel: string }) => Promise<void> } } } }).chrome
    ?.storage?.local;
  if (typeof local?.setAccessLevel !== 'function') return;
  try {
    void Promise.resolve(local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' })).catch(() => {});
  } catch {
    // An older browser that knows the method for storage.session only.
  }
}
