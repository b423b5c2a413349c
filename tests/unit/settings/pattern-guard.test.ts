import { describe, expect, it } from 'vitest';
import { checkPattern, compiledPattern, MAX_PROGRAM_SIZE } from '../../../src/settings/pattern-guard';

describe('pattern check (linear-time matcher)', () => {
  it.each([
    ['(x)\\1', 'backreference'],
    ['(?<n>x)\\k<n>', 'backreference'],
    ['(?<=a)b', 'lookaround'],
    ['(?<!a)b', 'lookaround'],
    ['a(?=b)', 'lookaround'],
    ['a(?!b)', 'lookaround'],
    ['\\p{Letter}+', 'unsupported'],
    ['a{2000}', 'too-complex'],
    ['a{1001}', 'too-complex'],
    ['\\w{1,900}!', 'too-complex'],
    [`(\\w?){${MAX_PROGRAM_SIZE}}!`, 'too-complex'],
    ['[unclosed', 'syntax'],
    ['a{,3}', 'syntax'],
    ['', 'empty'],
    ['   ', 'empty'],
    ['a'.repeat(501), 'too-long'],
  ])('refuses %s (%s)', (pattern, problem) => {
    const r = checkPattern(pattern);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toBe(problem);
  });

  it.each([
    '\\bremote\\s+only\\b',
    '\\d+\\s*years',
    '[a-z]+@[a-z]+\\.com',
    'usdt|bitcoin',
    '(cat|dog)+',
    'café',
    '\\p{L}+',
    'foo.*bar',
    '(?<word>x)y',
    '\\u00e9t\\u00e9',
    '\\(?=\\)',
    '(a+)+$',
  ])('accepts %s', (pattern) => {
    expect(checkPattern(pattern).ok).toBe(true);
  });

  it('matches case-insensitively and folds accents in the pattern so it matches accent-folded text', () => {
    const r = checkPattern('CAFÉ');
    expect(r.ok && r.matcher.test('un cafe noir')).toBe(true);
  });

  it('translates JavaScript spellings RE2 writes differently', () => {
    const r = checkPattern('(?<w>\\u0041)b');
    expect(r.ok && r.matcher.test('ab')).toBe(true);
  });

  it('remembers compiled patterns', () => {
    expect(compiledPattern('remote')).toBe(compiledPattern('remote'));
  });
});
