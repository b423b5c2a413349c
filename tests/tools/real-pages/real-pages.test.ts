import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import indeed from '../../../src/sites/indeed/site';
import linkedin from '../../../src/sites/linkedin/site';
import upwork from '../../../src/sites/upwork/site';
import { loadSources, PAGES_DIR, pageSha, sha256 } from './recreate';
import { indeedTruth, linkedinPublicTruth, score, snapshotFields, upworkTruth, type Truth } from './truth';

/**
 * Every real capture that recreate.ts rebuilt into ./pages/ is read by our
 * extractor and scored against what the page's own machine-readable data holds:
 * a field missed or misread fails. Pages that are not there are not ours to
 * test (they are never committed); the list itself is always checked.
 */
const SITES = {
  upwork: { site: upwork, truth: upworkTruth },
  linkedin: { site: linkedin, truth: linkedinPublicTruth },
  indeed: { site: indeed, truth: indeedTruth },
} as const satisfies Record<string, { site: typeof upwork; truth: (html: string, doc: Document) => Truth }>;
const sources = loadSources();

describe('real pages: the list', () => {
  it('names each capture by repository, commit, path and sha256, for a site we can score', () => {
    for (const s of sources) {
      expect(s.repo).toMatch(/^[\w.-]+\/[\w.-]+$/);
      expect(s.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(s.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(s.path.length).toBeGreaterThan(0);
      if (s.lines) expect(s.pageSha256).toMatch(/^[0-9a-f]{64}$/);
      expect(Object.keys(SITES)).toContain(s.site);
    }
  });
});

const present = sources.filter((s) => existsSync(join(PAGES_DIR, `${s.id}.html`)));

describe.each(present)('real page $id', (s) => {
  const html = readFileSync(join(PAGES_DIR, `${s.id}.html`));
  it('is the listed capture', () => {
    expect(sha256(html)).toBe(pageSha(s));
  });
  it('is read as a profile with every field its own data holds, none missed or misread', () => {
    const { site, truth } = SITES[s.site as keyof typeof SITES];
    const doc = new DOMParser().parseFromString(html.toString('utf8'), 'text/html');
    const result = site.extract(doc, s.url);
    expect(result.state).toBe('profile');
    const r = score(truth(html.toString('utf8'), doc), snapshotFields(result.snapshot as unknown as Record<string, unknown>));
    console.log(`${s.id}: ${r.read} of ${r.held} fields read; missed [${r.missed.join(', ')}]; misread [${r.misread.join(', ')}]`);
    expect({ missed: r.missed, misread: r.misread }).toEqual({ missed: [], misread: [] });
    // A page whose data holds a handful of fields would prove little (the 2016 Indeed fragment holds 10).
    expect(r.held).toBeGreaterThanOrEqual(8);
  });
});
