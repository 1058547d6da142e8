import { defineConfig } from 'wxt';

// The extension reads pages and writes nothing anywhere: no permission is asked for in this version but
// the marketplaces' addresses, which the content script's `matches` grant.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  outDir: '.output',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ru',
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
