import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExtractResult } from '../../../src/sites/define-site';
import { extractPage } from '../../../src/sites/extract-page';
import { SITES } from '../../../src/sites/registry';
import { profileSnapshotSchema } from '../../../src/core/snapshot-schema';
import { prng } from '../../fixtures/generic/page-filler';
import { FIXTURES_DIR, parseHtml } from './generic/load-fixture';

/**
 * Mutation test: every fixture page under tests/fixtures/<site>/ (found on
 * disk, so fixtures other people add are included), damaged in many ways,
 * through extractPage and through every extractor. Nothing may throw and
 * every snapshot must validate. Each page is parsed once; mutations are done
 * in place and undone, so the whole run stays well under a minute.
 */

const TOTAL_VARIANTS = 1_050;
const MIN_PER_FIXTURE = 30;

interface Fixture {
  site: string;
  file: string;
  html: string;
}

function discoverFixtures(): Fixture[] {
  const out: Fixture[] = [];
  for (const site of readdirSync(FIXTURES_DIR).sort()) {
    const dir = join(FIXTURES_DIR, site);
    if (!statSync(dir).isDirectory()) continue;
    for (const file of readdirSync(dir).sort()) {
      if (file.endsWith('.html')) out.push({ site, file, html: readFileSync(join(dir, file), 'utf8') });
    }
  }
  return out;
}

type Extractor = { id: string; run: (doc: Document, url: string) => ExtractResult };
const EXTRACTORS: Extractor[] = SITES.map((p) => ({ id: p.id, run: (d: Document, u: string) => p.extract(d, u) }));

/** URLs to read a fixture under: its own canonical/expected URL, and each platform's profile example. */
function urlsFor(fx: Fixture, doc: Document): string[] {
  const urls = new Set<string>();
  try {
    const expected = JSON.parse(readFileSync(join(FIXTURES_DIR, fx.site, fx.file.replace(/\.html$/, '.expected.json')), 'utf8'));
    if (typeof expected.url === 'string') urls.add(expected.url);
  } catch {
    /* no expectation file */
  }
  const canonical = doc.querySelector('link[rel=canonical]')?.getAttribute('href');
  if (canonical && /^https?:/.test(canonical)) urls.add(canonical);
  const own = SITES.find((p) => p.id === fx.site);
  for (const ex of own?.urls.examples ?? []) if (ex.kind === 'profile') urls.add(ex.url);
  urls.add('https://unrelated.example/page');
  return [...urls];
}

const FIVE_MB = 'A'.repeat(5 * 1024 * 1024);
const BIG = FIVE_MB.slice(0, 100_000);
/** 5 MB in a field is the worst case; a quarter of the huge-field variants use it, the rest 100 KB, to keep the run short. */
const huge = (rand: () => number) => (rand() < 0.25 ? FIVE_MB : BIG);
const ODD = ['\u202E', '\u200F', '\u200B', '\uFEFF', '\u0000', '\uD800', '\uDFFF', 'e\u0301\u0301\u0301', '𝕏', '\u2028', '<script>alert(1)</script>', '&amp;&#x0;&#99999999;', '\\u003C', '"},{"'];
const MACHINE_DATA = 'script[type="application/ld+json"], code[id^="bpr-guid-"], script#__NEXT_DATA__, script#perseus-initial-props, script[type="application/json"], script:not([src])';

function deepJson(depth: number): string {
  return `${'{"a":['.repeat(depth)}1${']}'.repeat(depth)}`;
}

