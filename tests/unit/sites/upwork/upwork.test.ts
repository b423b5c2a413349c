import { describe, expect, it } from 'vitest';
import { matchesHostPatterns } from '../../../../src/core/host-pattern';
import upwork from '../../../../src/sites/upwork/site';
import { checkFixture, loadFixtures, parseHtml } from './fixture-cases';

const fixtures = loadFixtures('upwork');

describe('upwork fixtures', () => {
  it('has the required fixtures', () => {
    expect(fixtures.map((f) => f.name)).toEqual(expect.arrayContaining(['old-2016', 'new-2026-nuxt', 'microdata-only', 'not-found', 'login-wall']));
  });
  for (const c of fixtures) it(`extracts ${c.name}`, () => checkFixture(upwork, c));

  it('keeps red flags visible in the 2026 fixture (data the rules need)', () => {
    const c = fixtures.find((f) => f.name === 'new-2026-nuxt')!;
    const s = upwork.extract(parseHtml(c.html), c.url).snapshot!;
    expect(s.about).toMatch(/USDT/);
    expect(new Set(s.reviews.map((r) => r.author)).size).toBe(1);
    expect(s.hourlyRate!.amount).toBeLessThan(20);
    expect(s.rating).toBe(5);
  });

  it('never reads the signed-in viewer from the Nuxt state', () => {
    const c = fixtures.find((f) => f.name === 'new-2026-nuxt')!;
    const s = upwork.extract(parseHtml(c.html), c.url).snapshot!;
    expect(JSON.stringify(s)).not.toContain('Viewer Account');
    expect(s.accountId).not.toBe('~01viewer0000000000');
  });
});

describe('upwork classifyUrl', () => {
  for (const ex of upwork.urls.examples) {
    it(`${ex.url} → ${ex.kind}`, () => expect(upwork.urls.classify(new URL(ex.url)).kind).toBe(ex.kind));
  }
  it('has at least 8 examples covering profile, login-wall and not-a-profile', () => {
    expect(upwork.urls.examples.length).toBeGreaterThanOrEqual(8);
    expect(new Set(upwork.urls.examples.map((e) => e.kind))).toEqual(new Set(['profile', 'login-wall', 'not-a-profile']));
  });
  it('matches only Upwork hosts', () => {
    expect(matchesHostPatterns(upwork.hosts, 'www.upwork.com')).toBe(true);
    expect(matchesHostPatterns(upwork.hosts, 'upwork.com.evil.test')).toBe(false);
    expect(matchesHostPatterns(upwork.hosts, 'github.com')).toBe(false);
  });
});

describe('upwork SPA navigation', () => {
  it('ignores embedded state left over from the previous profile', () => {
    const c = fixtures.find((f) => f.name === 'new-2026-nuxt')!;
    const s = upwork.extract(parseHtml(c.html), 'https://www.upwork.com/freelancers/~01bbbbbbbbbbbbbbbb').snapshot!;
    expect(s.accountId).toBe('~01bbbbbbbbbbbbbbbb');
    expect(s.memberSince).toBeNull();
    expect(s.reviews).toEqual([]);
  });
});

describe('upwork page states from the DOM alone', () => {
  it('does not mistake a tagline mentioning 404 for a missing page', () => {
    const html = '<title>Lee R. - I fix 404 page not found errors - Upwork Freelancer from Accra, Ghana</title><body></body>';
    const r = upwork.extract(parseHtml(html), 'https://www.upwork.com/freelancers/~01abcdef0123456789');
    expect(r.state).toBe('profile');
    expect(r.snapshot).toMatchObject({ name: 'Lee R.', headline: 'I fix 404 page not found errors', location: { city: 'Accra', country: 'Ghana' } });
  });
  it('says not-found for an empty shell rather than returning a half-filled record', () => {
    expect(upwork.extract(parseHtml('<div id="app"></div>'), 'https://www.upwork.com/freelancers/~01abcdef0123456789')).toEqual({ state: 'not-found', snapshot: null });
  });
});
