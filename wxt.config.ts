import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { READER_LOADER } from './src/content/reader-handoff';
import { PLATFORM_HOST_MATCHES, type SitePlatformId } from './src/sites/hosts';
import { testIdentityHooks } from './build/test-identity';

/**
 * webextension-polyfill ships as a UMD/CommonJS file. Bundled as CommonJS, the
 * import goes through the bundler's interop helper, which copies every own
 * property of the exported object; in Chromium that read built extension API
 * bindings on every page load (CPU profile of the built content script: the
 * `chrome.app` getter under the helper, about 1.3 ms of each LinkedIn page's
 * start with the rest of the set-up). Read as an ES module instead,
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
 * script). Older Chromium without `browser` still gets the wrapper.
 *
 * The check itself waits for the first use of the API: the export is a
 * forwarding proxy. Reading `browser` in a content script's world sets up that
 * world's extension bindings (about 1 ms in Chromium), and a content script on
 * a page that is not a profile never needs them (nonProfileScanMs).
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

/** Where a platform's content script (its gate) lands in the build (an unlisted script: `entrypoints/content-<id>.ts`). */
export const contentScriptFile = (id: SitePlatformId) => `content-${id}.js`;

/** Where a platform's reader lands in the build (an unlisted script: `entrypoints/reader-<id>.ts`), parked by `splitContentScripts`. */
export const readerScriptFile = (id: SitePlatformId) => `reader-${id}.js`;

const READER_FILE = /^reader-[a-z]+\.js$/;
const PARKABLE = /^(\(function\(\)\s*\{[\s\S]*\}\)\(\));?\s*(\/\/# sourceMappingURL=\S+)?\s*$/;

/**
 * A reader file's bundle, parked: its IIFE becomes the body of a function
 * stored on the content script's global under READER_LOADER, which returns
 * what the IIFE returns (the unlisted script's `main()` result: the reader's
 * entry). Loading the file then defines one function and runs nothing; the
 * gate calls it on the first profile URL (nonProfileScanMs). The
 * function is parenthesised, so V8 compiles it when the file loads, as it did
 * the bare IIFE: a profile page pays no second parse. The wrapper takes a
 * line of its own, so a source map needs one line added at its start
 * (`sourceMapOneLineDown`). Fails the build on any other shape rather than ship a
 * file that runs on load.
 */
export function parkedReaderSource(code: string): string {
  const m = PARKABLE.exec(code.trim());
  if (!m) throw new Error('hire-signals: a reader bundle is not a single IIFE; cannot park it');
  const parked = `globalThis[${JSON.stringify(READER_LOADER)}]=(function(){return(\n${m[1]}\n)});`;
  try {
    // Parsed, not run: "(function(){…})();more;(function(){…})()" has the right ends but is not one expression.
    new Function(parked);
  } catch {
    throw new Error('hire-signals: a reader bundle is not a single IIFE; cannot park it');
  }
  return `${parked}${m[2] ? `\n${m[2]}` : ''}\n`;
}

const GATE_FILE = /^content-[a-z]+\.js$/;
const COMPILE_ALL_HINT = '//# allFunctionsCalledOnLoad';

/**
 * A gate's bundle with V8's file-level compile hint as its first line. Nearly
 * every function in a gate runs on every page it loads on (not the reader's
 * loader, nor the no-Navigation-API fallback), so V8 compiles them all
 * with the file, in one pass, instead of pre-parsing each and parsing it again
 * on its first call on the page's main thread: 0.7 → 0.3 ms of a LinkedIn
 * feed page's measured work. Not for the readers: most pages never
 * run them. Chromium 136+ reads the hint; other engines see a comment.
 */
export function hintedGateSource(code: string): string {
  return code.startsWith(COMPILE_ALL_HINT) ? code : `${COMPILE_ALL_HINT}\n${code}`;
}

/** A parked reader's or hinted gate's source map: its mappings move one line down, past the added line. */
export function sourceMapOneLineDown(json: string): string {
  const map = JSON.parse(json) as { mappings?: string };
  return JSON.stringify({ ...map, mappings: `;${map.mappings ?? ''}` });
}

/**
 * The content scripts, declared here rather than by WXT's defineContentScript:
 * WXT wraps a declared content script in its ContentScriptContext, and building
 * that context reads the extension id, which sets up the extension API of the
 * script's world on every matched page, profile or not (about 1 ms, plus the
 * context and its location watcher). Our scripts are unlisted scripts
 * with their own light lifecycle (src/content/script-context.ts), loaded on each
 * platform's hiring hosts only, once the page is idle.
 */
export function contentScriptDeclarations() {
  return (Object.keys(PLATFORM_HOST_MATCHES) as SitePlatformId[]).map((id) => ({
    matches: [...PLATFORM_HOST_MATCHES[id]],
    // The reader first, parked; then the gate, which runs it on a profile (src/content/reader-handoff.ts).
    js: [readerScriptFile(id), contentScriptFile(id)],
    run_at: 'document_idle' as const,
  }));
}

/** Parks each reader and hints each gate (src/content/reader-handoff.ts). */
function splitContentScripts(): Plugin {
  return {
    name: 'hire-signals:split-content-scripts',
    apply: 'build',
    enforce: 'post',
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        if (GATE_FILE.test(chunk.fileName)) {
          // The hint takes a line of its own: a source map moves one line down, as a reader's does.
          chunk.code = hintedGateSource(chunk.code);
        } else if (READER_FILE.test(chunk.fileName)) {
          chunk.code = parkedReaderSource(chunk.code);
        } else continue;
        const map = bundle[`${chunk.fileName}.map`];
        if (map?.type === 'asset') map.source = sourceMapOneLineDown(String(map.source));
      }
    },
  };
}

const READER_ENTRY = /[\\/]entrypoints[\\/]reader-[a-z]+\.ts$/;
const JSX_RUNTIMES = new Set(['preact/jsx-runtime', 'preact/jsx-dev-runtime']);
/** The JSX runtime of the readers' builds. */
export const CONTENT_JSX_RUNTIME = resolve(import.meta.dirname, 'src/content/panel/dom-jsx-runtime.ts');

/**
 * In a reader's build, Preact's JSX runtime is src/content/panel/dom-jsx-runtime.ts:
 * the panel body's JSX then only describes elements, which static-render.ts
 * turns into DOM, and Preact (10 KB of renderer, compiled at injection on
 * every matched page, profile or not) stays out of the content scripts
 * ("keep heavy libraries out of the content script"). The popup and
 * the options page keep Preact. WXT builds each reader on its own, so the
 * build's input says which kind it is.
 */
export function contentJsxRuntime(): Plugin {
  let reader = false;
  return {
    name: 'hire-signals:content-jsx-runtime',
    apply: 'build',
    enforce: 'pre',
    buildStart(options) {
      const input = options.input;
      const ids = typeof input === 'string' ? [input] : Array.isArray(input) ? input : Object.values(input ?? {});
      reader = ids.some((id) => READER_ENTRY.test(id));
    },
    resolveId(source) {
      return reader && JSX_RUNTIMES.has(source) ? CONTENT_JSX_RUNTIME : null;
    },
  };
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
  hooks: testIdentityHooks,
  vite: () => ({ plugins: [contentJsxRuntime(), polyfillAsEsm(), splitContentScripts()] }),
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
            // Firefox for Android understands data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
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
