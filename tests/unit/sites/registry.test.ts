import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentScriptDeclarations, readerResourceDeclarations, siteEntryFiles } from '../../../build/site-entries';
import { matchesHostPatterns, patternHost } from '../../../src/core/host-pattern';
import { isDnsLabel } from '../../../src/core/url-kind';
import { GENERIC_SITE, HIRING_SITES, SITES } from '../../../src/sites/registry';
import { parseHtml } from './generic/load-fixture';

/**
 * The conventions every site folder keeps, checked for each site of the
 * registry (Refined GitHub style: a site added to the registry is covered
 * without a test file of its own; docs/adding-a-site.md).
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const FIXTURES = join(ROOT, 'tests/fixtures');
const ENTRIES = siteEntryFiles(join(ROOT, '.wxt/site-entries'), ROOT);
const DECLARED = contentScriptDeclarations();
const ACCESSIBLE = readerResourceDeclarations(3);

/** `https://<host>/*`: the only shape of match pattern a site declares. */
function isHostPattern(pattern: string): boolean {
  const host = patternHost(pattern);
  if (!host || pattern !== `https://${host}/*`) return false;
  const labels = (host.startsWith('*.') ? host.slice(2) : host).split('.');
  return labels.length >= 2 && labels.every(isDnsLabel);
}

interface Fixture {
  name: string;
  html: string;
  expected: { url: string; state: string; snapshot: Record<string, unknown> | null };
}

function fixturesOf(id: string): Fixture[] {
  const dir = join(FIXTURES, id);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html') && existsSync(join(dir, f.replace(/\.html$/, '.expected.json'))))
    .sort()
    .map((f) => ({
      name: f.replace(/\.html$/, ''),
      html: readFileSync(join(dir, f), 'utf8'),
      expected: JSON.parse(readFileSync(join(dir, f.replace(/\.html$/, '.expected.json')), 'utf8')) as Fixture['expected'],
    }));
}

describe('the site registry', () => {
  it('lists each site once, with a lower-case id, a name, and generic last', () => {
    const ids = SITES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const site of SITES) {
      expect(site.id).toMatch(/^[a-z][a-z0-9]*$/);
      expect(site.label.trim()).not.toBe('');
    }
    expect(SITES.at(-1)).toBe(GENERIC_SITE);
    expect(GENERIC_SITE.hosts).toEqual([]);
    expect(HIRING_SITES).toEqual(SITES.filter((s) => s !== GENERIC_SITE));
  });
});

describe.each(SITES.map((site) => [site.id, site] as const))('site %s', (id, site) => {
  it('is the default export of src/sites/<id>/site.ts', async () => {
    expect((await import(`../../../src/sites/${id}/site.ts`)).default).toBe(site);
  });

  it('declares its hosts and classifier in urls.ts and its extractor in extract.ts (what the generated entries import)', async () => {
    const urls = await import(`../../../src/sites/${id}/urls.ts`);
    const extract = await import(`../../../src/sites/${id}/extract.ts`);
    expect(urls.hosts).toBe(site.hosts);
    expect(urls.classify).toBe(site.urls.classify);
    expect(extract.extract).toBe(site.extract);
  });

  it('declares its hosts as https match patterns of hosts, nothing broader', () => {
    if (site !== GENERIC_SITE) expect(site.hosts.length).toBeGreaterThan(0);
    for (const pattern of site.hosts) expect(isHostPattern(pattern), pattern).toBe(true);
  });

  it('has examples of a profile and of another page, each classified as stated, on its own hosts and no other site\'s', () => {
    const kinds = new Set(site.urls.examples.map((e) => e.kind));
    expect(kinds.has('profile')).toBe(true);
    if (site !== GENERIC_SITE) expect(kinds.size).toBeGreaterThan(1);
    for (const example of site.urls.examples) {
      const u = new URL(example.url);
      expect({ url: example.url, kind: site.urls.classify(u).kind }).toEqual({ url: example.url, kind: example.kind });
      if (site !== GENERIC_SITE) expect(matchesHostPatterns(site.hosts, u.hostname), example.url).toBe(true);
      const claimedBy = SITES.filter((other) => other !== site && matchesHostPatterns(other.hosts, u.hostname)).map((other) => other.id);
      expect(claimedBy, example.url).toEqual([]);
    }
  });

  it('has a content script, generated, for its hosts only: the gate, and the reader it imports (none for generic)', () => {
    const own = ENTRIES.filter((e) => e.name === `content-${id}` || e.name === `reader-${id}`);
    const declared = DECLARED.filter((d) => d.js.some((f) => f.endsWith(`-${id}.js`)));
    const accessible = ACCESSIBLE.filter((w) => w.resources.some((f) => f.endsWith(`-${id}.js`)));
    if (site === GENERIC_SITE) {
      expect(own).toEqual([]);
      expect(declared).toEqual([]);
      expect(accessible).toEqual([]);
      return;
    }
    expect(own.map((e) => e.name)).toEqual([`content-${id}`, `reader-${id}`]);
    expect(own[0]!.source).toContain(`/src/sites/${id}/urls.ts'`);
    expect(own[0]!.source).not.toContain(`/src/sites/${id}/extract.ts'`);
    expect(own[1]!.source).toContain(`/src/sites/${id}/extract.ts'`);
    expect(declared).toEqual([{ matches: [...site.hosts], js: [`content-${id}.js`], run_at: 'document_idle' }]);
    expect(accessible).toEqual([{ resources: [`reader-${id}.js`], matches: [...site.hosts], use_dynamic_url: true }]);
  });

  const fixtures = fixturesOf(id);
  it('has fixtures under tests/fixtures/<id>/, a profile among them', () => {
    expect(fixtures.some((f) => f.expected.state === 'profile')).toBe(true);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('reads fixture %s as its .expected.json says', (_name, fixture) => {
    const result = site.extract(parseHtml(fixture.html), fixture.expected.url);
    expect(result.state).toBe(fixture.expected.state);
    if (!fixture.expected.snapshot) {
      expect(result.snapshot).toBeNull();
      return;
    }
    const got = result.snapshot as unknown as Record<string, unknown>;
    for (const [field, want] of Object.entries(fixture.expected.snapshot)) expect({ field, value: got[field] }).toEqual({ field, value: want });
  });
});
