import { describe, expect, it } from 'vitest';
import { pageKind } from '../../../src/content/page-kind';
import github from '../../../src/sites/github/site';
import linkedin from '../../../src/sites/linkedin/site';

describe('pageKind (the URL check every page load makes)', () => {
  it('classifies a URL string and a location-like object the same way', () => {
    expect(pageKind(linkedin, 'https://www.linkedin.com/in/jane-doe/')).toBe('profile');
    expect(pageKind(linkedin, { hostname: 'www.linkedin.com', pathname: '/in/jane-doe/' })).toBe('profile');
    expect(pageKind(linkedin, 'https://www.linkedin.com/feed/')).toBe('not-a-profile');
    expect(pageKind(linkedin, { hostname: 'www.linkedin.com', pathname: '/feed/' })).toBe('not-a-profile');
  });

  it('is never a profile on another platform\'s host, an unparsable URL or another scheme', () => {
    expect(pageKind(github, 'https://www.linkedin.com/in/jane-doe/')).toBe('not-a-profile');
    expect(pageKind(github, { hostname: 'gitlab.com', pathname: '/octocat' })).toBe('not-a-profile');
    expect(pageKind(github, 'https://github.com/octocat')).toBe('profile');
    expect(pageKind(github, 'not a url')).toBe('not-a-profile');
    expect(pageKind(github, 'javascript://github.com/octocat')).toBe('not-a-profile');
  });

  it('reads the host from the site\'s own manifest patterns, www. or not, and no look-alike', () => {
    expect(pageKind(linkedin, { hostname: 'uk.linkedin.com', pathname: '/in/jane-doe/' })).toBe('profile');
    expect(pageKind(github, { hostname: 'www.github.com', pathname: '/octocat' })).toBe('profile');
    expect(pageKind(linkedin, { hostname: 'linkedin.com.evil.example', pathname: '/in/jane-doe/' })).toBe('not-a-profile');
  });
});
