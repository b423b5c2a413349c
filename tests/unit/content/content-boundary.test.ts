import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLATFORM_HOST_MATCHES } from '../../../src/platforms/hosts';
import { contentScriptDeclarations, contentScriptFile } from '../../../wxt.config';

/**
 * The content scripts only read the page and draw the panel; the background
 * evaluates (issue 9: cost to the page, bundle budget). This walks each
 * content script's static imports so a stray import of the engine, the rules,
 * the schemas or another platform's extractor fails here, not in the bench.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const ENTRIES = readdirSync(join(ROOT, 'entrypoints')).filter((f) => /^content-[a-z]+\.ts$/.test(f));
const platformOf = (entry: string) => entry.replace(/^content-/, '').replace(/\.ts$/, '');

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
  it('there is one content script per platform', () => {
    expect(ENTRIES.map(platformOf).sort()).toEqual(Object.keys(PLATFORM_HOST_MATCHES).sort());
  });

  it('the manifest declares each script for its own platform\'s hosts, loaded when the page is idle', () => {
    const declared = contentScriptDeclarations();
    expect(declared).toHaveLength(ENTRIES.length);
    for (const entry of ENTRIES) {
      const id = platformOf(entry) as keyof typeof PLATFORM_HOST_MATCHES;
      const decl = declared.find((d) => d.js.includes(contentScriptFile(id)));
      expect(decl, entry).toEqual({ matches: [...PLATFORM_HOST_MATCHES[id]], js: [`${entry.replace(/\.ts$/, '')}.js`], run_at: 'document_idle' });
    }
  });

  it.each(ENTRIES)('%s reaches neither the engine, rules, settings, schemas nor another platform', (entry) => {
    const own = platformOf(entry);
    const { files, packages } = graph(join(ROOT, 'entrypoints', entry));
    const rel = [...files].map((f) => relative(ROOT, f));
    const forbidden = rel.filter(
      (f) =>
        /^src\/(engine|rules|advisories|settings|seen|background|cli)\//.test(f) ||
        f === 'src/i18n/index.ts' ||
        f === 'src/profile/snapshot-schema.ts' ||
        f === 'src/platforms/index.ts' ||
        f === 'src/platforms/detect.ts' ||
        // Example URLs are test data: the content scripts take the platform's runtime part only.
        /^src\/platforms\/(?!generic\/)[^/]+\/(index|examples)\.ts$/.test(f) ||
        // The schema.org Person reader (generic/) is shared by design; other sites' extractors are not.
        (/^src\/platforms\/[^/]+\//.test(f) && !f.startsWith(`src/platforms/${own}/`) && !f.startsWith('src/platforms/generic/')),
    );
    expect(forbidden).toEqual([]);
    expect([...packages].filter((p) => /^(zod|@wxt-dev\/storage|#imports|wxt\/utils\/content-script-context)/.test(p))).toEqual([]);
    // Sanity: the walk did reach the platform's extractor and the panel.
    expect(rel).toContain(`src/platforms/${own}/platform.ts`);
    expect(rel).toContain('src/ui/panel/panel.tsx');
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
