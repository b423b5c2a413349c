import { describe, expect, it } from 'vitest';
import { matchesHostPatterns } from '../../../../src/core/host-pattern';
import linkedin from '../../../../src/sites/linkedin/site';
import { detect } from '../../../../src/sites/detect';
import { SITES } from '../../../../src/sites/registry';
import { slugFromUrl } from '../../../../src/sites/linkedin/urls';

describe('LinkedIn URL detection', () => {
  it('has at least 12 examples covering every page kind', () => {
    expect(linkedin.urls.examples.length).toBeGreaterThanOrEqual(12);
    expect(new Set(linkedin.urls.examples.map((e) => e.kind))).toEqual(new Set(['profile', 'not-found', 'login-wall', 'not-a-profile']));
  });

  for (const ex of linkedin.urls.examples) {
    it(`${ex.url} → ${ex.kind}`, () => {
      const d = detect(ex.url);
      expect(d.site?.id).toBe('linkedin');
      expect(d.kind).toBe(ex.kind);
    });
  }

  it('accepts LinkedIn hosts and rejects look-alikes', () => {
    for (const h of ['linkedin.com', 'www.linkedin.com', 'uk.linkedin.com', 'se.linkedin.com', 'sg.linkedin.com', 'WWW.LINKEDIN.COM']) expect(matchesHostPatterns(linkedin.hosts, h)).toBe(true);
    for (const h of ['evil-linkedin.com', 'linkedin.com.evil.net', 'linkedin.co', 'licdn.com', 'notlinkedin.com']) expect(matchesHostPatterns(linkedin.hosts, h)).toBe(false);
  });

  it("every other detector rejects LinkedIn's examples, and LinkedIn rejects theirs", () => {
    for (const other of SITES.filter((p) => p.id !== 'linkedin')) {
      for (const ex of linkedin.urls.examples) expect(matchesHostPatterns(other.hosts, new URL(ex.url).hostname)).toBe(false);
      for (const ex of other.urls.examples) expect(matchesHostPatterns(linkedin.hosts, new URL(ex.url).hostname)).toBe(false);
    }
  });

  it('reads the slug from profile URLs, decoded and lower-cased', () => {
    expect(slugFromUrl('https://uk.linkedin.com/in/Jane-Doe/details/experience/?x=1#top')).toBe('jane-doe');
    expect(slugFromUrl('https://www.linkedin.com/in/jos%C3%A9-fict%C3%ADcio-123/')).toBe('josé-fictício-123');
    expect(slugFromUrl('https://www.linkedin.com/in/%E0%A4%A/')).toBe('%e0%a4%a');
    expect(slugFromUrl('https://www.linkedin.com/feed/')).toBeNull();
    expect(slugFromUrl('https://example.com/in/jane')).toBeNull();
    expect(slugFromUrl('not a url at all')).toBeNull();
  });
});
