/**
 * Timing harness of linear-readers.test.ts, run in its own process as
 * `node --regexp-interpret-all --import tsx tests/unit/sites/linear-readers.harness.ts`.
 *
 * A content script runs each pattern about once per page load, in V8's regexp interpreter;
 * repeated runs tier up to native code, whose quick checks can hide a backtracking pattern
 * (a 20,000-digit description cost 332 ms in Chromium, 1 ms on a warm native regexp). The
 * flag keeps every regexp interpreted, as on a page load. Prints one JSON object.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { extractPage } from '../../../src/sites/extract-page';

export const SMALL = 2_000;
export const LARGE = 16_000;
const FIXTURES_DIR = join(process.cwd(), 'tests/fixtures');

export interface Fixture {
  name: string;
  url: string;
  html: string;
}

export interface Measure {
  label: string;
  small: number;
  large: number;
  threw?: string;
}

export function profileFixtures(): Fixture[] {
  const out: Fixture[] = [];
  for (const site of readdirSync(FIXTURES_DIR).sort()) {
    const dir = join(FIXTURES_DIR, site);
    if (!statSync(dir).isDirectory()) continue;
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith('.expected.json')) continue;
      const expected = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { url: string; state: string };
      if (expected.state !== 'profile') continue;
      out.push({ name: `${site}/${file.replace('.expected.json', '')}`, url: expected.url, html: readFileSync(join(dir, file.replace('.expected.json', '.html')), 'utf8') });
    }
  }
  return out;
}

const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
const parseHtml = (html: string) => new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;

/** Replace string leaves of a JSON value (the first `budget.n`) with `value`. */
function plantJson(v: unknown, value: string, budget: { n: number }): unknown {
  if (typeof v === 'string') return budget.n-- > 0 ? value : v;
  if (Array.isArray(v)) return v.map((x) => plantJson(x, value, budget));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plantJson(x, value, budget)]));
  return v;
}

/** A function that plants `value` everywhere a reader looks (in place; call again to change the size). */
function planter(doc: Document): (value: string) => void {
  const metas = [...doc.querySelectorAll('meta[content]')];
  const jsonScripts = [...doc.querySelectorAll('script[type="application/ld+json"], script[type="application/json"], code')]
    .map((el) => {
      try {
        return { el, parsed: JSON.parse(el.textContent ?? '') as unknown };
      } catch {
        return null;
      }
    })
    .filter((x): x is { el: Element; parsed: unknown } => x !== null);
  const texts: Node[] = [];
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n && texts.length < 150; n = walker.nextNode()) {
    const t = (n.nodeValue ?? '').trim();
    const parent = n.parentElement?.localName ?? '';
    if (t.length > 0 && t.length < 200 && !['script', 'style', 'code'].includes(parent)) texts.push(n);
  }
  const ATTRS = ['href', 'datetime', 'aria-label', 'title', 'alt'];
  const attrs: Attr[] = [];
  for (const el of doc.querySelectorAll('body [href], body [datetime], body [aria-label], body [title], body [alt]')) {
    for (const a of el.attributes) if (ATTRS.includes(a.name) && attrs.length < 100) attrs.push(a);
  }
  return (value) => {
    for (const m of metas) m.setAttribute('content', value);
    doc.title = value;
    for (const { el, parsed } of jsonScripts) el.textContent = JSON.stringify(plantJson(parsed, value, { n: 60 }));
    for (const t of texts) t.nodeValue = value;
    for (const a of attrs) a.value = a.name === 'href' ? `https://example.com/${value}` : value;
  };
}

function minTime(run: () => void, times = 3): number {
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** Patterns that make backtracking regexps and per-character loops show: digit runs, digit/space/comma mixes, words. */
const PATTERNS: Record<string, (n: number) => string> = {
  digits: (n) => '7'.repeat(n),
  'digits, spaces and commas': (n) => '1 ,'.repeat(Math.ceil(n / 3)).slice(0, n),
  words: (n) => 'ab '.repeat(Math.ceil(n / 3)).slice(0, n),
};

function measureAll(): Measure[] {
  const out: Measure[] = [];
  const fixtures = profileFixtures();
  for (const fx of fixtures) {
    const doc = parseHtml(fx.html);
    const plant = planter(doc);
    const run = () => extractPage(doc, fx.url);
    // Fresh strings before every run: V8 caches regexp results per subject string, which would
    // make a repeated run on the same values look free.
    let k = 0;
    const timeAt = (make: (n: number) => string, n: number, times: number) => {
      let best = Infinity;
      for (let i = 0; i < times; i++) {
        plant(`${make(n - 3)}${(k++ % 1000).toString().padStart(3, '0')}`);
        best = Math.min(best, minTime(run, 1));
      }
      return best;
    };
    for (const [name, make] of Object.entries(PATTERNS)) {
      timeAt(make, SMALL, 1); // warm-up: the first run compiles the readers
      out.push({ label: `${fx.name}: ${name}`, small: timeAt(make, SMALL, 3), large: timeAt(make, LARGE, 3) });
    }
  }

  const pub = fixtures.find((f) => f.name === 'linkedin/public-2024')!;
  {
    const doc = parseHtml(pub.html);
    const run = () => extractPage(doc, pub.url);
    const meta = doc.querySelector('meta[name="description"]')!;
    // A member whose card shows no connection count: the count is then looked for in the description.
    for (const sub of doc.querySelectorAll('.top-card-layout__first-subline, .top-card__subline')) sub.textContent = 'Oslo, Norway';
    const original = meta.getAttribute('content') ?? '';
    const timeWith = (value: (i: number) => string) => {
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        meta.setAttribute('content', value(i));
        best = Math.min(best, minTime(run, 1));
      }
      return best;
    };
    timeWith(() => original);
    const small = timeWith((i) => `${original} ${i}`);
    out.push({ label: 'linkedin/public-2024: 20,000-digit meta description', small, large: timeWith((i) => `${'7'.repeat(20_000)}${i}`) });
  }

  const timeFor = (depth: number, links: number): { ms: number; threw?: string } => {
    const doc = parseHtml(pub.html);
    let parent: Element = doc.body;
    for (let i = 0; i < depth; i++) parent = parent.appendChild(doc.createElement('div'));
    parent.textContent = 'deep';
    const list = doc.body.appendChild(doc.createElement('ul'));
    for (let i = 0; i < links; i++) {
      const a = list.appendChild(doc.createElement('li')).appendChild(doc.createElement('a'));
      a.setAttribute('href', `https://example.com/${i}`);
      a.textContent = `link ${i}`;
    }
    let threw: string | undefined;
    const ms = minTime(() => {
      try {
        extractPage(doc, pub.url);
      } catch (err) {
        threw = String(err);
      }
    }, 1);
    return { ms, threw };
  };
  timeFor(100, 100);
  const nestS = timeFor(6_250, 0);
  const nestL = timeFor(50_000, 0);
  out.push({ label: 'nesting 6,250 → 50,000', small: nestS.ms, large: nestL.ms, threw: nestS.threw ?? nestL.threw });
  const linkS = timeFor(0, 2_500);
  const linkL = timeFor(0, 20_000);
  out.push({ label: 'links 2,500 → 20,000', small: linkS.ms, large: linkL.ms, threw: linkS.threw ?? linkL.threw });
  return out;
}

// Silence the extractors' one-line warnings (e.g. a deep page's RangeError, caught by extractPage).
console.warn = () => {};
process.stdout.write(`${JSON.stringify({ fixtures: profileFixtures().map((f) => f.name), results: measureAll() })}\n`);
