import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchesHostPatterns } from '../../../../src/core/host-pattern';
import indeed from '../../../../src/sites/indeed/site';
import { profileSnapshotSchema } from '../../../../src/core/snapshot-schema';
import { expectFields, FIXTURES_DIR, loadExpected, loadFixture, parseHtml } from '../generic/load-fixture';

const PROFILE_URL = 'https://www.indeed.com/r/Mara-T/3f9c2a7b1d0e4c55';

describe('indeed extractor: fixtures', () => {
  for (const name of ['resume-mara', 'resume-2016-layout', 'jobs-search']) {
    it(`${name} matches its expected snapshot field by field`, () => {
      const expected = loadExpected('indeed', name);
      const result = indeed.extract(loadFixture('indeed', `${name}.html`), expected.url);
      expect(result.state).toBe(expected.state);
      expectFields(result.snapshot as Record<string, unknown> | null, expected.snapshot);
      if (result.snapshot) expect(profileSnapshotSchema.safeParse(result.snapshot).success).toBe(true);
    });
  }
});

describe('indeed extractor: the public résumé of about 2016 (#resume_body)', () => {
  const html = () => readFileSync(join(FIXTURES_DIR, 'indeed', 'resume-2016-layout.html'), 'utf8');
  const url = 'https://www.indeed.com/r/Tobiah-Marsh/8d2e4f6a0b1c3d5e';

  it('reads the résumé body alone, as a real capture keeps it (no Person item around it, no head)', () => {
    const body = /<div class="vcard[\s\S]*<\/div>\s*<\/div>\s*<\/body>/.exec(html())![0].replace(/<\/body>$/, '');
    const result = indeed.extract(parseHtml(`<html><body>${body}</body></html>`), url);
    expect(result.state).toBe('profile');
    const s = result.snapshot!;
    expect([s.name, s.headline, s.location?.text]).toEqual(['Tobiah Marsh', 'Warehouse Systems Analyst', 'Dayton, OH']);
    expect(s.positions.map((p) => [p.title, p.company, p.location])).toEqual([
      ['Systems Analyst', 'Bluegill Distribution', 'Dayton, OH'],
      ['Inventory Clerk', 'Riverside Hardware', null],
    ]);
    expect(s.education).toEqual([{ school: 'Miami Valley Community College', degree: 'Associate of Applied Science in Supply Chain Management', start: '2010', end: '2012' }]);
    expect(s.skills).toEqual(['SQL', 'Warehouse Management Systems']);
  });

  it('still says not-found for a résumé address whose page holds no résumé', () => {
    expect(indeed.extract(parseHtml('<html><body><div id="resume_gone">This résumé is no longer available.</div></body></html>'), url).state).toBe('not-found');
  });
});

describe('indeed URLs', () => {
  it.each([
    ['https://ca.indeed.com/r/Jo-K/0a1b2c3d4e5f', 'profile'],
    ['https://www.indeed.com/r/0a1b2c3d4e5f', 'profile'],
    ['https://profile.indeed.com/p/abc-123x', 'profile'],
    ['https://resumes.indeed.com/resume/0a1b2c3d', 'profile'],
    ['https://www.indeed.com/r/', 'not-a-profile'],
    ['https://www.indeed.com/cmp/Acme', 'not-a-profile'],
    ['https://www.indeed.com/resumes?q=java', 'not-a-profile'],
    ['https://secure.indeed.com/auth', 'login-wall'],
    ['https://www.indeed.com/account/login?dest=%2Fr%2Fx', 'login-wall'],
  ])('%s → %s', (url, kind) => {
    expect(indeed.urls.classify(new URL(url)).kind).toBe(kind);
  });
  it('matches indeed hosts only', () => {
    expect(matchesHostPatterns(indeed.hosts, 'uk.indeed.com')).toBe(true);
    expect(matchesHostPatterns(indeed.hosts, 'indeed.com.evil.example')).toBe(false);
    expect(matchesHostPatterns(indeed.hosts, 'notindeed.com')).toBe(false);
  });
});

describe('indeed page states', () => {
  it('reads the older rezemp-* résumé layout by class prefix', () => {
    const doc = parseHtml(`<div class="rezemp-ResumeDisplay-a1b2"><div class="rezemp-ResumeDisplayName-x9">Noor Example</div>
      <div class="rezemp-ResumeDisplay-headline-q">QA Engineer</div>
      <div class="rezemp-WorkExperience-7f"><div class="rezemp-WorkExperience-title-1">Tester</div>
      <div class="rezemp-WorkExperience-subtitle-2">Gadget Example Inc</div><div class="rezemp-WorkExperience-date-3">Jan 2020 to Present</div></div></div>`);
    const r = indeed.extract(doc, PROFILE_URL);
    expect(r.state).toBe('profile');
    expect(r.snapshot).toMatchObject({ name: 'Noor Example', headline: 'QA Engineer', accountId: '3f9c2a7b1d0e4c55' });
    expect(r.snapshot!.positions).toEqual([
      { title: 'Tester', company: 'Gadget Example Inc', companyUrl: null, location: null, start: '2020-01', end: null, current: true, description: null },
    ]);
  });
  it('says login-wall when Indeed shows its sign-in form on a résumé URL', () => {
    const doc = parseHtml('<form action="https://secure.indeed.com/account/login"><input type="email"><input type="password"></form>');
    expect(indeed.extract(doc, PROFILE_URL)).toEqual({ state: 'login-wall', snapshot: null });
  });
  it('says not-found for a résumé URL whose page has no résumé', () => {
    expect(indeed.extract(parseHtml('<h1>This résumé is no longer available</h1>'), PROFILE_URL)).toEqual({ state: 'not-found', snapshot: null });
  });
  it('never returns a record on non-profile URLs even when the markup looks like a résumé', () => {
    const doc = parseHtml('<div data-testid="resume"><h1 data-testid="resume-name">X Y</h1></div>');
    expect(indeed.extract(doc, 'https://www.indeed.com/viewjob?jk=1')).toEqual({ state: 'not-a-profile', snapshot: null });
  });
});
