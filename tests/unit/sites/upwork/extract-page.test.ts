import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../../src/sites/extract-page';
import { loadFixtures, parseHtml } from './fixture-cases';

/** Through the real pipeline (detect → platform extractor → schema), for every fixture of the four sites. */
describe('extractPage on the Upwork, GitHub, Fiverr and Freelancer.com fixtures', () => {
  for (const site of ['upwork', 'github', 'fiverr', 'freelancer']) {
    for (const c of loadFixtures(site)) {
      it(`${site}/${c.name} → ${c.state}`, () => {
        const doc = parseHtml(c.html);
        const r = extractPage(doc, c.url);
        expect(r.platform).toBe(site);
        expect(r.state).toBe(c.state);
        expect(r.snapshot?.name ?? null).toBe((c.snapshot?.name as string | null | undefined) ?? null);
      });
    }
  }
});
