import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layout's arrows (docs/architecture.json, the same file as the design's
 * architecture.json): every import from one part of the code into another must
 * follow an allowed arrow, and none may follow a "never" arrow. Type-only
 * imports count too: a type is a dependency on its vocabulary.
 */
const ROOT = resolve(import.meta.dirname, '../../..');

interface Architecture {
  parts: Record<string, { is: string[] }>;
  arrows: [string, string, string?][];
  never: [string, string, string][];
}
const ARCH = JSON.parse(readFileSync(join(ROOT, 'docs/architecture.json'), 'utf8')) as Architecture;

/** Parts whose code must run in node, in a worker or in a page alike: no browser extension API. */
const NO_BROWSER_API = ['Core', 'Matching', 'Rules', 'Engine', 'Advisories', 'Sites'];
const BROWSER_API_PACKAGES = /^(?:wxt\/browser|#imports|webextension-polyfill|wxt\/utils)/;

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? listFiles(p) : /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

function partOf(file: string): string | null {
  const rel = relative(ROOT, file).replace(/\\/g, '/');
  let best: { part: string; len: number } | null = null;
  for (const [part, def] of Object.entries(ARCH.parts)) {
    for (const prefix of def.is) if (rel.startsWith(prefix) && (!best || prefix.length > best.len)) best = { part, len: prefix.length };
  }
  return best?.part ?? null;
}

function resolveImport(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec.split('?')[0]!);
  for (const c of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(c) && statSync(c).isFile()) return c;
  }
  return null;
}

const IMPORT_RE = /(?:^|\n)\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

interface Edge {
  from: string;
  to: string;
  file: string;
  spec: string;
}

const sourceFiles = ['src', 'entrypoints', 'build'].flatMap((d) => listFiles(join(ROOT, d)));
const edges: Edge[] = [];
const packageUses: { part: string; file: string; spec: string }[] = [];
for (const file of sourceFiles) {
  const from = partOf(file);
  if (!from) continue;
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(IMPORT_RE)) {
    const spec = (m[1] ?? m[2])!;
    if (!spec.startsWith('.')) {
      packageUses.push({ part: from, file: relative(ROOT, file), spec });
      continue;
    }
    const target = resolveImport(file, spec);
    const to = target ? partOf(target) : null;
    if (to && to !== from) edges.push({ from, to, file: relative(ROOT, file), spec });
  }
}

/**
 * The arrows name each part's direct neighbours below it; an import may reach
 * any part below along them (content -> sites -> core). The build is tooling
 * outside the running extension: it reads whichever part it generates from.
 */
function reachable(): Set<string> {
  const next = new Map<string, string[]>();
  for (const [a, b] of ARCH.arrows) next.set(a, [...(next.get(a) ?? []), b]);
  const out = new Set<string>();
  for (const start of Object.keys(ARCH.parts)) {
    const todo = [...(next.get(start) ?? [])];
    while (todo.length) {
      const to = todo.pop()!;
      if (out.has(`${start}->${to}`)) continue;
      out.add(`${start}->${to}`);
      todo.push(...(next.get(to) ?? []));
    }
  }
  for (const to of Object.keys(ARCH.parts)) out.add(`Build->${to}`);
  return out;
}
const allowed = reachable();
const never = new Map(ARCH.never.map(([a, b, why]) => [`${a}->${b}`, why]));
const show = (e: Edge) => `${e.file} imports ${e.spec} (${e.from} -> ${e.to})`;

describe('import direction (docs/architecture.json)', () => {
  it('is the design\'s architecture, when the design is beside the checkout', () => {
    const shared = join(ROOT, '../shared/architecture.json');
    if (existsSync(shared)) expect(JSON.parse(readFileSync(shared, 'utf8'))).toEqual(ARCH);
    expect(Object.keys(ARCH.parts).length).toBeGreaterThan(5);
  });

  it('every source file belongs to a part', () => {
    const orphans = sourceFiles.filter((f) => !partOf(f)).map((f) => relative(ROOT, f));
    expect(orphans).toEqual([]);
  });

  it('finds the imports it checks', () => {
    expect(edges.length).toBeGreaterThan(50);
  });

  it('no import follows a "never" arrow', () => {
    const broken = edges.filter((e) => never.has(`${e.from}->${e.to}`)).map((e) => `${show(e)}: ${never.get(`${e.from}->${e.to}`)}`);
    expect(broken).toEqual([]);
  });

  it('every import between parts follows an allowed arrow', () => {
    const upward = edges.filter((e) => !allowed.has(`${e.from}->${e.to}`)).map(show);
    expect(upward).toEqual([]);
  });

  it('core, matching, rules, engine, advisories and sites import no browser extension API', () => {
    const uses = packageUses.filter((u) => NO_BROWSER_API.includes(u.part) && BROWSER_API_PACKAGES.test(u.spec));
    expect(uses.map((u) => `${u.file} imports ${u.spec}`)).toEqual([]);
  });

  it('core depends on nothing else in src', () => {
    expect(edges.filter((e) => e.from === 'Core').map(show)).toEqual([]);
  });
});
