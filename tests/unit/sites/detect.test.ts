import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../../src/sites';
import { detect } from '../../../src/sites/detect';

/**
 * Every detector against every other detector's example URLs (design.md
 * "Conventions": negatives for free). Reads PLATFORMS at run time, so
 * examples added to any platform are covered without touching this file.
 */
describe('cross-detector', () => {
  it('every platform declares at least one example', () => {
    // A placeholder with no examples would make the cross-check vacuous for it; list them to see.
    const withExamples = PLATFORMS.filter((p) => p.examples.length > 0).map((p) => p.id);
    expect(withExamples).toContain('indeed');
    expect(withExamples).toContain('wellfound');
  });

  for (const platform of PLATFORMS) {
    for (const example of platform.examples) {
      it(`${platform.id}: ${example.url} → ${example.kind}, and no other detector claims it`, () => {
        const d = detect(example.url);
        expect(d.platform?.id).toBe(platform.id);
        expect(d.kind).toBe(example.kind);
        const host = new URL(example.url).hostname;
        const claimedBy = PLATFORMS.filter((p) => p !== platform && p.matchesHost(host)).map((p) => p.id);
        expect(claimedBy).toEqual([]);
      });
    }
  }
});

describe('tricky URLs belong to no platform', () => {
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
    expect(d.platform).toBeNull();
    expect(d.kind).toBe('not-a-profile');
  });
  it('no detector claims a look-alike hostname', () => {
    for (const host of ['linkedin.com.evil.example', 'notgithub.com', 'github.com.attacker.io', 'evil.example', 'indeed.co.evil', 'wellfound.co', '']) {
      expect(PLATFORMS.filter((p) => p.matchesHost(host)).map((p) => p.id)).toEqual([]);
    }
  });
});
