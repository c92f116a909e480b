import { defineConfig } from 'wxt';

// Permissions are the product's promise of privacy: see PRODUCT.md "Local and private".
// tests/e2e/manifest.test.ts fails the build on anything more.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Dossier',
    description:
      'Interview research, questions to ask and stories to tell for senior job interviews. Private: everything stays in your browser.',
    permissions: browser === 'firefox' ? [] : ['sidePanel'],
    action: { default_title: 'Open Dossier' },
    commands:
      browser === 'firefox'
        ? {
            _execute_sidebar_action: {
              suggested_key: { default: 'Alt+Shift+D' },
              description: 'Open or close the Dossier sidebar',
            },
          }
        : {
            // With openPanelOnActionClick, running the action opens the side panel.
            _execute_action: {
              suggested_key: { default: 'Alt+Shift+D' },
              description: 'Open the Dossier side panel',
            },
          },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'dossier@dossier.local',
              strict_min_version: '142.0',
              // Firefox asks every add-on to declare what it collects: Dossier sends nothing anywhere.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
