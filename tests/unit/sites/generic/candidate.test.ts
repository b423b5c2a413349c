import { describe, expect, it } from 'vitest';
import { extractCandidate } from '../../../../src/sites/generic/candidate';
import { profileSnapshotSchema } from '../../../../src/core/snapshot-schema';
import { loadFixture, parseHtml } from './load-fixture';

const URL_ = 'https://app.ats.example/candidates/1042';
const read = (file: string) => extractCandidate(loadFixture('ats', file), URL_);

describe('generic candidate reader: applicant tracking system views (tests/fixtures/ats)', () => {
  it('Greenhouse-like profile: labelled contact list, current company, LinkedIn link, résumé text', () => {
    const { state, snapshot: s } = read('greenhouse-candidate.html');
    expect(state).toBe('profile');
    expect(profileSnapshotSchema.safeParse(s).success).toBe(true);
    expect(s!.platform).toBe('generic');
    expect(s!.name).toBe('Dana Okoro-Smith');
    expect(s!.headline).toBe('Senior Backend Engineer');
    expect(s!.location).toEqual({ text: 'Austin, Texas', city: 'Austin', region: 'Texas', country: 'United States' });
    expect(s!.emails).toEqual(['dana.os.dev@example.com']);
    expect(s!.links).toEqual(['https://www.linkedin.com/in/dana-okoro-smith-dev/']);
    expect(s!.positions).toEqual([expect.objectContaining({ company: 'Brightwell Analytics', current: true })]);
    expect(s!.about).toContain('I prefer to be paid in USDT only');
    expect(s!.about).toContain('+1 415 555 0142');
    // Page chrome is not the candidate's text.
    expect(s!.about).not.toContain('Dashboard');
    expect(s!.about).not.toContain('Greenhouse Software');
    expect(s!.about).not.toContain('Download resume');
  });

  it('Lever-like profile: contacts only as mailto:/tel: links, class-marked headline and location, GitHub link', () => {
    const { state, snapshot: s } = read('lever-candidate.html');
    expect(state).toBe('profile');
    expect(s!.name).toBe('Priya Lindqvist');
    expect(s!.headline).toBe('Full Stack Developer · React / Node');
    expect(s!.location?.country).toBe('Portugal');
    expect(s!.emails).toEqual(['priya.lindqvist.work@example.org']);
    // A company page on LinkedIn and the ATS's own links are not the candidate's profiles.
    expect(s!.links).toEqual(['https://github.com/plindqvist-example']);
    // The number is only in the tel: link: it joins the text the rules read.
    expect(s!.about).toContain('+44 20 7946 0321');
    expect(s!.about).not.toContain('hidden tag text');
  });

  it('Ashby-like profile: two-cell table rows, a labelled portfolio, a number shown once', () => {
    const { snapshot: s } = read('ashby-candidate.html');
    expect(s!.name).toBe('Marcus Feldhaus');
    expect(s!.emails).toEqual(['marcus.feldhaus.eng@example.net']);
    expect(s!.location?.city).toBe('Toronto');
    expect(s!.links).toEqual([
      'https://www.linkedin.com/in/marcus-feldhaus-example',
      'https://github.com/mfeldhaus-example',
      'https://marcus-feldhaus.example.dev/',
    ]);
    expect(s!.about!.match(/202/g)).toHaveLength(1);
    expect(s!.about).not.toContain('Pipelines');
  });

  it('Workable-like profile: marked work history with <time> dates', () => {
    const { snapshot: s } = read('workable-candidate.html');
    expect(s!.name).toBe('Sofia Marchetti');
    expect(s!.headline).toBe('Mobile Engineer (iOS, Android)');
    expect(s!.location?.country).toBe('Italy');
    expect(s!.emails).toEqual(['sofia.marchetti.mobile@example.com']);
    expect(s!.positions.map((p) => [p.title, p.company, p.start, p.end, p.current])).toEqual([
      ['Senior iOS Engineer', 'Vellum Apps', '2020-03', '2024-06', false],
      ['Android Developer', 'Corsa Mobile', '2016-01', '2020-02', false],
    ]);
  });

  it('an unknown page (a message thread): the main region text and the e-mail in it, no name guessed from a subject line', () => {
    const { state, snapshot: s } = read('unknown-page.html');
    expect(state).toBe('profile');
    expect(s!.name).toBeNull();
    expect(s!.emails).toEqual(['jreyeskim.work@example.com']);
    expect(s!.about).toContain('send the laptop to my friend');
    expect(s!.about).not.toContain('Unsubscribe');
    expect(s!.about).not.toContain('Spam');
  });

  it('a page with no candidate on it is not a profile', () => {
    expect(read('not-a-candidate.html')).toEqual({ state: 'not-a-profile', snapshot: null });
    expect(extractCandidate(parseHtml('<html><body></body></html>'), URL_)).toEqual({ state: 'not-a-profile', snapshot: null });
  });
});

