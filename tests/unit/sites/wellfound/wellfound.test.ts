import { describe, expect, it } from 'vitest';
import { matchesHostPatterns } from '../../../../src/core/host-pattern';
import wellfound from '../../../../src/sites/wellfound/site';
import { profileSnapshotSchema } from '../../../../src/core/snapshot-schema';
import { expectFields, loadExpected, loadFixture, parseHtml } from '../generic/load-fixture';

const URL_ = 'https://wellfound.com/u/kit-example';
const nextPage = (data: unknown, head = '') => parseHtml(`<html><head>${head}</head><body><script id="__NEXT_DATA__" type="application/json">${typeof data === 'string' ? data : JSON.stringify(data)}</script></body></html>`);

describe('wellfound extractor: fixtures', () => {
  for (const name of ['profile-ilse', 'company-page']) {
    it(`${name} matches its expected snapshot field by field`, () => {
      const expected = loadExpected('wellfound', name);
      const result = wellfound.extract(loadFixture('wellfound', `${name}.html`), expected.url);
      expect(result.state).toBe(expected.state);
      expectFields(result.snapshot as Record<string, unknown> | null, expected.snapshot);
      if (result.snapshot) expect(profileSnapshotSchema.safeParse(result.snapshot).success).toBe(true);
    });
  }
});

describe('wellfound Apollo cache', () => {
  it('never reads the signed-in viewer as the candidate', () => {
    const doc = nextPage({ props: { pageProps: { apolloState: { ROOT_QUERY: { currentUser: { __ref: 'User:1' } }, 'User:1': { __typename: 'User', slug: 'viewer', name: 'Viewer' } } } }, page: '/u/[slug]' });
    expect(wellfound.extract(doc, URL_)).toEqual({ state: 'not-found', snapshot: null });
  });
  it('finds the user through the root query and the Apollo 3 `.data` nesting, tolerating dangling refs', () => {
    const doc = nextPage({
      props: { pageProps: { apolloState: { data: {
        ROOT_QUERY: { 'user({"slug":"kit-example"})': { __ref: 'User:9' } },
        'User:9': { __typename: 'User', id: '9', name: 'Kit Example', skillTaggings: [{ __ref: 'SkillTag:missing' }, { __ref: 'SkillTag:1' }], avatarUrl: null, workExperiences: 'not a list' },
        'SkillTag:1': { displayName: 'Rust' },
      } } } },
      page: '/u/[slug]',
    });
    const r = wellfound.extract(doc, URL_);
    expect(r.state).toBe('profile');
    expect(r.snapshot).toMatchObject({ name: 'Kit Example', accountId: '9', skills: ['Rust'], photo: false, positions: [] });
  });
  it('reports the Next.js 404 route as not-found', () => {
    expect(wellfound.extract(nextPage({ props: { pageProps: { statusCode: 404 } }, page: '/404' }), URL_).state).toBe('not-found');
  });
  it('falls back to profile meta tags when the page has no __NEXT_DATA__ (client-side navigation)', () => {
    const doc = parseHtml('<html><head><meta property="og:type" content="profile"><meta property="og:title" content="Kit Example - Wellfound"></head><body></body></html>');
    expect(wellfound.extract(doc, URL_).snapshot?.name).toBe('Kit Example');
  });
  it('treats garbage __NEXT_DATA__ as no data, not as a crash', () => {
    expect(wellfound.extract(nextPage('{"props": {"pageProps": '), URL_)).toEqual({ state: 'not-found', snapshot: null });
  });
  it('classifies URLs', () => {
    expect(wellfound.urls.classify(new URL('https://wellfound.com/u/a-b')).kind).toBe('profile');
    expect(wellfound.urls.classify(new URL('https://wellfound.com/u/a-b/extra')).kind).toBe('not-a-profile');
    expect(wellfound.urls.classify(new URL('https://wellfound.com/login')).kind).toBe('login-wall');
    expect(matchesHostPatterns(wellfound.hosts, 'wellfound.com.evil.example')).toBe(false);
  });
});
