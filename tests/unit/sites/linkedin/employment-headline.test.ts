import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/sites/linkedin/extract';
import { employmentTypeOf } from '../../../../src/core/snapshot';

/**
 * Small hand-written pages (fictional people) for what the big fixtures do not
 * vary: each top-card layout LinkedIn used since 2022 for the headline, each
 * way the logged-in view states a position's employment type, and the 2023
 * public layout whose titles only the JSON-LD keeps.
 */
const URL = 'https://www.linkedin.com/in/lena-brakvik/';
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const span = (t: string) => `<span aria-hidden="true">${t}</span><span class="visually-hidden">${t}</span>`;
const lines = (...ls: string[]) => ls.map((l) => `<div>${span(l)}</div>`).join('');

function loggedIn(topCard: string, experience = ''): Document {
  return parse(`<!DOCTYPE html><html><head><title>Lena Brakvik | LinkedIn</title></head><body><main>
<section class="x1">${topCard}<div><span class="k">Oslo, Norway</span><span><a href="/in/lena-brakvik/overlay/contact-info/">Contact info</a></span></div></section>
${experience ? `<section><div id="experience" class="pv-profile-card__anchor"></div><div><h2>${span('Experience')}</h2></div><ul>${experience}</ul></section>` : ''}
</main></body></html>`);
}

const headlineOf = (doc: Document) => extract(doc, URL).snapshot?.headline;

describe('LinkedIn logged-in headline on every top-card layout since 2022', () => {
  it('2022: div > h1, then the headline div', () => {
    const doc = loggedIn('<div class="pv-text-details__left-panel"><div><h1 class="text-heading-xlarge">Lena Brakvik</h1></div><div class="text-body-medium break-words">Product designer at a small studio</div></div>');
    expect(headlineOf(doc)).toBe('Product designer at a small studio');
  });
  it('2023–2024: the h1 inside a link inside a span, beside pronouns and a badge; headline after the wrapper', () => {
    const doc = loggedIn(
      '<div class="a1"><div class="a2"><span class="a3"><a href="/in/lena-brakvik/overlay/about-this-profile/" aria-label="Lena Brakvik"><h1 class="hashed">Lena Brakvik</h1></a></span><span class="p">(She/Her)</span><svg></svg></div><div class="b1">Accessibility lead · speaker</div></div>',
    );
    expect(headlineOf(doc)).toBe('Accessibility lead · speaker');
  });
  it('2024: h1 in a link in a span with an empty sibling, a "Verify now" link, then an unmarked headline', () => {
    const doc = loggedIn(
      '<div class="q1"><div class="q2"><span class="q3"><a href="/in/lena-brakvik/overlay/about-this-profile/" aria-label="Lena has verifications"><h1 class="q4">Lena Brakvik</h1><!----></a><div id="gen-42"><div></div></div></span><a class="q5" href="https://www.linkedin.com/verify?x">Verify now</a></div><div class="q6">IT specialist and volunteer firefighter</div></div>',
    );
    expect(headlineOf(doc)).toBe('IT specialist and volunteer firefighter');
  });
  it('2024–2025: the headline marked data-generated-suggestion-target, with the degree line in between', () => {
    const doc = loggedIn('<div><div><a href="#"><h1>Lena Brakvik</h1></a></div><span>· 2nd</span><div data-generated-suggestion-target="urn:li:x">Teacher and part-time translator</div></div>');
    expect(headlineOf(doc)).toBe('Teacher and part-time translator');
  });
  it('the voyager Profile wins, and multiLocaleHeadline serves when headline is absent', () => {
    const profile = { $type: 'com.linkedin.voyager.dash.identity.profile.Profile', publicIdentifier: 'lena-brakvik', firstName: 'Lena', lastName: 'Brakvik', multiLocaleHeadline: { nb_NO: 'Produktdesigner' }, objectUrn: 'urn:li:member:123' };
    const block = `<code id="datalet-bpr-guid-1">{"request":"/voyager/api/graphql?x"}</code><code id="bpr-guid-1">${JSON.stringify({ included: [profile] }).replace(/</g, '&lt;')}</code>`;
    const doc = loggedIn(`<div><div><h1>Lena Brakvik</h1></div><div>Something the DOM says</div></div>${block}`);
    expect(headlineOf(doc)).toBe('Produktdesigner');
  });
  it('does not take pronouns or the connection degree for a headline when there is none', () => {
    const doc = loggedIn('<div><div><h1>Lena Brakvik</h1></div><span>(She/Her)</span><span>· 3rd+</span></div>');
    expect(headlineOf(doc)).toBeNull();
  });
});

const role = (...ls: string[]) => `<li><div data-view-name="profile-component-entity"><div>${lines(...ls)}</div></div></li>`;

