import { describe, expect, it } from 'vitest';
import { matchesHostPatterns } from '../../../src/core/host-pattern';
import { detect } from '../../../src/sites/detect';
import { HIRING_SITES } from '../../../src/sites/registry';

/**
 * detect() against every site's example URLs (design.md "Conventions":
 * negatives for free). Reads the registry at run time, so examples added to
 * any site are covered without touching this file.
 */
describe('cross-detector', () => {
  it('every hiring site declares examples', () => {
    // A site with no examples would make the cross-check vacuous for it.
    expect(HIRING_SITES.filter((s) => s.urls.examples.length === 0).map((s) => s.id)).toEqual([]);
  });

  for (const site of HIRING_SITES) {
    for (const example of site.urls.examples) {
      it(`${site.id}: ${example.url} → ${example.kind}, and no other site claims it`, () => {
        const d = detect(example.url);
        expect(d.site?.id).toBe(site.id);
        expect(d.kind).toBe(example.kind);
        const host = new URL(example.url).hostname;
        const claimedBy = HIRING_SITES.filter((s) => s !== site && matchesHostPatterns(s.hosts, host)).map((s) => s.id);
        expect(claimedBy).toEqual([]);
      });
    }
  }
});

describe('tricky URLs belong to no site', () => {
  const TRICKY = [
    'https://linkedin.com.evil.example/in/someone',
    'https://www.linkedin.com.evil.example/in/someone',
    'https://notgithub.com/someone',
    'https://github.com.attacker.io/someone',
    'https://github.com@evil.example/x',
    'https://www.upwork.com.phish.example/freelancers/~01abc',
    'https://fakeupwork.com/freelancers/~01abc',
    'https://indeed.com.evil.example/r/A-B/0a1b2c3d',
    'https://myindeed.com/r/A-B/0a1b2c3d',
    'https://wellfound.com.evil.example/u/someone',
    'https://notwellfound.com/u/someone',
    'https://fiverr.com.evil.example/someone',
    'https://www.freelancer.com.evil.example/u/someone',
    'https://xn--github-9ya.com/someone',
    'ftp://github.com/someone',
    'file:///home/user/github.com/someone',
    'javascript:alert(1)//github.com/x',
    'data:text/html,<a href="https://github.com/x">',
    'chrome-extension://abc/github.com',
    'not a url',
    '',
    '\u202Ehttps://github.com/x',
    'https://',
    '//github.com/someone',
  ];
  it.each(TRICKY)('%j', (url) => {
    expect(() => detect(url)).not.toThrow();
    const d = detect(url);
    expect(d.site).toBeNull();
    expect(d.kind).toBe('not-a-profile');
  });
  it('no site claims a look-alike hostname', () => {
    for (const host of ['linkedin.com.evil.example', 'notgithub.com', 'github.com.attacker.io', 'evil.example', 'indeed.co.evil', 'wellfound.co', '']) {
      expect(HIRING_SITES.filter((s) => matchesHostPatterns(s.hosts, host)).map((s) => s.id)).toEqual([]);
    }
  });
});
