import { defineConfig } from 'wxt';

// Permissions are the product's promise of privacy: see PRODUCT.md "Local and private".
// tests/e2e/manifest.test.ts fails the build on anything more. Pages are read only on the user's click
// (activeTab), or on a site the user has granted on request (optional host permissions).
// The end-to-end build (DOSSIER_E2E=1, its own output folder) may read pages served from 127.0.0.1,
// because no automation can click the toolbar to grant activeTab; the release build never can.
const e2e = process.env.DOSSIER_E2E === '1';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  ...(e2e ? { outDir: '.output-e2e' } : {}),
  vite: () => ({ define: { 'import.meta.env.DOSSIER_E2E': JSON.stringify(e2e) } }),
  manifest: ({ browser }) => ({
    name: 'Dossier',
    description:
      'Interview research, questions to ask and stories to tell for senior job interviews. Private: everything stays in your browser.',
    permissions: [
      'activeTab',
      'scripting',
      'contextMenus',
      'storage',
      // With persistent storage (asked for on first use), the browser never evicts the research.
      'unlimitedStorage',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
      ...(e2e && browser === 'firefox' ? ['http://127.0.0.1/*'] : []),
    ],
    ...(e2e && browser !== 'firefox' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    ...(browser === 'firefox'
      ? { optional_permissions: ['http://*/*', 'https://*/*'] }
      : { optional_host_permissions: ['http://*/*', 'https://*/*'] }),
    action: { default_title: 'Open Dossier' },
    commands: {
      ...(browser === 'firefox'
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
          }),
      'capture-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Capture this page into Dossier',
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
