import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { polyfillModuleSource } from '../../../wxt.config';

// The real polyfill file, as the build plugin receives it.
// (Its source-map comment is dropped: the map file is not copied next to the test's module.)
const POLYFILL = readFileSync(createRequire(import.meta.url).resolve('webextension-polyfill/dist/browser-polyfill.js'), 'utf8').replace(/^\/\/# sourceMappingURL=.*$/m, '');
// Inside the project (gitignored): the test runner only loads modules under its root.
const base = resolve(import.meta.dirname, '../../../test-results');
mkdirSync(base, { recursive: true });
const dir = mkdtempSync(join(base, 'polyfill-'));
let n = 0;

/** Evaluate the transformed module as the bundle would, with the given globals. */
async function loadWith(globals: { chrome?: unknown; browser?: unknown }): Promise<unknown> {
  const g = globalThis as Record<string, unknown>;
  g.chrome = globals.chrome;
  g.browser = globals.browser;
  const file = join(dir, `polyfill-${n++}.mjs`);
  writeFileSync(file, polyfillModuleSource(POLYFILL));
  return ((await import(/* @vite-ignore */ file)) as { default: unknown }).default;
}

afterEach(() => {
  const g = globalThis as Record<string, unknown>;
  delete g.chrome;
  delete g.browser;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('webextension-polyfill as an ES module (wxt.config.ts)', () => {
  it('exports the native browser namespace itself, without running the polyfill', async () => {
    const native = { runtime: { id: 'ext-id' } };
    // The polyfill itself throws when chrome.runtime.id is missing; returning here proves it never ran.
    await expect(loadWith({ browser: native, chrome: {} })).resolves.toBe(native);
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
    const api = (await loadWith({ chrome })) as { runtime: { sendMessage(m: unknown): Promise<unknown> } };
    expect(api).not.toBe(chrome);
    await expect(api.runtime.sendMessage({ type: 'ping' })).resolves.toEqual({ ok: true });
    expect((globalThis as Record<string, unknown>).browser).toBeUndefined(); // nothing written to a global
  });

  it('keeps the polyfill\'s refusal outside an extension', async () => {
    await expect(loadWith({ chrome: {} })).rejects.toThrow(/browser extension/);
  });
});
