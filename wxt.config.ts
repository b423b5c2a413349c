import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { PLATFORM_HOST_MATCHES, type SitePlatformId } from './src/platforms/hosts';

/**
 * webextension-polyfill ships as a UMD/CommonJS file. Bundled as CommonJS, the
 * import goes through the bundler's interop helper, which copies every own
 * property of the exported object; in Chromium that read built extension API
 * bindings on every page load (CPU profile of the built content script: the
 * `chrome.app` getter under the helper, about 1.3 ms of each LinkedIn page's
 * start with the rest of the set-up, issue 9). Read as an ES module instead,
 * with a local `module` for the UMD wrapper's CommonJS branch to fill, the
 * default export is the polyfill's object, untouched, and nothing is written
 * to a global (which strict module code could not do where `browser` is
 * read-only).
 *
 * Where the browser has its own promise-based `browser` namespace (Firefox,
 * current Chromium), the polyfill exports it unchanged. The same check is made
 * here first, so the polyfill's 40 KB factory is neither run nor compiled:
 * V8 compiles a function on its first call, and that compile cost 0.4–1.3 ms
 * of every matched page's start (performance marks in the built LinkedIn
 * script, issue 9). Older Chromium without `browser` still gets the wrapper.
 *
 * The check itself waits for the first use of the API: the export is a
 * forwarding proxy. Reading `browser` in a content script's world sets up that
 * world's extension bindings (about 1 ms in Chromium), and a content script on
 * a page that is not a profile never needs them (issue 9, nonProfileScanMs).
 * Outside an extension, the polyfill's error is thrown at that first use.
 */
export function polyfillModuleSource(code: string): string {
  return [
    'const module = { exports: {} };',
    'const exports = module.exports;',
    'function wrapChromeApi() {',
    code,
    '}',
    'let api;',
    'function resolveApi() {',
    '  if (api) return api;',
    '  const native = globalThis.browser;',
    '  if (native && native.runtime && native.runtime.id) api = native;',
    '  else { wrapChromeApi(); api = module.exports; }',
    '  return api;',
    '}',
    'export default new Proxy({}, {',
    '  get: (_, key) => resolveApi()[key],',
    '  has: (_, key) => key in resolveApi(),',
    '  ownKeys: () => Reflect.ownKeys(resolveApi()),',
    '  getOwnPropertyDescriptor: (_, key) => {',
    '    const d = Reflect.getOwnPropertyDescriptor(resolveApi(), key);',
    '    return d && { ...d, configurable: true };',
    '  },',
    '});',
    '',
  ].join('\n');
}

/** Where a platform's content script lands in the build (an unlisted script: `entrypoints/content-<id>.ts`). */
export const contentScriptFile = (id: SitePlatformId) => `content-${id}.js`;

/**
 * The content scripts, declared here rather than by WXT's defineContentScript:
 * WXT wraps a declared content script in its ContentScriptContext, and building
 * that context reads the extension id, which sets up the extension API of the
 * script's world on every matched page, profile or not (about 1 ms, plus the
 * context and its location watcher: issue 9). Our scripts are unlisted scripts
 * with their own light lifecycle (src/content/script-context.ts), loaded on each
 * platform's hiring hosts only, once the page is idle.
 */
export function contentScriptDeclarations() {
  return (Object.keys(PLATFORM_HOST_MATCHES) as SitePlatformId[]).map((id) => ({
    matches: [...PLATFORM_HOST_MATCHES[id]],
    js: [contentScriptFile(id)],
    run_at: 'document_idle' as const,
  }));
}

function polyfillAsEsm(): Plugin {
  return {
    name: 'hire-signals:polyfill-as-esm',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill(?:\.min)?\.js$/.test(id)) return null;
      return { code: polyfillModuleSource(code), map: null };
    },
  };
}

// The manifest is kept narrow on purpose: `storage` is the only permission.
// No `tabs`, no `<all_urls>`, no `scripting` — the content script is declared
// for the hiring hosts only, and extra hosts (an ATS) are optional and asked
// for at runtime from the options page.
export default defineConfig({
  // Parallel local builds (E2E on several branches of work) may use their own output folder.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [polyfillAsEsm()] }),
  manifest: ({ browser }) => ({
    name: 'Hire Signals',
    description:
      'Shows red flags from government guidance on North Korean IT-worker schemes while you review a candidate profile. Signals, not verdicts; nothing leaves your browser.',
    permissions: ['storage'],
    content_scripts: contentScriptDeclarations(),
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
          // MV2 has no optional_host_permissions: hosts go in optional_permissions.
          optional_permissions: ['https://*/*'],
          browser_specific_settings: {
            gecko: {
              id: 'hire-signals@hire-signals.example',
              // data_collection_permissions is understood from Firefox 140 on.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          optional_host_permissions: ['https://*/*'],
          storage: { managed_schema: 'managed_schema.json' },
        }),
  }),
  zip: {
    excludeSources: ['test-results/**', 'bench-results/**', 'demo-output/**', 'coverage/**', '.output/**'],
  },
});
