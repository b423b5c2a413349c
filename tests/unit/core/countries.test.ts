import { describe, expect, it } from 'vitest';
import { countryByIso2, countryByName, usStateByName } from '../../../src/core/countries';

describe('country and state lookups (text search over the tables)', () => {
  it('finds a country by its whole lower-case name or an alias', () => {
    expect(countryByName('germany')).toBe('Germany');
    expect(countryByName('usa')).toBe('United States');
    expect(countryByName('viet nam')).toBe('Vietnam');
    expect(countryByName('turkey')).toBe('Türkiye');
    expect(countryByName('papua new guinea')).toBe('Papua New Guinea');
    expect(countryByName('guinea')).toBe('Guinea');
    expect(countryByName('niger')).toBe('Niger');
  });

  it('never matches part of a line, another line, or odd input', () => {
    for (const bad of ['new guinea', 'ger', 'germany\nfrance', 'afghanistan\nal albania', '', ' ', 'gb', 'Germany']) expect(countryByName(bad)).toBeUndefined();
  });

  it('finds a country by its upper-case ISO code only', () => {
    expect(countryByIso2('DE')).toBe('Germany');
    expect(countryByIso2('US')).toBe('United States');
    for (const bad of ['de', 'ZZ', 'D', 'DEU', 'D\n', '']) expect(countryByIso2(bad)).toBeUndefined();
  });

  it('finds a U.S. state by lower-case name or postal code', () => {
    expect(usStateByName('tx')).toBe('Texas');
    expect(usStateByName('texas')).toBe('Texas');
    expect(usStateByName('west virginia')).toBe('West Virginia');
    expect(usStateByName('virginia')).toBe('Virginia');
    expect(usStateByName('dc')).toBe('District of Columbia');
    for (const bad of ['zz', 'west', 'TX', '']) expect(usStateByName(bad)).toBeUndefined();
  });

  it('answers the same once frequent lookups switch it to a map', () => {
    const probes = ['germany', 'usa', 'viet nam', 'papua new guinea', 'guinea', 'new guinea', 'germany\nfrance', '', 'Germany'];
    const before = probes.map(countryByName);
    for (let i = 0; i < 100; i++) countryByName('france');
    expect(probes.map(countryByName)).toEqual(before);
  });
});
