import { describe, expect, it } from 'vitest';
import { matchesHostPatterns, patternHost } from '../../../src/core/host-pattern';

describe('matchesHostPatterns (a site\'s hosts are its manifest match patterns)', () => {
  const UPWORK = ['https://www.upwork.com/*'];
  const LINKEDIN = ['https://www.linkedin.com/*', 'https://*.linkedin.com/*'];

  it('takes a declared host and its www. form as one site, in any case, with or without the final dot', () => {
    for (const host of ['www.upwork.com', 'upwork.com', 'WWW.UPWORK.COM', 'www.upwork.com.']) expect(matchesHostPatterns(UPWORK, host), host).toBe(true);
    expect(matchesHostPatterns(['https://github.com/*'], 'www.github.com')).toBe(true);
    for (const host of ['eu.upwork.com', 'upwork.co', 'upwork.com.evil.example', 'fakeupwork.com', '']) expect(matchesHostPatterns(UPWORK, host), host).toBe(false);
  });

  it('reads *. as the domain itself or one DNS label before it, never a look-alike', () => {
    for (const host of ['linkedin.com', 'uk.linkedin.com', 'www.linkedin.com']) expect(matchesHostPatterns(LINKEDIN, host), host).toBe(true);
    for (const host of ['a.b.linkedin.com', '.linkedin.com', 'evil-linkedin.com', 'linkedin.com.evil.example', 'xn--linkedn-.linkedin.com.evil', 'uk_x.linkedin.com']) {
      expect(matchesHostPatterns(LINKEDIN, host), host).toBe(false);
    }
  });

  it('matches nothing without patterns, and skips a pattern that is not scheme://host/path', () => {
    expect(matchesHostPatterns([], 'www.upwork.com')).toBe(false);
    expect(matchesHostPatterns(['www.upwork.com', 'https://www.upwork.com'], 'www.upwork.com')).toBe(false);
    expect(patternHost('https://*.indeed.com/*')).toBe('*.indeed.com');
    expect(patternHost('https:///*')).toBeNull();
  });
});
