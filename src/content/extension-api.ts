import type { WxtBrowser } from 'wxt/browser';

/**
 * The extension API as the browser itself provides it, for the content
 * scripts. The rest of the extension uses `wxt/browser` (webextension-polyfill);
 * the scripts that run in a host page do not carry it: loading it is the
 * largest module of a reader and its set-up runs on every first profile scan
 * (docs/performance.md, "The content scripts use the browser's own API").
 *
 * Nothing is lost by that. What the content scripts call (runtime.sendMessage,
 * runtime.id, runtime.onMessage, storage.local) already returns promises in
 * both browsers: Firefox's `browser` is the native promise API, and
 * Chromium's `chrome` returns promises under Manifest V3. The one thing the
 * polyfill adds for them, a message listener that answers with a promise
 * (Chromium only from 148), is written with `sendResponse` instead
 * (src/content/scan-controller.ts).
 *
 * Read at each call, not kept: an orphaned copy (its extension reloaded) must
 * see its API go, and unit tests install WXT's fake browser on the globals.
 */
export function extensionApi(): WxtBrowser {
  const g = globalThis as { browser?: WxtBrowser; chrome?: WxtBrowser };
  return g.browser?.runtime?.id ? g.browser : g.chrome!;
}
