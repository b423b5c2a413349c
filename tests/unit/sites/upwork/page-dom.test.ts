import { describe, expect, it } from 'vitest';
import { cleanMultiline } from '../../../../src/core/normalise';
import { multilineText } from '../../../../src/sites/dom-read';
import { parseRate, parseUpworkTitle } from '../../../../src/sites/upwork/page-dom';
import { upworkLocation } from '../../../../src/sites/upwork/profile-record';
import { parseHtml } from './fixture-cases';

describe('Upwork DOM readers', () => {
  it('splits the title at the first " - " and keeps dashes inside the tagline', () => {
    expect(parseUpworkTitle('Ana P. - Data - ETL - BI - Upwork Freelancer from Porto, Portugal')).toEqual({ name: 'Ana P.', headline: 'Data - ETL - BI', place: 'Porto, Portugal' });
    expect(parseUpworkTitle('Upwork - Log in')).toEqual({ name: null, headline: null, place: null });
    expect(parseUpworkTitle(null)).toEqual({ name: null, headline: null, place: null });
  });
  it('reads rates with symbols, codes and thousands separators', () => {
    expect(parseRate('$15.00/hr')).toEqual({ amount: 15, currency: 'USD' });
    expect(parseRate('€1,250.50')).toEqual({ amount: 1250.5, currency: 'EUR' });
    expect(parseRate('48.00', 'GBP')).toEqual({ amount: 48, currency: 'GBP' });
    expect(parseRate('Not specified')).toBeNull();
  });
  it('keeps paragraph breaks without innerText and drops script text', () => {
    const doc = parseHtml('<div id="a">One<br>Two<p>Three</p><script>evil()</script></div>');
    // As the Upwork reader takes the overview: the shared walker, then cleaned.
    expect(cleanMultiline(multilineText(doc.getElementById('a')))).toBe('One\nTwo\nThree');
  });
  it('keeps a city and a country that disagree, as stated (never corrected)', () => {
    expect(upworkLocation('Lviv', null, 'PL', 'Ukraine')).toEqual({ text: 'Lviv, Poland', city: 'Lviv', region: null, country: 'Poland' });
    expect(upworkLocation(null, null, 'ZZ', 'Atlantis')).toEqual({ text: 'Atlantis', city: null, region: null, country: 'Atlantis' });
    expect(upworkLocation(null, null, null, null)).toBeNull();
  });
});
