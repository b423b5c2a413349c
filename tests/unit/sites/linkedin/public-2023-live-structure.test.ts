import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/sites/linkedin/extract';
import { expectedFor, fixtureHtml, parseHtml } from './load-fixture';

/**
 * What real public profiles captured in 2023 showed (tests/tools/real-pages):
 * `og:title` names the current job, not the headline; several roles at one
 * company are nested in one list item; the experience section has no
 * `data-section`. The fixture is synthetic, with the same structure.
 */
const NAME = 'public-2023-grouped-roles';
const url = expectedFor(NAME).url;
const read = (html = fixtureHtml(NAME)) => extract(parseHtml(html), url).snapshot!;

describe('LinkedIn public profile, 2023 live structure', () => {
  it('takes the headline from the top card, not the current job that og:title names', () => {
    expect(read().headline).toBe('Port data & forecasting | Python, SQL | Mentor at Women in Logistics NZ');
  });

  it('falls back to og:title when the top card has no headline', () => {
    const html = fixtureHtml(NAME).replace(/<h2 class="top-card-layout__headline[\s\S]*?<\/h2>/, '');
    expect(read(html).headline).toBe('Head of Data - Tidewell Analytics');
  });

  it('keeps each role of a company group with its own title, dates and place', () => {
    const roles = read().positions.filter((p) => p.company === 'Harbourline Freight');
    expect(roles.map((p) => [p.title, p.start, p.end, p.location])).toEqual([
      ['Senior Data Analyst', '2019-05', '2022-02', 'Auckland, New Zealand'],
      ['Data Analyst', '2017-03', '2019-05', 'Auckland, New Zealand'],
    ]);
  });

  it('finds the experience section by its class when it has no data-section', () => {
    expect(read().positions.map((p) => p.title)).toEqual(['Head of Data', 'Senior Data Analyst', 'Data Analyst', 'Survey Technician']);
  });
});
