import { describe, expect, it } from 'vitest';
import { placeOfCode } from '../../../src/core/countries';
import { parseLocation } from '../../../src/core/normalise';

/**
 * A two-letter code after a city is a country code or a U.S. postal code, and
 * many are both. Reading every one as a U.S. state put people in India,
 * Germany, Canada, Indonesia and Colombia in the wrong country (a fairness
 * slip: their own country would raise a location mismatch).
 */
describe('two-letter codes after a city', () => {
  it('reads a country code after a well-known city of that country as the country', () => {
    expect(['Mumbai, IN', 'Berlin, DE', 'Toronto, CA', 'Jakarta, ID', 'Bogota, CO', 'Lagos, NG', 'London, UK'].map((t) => parseLocation(t)?.country)).toEqual([
      'India',
      'Germany',
      'Canada',
      'Indonesia',
      'Colombia',
      'Nigeria',
      'United Kingdom',
    ]);
  });
  it('still reads U.S. cities with their state codes, and state names', () => {
    expect(parseLocation('Indianapolis, IN')).toMatchObject({ city: 'Indianapolis', region: 'Indiana', country: 'United States' });
    expect(parseLocation('Denver, CO')).toMatchObject({ region: 'Colorado', country: 'United States' });
    expect(parseLocation('Austin, TX')).toMatchObject({ region: 'Texas', country: 'United States' });
    expect(parseLocation('Springfield, Illinois')).toMatchObject({ region: 'Illinois', country: 'United States' });
  });
  it('leaves the country unknown when the code is both and the city does not decide', () => {
    expect(parseLocation('Springfield, IL')).toMatchObject({ city: 'Springfield', region: 'IL', country: null });
    expect(placeOfCode('Smallville', 'GA')).toEqual({ region: 'GA', country: null });
  });
  it('says nothing for what is neither a state nor a country', () => {
    expect(placeOfCode('Anywhere', 'Remote')).toBeUndefined();
    expect(placeOfCode('Anywhere', 'ZZ')).toBeUndefined();
  });
});
