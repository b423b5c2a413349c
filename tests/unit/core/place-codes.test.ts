import { describe, expect, it } from 'vitest';
import { placeOfCode } from '../../../src/core/countries';
import { parseLocation } from '../../../src/core/normalise';
import { parsePlace, resolvePlace } from '../../../src/core/resolve-place';
import { profileInput } from '../../../src/core/rule-input';
import { emptySnapshot } from '../../../src/core/snapshot';
import { countryOfCity } from '../../../src/core/well-known-cities';

/**
 * A two-letter code after a city is a country code or a U.S. postal code, and
 * many are both. Reading every one as a U.S. state put people in India,
 * Germany, Canada, Indonesia and Colombia in the wrong country (a fairness
 * slip: their own country would raise a location mismatch).
 */
describe('two-letter codes after a city', () => {
  it('reads a country code after a well-known city of that country as the country', () => {
    expect(['Mumbai, IN', 'Berlin, DE', 'Toronto, CA', 'Jakarta, ID', 'Bogota, CO', 'Lagos, NG', 'London, UK'].map((t) => parsePlace(t)?.country)).toEqual([
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
    expect(parsePlace('Indianapolis, IN')).toMatchObject({ city: 'Indianapolis', region: 'Indiana', country: 'United States' });
    expect(parsePlace('Denver, CO')).toMatchObject({ region: 'Colorado', country: 'United States' });
    expect(parseLocation('Austin, TX')).toMatchObject({ region: 'Texas', country: 'United States' });
    expect(parseLocation('Springfield, Illinois')).toMatchObject({ region: 'Illinois', country: 'United States' });
  });
  it('leaves the country unknown when the code is both and the city does not decide', () => {
    expect(parsePlace('Springfield, IL')).toMatchObject({ city: 'Springfield', region: 'IL', country: null });
    expect(placeOfCode('Smallville', 'GA', countryOfCity)).toEqual({ region: 'GA', country: null });
  });
  it('says nothing for what is neither a state nor a country', () => {
    expect(placeOfCode('Anywhere', 'Remote')).toBeUndefined();
    expect(placeOfCode('Anywhere', 'ZZ')).toBeUndefined();
  });
  it('a page reader leaves a shared code undecided; the rules see it decided by the city', () => {
    // Without the city table (as in the content scripts): no guess either way.
    expect(parseLocation('Mumbai, IN')).toMatchObject({ city: 'Mumbai', region: 'IN', country: null });
    expect(parseLocation('Lagos, NG')).toMatchObject({ country: 'Nigeria' });
    expect(resolvePlace(parseLocation('Mumbai, IN'))).toMatchObject({ region: null, country: 'India' });
    expect(resolvePlace(parseLocation('Denver, CO'))).toMatchObject({ region: 'Colorado', country: 'United States' });
    const unknown = parseLocation('Smallville, GA');
    expect(resolvePlace(unknown)).toBe(unknown);
    const snapshot = { ...emptySnapshot('linkedin', 'https://www.linkedin.com/in/someone/'), location: parseLocation('Berlin, DE') };
    expect(profileInput(snapshot).profile?.location).toMatchObject({ city: 'Berlin', country: 'Germany' });
  });
});
