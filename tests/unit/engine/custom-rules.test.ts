import { describe, expect, it } from 'vitest';
import { chunksOf, foldText, MAX_CHUNK, MAX_MATCHES_PER_RULE, runCustomRules } from '../../../src/engine/custom-rules';
import { emptySnapshot } from '../../../src/core/snapshot';
import { profileInput, textInput } from '../../../src/core/rule-input';
import { customRuleSchema, type CustomRule } from '../../../src/settings/schema';
import { checkPattern } from '../../../src/settings/pattern-guard';
import { FAIRNESS_MAX_WEIGHT } from '../../../src/settings/fairness-cap';

function rule(partial: Partial<CustomRule> & Pick<CustomRule, 'fields'>): CustomRule {
  return customRuleSchema.parse({ id: 'custom-test', name: 'Test rule', severity: 'medium', ...partial });
}

function profile(about: string, headline: string | null = 'Engineer') {
  const p = emptySnapshot('linkedin', 'https://www.linkedin.com/in/fictional-person/');
  p.about = about;
  p.headline = headline;
  p.name = 'Río Example';
  return profileInput(p);
}

describe('custom keyword rules', () => {
  it('matches on word boundaries, case- and accent-insensitively, quoting the original text', () => {
    const findings = runCustomRules([rule({ fields: ['about'], keywords: ['resume'], note: 'Asked by our policy' })], profile('Send my RÉSUMÉ via Telegram please'));
    expect(findings).toHaveLength(1);
    const f = findings[0];
    expect(f).toMatchObject({ ruleId: 'custom-test', custom: true, sources: [], why: 'Asked by our policy', severity: 'medium', title: 'Test rule' });
    expect(f.evidence[0]).toContain('«RÉSUMÉ»');
    expect(f.evidence[0]).toContain('via Telegram');
  });

  it('does not match inside a longer word', () => {
    expect(runCustomRules([rule({ fields: ['about'], keywords: ['java'] })], profile('JavaScript developer'))).toEqual([]);
  });

  it('matches phrases across odd whitespace and invisible marks', () => {
    const text = 'Open to   pay\u200Bment in USDT only';
    const f = runCustomRules([rule({ fields: ['about'], keywords: ['payment in usdt'] })], profile(text));
    expect(f).toHaveLength(1);
  });

  it('reads only the fields it names', () => {
    const r = rule({ fields: ['headline'], keywords: ['telegram'] });
    expect(runCustomRules([r], profile('telegram in about only'))).toEqual([]);
    expect(runCustomRules([r], profile('nothing', 'Reach me on Telegram'))).toHaveLength(1);
  });

  it('skips disabled rules and reads pasted text for lookups', () => {
    expect(runCustomRules([rule({ fields: ['all'], keywords: ['usdt'], enabled: false })], textInput('pay in USDT'))).toEqual([]);
    expect(runCustomRules([rule({ fields: ['about'], keywords: ['usdt'] })], textInput('pay in USDT'))).toHaveLength(1);
  });

  it('caps the evidence per rule', () => {
    const f = runCustomRules([rule({ fields: ['about'], keywords: ['crypto'] })], profile('crypto '.repeat(500)));
    expect(f[0].evidence).toHaveLength(MAX_MATCHES_PER_RULE);
  });

  it('treats hostile markup as plain text', () => {
    const f = runCustomRules([rule({ fields: ['about'], keywords: ['script'] })], profile('<script>alert(1)</script>'));
    expect(f[0].evidence[0]).toContain('<«script»>alert(1)');
  });
});

describe('custom pattern rules', () => {
  it('runs a checked pattern and quotes the match', () => {
    const f = runCustomRules([rule({ fields: ['all'], pattern: '\\b\\d+\\s*years?\\b' })], profile('I have 15 years of React'));
    expect(f[0].evidence[0]).toContain('«15 years»');
  });

  it('never runs a pattern the matcher refuses, even if it reached storage', () => {
    const bad = { ...rule({ fields: ['all'], keywords: ['zzz'] }), keywords: [], pattern: '(a)\\1' };
    expect(runCustomRules([bad], profile('aa'))).toEqual([]);
  });

  it('only ever hands the regex bounded chunks, overlapping at the seams', () => {
    const text = 'a'.repeat(100_000) + '\nshort line\n' + 'b'.repeat(1000);
    const chunks = chunksOf(text);
    expect(Math.max(...chunks.map((c) => c.text.length))).toBeLessThanOrEqual(MAX_CHUNK);
    // Every character is covered by some chunk.
    const covered = chunks.reduce((n, c) => Math.max(n, c.offset + c.text.length), 0);
    expect(covered).toBe(text.length);
    expect(chunks.some((c) => c.text === 'short line')).toBe(true);
  });

  it('finds a match straddling a chunk seam', () => {
    const text = 'x'.repeat(MAX_CHUNK - 5) + ' telegram handle';
    const f = runCustomRules([rule({ fields: ['about'], pattern: 'telegram handle' })], profile(text));
    expect(f).toHaveLength(1);
  });

  it('finds the real matches of a pattern that can match nothing, without looping', () => {
    const f = runCustomRules([rule({ fields: ['about'], pattern: 'x*' })], profile('abc xx def'));
    expect(f[0].evidence).toHaveLength(1);
    expect(f[0].evidence[0]).toContain('«xx»');
  });
});

