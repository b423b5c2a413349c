import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { polyfillAsEsm, polyfillModuleSource } from '../../../build/polyfill-as-esm';

// The real polyfill file, as the build plugin receives it.
// (Its source-map comment is dropped: the map file is not copied next to the test's module.)
const POLYFILL = readFileSync(createRequire(import.meta.url).resolve('webextension-polyfill/dist/browser-polyfill.js'), 'utf8').replace(/^\/\/# sourceMappingURL=.*$/m, '');
// Inside the project (gitignored): the test runner only loads modules under its root.
const base = resolve(import.meta.dirname, '../../../test-results');
mkdirSync(base, { recursive: true });
const dir = mkdtempSync(join(base, 'polyfill-'));
let n = 0;

/** Evaluate the transformed module as the bundle would, with the given globals. */
async function loadWith(globals: { chrome?: unknown; browser?: unknown }): Promise<{ api: unknown }> {
  const g = globalThis as Record<string, unknown>;
  g.chrome = globals.chrome;
  g.browser = globals.browser;
  const file = join(dir, `polyfill-${n++}.mjs`);
  writeFileSync(file, polyfillModuleSource(POLYFILL));
  // Boxed: awaiting the proxy itself would read its `then`, which is a first use of the API.
  return { api: ((await import(/* @vite-ignore */ file)) as { default: unknown }).default };
}

afterEach(() => {
  const g = globalThis as Record<string, unknown>;
  delete g.chrome;
  delete g.browser;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('webextension-polyfill as an ES module (build/polyfill-as-esm.ts)', () => {
  it('forwards to the native browser namespace itself, without running the polyfill', async () => {
    const native = { runtime: { id: 'ext-id' }, storage: { local: {} } };
    // The polyfill itself throws when chrome.runtime.id is missing; an answer here proves it never ran.
    const api = (await loadWith({ browser: native, chrome: {} })).api as typeof native;
    expect(api.runtime).toBe(native.runtime);
    expect(api.storage.local).toBe(native.storage.local);
    expect('runtime' in api).toBe(true);
    expect('tabs' in api).toBe(false);
    expect(Object.keys(api).sort()).toEqual(['runtime', 'storage']);
  });

  it('reads the browser namespace on the first use of the API, not when the module loads', async () => {
    const g = globalThis as Record<string, unknown>;
    const native = { runtime: { id: 'ext-id' } };
    let reads = 0;
    Object.defineProperty(g, 'browser', { configurable: true, get: () => (reads++, native) });
    const file = join(dir, `polyfill-${n++}.mjs`);
    writeFileSync(file, polyfillModuleSource(POLYFILL));
    const api = ((await import(/* @vite-ignore */ file)) as { default: typeof native }).default;
    expect(reads).toBe(0);
    expect(api.runtime.id).toBe('ext-id');
    expect(api.runtime).toBe(native.runtime);
    expect(reads).toBe(1); // resolved once, then kept
  });

  it('wraps chrome into promise-returning APIs where there is no native namespace', async () => {
    const chrome = {
      runtime: {
        id: 'ext-id',
        lastError: undefined,
        getURL: (p: string) => `chrome-extension://ext-id/${p}`,
        sendMessage: (_msg: unknown, cb: (reply: unknown) => void) => cb({ ok: true }),
      },
    };
    const api = (await loadWith({ chrome })).api as { runtime: { sendMessage(m: unknown): Promise<unknown> } };
    expect(api.runtime).not.toBe(chrome.runtime);
    await expect(api.runtime.sendMessage({ type: 'ping' })).resolves.toEqual({ ok: true });
    expect((globalThis as Record<string, unknown>).browser).toBeUndefined(); // nothing written to a global
  });

  it('keeps the polyfill\'s refusal outside an extension, at the first use of the API', async () => {
    const api = (await loadWith({ chrome: {} })).api as { runtime: unknown };
    expect(() => api.runtime).toThrow(/browser extension/);
  });
});

describe('polyfillAsEsm (the plugin)', () => {
  const transform = (code: string, id: string) => (polyfillAsEsm().transform as (code: string, id: string) => { code: string } | null).call({}, code, id);

  it('rewrites webextension-polyfill\'s file, and no other module', () => {
    for (const id of ['/repo/node_modules/webextension-polyfill/dist/browser-polyfill.js', 'C:\\repo\\node_modules\\webextension-polyfill\\dist\\browser-polyfill.min.js']) {
      expect(transform('/* polyfill */', id)?.code).toBe(polyfillModuleSource('/* polyfill */'));
    }
    for (const id of ['/repo/src/content/run-gate.ts', '/repo/node_modules/webextension-polyfill/package.json', '/repo/node_modules/other/dist/browser-polyfill.js']) {
      expect(transform('/* other */', id)).toBeNull();
    }
  });
});
