import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LiteralAutomaton } from '../../../src/matching/literal-automaton';

/** The answer the automaton must give: one `includes` per literal. */
const naive = (literals: readonly string[], text: string) => literals.map((l) => (text.includes(l) ? 1 : 0));
const found = (a: LiteralAutomaton, text: string) => a.literals.filter((_, i) => a.find(text)[i] === 1);

describe('LiteralAutomaton', () => {
  it('reports overlapping literals and literals that are suffixes or prefixes of others', () => {
    const a = new LiteralAutomaton(['he', 'she', 'his', 'hers', 'pay', 'pay me', 'me']);
    expect(found(a, 'ushers')).toEqual(['he', 'she', 'hers']);
    expect(found(a, 'please pay me')).toEqual(['pay', 'pay me', 'me']);
    expect(found(a, 'payment')).toEqual(['pay', 'me']);
    expect(found(a, 'pa y')).toEqual([]);
  });

  it('finds a literal at the very start and the very end, and the whole text', () => {
    const a = new LiteralAutomaton(['abc', 'xyz']);
    expect(found(a, 'abc and more')).toEqual(['abc']);
    expect(found(a, 'more and xyz')).toEqual(['xyz']);
    expect(found(a, 'xyz')).toEqual(['xyz']);
    expect(found(a, 'xy')).toEqual([]);
    expect(found(a, '')).toEqual([]);
  });

  it('keeps duplicate literals apart by index and treats the empty literal as always present', () => {
    const a = new LiteralAutomaton(['dup', '', 'dup']);
    expect([...a.find('a dup')]).toEqual([1, 1, 1]);
    expect([...a.find('none')]).toEqual([0, 1, 0]);
    expect(a.some('none')).toBe(true);
  });

  it('is case-sensitive unless asked, and then folds ASCII only', () => {
    expect(found(new LiteralAutomaton(['abc']), 'ABC')).toEqual([]);
    const ci = new LiteralAutomaton(['abc', 'kelvin'], { asciiCaseInsensitive: true });
    expect(found(ci, 'xAbCx')).toEqual(['abc']);
    // U+212A KELVIN SIGN lower-cases to "k" with toLowerCase, but is not ASCII.
    expect(found(ci, '\u212Aelvin')).toEqual([]);
  });

  it('reads non-ASCII literals and text, surrogate pairs included', () => {
    const a = new LiteralAutomaton(['café', '😀x', 'pay me']);
    expect(found(a, 'un café noir')).toEqual(['café']);
    expect(found(a, 'a 😀x b')).toEqual(['😀x']);
    // A character no literal contains in the middle of a literal breaks it.
    expect(found(a, 'pay\u00a0me cafe')).toEqual([]);
  });

  it('skips ignored characters as if they were not in the text', () => {
    const a = new LiteralAutomaton(['korea', 'ab'], { ignore: "'" });
    expect(found(a, "kor'ea")).toEqual(['korea']);
    expect(found(a, "a''b")).toEqual(['ab']);
    expect(found(a, 'kor-ea')).toEqual([]);
  });

  it('answers like one includes per literal (property, small alphabet so literals overlap)', () => {
    const letter = fc.constantFrom('a', 'b', 'c', ' ', 'é');
    const word = fc.array(letter, { minLength: 1, maxLength: 5 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.array(letter, { maxLength: 60 }), (literals, chars) => {
        const text = chars.join('');
        const a = new LiteralAutomaton(literals);
        expect([...a.find(text)]).toEqual(naive(literals, text));
        expect(a.some(text)).toBe(naive(literals, text).includes(1));
      }),
      { numRuns: 500 },
    );
  });

  it('answers like includes on the folded text with both options (property)', () => {
    const letter = fc.constantFrom('a', 'b', 'A', 'B', "'", 'x');
    const word = fc.array(fc.constantFrom('a', 'b', 'x'), { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), fc.array(letter, { maxLength: 40 }), (literals, chars) => {
        const text = chars.join('');
        const folded = text.replace(/'/g, '').replace(/[A-Z]/g, (c) => c.toLowerCase());
        const a = new LiteralAutomaton(literals, { asciiCaseInsensitive: true, ignore: "'" });
        expect([...a.find(text)]).toEqual(naive(literals, folded));
      }),
      { numRuns: 300 },
    );
  });

  it('answers for the latest text when one automaton reads many (its answer array is reused)', () => {
    const literals = ['ab', 'b', 'abc', 'c a'];
    const a = new LiteralAutomaton(literals);
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom('a', 'b', 'c', ' '), { maxLength: 12 }), { maxLength: 8 }), (texts) => {
        for (const chars of texts) {
          const text = chars.join('');
          expect([...a.find(text)]).toEqual(naive(literals, text));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads 200 KB of hostile text in linear time', () => {
    const a = new LiteralAutomaton(['aaaaaaaaab', 'ab', 'aaaa']);
    const text = 'a'.repeat(200_000);
    const start = performance.now();
    expect(found(a, text)).toEqual(['aaaa']);
    expect(performance.now() - start).toBeLessThan(100);
  });
});
