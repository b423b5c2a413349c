import { describe, expect, it } from 'vitest';
import { extract as extractGenericPerson } from '../../../../src/sites/generic/extract';
import { profileSnapshotSchema } from '../../../../src/core/snapshot-schema';
import { expectFields, loadExpected, loadFixture, parseHtml } from './load-fixture';

const ldPage = (...blocks: unknown[]) =>
  parseHtml(`<html><head>${blocks.map((b) => `<script type="application/ld+json">${typeof b === 'string' ? b : JSON.stringify(b).replace(/</g, '\\u003c')}</script>`).join('')}</head><body></body></html>`);
const URL_ = 'https://someone.example/about';

describe('generic schema.org Person reader: fixtures', () => {
  for (const name of ['person-jsonld', 'person-microdata', 'article-no-person']) {
    it(`${name} matches its expected snapshot field by field`, () => {
      const expected = loadExpected('generic', name);
      const result = extractGenericPerson(loadFixture('generic', `${name}.html`), expected.url);
      expect(result.state).toBe(expected.state);
      expectFields(result.snapshot as Record<string, unknown> | null, expected.snapshot);
      if (result.snapshot) expect(profileSnapshotSchema.safeParse(result.snapshot).success).toBe(true);
    });
  }
});

describe('generic schema.org Person reader: shapes', () => {
  it('reads a top-level Person, and a Person in a top-level array', () => {
    expect(extractGenericPerson(ldPage({ '@type': 'Person', name: 'Ada Example' }), URL_).snapshot?.name).toBe('Ada Example');
    const arr = extractGenericPerson(ldPage([{ '@type': 'Organization', name: 'Org' }, { '@type': ['Person'], name: 'Bo Example' }]), URL_);
    expect(arr.snapshot?.name).toBe('Bo Example');
    expect(arr.snapshot?.platform).toBe('generic');
  });

  it('prefers the mainEntity of a ProfilePage over other Persons in the graph', () => {
    const doc = ldPage({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Person', name: 'Site Owner Example' },
        { '@type': 'ProfilePage', mainEntity: { '@type': 'Person', name: 'Cy Example', jobTitle: 'Designer' } },
      ],
    });
    const r = extractGenericPerson(doc, URL_);
    expect(r.snapshot?.name).toBe('Cy Example');
    expect(r.snapshot?.headline).toBe('Designer');
  });

  it('ignores Persons nested as an article author: the page is not about them', () => {
    const r = extractGenericPerson(ldPage({ '@type': 'Article', author: { '@type': 'Person', name: 'Writer' } }), URL_);
    expect(r).toEqual({ state: 'not-a-profile', snapshot: null });
  });

  it('reads scalar-or-array values, text addresses and HTML-escaped strings', () => {
    const r = extractGenericPerson(
      ldPage({ '@type': 'http://schema.org/Person', name: 'Dee &amp; Co \\u003Cb\\u003E', address: 'Austin, Texas, United States', knowsLanguage: 'German', email: ['not-an-email', 'dee@mail.example'], sameAs: 'https://dee.example' }),
      URL_,
    );
    expect(r.snapshot).toMatchObject({ name: 'Dee & Co <b>', languages: ['German'], emails: ['dee@mail.example'], links: ['https://dee.example/'] });
    expect(r.snapshot?.location).toEqual({ text: 'Austin, Texas, United States', city: 'Austin', region: 'Texas', country: 'United States' });
  });

  it('treats a page without a named Person as not-a-profile', () => {
    expect(extractGenericPerson(ldPage({ '@type': 'Person' }), URL_).state).toBe('not-a-profile');
    expect(extractGenericPerson(parseHtml('<p>hello</p>'), URL_).state).toBe('not-a-profile');
  });

  it('survives malformed, huge and deeply nested JSON-LD and hostile text', () => {
    let deep: unknown = { '@type': 'Organization', name: 'Bottom' };
    for (let i = 0; i < 3000; i++) deep = { '@type': 'EmployeeRole', worksFor: deep };
    const doc = ldPage('{"@type": "Person", "name": ', { '@type': 'Person', name: `<script>alert(1)</script>\u202E${'x'.repeat(1_000_000)}`, worksFor: deep });
    const r = extractGenericPerson(doc, URL_);
    // A 5 MB block is over the JSON budget: skipped, not parsed, and not a crash.
    expect(extractGenericPerson(ldPage({ '@type': 'Person', name: 'y'.repeat(5_000_000) }), URL_).state).toBe('not-a-profile');
    expect(r.state).toBe('profile');
    expect(r.snapshot!.name!.length).toBeLessThanOrEqual(200);
    expect(r.snapshot!.name).not.toContain('\u202E');
    expect(profileSnapshotSchema.safeParse(r.snapshot).success).toBe(true);
  });

  it('reads a microdata Person with nested items but not the nested Persons', () => {
    const doc = parseHtml(`<div itemscope itemtype="https://schema.org/Person"><span itemprop="name">Eve Example</span>
      <div itemprop="knows" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Other Person</span><span itemprop="jobTitle">Not Eve</span></div>
      <span itemprop="jobTitle">Analyst</span><img itemprop="image" src="/e.png"></div>`);
    const r = extractGenericPerson(doc, URL_);
    expect(r.snapshot).toMatchObject({ name: 'Eve Example', headline: 'Analyst', photo: true });
  });
});
