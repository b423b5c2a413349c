import { describe, expect, it } from 'vitest';
import github from '../../../../src/sites/github/site';
import { checkFixture, loadFixtures, parseHtml } from '../upwork/fixture-cases';

const fixtures = loadFixtures('github');

describe('github fixtures', () => {
  it('has a rich user, a sparse new user, an organisation and a 404', () => {
    expect(fixtures.map((f) => f.name).sort()).toEqual(['not-found', 'organisation', 'rich-user', 'sparse-new-user']);
  });
  for (const c of fixtures) it(`extracts ${c.name}`, () => checkFixture(github, c));

  it('never takes the signed-in viewer (user-login, octolytics-actor-*) for the candidate', () => {
    for (const c of fixtures.filter((f) => f.snapshot)) {
      const s = github.extract(parseHtml(c.html), c.url).snapshot!;
      expect(JSON.stringify(s)).not.toMatch(/recruiter-viewer|5550001/);
    }
  });

  it('falls back from meta to the avatar id, and from the h-card to og:type', () => {
    const html = `<html><head><meta property="og:type" content="profile"></head><body>
      <img src="https://avatars.githubusercontent.com/u/4242?v=4"><span itemprop="name">Ada Q.</span></body></html>`;
    const r = github.extract(parseHtml(html), 'https://github.com/ada-q');
    expect(r.state).toBe('profile');
    expect(r.snapshot).toMatchObject({ accountId: '4242', accountNumber: 4242, name: 'Ada Q.' });
  });

  it('uses the login when no numeric id is on the page', () => {
    const html = `<html><head><meta property="og:type" content="profile"><meta property="profile:username" content="ada-q"></head><body></body></html>`;
    expect(github.extract(parseHtml(html), 'https://github.com/ada-q').snapshot).toMatchObject({ accountId: 'ada-q', accountNumber: null });
  });
});

describe('github classifyUrl', () => {
  for (const ex of github.urls.examples) {
    it(`${ex.url} → ${ex.kind}`, () => expect(github.urls.classify(new URL(ex.url)).kind).toBe(ex.kind));
  }
  it('treats reserved words and invalid logins as not a profile', () => {
    for (const p of ['features', 'sponsors', 'about', 'pricing', 'search', 'notifications', 'new', 'organizations', 'enterprise', '-bad', 'a--b']) {
      expect(github.urls.classify(new URL(`https://github.com/${p}`)).kind).toBe('not-a-profile');
    }
  });
  it('has at least 8 examples of every kind it can return', () => {
    expect(github.urls.examples.length).toBeGreaterThanOrEqual(8);
    expect(new Set(github.urls.examples.map((e) => e.kind))).toEqual(new Set(['profile', 'login-wall', 'not-a-profile']));
  });
});

describe('github stale head after navigation', () => {
  it('does not take the previous profile id from meta when its login is not the URL login', () => {
    const html = `<head><meta property="og:type" content="profile"><meta property="profile:username" content="old-user"><meta name="octolytics-dimension-user_id" content="111"></head>
      <body><div class="h-card" itemscope itemtype="http://schema.org/Person"><img src="https://avatars.githubusercontent.com/u/222?v=4"><span itemprop="name">New U.</span></div></body>`;
    expect(github.extract(parseHtml(html), 'https://github.com/new-user').snapshot).toMatchObject({ accountId: '222', accountNumber: 222, name: 'New U.' });
  });
});

describe('github field readers', () => {
  const card = (inner: string) => `<meta property="og:type" content="profile"><div class="h-card" itemscope itemtype="http://schema.org/Person">${inner}</div>`;
  const get = (inner: string) => github.extract(parseHtml(card(inner)), 'https://github.com/ada-q').snapshot!;
  it('formats the stated time zone offset, including half hours and negatives', () => {
    expect(get('<profile-timezone data-hours-ahead-of-utc="5.5"></profile-timezone>').timezone).toBe('UTC+05:30');
    expect(get('<profile-timezone data-hours-ahead-of-utc="-7.0"></profile-timezone>').timezone).toBe('UTC-07:00');
    expect(get('<profile-timezone data-hours-ahead-of-utc="99"></profile-timezone>').timezone).toBeNull();
  });
  it('keeps only http(s) links and well-formed emails', () => {
    const s = get('<li itemprop="social"><a href="javascript:alert(1)">x</a></li><li itemprop="social"><a href="data:text/html,x">y</a></li><li itemprop="email"><a href="mailto:not an email">z</a></li>');
    expect(s.links).toEqual([]);
    expect(s.emails).toEqual([]);
  });
  it('reads the location from the aria-label when the visible label is missing', () => {
    expect(get('<li itemprop="homeLocation" aria-label="Home location: Austin, TX"></li>').location).toMatchObject({ city: 'Austin', region: 'Texas', country: 'United States' });
  });
});
