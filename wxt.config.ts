import { defineConfig } from 'wxt';
import { buildPlugins } from './build/build-plugins';
import siteEntries, { addSiteScripts } from './build/site-entries';
import { applyTestIdentity } from './build/test-identity';

// The manifest is kept narrow on purpose (README "Permissions"): `storage`;
// `activeTab` (the popup reads the tab it was opened on, once, when asked);
// `contextMenus` (the selection menu: no access to any page). No `tabs`, no
// `<all_urls>`. `scripting` and extra hosts (an ATS) are optional, asked for
// at the moment of use: `scripting` by the popup's page actions and with a
// host from the options page. The content scripts are declared for the
// hiring hosts only.
export default defineConfig({
  // Parallel local builds (E2E on several branches of work, a bench's variants) may use their own output folder.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // One gate and one reader per site of src/sites/registry.ts: the gates are content_scripts, the readers web-accessible to their sites.
    ...siteEntries.hooks,
    'build:manifestGenerated': (wxt, manifest) => {
      addSiteScripts(manifest, wxt.config.manifestVersion);
      // A fixed extension id for the fleet-policy E2E build only (HIRE_SIGNALS_TEST_IDENTITY=1).
      applyTestIdentity(manifest, wxt.config.browser);
    },
  },
  // The build's own plugins (build/README.md); HS_BUILD_WITHOUT switches them off one by one.
  vite: () => ({ plugins: buildPlugins() }),
  manifest: ({ browser }) => ({
    name: 'Hire Signals',
    description:
      'Shows red flags from government guidance on North Korean IT-worker schemes while you review a candidate profile. Signals, not verdicts; nothing leaves your browser.',
    permissions: ['storage', 'activeTab', 'contextMenus'],
    action: { default_title: 'Hire Signals' },
    icons: {
      16: 'icon/16.png',
      32: 'icon/32.png',
      48: 'icon/48.png',
      96: 'icon/96.png',
      128: 'icon/128.png',
    },
    ...(browser === 'firefox'
      ? {
          // MV2 has no optional_host_permissions: hosts go in optional_permissions,
          // next to `scripting` (Firefox grants it without a prompt: it reads no page by itself).
          optional_permissions: ['scripting', 'https://*/*'],
          browser_specific_settings: {
            gecko: {
              id: 'hire-signals@hire-signals.example',
              // data_collection_permissions is understood from Firefox 140 on.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android understands data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          // Importing the web-accessible reader at its per-session address (use_dynamic_url) failed in
          // Chrome 130 and was fixed after it: https://issues.chromium.org/issues/363027634
          minimum_chrome_version: '132',
          optional_permissions: ['scripting'],
          optional_host_permissions: ['https://*/*'],
          storage: { managed_schema: 'managed_schema.json' },
        }),
  }),
  zip: {
    // Recreated captures of real pages and public corpora stay on the machine that made them.
    excludeSources: ['test-results/**', 'bench-results/**', 'demo-output/**', 'coverage/**', '.output/**', 'tests/tools/real-pages/pages/**', 'tests/tools/corpora/.data/**'],
  },
});