describe('LinkedIn logged-in employment type per position', () => {
  it('reads "Company · Type", a type alone and a grouped company header, with dates', () => {
    const grouped = `<li><div data-view-name="profile-component-entity"><div>${lines('Fjordlys Studio', 'Part-time · 3 yrs')}<div><ul>
<li><div>${lines('Design lead', 'Jan 2023 - Present · 1 yr 8 mos')}</div></li>
<li><div>${lines('Designer', 'Contract', 'Mar 2021 - Dec 2022 · 1 yr 10 mos')}</div></li></ul></div></div></div></li>`;
    const doc = loggedIn(
      '<div><div><h1>Lena Brakvik</h1></div><div>Designer</div></div>',
      [
        role('Accessibility consultant', 'Nordvik Bank · Contract', 'Feb 2024 - Present · 7 mos', 'Oslo, Norway · Remote'),
        role('Illustrator', 'Self-employed', 'Jan 2019 - Present · 5 yrs'),
        role('Chair of the student design club', 'Oslo School of Design', 'Sep 2015 - Jun 2017 · 1 yr 10 mos'),
        role('Summer intern', 'Havbris AS · Internship', 'Jun 2016 - Aug 2016 · 3 mos'),
        grouped,
      ].join(''),
    );
    const positions = extract(doc, URL).snapshot!.positions;
    expect(positions.map((p) => [p.title, p.company, p.employmentType ?? null, p.start, p.end, p.current])).toEqual([
      ['Accessibility consultant', 'Nordvik Bank', 'contract', '2024-02', null, true],
      ['Illustrator', null, 'self-employed', '2019-01', null, true],
      ['Chair of the student design club', 'Oslo School of Design', null, '2015-09', '2017-06', false],
      ['Summer intern', 'Havbris AS', 'internship', '2016-06', '2016-08', false],
      ['Design lead', 'Fjordlys Studio', 'part-time', '2023-01', null, true],
      ['Designer', 'Fjordlys Studio', 'contract', '2021-03', '2022-12', false],
    ]);
  });
  it('normalises every label LinkedIn offers and nothing else', () => {
    const labels = ['Full-time', 'Part-time', 'Self-employed', 'Freelance', 'Contract', 'Internship', 'Apprenticeship', 'Seasonal', 'FULL_TIME', 'Part time'];
    expect(labels.map(employmentTypeOf)).toEqual(['full-time', 'part-time', 'self-employed', 'freelance', 'contract', 'internship', 'apprenticeship', 'seasonal', 'full-time', 'part-time']);
    for (const other of ['Oslo, Norway', 'Jan 2020 - Present', 'Nordvik Bank', '', 'Full-time employee of the month at the contract desk']) expect(employmentTypeOf(other)).toBeNull();
  });
});

describe('LinkedIn 2023 public layout: titles from JSON-LD jobTitle', () => {
  const ld = (jobTitle: unknown) => ({
    '@context': 'http://schema.org',
    '@graph': [
      {
        '@type': 'Person',
        name: 'Lena Brakvik',
        jobTitle,
        worksFor: [
          { '@type': 'Organization', name: 'Fjordlys Studio', member: { '@type': 'OrganizationRole', startDate: '2019-01' } },
          { '@type': 'Organization', name: 'Oslo Design Week', member: { '@type': 'OrganizationRole', startDate: '2022-05' } },
        ],
      },
    ],
  });
  const page = (jobTitle: unknown) =>
    parse(`<html><head><meta name="pageKey" content="public_profile_v3_desktop"><meta property="og:type" content="profile"><script type="application/ld+json">${JSON.stringify(ld(jobTitle))}</script></head><body><main><h1 class="top-card-layout__title">Lena Brakvik</h1></main></body></html>`);

  it('pairs jobTitle[] with worksFor[] when the DOM gives no title', () => {
    const snap = extract(page(['Co-founder', 'Board member']), URL).snapshot!;
    expect(snap.positions.map((p) => [p.title, p.company])).toEqual([
      ['Co-founder', 'Fjordlys Studio'],
      ['Board member', 'Oslo Design Week'],
    ]);
  });
  it('does not guess when the lists do not pair up', () => {
    const snap = extract(page(['Co-founder']), URL).snapshot!;
    expect(snap.positions.map((p) => p.title)).toEqual([null, null]);
  });
});

describe('LinkedIn public layout: the structured country wins over the shown text', () => {
  it('reads "Mumbai, IN"-style text with addressCountry IN as India', () => {
    const ld = { '@context': 'http://schema.org', '@graph': [{ '@type': 'Person', name: 'Asha Rao', address: { '@type': 'PostalAddress', addressLocality: 'Thane', addressCountry: 'IN' } }] };
    const doc = parse(
      `<html><head><meta name="pageKey" content="public_profile_v3_desktop"><meta property="og:type" content="profile"><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><main><h1 class="top-card-layout__title">Asha Rao</h1><div class="top-card-layout__first-subline"><div class="not-first-middot"><span>Thane, IN</span></div></div></main></body></html>`,
    );
    expect(extract(doc, 'https://in.linkedin.com/in/asha-rao-x').snapshot!.location).toMatchObject({ city: 'Thane', country: 'India' });
  });
});
