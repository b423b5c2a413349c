import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Measure } from './linear-readers.harness';

/**
 * Every site reader is linear in the page size: a hostile page cannot block the host page's
 * main thread by making one field huge. Each profile fixture gets huge values planted in its
 * meta tags, title, JSON-LD and embedded JSON strings, visible texts and attributes, at two
 * sizes 8× apart (2,000 and 16,000 characters); a linear reader takes about 8× longer, a
 * quadratic one 64×. The bound (24× plus a constant for timer noise on a shared machine)
 * catches the second, not the first. Deep nesting and many links are grown 8× the same way.
 * The timing runs in its own process with regexps interpreted, as on a page load
 * (linear-readers.harness.ts says why).
 */

const ROOT = join(__dirname, '../../..');
const GROWTH_BOUND = 24;
const NOISE_MS = 80;

let results: Measure[] = [];
let fixtures: string[] = [];

beforeAll(() => {
  const r = spawnSync(process.execPath, ['--regexp-interpret-all', '--import', 'tsx', 'tests/unit/sites/linear-readers.harness.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 280_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`harness failed (${r.status}): ${r.stderr.slice(0, 2000)}`);
  const out = JSON.parse(r.stdout) as { fixtures: string[]; results: Measure[] };
  results = out.results;
  fixtures = out.fixtures;
}, 300_000);

function expectLinear(m: Measure): void {
  expect(m.threw, m.label).toBeUndefined();
  expect(m.large, `${m.label}: ${m.small.toFixed(1)} ms → ${m.large.toFixed(1)} ms`).toBeLessThan(GROWTH_BOUND * m.small + NOISE_MS);
}

describe('site readers are linear in the page size', () => {
  it('covers the profile fixtures of every site', () => {
    expect(new Set(fixtures.map((f) => f.split('/')[0]))).toEqual(new Set(['fiverr', 'freelancer', 'generic', 'github', 'indeed', 'linkedin', 'upwork', 'wellfound']));
    expect(results.length).toBe(fixtures.length * 3 + 3);
  });

  it('huge values in meta, title, JSON, texts and attributes: every fixture, every pattern', () => {
    for (const m of results.filter((r) => r.label.includes(': '))) expectLinear(m);
  });

  it('a 20,000-digit meta description costs LinkedIn\'s public reader about as much as a short one', () => {
    const m = results.find((r) => r.label.includes('20,000-digit'))!;
    expect(m.large, `${m.small.toFixed(1)} ms → ${m.large.toFixed(1)} ms`).toBeLessThan(3 * m.small + 150);
  });

  it('50,000 nested elements and 20,000 links: nothing throws, time grows with the count, not its square', () => {
    for (const label of ['nesting 6,250 → 50,000', 'links 2,500 → 20,000']) expectLinear(results.find((r) => r.label === label)!);
  });
});
