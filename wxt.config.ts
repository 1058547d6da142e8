import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
// The addresses alone (utils/marketplaces/addresses.ts): what this file loads must not need the `@/` alias,
// which the config's own loader does not know.
import { ADDRESS_MATCHES } from './utils/marketplaces/addresses';

/**
 * The policy of the extension's pages: the browsers' own floor for scripts and objects, and nothing from
 * or to the network. `blob:` and `data:` images are the shopper's own attachments and screenshots.
 */
export const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'self'",
  "connect-src 'none'",
  "img-src 'self' blob: data:",
  "media-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "form-action 'none'",
  "base-uri 'self'",
].join('; ');

/** The marketplaces' addresses: the content script runs there, and the popup may see which one is open. */
const hosts = ADDRESS_MATCHES;

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  outDir: '.output',
  // MH_NO_MINIFY=1: a build whose profile names our own functions (bench/README.md says how to profile).
  vite: () => (process.env.MH_NO_MINIFY ? { build: { minify: false } } : {}),
  hooks: {
    // The content script runs on every marketplace page, where each millisecond is the shopper's: it takes
    // the browser's own extension API (promise-based in Chromium's Manifest V3, `browser` in Firefox), as
    // WXT does without the polyfill, instead of evaluating webextension-polyfill on each page load. So does
    // the script it imports into its world (page-reader.js: the readers, the frame, the order buttons).
    // The extension's own pages and the background keep the polyfill.
    'vite:build:extendConfig'(entrypoints, config) {
      const inTheScriptsWorld = (entrypoint: (typeof entrypoints)[number]) => entrypoint.type === 'content-script' || entrypoint.name === 'page-reader';
      if (!entrypoints.every(inTheScriptsWorld)) return;
      // WXT's own `wxt/browser` without the polyfill module (WXT depends on it).
      const plain = createRequire(import.meta.url).resolve('@wxt-dev/browser');
      // And a context of our own, that does not announce the script to the page (script-context.ts says why).
      const context = fileURLToPath(new URL('./utils/in-page/script-context.ts', import.meta.url));
      config.plugins = [
        {
          name: 'market-helpdesk:content-script-browser',
          enforce: 'pre',
          resolveId: (id: string) =>
            id === 'wxt/browser' || id === '@wxt-dev/webextension-polyfill/browser'
              ? plain
              : id === 'wxt/utils/content-script-context'
                ? context
                : undefined,
        },
        ...(config.plugins ?? []),
      ];
    },
  },
  // Firefox too (128 and later), for its web_accessible_resources limited to the marketplaces: Manifest V2
  // cannot limit them, and its per-installation moz-extension:// address would then be open to any site.
  manifestVersion: 3,
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ru',
    // storage: drafts and settings; alarms: the reminder when an answer is due; unlimitedStorage: the
    // browser never evicts the history; activeTab: a screenshot of the marketplace tab, taken from the popup
    // the toolbar click opened; contextMenus: «Сохранить как ответ» on selected text, which the browser
    // hands the background with the click (no page is read, no script goes anywhere).
    permissions: ['storage', 'alarms', 'unlimitedStorage', 'activeTab', 'contextMenus', ...(mode === 'test' ? ['notifications'] : [])],
    // Asked for only when the shopper turns reminders on.
    ...(mode !== 'test' && { optional_permissions: ['notifications'] }),
    // The build for tests holds what no test can be granted otherwise (utils/platform/build.ts):
    // `notifications` without its prompt, and `<all_urls>` for the screenshot a toolbar click's
    // `activeTab` allows.
    host_permissions: mode === 'test' ? [...hosts, '<all_urls>'] : hosts,
    // The panel's dialog is this page, framed in the marketplace's page: it alone may be framed there, and
    // only by the marketplaces; at an address that changes each session where the browser can (Chromium),
    // so no page can tell the extension is installed by loading it. (Firefox's address is random per
    // installation and has no such option.) With it, the page's readers, which the content script imports
    // when it first reads a page in full (utils/page-reader/load.ts): a content script may import
    // only what is web-accessible.
    web_accessible_resources: [
      {
        resources: ['panel.html', 'page-reader.js'],
        matches: hosts,
        ...(browser !== 'firefox' && { use_dynamic_url: true }),
      },
    ],
    // The extension's own pages (the panel, the popup, the case file, the options, the background) may
    // reach nothing outside the extension: no request of any kind (`connect-src 'none'`), no image, font
    // or media from the web. "Sends nothing anywhere" is then the browser's rule, not only our habit.
    // Not in `wxt` (dev), whose pages are served live from its dev server.
    ...(mode !== 'development' && { content_security_policy: { extension_pages: EXTENSION_PAGES_CSP } }),
    commands: {
      'open-panel': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: '__MSG_commandOpenPanel__',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        // The floor is the first Firefox that knows every key used here: `data_collection_permissions`
        // (which addons.mozilla.org asks of new extensions), 140 on desktop — the ESR — and 142 on Android.
        // Everything else needs 109 at most (a test reads the browsers' compatibility data).
        gecko: {
          id: 'market-helpdesk@market-helpdesk.example',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
