import { defineConfig } from 'wxt';
import { marketplaces } from './utils/marketplaces';

/** The marketplaces' addresses: the content script runs there, and the popup may see which one is open. */
const hosts = marketplaces.flatMap((m) => m.matches);

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  outDir: '.output',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ru',
    // storage: drafts and settings; scripting: the panel's dialog is injected when first opened.
    permissions: ['storage', 'scripting'],
    host_permissions: hosts,
    commands: {
      'open-panel': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: '__MSG_commandOpenPanel__',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'market-helpdesk@market-helpdesk.example',
          strict_min_version: '142.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
