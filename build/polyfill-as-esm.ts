import type { Plugin } from 'vite';

/**
 * Why: webextension-polyfill ships as a UMD/CommonJS file. Bundled as
 * CommonJS, its import goes through the bundler's interop helper, which copies
 * every own property of the exported object, and in Chromium that reads the
 * extension API bindings on every page load. Read as an ES module instead
 * (with a local `module` for the UMD wrapper's CommonJS branch to fill), the
 * default export is the polyfill's object, untouched, and nothing is written to
 * a global. Where the browser has its own promise-based `browser` (Firefox,
 * current Chromium) the polyfill would export it unchanged, so that check is
 * made first and the polyfill's large factory is neither run nor compiled;
 * older Chromium still gets the wrapper. The check waits for the first use of
 * the API (the export is a forwarding proxy), because reading `browser` sets up
 * the content-script world's extension bindings, which a page that is not a
 * profile never needs. Outside an extension the polyfill's own error is thrown
 * at that first use. Measured in docs/performance.md.
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

const POLYFILL_FILE = /[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill(?:\.min)?\.js$/;

/** Every build's copy of webextension-polyfill, as the ES module above. */
export function polyfillAsEsm(): Plugin {
  return {
    name: 'hire-signals:polyfill-as-esm',
    apply: 'build',
    transform(code, id) {
      if (!POLYFILL_FILE.test(id)) return null;
      return { code: polyfillModuleSource(code), map: null };
    },
  };
}
