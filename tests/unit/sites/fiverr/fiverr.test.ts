import { describe, expect, it } from 'vitest';
import fiverr from '../../../../src/sites/fiverr/site';
import { checkFixture, loadFixtures, parseHtml } from '../upwork/fixture-cases';

const fixtures = loadFixtures('fiverr');

describe('fiverr fixtures (modelled)', () => {
  it('marks every fixture as modelled', () => {
    for (const c of fixtures) expect(c.html.slice(0, 300)).toContain('MODELLED');
  });
  for (const c of fixtures) it(`extracts ${c.name}`, () => checkFixture(fiverr, c));

  it('ignores a malformed payload and falls back to microdata', () => {
    const html = `<script id="perseus-initial-props" type="application/json">{"seller":{"user":</script><span itemprop="name">Ona P.</span>`;
    expect(fiverr.extract(parseHtml(html), 'https://www.fiverr.com/ona_p').snapshot).toMatchObject({ name: 'Ona P.', accountId: 'ona_p' });
  });

  it('reads nothing from a gig page (a product, not the seller)', () => {
    const c = fixtures.find((f) => f.name === 'seller-perseus')!;
    expect(fiverr.extract(parseHtml(c.html), 'https://www.fiverr.com/kaitoblaze/build-a-react-app')).toEqual({ state: 'not-a-profile', snapshot: null });
  });
});

describe('fiverr classifyUrl', () => {
  for (const ex of fiverr.urls.examples) {
    it(`${ex.url} → ${ex.kind}`, () => expect(fiverr.urls.classify(new URL(ex.url)).kind).toBe(ex.kind));
  }
  it('has at least 8 examples of every kind it can return', () => {
    expect(fiverr.urls.examples.length).toBeGreaterThanOrEqual(8);
    expect(new Set(fiverr.urls.examples.map((e) => e.kind))).toEqual(new Set(['profile', 'login-wall', 'not-a-profile']));
  });
});
