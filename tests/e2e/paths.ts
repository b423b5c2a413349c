import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES = join(ROOT, 'tests/fixtures');
export const SCREENSHOTS = join(ROOT, 'test-results/screenshots');

export type BrowserName = 'chromium' | 'firefox';
export const BROWSER_NAMES: readonly BrowserName[] = ['chromium', 'firefox'];

/** The browser this run drives: one vitest project per browser sets it (vitest.e2e.config.ts). */
export const BROWSER: BrowserName = (() => {
  const name = process.env.E2E_BROWSER ?? 'chromium';
  if (!(BROWSER_NAMES as readonly string[]).includes(name)) throw new Error(`E2E_BROWSER=${name}: expected one of ${BROWSER_NAMES.join(', ')}`);
  return name as BrowserName;
})();

/** WXT's output folder of each browser's build (`{{browser}}-mv{{manifestVersion}}`). */
const BUILD_FOLDER: Record<BrowserName, { folder: string; command: string }> = {
  chromium: { folder: 'chrome-mv3', command: 'npm run build' },
  firefox: { folder: 'firefox-mv2', command: 'npm run build:firefox' },
};

export function extensionDirFor(browser: BrowserName, outDir = join(ROOT, process.env.WXT_OUT_DIR ?? '.output')): string {
  return join(outDir, BUILD_FOLDER[browser].folder);
}

export function buildCommandFor(browser: BrowserName): string {
  return BUILD_FOLDER[browser].command;
}

/** The parts of a built manifest.json the tests read. */
export interface BuiltManifest {
  manifest_version: 2 | 3;
  name: string;
  permissions?: string[];
  background?: { service_worker?: string; scripts?: string[] };
  content_scripts?: Array<{ matches: string[]; js?: string[] }>;
  /** Manifest V3: objects with the pages they are for; Manifest V2: a list of files. */
  web_accessible_resources?: Array<string | { resources: string[]; matches?: string[]; use_dynamic_url?: boolean }>;
  minimum_chrome_version?: string;
  browser_specific_settings?: { gecko?: { id?: string } };
  key?: string;
}

export function readBuiltManifest(extensionDir: string, browser: BrowserName): BuiltManifest {
  const file = join(extensionDir, 'manifest.json');
  if (!existsSync(file)) throw new Error(`No built extension at ${extensionDir}: run \`${buildCommandFor(browser)}\` first.`);
  return JSON.parse(readFileSync(file, 'utf8')) as BuiltManifest;
}

/** Every file the manifest makes web-accessible, in either manifest version's form, in declaration order. */
export function webAccessibleFiles(manifest: Pick<BuiltManifest, 'web_accessible_resources'>): string[] {
  return (manifest.web_accessible_resources ?? []).flatMap((w) => (typeof w === 'string' ? [w] : w.resources));
}

/**
 * Every script that runs in a page's content-script world: the content scripts the manifest
 * declares, then the scripts they import (web-accessible), in declaration order, without repeats.
 */
export function contentScriptFiles(manifest: BuiltManifest): string[] {
  const imported = webAccessibleFiles(manifest).filter((f) => f.endsWith('.js'));
  return [...new Set([...(manifest.content_scripts ?? []).flatMap((c) => c.js ?? []), ...imported])];
}
