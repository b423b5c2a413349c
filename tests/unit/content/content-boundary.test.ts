import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentScriptDeclarations, siteEntryFiles, type SiteEntryFile } from '../../../build/site-entries';
import { HIRING_SITES } from '../../../src/sites/registry';

/**
 * The content scripts only read the page and draw the panel; the background
 * evaluates (cost to the page, bundle budget). Each hiring site's content
 * script is two files, generated from the site registry by
 * build/site-entries.ts: the gate (`content-<id>`: the URL check on every
 * page) and the reader (`reader-<id>`: extractor and panel, run on a profile
 * only). This walks their static imports so a stray import of the engine, the
 * rules, the schemas, another site's extractor, the site's examples, or
 * anything of the reader's in the gate, fails here, not in the bench.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const FILES = siteEntryFiles(join(ROOT, '.wxt/site-entries'), ROOT);
const GATES = FILES.filter((f) => f.name.startsWith('content-'));
const READERS = FILES.filter((f) => f.name.startsWith('reader-'));
const siteOf = (entry: SiteEntryFile) => entry.name.replace(/^(content|reader)-/, '');
const named = (files: SiteEntryFile[]) => files.map((f) => [f.name, f] as const);

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && !candidate.endsWith('/') && /\.(ts|tsx|css)$/.test(candidate)) return candidate;
  }
  return null;
}

/**
 * Every module a generated entry reaches through value imports (type-only
 * imports are erased by the build). The entry itself is given as its source.
 */
function graph(entry: SiteEntryFile): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = [entry.path];
  while (todo.length) {
    const file = todo.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    if (file.endsWith('.css')) continue;
    const source = file === entry.path ? entry.source : readFileSync(file, 'utf8');
    for (const m of source.matchAll(/^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
      if (m[1]) continue;
      const spec = m[2]!;
      const target = resolveImport(file, spec);
      if (target) todo.push(target);
      else if (!spec.startsWith('.')) packages.add(spec);
    }
  }
  return { files, packages };
}

