import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLATFORM_HOST_MATCHES } from '../../../src/sites/hosts';
import { contentScriptDeclarations, contentScriptFile, readerScriptFile } from '../../../wxt.config';

/**
 * The content scripts only read the page and draw the panel; the background
 * evaluates (cost to the page, bundle budget). Each platform's
 * content script is two files: the gate (`content-<id>.ts`: the URL check on
 * every page) and the reader (`reader-<id>.ts`: extractor and panel, run on a
 * profile only). This walks their static imports so a stray import of the
 * engine, the rules, the schemas, another platform's extractor, or anything
 * of the reader's in the gate, fails here, not in the bench.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const ENTRY_FILES = readdirSync(join(ROOT, 'entrypoints'));
const ENTRIES = ENTRY_FILES.filter((f) => /^content-[a-z]+\.ts$/.test(f));
const READERS = ENTRY_FILES.filter((f) => /^reader-[a-z]+\.ts$/.test(f));
const platformOf = (entry: string) => entry.replace(/^(content|reader)-/, '').replace(/\.ts$/, '');

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && !candidate.endsWith('/') && /\.(ts|tsx|css)$/.test(candidate)) return candidate;
  }
  return null;
}

/** Every module the entry reaches through value imports (type-only imports are erased by the build). */
function graph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = [entry];
  while (todo.length) {
    const file = todo.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    if (file.endsWith('.css')) continue;
    const source = readFileSync(file, 'utf8');
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
  it('there is one gate and one reader per platform', () => {
    expect(ENTRIES.map(platformOf).sort()).toEqual(Object.keys(PLATFORM_HOST_MATCHES).sort());
    expect(READERS.map(platformOf).sort()).toEqual(Object.keys(PLATFORM_HOST_MATCHES).sort());
  });

  it('the manifest declares each platform\'s reader, then its gate, for its own hosts, loaded when the page is idle', () => {
    const declared = contentScriptDeclarations();
    expect(declared).toHaveLength(ENTRIES.length);
    for (const entry of ENTRIES) {
      const id = platformOf(entry) as keyof typeof PLATFORM_HOST_MATCHES;
      const decl = declared.find((d) => d.js.includes(contentScriptFile(id)));
      // The reader parks itself when it loads; the gate, loaded after it, finds it there.
      expect(decl, entry).toEqual({ matches: [...PLATFORM_HOST_MATCHES[id]], js: [`reader-${id}.js`, `content-${id}.js`], run_at: 'document_idle' });
      expect(readerScriptFile(id)).toBe(`reader-${id}.js`);
    }
  });

  it.each(ENTRIES)('%s (the gate) reaches its platform\'s URL rules and nothing of the reader', (entry) => {
    const own = platformOf(entry);
    const { files, packages } = graph(join(ROOT, 'entrypoints', entry));
    const rel = [...files].map((f) => relative(ROOT, f)).sort();
    const platformFiles = rel.filter((f) => f.startsWith('src/sites/'));
    // URL rules only: define-site (identity helper), url-kind, the site's url-rules and classifier.
    expect(platformFiles.filter((f) => !/^src\/sites\/(define-site|url-kind)\.ts$/.test(f) && !f.startsWith(`src/sites/${own}/`))).toEqual([]);
    expect(platformFiles.filter((f) => /\/(platform|extract[^/]*|index|examples)\.ts$/.test(f))).toEqual([]);
    expect(rel.filter((f) => /^src\/(ui|i18n|profile|messaging)\//.test(f) || /^src\/content\/(scan-controller|run-reader|script-context|read-page)\.ts$/.test(f))).toEqual([]);
    // No browser API either: reading it sets up the script world's extension bindings (about 1 ms).
    expect([...packages]).toEqual([]);
    expect(rel).toContain(`src/sites/${own}/url-rules.ts`);
  });

  it.each(READERS)('%s reaches neither the engine, rules, settings, schemas nor another platform', (entry) => {
    const own = platformOf(entry);
    const { files, packages } = graph(join(ROOT, 'entrypoints', entry));
    const rel = [...files].map((f) => relative(ROOT, f));
    const forbidden = rel.filter(
      (f) =>
        /^src\/(engine|rules|advisories|settings|seen|background|cli)\//.test(f) ||
        f === 'src/core/i18n/index.ts' ||
        f === 'src/core/snapshot-schema.ts' ||
        f === 'src/sites/index.ts' ||
        f === 'src/sites/detect.ts' ||
        // Example URLs are test data: the content scripts take the platform's runtime part only.
        /^src\/sites\/(?!generic\/)[^/]+\/(index|examples)\.ts$/.test(f) ||
        // The schema.org Person reader (generic/) is shared by design; other sites' extractors are not.
        (/^src\/sites\/[^/]+\//.test(f) && !f.startsWith(`src/sites/${own}/`) && !f.startsWith('src/sites/generic/')),
    );
    expect(forbidden).toEqual([]);
    expect([...packages].filter((p) => /^(zod|@wxt-dev\/storage|#imports|wxt\/utils\/content-script-context)/.test(p))).toEqual([]);
    // Preact's renderer neither: the panel body is drawn by static-render.ts. JSX still names
    // Preact's runtime, which the reader's build swaps for dom-jsx-runtime.ts (wxt.config.ts).
    expect([...packages].filter((p) => p === 'preact' || (p.startsWith('preact/') && p !== 'preact/jsx-runtime'))).toEqual([]);
    // Sanity: the walk did reach the platform's extractor and the panel.
    expect(rel).toContain(`src/sites/${own}/platform.ts`);
    expect(rel).toContain('src/content/panel/panel.tsx');
  });

  it.each(READERS)('%s is an unlisted script and hands the gate its entry', (entry) => {
    const source = readFileSync(join(ROOT, 'entrypoints', entry), 'utf8');
    expect(source).toMatch(/defineUnlistedScript\(\(\) => readerEntry\(platform\)\)/);
  });

  it.each(Object.keys(PLATFORM_HOST_MATCHES))('%s: the gate\'s URL rules are the reader\'s', async (id) => {
    const rules = (await import(`../../../src/sites/${id}/url-rules.ts`)).default;
    const platform = (await import(`../../../src/sites/${id}/platform.ts`)).default;
    expect(rules.id).toBe(id);
    expect(platform.matchesHost).toBe(rules.matchesHost);
    expect(platform.classifyUrl).toBe(rules.classifyUrl);
  });

  it.each(ENTRIES)('%s imports the script-start clock first and is an unlisted script (no WXT content-script context)', (entry) => {
    const source = readFileSync(join(ROOT, 'entrypoints', entry), 'utf8');
    const imports = [...source.matchAll(/^import\s[^;]*?['"]([^'"]+)['"]/gm)].map((m) => m[1]);
    // Bundlers evaluate modules in import order: the start is taken before the polyfill and the extractor load.
    expect(imports[0]).toBe('../src/content/script-start');
    expect(source).toMatch(/defineUnlistedScript\(/);
    expect(source).not.toMatch(/defineContentScript\(/);
  });
});
