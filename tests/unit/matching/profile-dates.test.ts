import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthSpan } from '../../../src/matching/profile-dates';

/** monthSpan as it was, on a regex; kept as the oracle for the hand-written reader. */
function monthSpanByRegex(iso: string | null | undefined) {
  if (!iso) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-\d{2})?$/.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { first: year * 12, last: year * 12 + 11 };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  return { first: year * 12 + month - 1, last: year * 12 + month - 1 };
}

describe('monthSpan', () => {
  it.each(['2020', '2020-02', '2020-02-30', '0000-01', '2020-00', '2020-13', '2020-1', '2020-02-3', '2020/02', ' 2020', '2020\n', '２０２０', '', null, undefined, '2020-02-03-04', '20200'])(
    'reads %j as the regex did',
    (iso) => {
      expect(monthSpan(iso)).toEqual(monthSpanByRegex(iso));
    },
  );

  it('reads any short string as the regex did (property)', () => {
    const char = fc.constantFrom('0', '1', '2', '9', '-', '/', ' ', 'a', '٣');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 11 }), (chars) => {
        const iso = chars.join('');
        expect(monthSpan(iso)).toEqual(monthSpanByRegex(iso));
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (y, m, d) => {
        const p = (n: number, w: number) => String(n).padStart(w, '0');
        for (const iso of [p(y, 4), `${p(y, 4)}-${p(m, 2)}`, `${p(y, 4)}-${p(m, 2)}-${p(d, 2)}`]) expect(monthSpan(iso)).toEqual(monthSpanByRegex(iso));
      }),
      { numRuns: 500 },
    );
  });
});
