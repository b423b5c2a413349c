import { describe, expect, it } from 'vitest';
import { cleanText, decodeEntities, parseCount, parseDateRange, parseLocation, toIsoDate, dedupeRepeatedText } from '../../../src/core/normalise';

describe('normalise', () => {
  it('decodes entities and JSON escapes', () => {
    expect(decodeEntities('a &amp; b \\u003Cb\\u003E &#39;x&#x27;')).toBe("a & b <b> 'x'");
  });
  it('collapses whitespace, strips bidi marks, and gives null for empty', () => {
    expect(cleanText('  a \n\t b\u202E ')).toBe('a b');
    expect(cleanText('   ')).toBeNull();
    expect(cleanText(null)).toBeNull();
  });
  it('parses dates to ISO and Present to an open end', () => {
    expect(toIsoDate('Jul 2021')).toBe('2021-07');
    expect(toIsoDate('2019')).toBe('2019');
    expect(toIsoDate('2020-3')).toBe('2020-03');
    expect(toIsoDate('Present')).toBeNull();
    expect(parseDateRange('Jul 2021 - Present · 3 yrs 1 mo')).toEqual({ start: '2021-07', end: null, current: true });
    expect(parseDateRange('Mar 2018 – Jun 2020')).toEqual({ start: '2018-03', end: '2020-06', current: false });
  });
  it('parses locations into parts only where the text allows', () => {
    expect(parseLocation('Austin, Texas, United States')).toMatchObject({ city: 'Austin', region: 'Texas', country: 'United States' });
    expect(parseLocation('Austin, TX')).toMatchObject({ city: 'Austin', region: 'Texas', country: 'United States' });
    expect(parseLocation('Germany')).toMatchObject({ city: null, country: 'Germany' });
    expect(parseLocation('Greater Seattle Area')).toMatchObject({ city: 'Seattle', country: null });
    expect(parseLocation('')).toBeNull();
  });
  it('parses counts and removes screen-reader duplicates', () => {
    expect(parseCount('500+ connections')).toBe(500);
    expect(parseCount('1,234 followers')).toBe(1234);
    expect(parseCount('1.2K')).toBe(1200);
    expect(dedupeRepeatedText('Acme Corp Acme Corp')).toBe('Acme Corp');
  });
});
