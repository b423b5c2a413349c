import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDateLine } from '../../../../src/sites/linkedin/profile-cards';

// The case-insensitive patterns isDateLine used before it lower-cased the line (the oracle).
const OLD_MONTH_YEAR = String.raw`(?:[A-Za-z]{3,9}\.?\s+)?\d{4}`;
const OLD_DATE_LINE = new RegExp(`^${OLD_MONTH_YEAR}\\s*(?:[-–—]|to)\\s*(?:present|now|${OLD_MONTH_YEAR})(?:\\s*·.*)?$`, 'i');
const OLD_SINGLE = new RegExp(`^${OLD_MONTH_YEAR}(?:\\s*·.*)?$`, 'i');
const oldIsDateLine = (line: string) => OLD_DATE_LINE.test(line) || OLD_SINGLE.test(line);

describe('isDateLine (LinkedIn card date lines)', () => {
  it.each([
    ['Jul 2021 - Present · 3 yrs 1 mo', true],
    ['2012 - 2016', true],
    ['MAR 2018 – JUN 2020', true],
    ['Sept. 2019 to now', true],
    ['2019', true],
    ['Jul 2021 · 1 mo', true],
    ['Senior Engineer', false],
    ['Berlin, Germany · Remote', false],
    ['In 2019 I moved', false],
  ])('%s → %s', (line, want) => {
    expect(isDateLine(line)).toBe(want);
  });

  it('agrees with the case-insensitive patterns it replaced on date-like ASCII lines', () => {
    const token = fc.constantFrom('Jul', 'JUL', 'jul', 'September', 'Sept.', '2021', '1999', '-', '–', '—', 'to', 'TO', 'Present', 'NOW', '·', '3 yrs', 'x', 'Abcdefghij', '.');
    const space = fc.constantFrom(' ', '  ', '', '\t');
    fc.assert(
      fc.property(fc.array(fc.tuple(token, space), { maxLength: 7 }), (parts) => {
        const line = parts.map(([t, s]) => t + s).join('');
        expect(isDateLine(line)).toBe(oldIsDateLine(line));
      }),
      { numRuns: 2000 },
    );
  });
});
