/**
 * A reference for `content.profileScanMs`: the least any content script must do
 * to show a panel like ours, measured the same way on the same page by the same
 * browser. It reads the page once (the title), sends one message to its
 * background and waits for the answer, then draws a one-button chip in a shadow
 * root. No extractor, no lifecycle, no bundler: a hand-written file, so every
 * millisecond it takes is the cost of a fresh content-script world (the first
 * DOM access, the extension API's first use, the first message, the first
 * element drawn) on this machine, not of our code.
 *
 * What it does not do, and ours must: read the profile (warm, that is most of
 * `content.profileRescanMs`) and compile that reader (V8 compiles each
 * function on its first call). The bench loads it interleaved with ours and
 * budgets our first scan as a multiple of it (docs/performance.md).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TIMING, TIMINGS_KEY } from '../../src/content/work-timer';
import { hosts as linkedInHosts } from '../../src/sites/linkedin/urls';

/**
 * Records its slices exactly as ours does (src/content/work-timer.ts: on its world's global, where the
 * page cannot read them), and the panel host the bench waits for.
 */
const CONTENT_SCRIPT = `(() => {
  const log = (globalThis[${JSON.stringify(TIMINGS_KEY)}] = []);
  const slice = (start) => log.push({ name: ${JSON.stringify(TIMING.work)}, start, duration: performance.now() - start });
  const t0 = performance.now();
  const reply = chrome.runtime.sendMessage({ type: 'scan', title: document.title });
  slice(t0);
  reply.then((answer) => {
    const t1 = performance.now();
    const host = document.createElement('hire-signals-panel');
    host.setAttribute('data-hire-signals-panel', '');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = ':host{all:initial;position:fixed;right:16px;bottom:16px}button{font:14px system-ui;border:1px solid #d0d7de;border-radius:999px;padding:6px 12px}';
    const chip = document.createElement('button');
    chip.type = 'button';
    chip.textContent = 'Hire Signals · ' + answer.count + ' signals';
    shadow.append(style, chip);
    document.body.append(host);
    slice(t1);
  });
})();
`;

const BACKGROUND = `chrome.runtime.onMessage.addListener((msg, _sender, reply) => { reply({ count: msg && msg.title ? 3 : 0 }); });
`;

/** Writes the reference extension (LinkedIn hosts, loaded at document_idle like ours) to a temporary folder. */
export function writeReferenceExtension(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'hire-signals-reference-'));
  const manifest = {
    manifest_version: 3,
    name: 'Hire Signals bench reference',
    version: '1.0.0',
    background: { service_worker: 'background.js' },
    content_scripts: [{ matches: [...linkedInHosts], js: ['content.js'], run_at: 'document_idle' }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, 'background.js'), BACKGROUND);
  writeFileSync(join(dir, 'content.js'), CONTENT_SCRIPT);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The other floor, for pages the extension has no business on: an extension
 * whose content scripts do nothing, declared on exactly the hosts and at the
 * moment (`run_at`) of the build being measured (read from its built manifest,
 * so it follows any change of ours). Chromium still creates an isolated world
 * for it on every matched page and runs the empty file there: the price of
 * having a content script at all, which no code of ours can lower. It has a
 * background service worker that does nothing, as ours has one.
 */
export function writeEmptyExtension(extensionDir: string): { dir: string; remove(): void } {
  const ours = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: Array<{ matches: string[]; run_at?: string; all_frames?: boolean }>;
  };
  const dir = mkdtempSync(join(tmpdir(), 'hire-signals-empty-'));
  const manifest = {
    manifest_version: 3,
    name: 'Hire Signals bench empty content script',
    version: '1.0.0',
    background: { service_worker: 'background.js' },
    content_scripts: (ours.content_scripts ?? []).map((cs) => ({
      matches: cs.matches,
      js: ['content.js'],
      ...(cs.run_at ? { run_at: cs.run_at } : {}),
      ...(cs.all_frames ? { all_frames: cs.all_frames } : {}),
    })),
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, 'background.js'), '// Nothing: the bench measures an extension that is present and does no work.\n');
  writeFileSync(join(dir, 'content.js'), '// Nothing: the bench measures a content script that is injected and does no work.\n');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
