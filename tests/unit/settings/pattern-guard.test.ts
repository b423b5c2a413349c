import { describe, expect, it } from 'vitest';
import { checkPattern } from '../../../src/settings/pattern-guard';

describe('pattern guard', () => {
  it.each([
    ['(a+)+$', 'nested-repetition'],
    ['(a|a)*b', 'ambiguous-alternation'],
    ['(.*a){20}', 'nested-repetition'],
    ['^(\\w+\\s?)*$', 'nested-repetition'],
    ['(a|ab)+c', 'ambiguous-alternation'],
    ['.*.*.*z', 'overlapping-repetition'],
    ['\\w+\\w+$', 'overlapping-repetition'],
    ['(x)\\1', 'backreference'],
    ['(?<n>x)\\k<n>', 'backreference'],
    ['(?<=a)b', 'lookaround'],
    ['a(?!b)', 'lookaround'],
    ['a{2000}', 'bound-too-large'],
    ['[unclosed', 'syntax'],
    ['', 'empty'],
    ['a'.repeat(501), 'too-long'],
  ])('rejects %s (%s)', (pattern, problem) => {
    const r = checkPattern(pattern);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toBe(problem);
  });

  it.each(['\\bremote\\s+only\\b', '\\d+\\s*years', '[a-z]+@[a-z]+\\.com', 'usdt|bitcoin', '(cat|dog)+', 'café', '\\p{L}+', 'foo.*bar'])(
    'accepts the everyday pattern %s',
    (pattern) => {
      expect(checkPattern(pattern).ok).toBe(true);
    },
  );

  it('folds accents in the pattern so it matches accent-folded text', () => {
    const r = checkPattern('café');
    expect(r.ok && r.regex.test('cafe')).toBe(true);
  });
});