describe('generic candidate reader: values and hostile input', () => {
  it('keeps a schema.org Person first and adds what the page labels', () => {
    const doc = parseHtml(
      `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'Person', name: 'Ada Example', email: 'ada@example.com' })}</script></head>
       <body><main><h1>Someone Else Entirely</h1><dl><dt>Phone:</dt><dd>+1 (202) 555-0111</dd><dt>E-mail</dt><dd>ada.second@example.com</dd></dl></main></body></html>`,
    );
    const s = extractCandidate(doc, URL_).snapshot!;
    expect(s.name).toBe('Ada Example');
    expect(s.emails).toEqual(['ada@example.com', 'ada.second@example.com']);
    expect(s.about).toContain('+1 (202) 555-0111');
  });

  it('does not take a sentence or a heading with digits for a name', () => {
    for (const h1 of ['Welcome back!', 'Order 1234', 'Reports', 'Senior engineer needed in Berlin for our team now']) {
      const doc = parseHtml(`<html><body><main><h1>${h1}</h1><p>reach me at someone@example.com</p></main></body></html>`);
      expect(extractCandidate(doc, URL_).snapshot?.name ?? null).toBeNull();
    }
  });

  it('ignores javascript: links, malformed addresses and number-like junk', () => {
    const doc = parseHtml(
      `<html><body><main><h1>Kim Example</h1><a href="javascript:alert(1)">LinkedIn</a><a href="mailto:not-an-address">mail</a>
       <a href="tel:12">call</a><dl><dt>LinkedIn</dt><dd><a href="javascript:void(0)">profile</a></dd></dl></main></body></html>`,
    );
    const s = extractCandidate(doc, URL_).snapshot!;
    expect(s.links).toEqual([]);
    expect(s.emails).toEqual([]);
    expect(s.about).not.toContain('\n12');
  });

  it('stays bounded on a huge page and never throws', () => {
    // A megabyte of text in 5 000 paragraphs, and 500 identical links.
    const big = `<html><body><main><h1>Lee Example</h1>${`<p>${'word '.repeat(40)}</p>`.repeat(5_000)}${'<a href="mailto:a@example.com">x</a>'.repeat(500)}</main></body></html>`;
    const doc = parseHtml(big);
    const started = performance.now();
    const s = extractCandidate(doc, URL_).snapshot!;
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(s.about!.length).toBeLessThanOrEqual(60_000);
    expect(s.emails).toEqual(['a@example.com']);
  });
});

describe('candidateSite: the generic site with the candidate reader', () => {
  it('carries the generic site’s id and label, the given hosts, and reads any URL as a candidate page', async () => {
    const { candidateSite } = await import('../../../../src/sites/generic/candidate-site');
    const { default: generic } = await import('../../../../src/sites/generic/site');
    const added = candidateSite(['https://app.ats.example/*']);
    expect({ id: added.id, label: added.label }).toEqual({ id: generic.id, label: generic.label });
    expect(added.hosts).toEqual(['https://app.ats.example/*']);
    expect(candidateSite([]).hosts).toEqual([]);
    expect(added.urls.classify(new URL('https://app.ats.example/people/77'))).toEqual({ kind: 'profile' });
    expect(added.extract).toBe(extractCandidate);
  });
});