describe('content-script module boundary', () => {
  it('there is one gate and one reader per hiring site, and no content-script entry written by hand', () => {
    const ids = HIRING_SITES.map((s) => s.id).sort();
    expect(GATES.map(siteOf).sort()).toEqual(ids);
    expect(READERS.map(siteOf).sort()).toEqual(ids);
    expect(readdirSync(join(ROOT, 'entrypoints')).filter((f) => /^(content|reader)[-.]/.test(f))).toEqual([]);
  });

  it('the manifest declares each site\'s gate alone, for its own hosts, loaded when the page is idle; the reader is imported', () => {
    const declared = contentScriptDeclarations();
    expect(declared).toHaveLength(HIRING_SITES.length);
    for (const site of HIRING_SITES) {
      expect(declared.find((d) => d.js.includes(`content-${site.id}.js`)), site.id).toEqual({
        matches: [...site.hosts],
        js: [`content-${site.id}.js`],
        run_at: 'document_idle',
      });
      // The gate imports its reader from there (src/content/run-gate.ts).
      expect(GATES.find((g) => siteOf(g) === site.id)!.source).toContain(`readerFile: '/reader-${site.id}.js'`);
    }
  });

  it.each(named(GATES))('%s (the gate) reaches its site\'s URL rules and nothing of the reader', (_name, entry) => {
    const own = siteOf(entry);
    const { files, packages } = graph(entry);
    const rel = [...files].filter((f) => f !== entry.path).map((f) => relative(ROOT, f)).sort();
    const siteFiles = rel.filter((f) => f.startsWith('src/sites/'));
    // URL rules only: the site's urls.ts (hosts and classifier), and the host and URL checks of core.
    expect(siteFiles).toEqual([`src/sites/${own}/urls.ts`]);
    expect(rel.filter((f) => f.startsWith('src/core/'))).toEqual(['src/core/host-pattern.ts', 'src/core/url-kind.ts']);
    expect(rel.filter((f) => /^src\/(ui|engine|rules|settings|background)\//.test(f) || /^src\/content\/(panel\/|scan-controller|run-reader|script-context|read-page)/.test(f))).toEqual([]);
    // No browser API package either: the gate reads the browser's own API (src/content/extension-api.ts),
    // and only on a profile, to import the reader. WXT's defineUnlistedScript is an identity function
    // that imports nothing.
    expect([...packages]).toEqual(['wxt/utils/define-unlisted-script']);
  });

  it.each(named(READERS))('%s reaches neither the engine, rules, settings, schemas, examples nor another site', (_name, entry) => {
    const own = siteOf(entry);
    const { files, packages } = graph(entry);
    const rel = [...files].filter((f) => f !== entry.path).map((f) => relative(ROOT, f));
    const forbidden = rel.filter(
      (f) =>
        /^src\/(engine|rules|advisories|settings|seen|background|cli|ui)\//.test(f) ||
        f === 'src/core/i18n/index.ts' ||
        f === 'src/core/snapshot-schema.ts' ||
        /^src\/sites\/(registry|detect|extract-page)\.ts$/.test(f) ||
        // Example URLs are test data: the content scripts take a site's urls.ts and extract.ts, never its site.ts.
        /^src\/sites\/[^/]+\/site\.ts$/.test(f) ||
        // The schema.org Person reader (generic/) is shared by design; other sites' extractors are not.
        (/^src\/sites\/[^/]+\//.test(f) && !f.startsWith(`src/sites/${own}/`) && !f.startsWith('src/sites/generic/')),
    );
    expect(forbidden).toEqual([]);
    expect([...packages].filter((p) => /^(zod|@wxt-dev\/storage|#imports|wxt\/utils\/content-script-context)/.test(p))).toEqual([]);
    // Nor the polyfill (`wxt/browser` is aliased to it): the reader uses the browser's own API (src/content/extension-api.ts).
    expect([...packages].filter((p) => p === 'wxt/browser' || p.includes('webextension-polyfill'))).toEqual([]);
    expect(rel).toContain('src/content/extension-api.ts');
    // Preact's renderer neither: the panel body is drawn by static-render.ts. JSX still names
    // Preact's runtime, which the reader's build swaps for dom-jsx-runtime.ts (build/content-jsx-runtime.ts).
    expect([...packages].filter((p) => p === 'preact' || (p.startsWith('preact/') && p !== 'preact/jsx-runtime'))).toEqual([]);
    // Sanity: the walk did reach the site's extractor and the panel.
    expect(rel).toContain(`src/sites/${own}/extract.ts`);
    expect(rel).toContain('src/content/panel/panel.tsx');
  });

  it.each(named(READERS))('%s is an unlisted script that hands the gate its entry, with the gate\'s own URL rules', (_name, entry) => {
    const own = siteOf(entry);
    const gate = GATES.find((g) => siteOf(g) === own)!;
    const urlsImport = (source: string) => source.match(/^import \{ classify, hosts \} from '([^']+)';$/m)?.[1];
    expect(urlsImport(entry.source)).toBe(`../../src/sites/${own}/urls.ts`);
    expect(urlsImport(gate.source)).toBe(urlsImport(entry.source));
    expect(entry.source).toMatch(/defineUnlistedScript\(\(\) => readerEntry\(\{ id: '[a-z0-9]+', label: '[^']+', hosts, urls: \{ classify \}, extract \}\)\)/);
  });

  it.each(named(GATES))('%s imports the script-start clock first and is an unlisted script (no WXT content-script context)', (_name, entry) => {
    const imports = [...entry.source.matchAll(/^import\s[^;]*?['"]([^'"]+)['"]/gm)].map((m) => m[1]);
    // Bundlers evaluate modules in import order: the start is taken before the reader's modules load.
    expect(imports[0]).toBe('../../src/content/script-start.ts');
    expect(entry.source).toMatch(/defineUnlistedScript\(\(\) => runGate\(/);
    expect(entry.source).not.toMatch(/defineContentScript\(/);
  });

  it.each(named(READERS))('%s imports the script-start clock first: its own evaluation, when the gate imports it, is measured', (_name, entry) => {
    const imports = [...entry.source.matchAll(/^import\s[^;]*?['"]([^'"]+)['"]/gm)].map((m) => m[1]);
    expect(imports[0]).toBe('../../src/content/script-start.ts');
  });
});