function garbageJson(rand: () => number, original: string): string {
  const pick = Math.floor(rand() * 8);
  switch (pick) {
    case 0: return original.slice(0, Math.floor(rand() * original.length)); // truncated
    case 1: return deepJson(50 + Math.floor(rand() * 20_000));
    case 2: return `{"@type":"Person","name":${JSON.stringify(FIVE_MB.slice(0, 2_000_000))}}`;
    case 3: return ['null', '1e999', '[]', '"str"', '{}', 'undefined', 'NaN', '{"__proto__":{"x":1}}'][Math.floor(rand() * 8)]!;
    case 4: return original.replace(/"([a-zA-Z]+)":"/g, (m) => (rand() < 0.1 ? `${m}${ODD[Math.floor(rand() * ODD.length)]}` : m));
    case 5: return original.replace(/"(name|title|headline|description|bio)":\s*"/, (m) => `${m}${huge(rand)}`);
    case 6: return original.replace(/:\s*"[^"]{0,40}"/g, (m) => (rand() < 0.2 ? ':{"__ref":"Missing:1"}' : rand() < 0.1 ? ':[null,1,{}]' : m));
    default: return original.replace(/\[/g, () => (rand() < 0.3 ? '[[' : '['));
  }
}

type Undo = () => void;

function mutate(doc: Document, rand: () => number, elements: Element[], machine: Element[]): Undo {
  const pickEl = () => elements[Math.floor(rand() * elements.length)];
  const kind = Math.floor(rand() * 6);
  if (kind === 0 || elements.length === 0) {
    // Remove a node (a section the site dropped, or a half-rendered page).
    const el = pickEl();
    if (!el?.parentNode) return () => {};
    const parent = el.parentNode;
    const next = el.nextSibling;
    parent.removeChild(el);
    return () => parent.insertBefore(el, next);
  }
  if (kind === 1 && machine.length) {
    const el = machine[Math.floor(rand() * machine.length)]!;
    const before = el.textContent ?? '';
    el.textContent = garbageJson(rand, before);
    return () => { el.textContent = before; };
  }
  if (kind === 2) {
    // Duplicated section (SPA re-render appended a second copy).
    const el = pickEl();
    if (!el?.parentNode) return () => {};
    const copy = el.cloneNode(true);
    el.parentNode.insertBefore(copy, el.nextSibling);
    return () => copy.parentNode?.removeChild(copy);
  }
  if (kind === 3) {
    // One field 5 MB long: a text node or an attribute.
    const el = pickEl();
    if (!el) return () => {};
    if (rand() < 0.5) {
      const attrs = Array.from(el.attributes);
      const a = attrs[Math.floor(rand() * attrs.length)];
      if (a) {
        const before = a.value;
        el.setAttribute(a.name, huge(rand));
        return () => el.setAttribute(a.name, before);
      }
    }
    const t = doc.createTextNode(huge(rand));
    el.appendChild(t);
    return () => t.parentNode?.removeChild(t);
  }
  if (kind === 4) {
    // Odd Unicode and right-to-left marks around text.
    const el = pickEl();
    if (!el) return () => {};
    const t = doc.createTextNode(ODD.join(''));
    el.insertBefore(t, el.firstChild);
    return () => t.parentNode?.removeChild(t);
  }
  // Scrambled hooks: attributes renamed as after a redesign.
  const el = pickEl();
  if (!el) return () => {};
  const attrs = Array.from(el.attributes).map((a) => [a.name, a.value] as const);
  for (const [n] of attrs) el.removeAttribute(n);
  el.setAttribute('data-testid', ODD[Math.floor(rand() * ODD.length)]!.replace(/[^a-z]/gi, '') || 'x');
  return () => {
    el.removeAttribute('data-testid');
    for (const [n, v] of attrs) el.setAttribute(n, v);
  };
}

function check(result: ExtractResult, label: string): void {
  if (result.snapshot) {
    const parsed = profileSnapshotSchema.safeParse(result.snapshot);
    if (!parsed.success) throw new Error(`${label}: invalid snapshot ${JSON.stringify(parsed.error.issues.slice(0, 2))}`);
  }
}

const fixtures = discoverFixtures();

describe('robustness: damaged fixture pages', () => {
  it('finds fixtures to damage for every site of the registry', () => {
    const sites = new Set(fixtures.map((f) => f.site));
    expect(SITES.map((s) => s.id).filter((id) => !sites.has(id))).toEqual([]);
  });

  const perFixture = Math.max(MIN_PER_FIXTURE, Math.ceil(TOTAL_VARIANTS / Math.max(1, fixtures.length)));
  for (const [fi, fx] of fixtures.entries()) {
    it(`${fx.site}/${fx.file}: ${perFixture} damaged variants never throw and only yield valid snapshots`, () => {
      const rand = prng(1000 + fi);
      const doc = parseHtml(fx.html);
      const urls = urlsFor(fx, doc);
      const elements = Array.from(doc.querySelectorAll('body *, head meta, head script')).slice(0, 20_000);
      const machine = Array.from(doc.querySelectorAll(MACHINE_DATA)).filter((el) => (el.textContent ?? '').length < 8_000_000);
      let ran = 0;
      // A few truncated copies of the raw HTML (cut mid-tag, mid-JSON), parsed separately.
      for (let i = 0; i < 2; i++) {
        const cut = parseHtml(fx.html.slice(0, Math.floor(rand() * fx.html.length)));
        for (const url of urls) {
          const label = `${fx.file} truncated via ${url}`;
          check(extractPage(cut, url), label);
        }
        ran++;
      }
      for (let v = ran; v < perFixture; v++) {
        const undos: Undo[] = [];
        const n = 1 + Math.floor(rand() * 3);
        for (let k = 0; k < n; k++) undos.push(mutate(doc, rand, elements, machine));
        const url = urls[v % urls.length]!;
        const ex = EXTRACTORS[v % EXTRACTORS.length]!;
        const label = `${fx.file} variant ${v} via ${url} / ${ex.id}`;
        let page: ExtractResult | undefined;
        let direct: ExtractResult | undefined;
        expect(() => { page = extractPage(doc, url); }, label).not.toThrow();
        expect(() => { direct = ex.run(doc, url); }, label).not.toThrow();
        check(page!, label);
        check(direct!, `${label} (direct)`);
        for (const undo of undos.reverse()) undo();
      }
    }, 120_000);
  }
});
