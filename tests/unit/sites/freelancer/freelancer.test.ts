import { describe, expect, it } from 'vitest';
import freelancer from '../../../../src/sites/freelancer/site';
import { usernameFromUrl } from '../../../../src/sites/freelancer/urls';
import { checkFixture, loadFixtures, parseHtml } from '../upwork/fixture-cases';

const fixtures = loadFixtures('freelancer');

describe('freelancer.com fixtures (modelled)', () => {
  it('marks every fixture as modelled', () => {
    for (const c of fixtures) expect(c.html.slice(0, 300)).toContain('MODELLED');
  });
  for (const c of fixtures) it(`extracts ${c.name}`, () => checkFixture(freelancer, c));

  it('reads only the user named in the URL, never the viewer or reviewers in the same state', () => {
    const c = fixtures.find((f) => f.name === 'transfer-state')!;
    const s = freelancer.extract(parseHtml(c.html), c.url).snapshot!;
    expect(JSON.stringify(s)).not.toContain('Viewer A.');
    // Opened at a username the state does not hold, no state record is borrowed from another user.
    const other = freelancer.extract(parseHtml(c.html), 'https://www.freelancer.com/u/someone_else');
    expect(other.snapshot?.accountId).toBe('someone_else');
    expect(other.snapshot?.hourlyRate).toBeNull();
  });

  it('reads the current ng-state JSON without legacy escapes', () => {
    const state = { k: { body: { result: { users: { 7: { id: 7, username: 'ada_l', public_name: 'Ada L.', hourly_rate: 40 } } } } } };
    const html = `<script id="ng-state" type="application/json">${JSON.stringify(state)}</script>`;
    expect(freelancer.extract(parseHtml(html), 'https://www.freelancer.com/u/ada_l').snapshot).toMatchObject({ accountId: '7', name: 'Ada L.', hourlyRate: { amount: 40, currency: 'USD' } });
  });
});

describe('freelancer.com classifyUrl', () => {
  for (const ex of freelancer.urls.examples) {
    it(`${ex.url} → ${ex.kind}`, () => expect(freelancer.urls.classify(new URL(ex.url)).kind).toBe(ex.kind));
  }
  it('has at least 8 examples of every kind it can return', () => {
    expect(freelancer.urls.examples.length).toBeGreaterThanOrEqual(8);
    expect(new Set(freelancer.urls.examples.map((e) => e.kind))).toEqual(new Set(['profile', 'login-wall', 'not-a-profile']));
  });
});

describe('freelancer.com repeated slashes', () => {
  // Found by the random-URL property test: the URL classifier collapsed `//` but the username reader did not.
  it('reads the username from /u/<name>// as the classifier does, and never throws', () => {
    const url = 'https://www.freelancer.com/u/dev_anna//';
    expect(freelancer.urls.classify(new URL(url)).kind).toBe('profile');
    expect(usernameFromUrl(url)).toBe('dev_anna');
    for (const u of [url, 'http://a.aa/u/a//']) {
      expect(() => freelancer.extract(parseHtml('<html><body></body></html>'), u), u).not.toThrow();
    }
  });
});
