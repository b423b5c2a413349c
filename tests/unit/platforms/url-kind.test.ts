import { describe, expect, it } from 'vitest';
import { classifyUrlString, parseWebUrl } from '../../../src/platforms/url-kind';

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
});
