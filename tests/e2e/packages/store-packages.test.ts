/**
 * The store packages: `npm run zip` writes the Chrome and Firefox packages and
 * the sources archive Mozilla's reviewers rebuild the Firefox package from.
 * The rebuild is done here as a reviewer does it — unpack, `npm ci`, build —
 * and must give the package byte for byte. Installing needs the npm registry
 * at most (`--prefer-offline` takes what the project's own install cached).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_GECKO_ID } from '../../../build/test-identity';
import { runCommand } from '../commands';
import { extensionDirFor, readBuiltManifest, ROOT } from '../paths';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const ARCHIVE = {
  chrome: `${pkg.name}-${pkg.version}-chrome.zip`,
  firefox: `${pkg.name}-${pkg.version}-firefox.zip`,
  sources: `${pkg.name}-${pkg.version}-sources.zip`,
};
/** What a sources archive must never carry: dependencies, build and test output. */
const NOT_SOURCES = /^(node_modules|\.output|\.wxt|\.git|test-results|bench-results|demo-output|coverage)(\/|$)/;

function unzip(file: string): Map<string, Uint8Array> {
  const entries = unzipSync(new Uint8Array(readFileSync(file)));
  return new Map(Object.entries(entries).filter(([name]) => !name.endsWith('/')));
}

/** Every file under `dir`, by path relative to it. */
function tree(dir: string): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(dir, path).split('\\').join('/'), new Uint8Array(readFileSync(path)));
    }
  };
  walk(dir);
  return out;
}

/** The files that differ between two trees (missing on either side or not the same bytes). */
function differences(a: Map<string, Uint8Array>, b: Map<string, Uint8Array>): string[] {
  const names = [...new Set([...a.keys(), ...b.keys()])].sort();
  return names.filter((n) => {
    const x = a.get(n);
    const y = b.get(n);
    return !x || !y || Buffer.compare(Buffer.from(x), Buffer.from(y)) !== 0;
  });
}

describe('store packages', () => {
  let work: string;
  let out: string;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'hire-signals-packages-'));
    out = join(work, 'output');
    // The packages go to a folder of their own: the browser tests' builds stay as they are.
    runCommand('npm', ['run', 'zip'], ROOT, { WXT_OUT_DIR: out });
  }, 300_000);
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('`npm run zip` writes the Chrome package, the Firefox package and the Firefox sources archive', () => {
    const written = readdirSync(out).filter((f) => f.endsWith('.zip'));
    expect(written.sort()).toEqual(Object.values(ARCHIVE).sort());
    const chrome = JSON.parse(Buffer.from(unzip(join(out, ARCHIVE.chrome)).get('manifest.json')!).toString('utf8'));
    expect(chrome.manifest_version).toBe(3);
    // A store package keeps the id the store assigns: not the fleet-policy test build's key or gecko id.
    expect(chrome.key).toBeUndefined();
    const firefox = JSON.parse(Buffer.from(unzip(join(out, ARCHIVE.firefox)).get('manifest.json')!).toString('utf8'));
    expect(firefox.manifest_version).toBe(2);
    expect(firefox.browser_specific_settings.gecko.id).toBe(readBuiltManifest(extensionDirFor('firefox'), 'firefox').browser_specific_settings?.gecko?.id);
    expect(firefox.browser_specific_settings.gecko.id).not.toBe(TEST_GECKO_ID);
  });

  it('the sources archive holds the project and none of its dependencies or outputs', () => {
    const names = [...unzip(join(out, ARCHIVE.sources)).keys()];
    for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'docs/firefox.md']) expect(names).toContain(needed);
    expect(names.some((n) => n.startsWith('src/'))).toBe(true);
    expect(names.some((n) => n.startsWith('entrypoints/'))).toBe(true);
    expect(names.filter((n) => NOT_SOURCES.test(n))).toEqual([]);
  });

  it('the sources archive, installed and built as a reviewer does, gives the Firefox package byte for byte', () => {
    const src = join(work, 'sources');
    for (const [name, bytes] of unzip(join(out, ARCHIVE.sources))) {
      mkdirSync(dirname(join(src, name)), { recursive: true });
      writeFileSync(join(src, name), bytes);
    }
    runCommand('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], src);
    runCommand('npm', ['run', 'build:firefox'], src);
    const rebuilt = tree(join(src, '.output', 'firefox-mv2'));
    const shipped = unzip(join(out, ARCHIVE.firefox));
    expect(rebuilt.size).toBeGreaterThan(0);
    expect(differences(rebuilt, shipped)).toEqual([]);
    // And the package is the build the browser tests ran (`npm run build:firefox`).
    const tested = extensionDirFor('firefox');
    readBuiltManifest(tested, 'firefox');
    expect(differences(tree(tested), shipped)).toEqual([]);
  }, 600_000);
});