/** Sixty optional word characters before a "!": runs for minutes in a backtracking engine. */
const SIXTY = '\\w?'.repeat(60) + '!';
const HOSTILE = [
  SIXTY,
  '(a+)+$',
  '(a|a)*b',
  '(a|aa)+$',
  '^(\\w+\\s?)*$',
  '(.*a){20}',
  '.*.*.*z',
  '\\w+\\w+$',
  '(x+x+)+y',
  '([a-z]+)*[0-9]',
  '(\\w?){50}!',
  '(a|b|ab|ba|aab|bba)*c',
  '(?:[a-z0-9]+[._-]?)*@',
  '((ab)*|(ba)*)*c',
  '[\\p{L}]{200}x',
  '\\w{1,100}!',
];
const HUGE_TEXTS = {
  'one long word': 'a'.repeat(100_000),
  'a word then the needle': 'a'.repeat(100_000) + '!',
  'words and spaces': 'aaaa bbbb '.repeat(10_000),
  'prose': 'Senior engineer, remote only, 8 years of React and Node. '.repeat(1_800),
};

describe('hostile patterns run in linear time', () => {
  it.each(HOSTILE)('%s passes the check (the matcher is linear: no shape is refused for speed)', (pattern) => {
    expect(checkPattern(pattern).ok).toBe(true);
  });

  // Through runCustomRules, as the background's evaluate() calls it.
  it.each(HOSTILE)('%s holds 50 ms on each 100 KB text', (pattern) => {
    const r = rule({ fields: ['about'], pattern });
    for (const [, text] of Object.entries(HUGE_TEXTS)) {
      const input = profile(text);
      runCustomRules([r], input); // compiles once, as the background does on its first profile
      // Best of three: the bound is the matcher's, not that of a machine busy with other work.
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const t0 = performance.now();
        runCustomRules([r], input);
        best = Math.min(best, performance.now() - t0);
      }
      expect(best).toBeLessThanOrEqual(50);
    }
  });

  it('still finds what a hostile pattern matches', () => {
    const f = runCustomRules([rule({ fields: ['about'], pattern: SIXTY })], profile('a'.repeat(100_000) + '!'));
    expect(f).toHaveLength(1);
    expect(f[0].evidence[0]).toContain('!»');
  });
});

describe('fairness cap on name and location', () => {
  it('caps a rule keyed on the name at low severity and weight 1, wherever the rule came from', () => {
    const f = runCustomRules([rule({ fields: ['name'], keywords: ['rio'], severity: 'high', weight: 50 })], profile('nothing'));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'low', weight: FAIRNESS_MAX_WEIGHT });
  });

  it('caps a rule on all text when all it matched was the name', () => {
    const r = rule({ fields: ['all'], keywords: ['rio'], severity: 'high', weight: 50 });
    expect(runCustomRules([r], profile('nothing'))[0]).toMatchObject({ severity: 'low', weight: FAIRNESS_MAX_WEIGHT });
    // Matched in the about text as well: behaviour, not only the name.
    expect(runCustomRules([r], profile('I moved to Rio last year'))[0]).toMatchObject({ severity: 'high', weight: 50 });
  });

  it('leaves rules on other fields alone', () => {
    const f = runCustomRules([rule({ fields: ['about'], keywords: ['usdt'], severity: 'high', weight: 9 })], profile('pay in usdt'));
    expect(f[0]).toMatchObject({ severity: 'high', weight: 9 });
  });
});

describe('foldText', () => {
  it('maps folded characters back to the original, through RTL marks and astral characters', () => {
    const s = '\u202Eé😀 Ünïcode';
    const folded = foldText(s);
    expect(folded.text).toBe('e😀 unicode');
    expect(s.slice(folded.map[folded.text.indexOf('unicode')])).toBe('Ünïcode');
  });
});
