import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classifyUrlString, firstPathSegment, isDnsLabel, parseWebUrl } from '../../../src/core/url-kind';
import { matchesHostPatterns } from '../../../src/core/host-pattern';
import linkedin from '../../../src/sites/linkedin/site';
import { classify as classifyLinkedInUrl } from '../../../src/sites/linkedin/urls';

describe('url-kind (the URL-first step shared by detection, content scripts and extractors)', () => {
  it('parseWebUrl keeps http(s) URLs only', () => {
    expect(parseWebUrl('https://github.com/someone')?.hostname).toBe('github.com');
    expect(parseWebUrl('http://github.com/someone')).not.toBeNull();
    expect(parseWebUrl('javascript:alert(1)')).toBeNull();
    expect(parseWebUrl('file:///etc/passwd')).toBeNull();
    expect(parseWebUrl('not a url')).toBeNull();
  });

  it('classifyUrlString classifies a parsed URL and calls an unparsable one not a profile', () => {
    const classify = (u: URL) => ({ kind: u.pathname.startsWith('/in/') ? ('profile' as const) : ('not-a-profile' as const) });
    expect(classifyUrlString('https://x.example/in/a', classify)).toMatchObject({ kind: 'profile' });
    expect(classifyUrlString('https://x.example/feed', classify)).toMatchObject({ kind: 'not-a-profile' });
    expect(classifyUrlString('::', classify)).toEqual({ u: null, kind: 'not-a-profile' });
  });

  it('firstPathSegment and isDnsLabel answer without patterns', () => {
    expect(firstPathSegment('/in/jane-doe/')).toBe('in');
    expect(firstPathSegment('/feed')).toBe('feed');
    expect(firstPathSegment('/')).toBe('');
    expect(isDnsLabel('uk')).toBe(true);
    expect(isDnsLabel('www-2')).toBe(true);
    for (const bad of ['', 'a.b', 'UK', 'x_y', 'ü', 'a'.repeat(64)]) expect(isDnsLabel(bad)).toBe(false);
  });

  // The regex-based classifier this replaced, kept as the oracle for the segment switch.
  const oldLinkedInKind = (path: string): string => {
    if (/^\/(?:login|authwall|checkpoint|uas\/login|signup\/cold-join)(?:\/|$)/.test(path)) return 'login-wall';
    if (/^\/public-profile\/in\/[^/]+/i.test(path)) return 'not-found';
    if (/^\/in\/([^/?#]+)/i.test(path) && decodeURIComponent(path.split('/')[2] ?? '').trim()) return 'profile';
    if (/^\/pub\/(?!dir\/)[^/]+\/[0-9a-z]{1,3}\/[0-9a-z]{1,3}\/[0-9a-z]{1,3}\/?$/i.test(path)) return 'profile';
    return 'not-a-profile';
  };

  it('the LinkedIn segment switch classifies like the patterns it replaced', () => {
    const segment = fc.constantFrom('in', 'IN', 'pub', 'public-profile', 'login', 'authwall', 'checkpoint', 'uas', 'signup', 'feed', 'jobs', 'dir', 'cold-join', 'a1', '%20', '');
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 6 }), fc.boolean(), (parts, slash) => {
        const u = new URL(`https://www.linkedin.com/${parts.join('/')}${slash ? '/' : ''}`);
        expect(classifyLinkedInUrl(u).kind).toBe(oldLinkedInKind(u.pathname));
      }),
      { numRuns: 500 },
    );
  });

  it('LinkedIn\'s hosts take linkedin.com and one-label subdomains only', () => {
    const isLinkedInHost = (host: string) => matchesHostPatterns(linkedin.hosts, host);
    for (const ok of ['linkedin.com', 'www.linkedin.com', 'uk.linkedin.com', 'WWW.LinkedIn.com.']) expect(isLinkedInHost(ok)).toBe(true);
    for (const bad of ['evil-linkedin.com', 'a.b.linkedin.com', 'linkedin.com.evil.example', '.linkedin.com', 'linkedin.co']) expect(isLinkedInHost(bad)).toBe(false);
  });
});
