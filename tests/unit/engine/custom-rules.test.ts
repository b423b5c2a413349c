import { describe, expect, it } from 'vitest';
import { chunksOf, foldText, MAX_CHUNK, MAX_MATCHES_PER_RULE, runCustomRules } from '../../../src/engine/custom-rules';
import { emptySnapshot } from '../../../src/core/snapshot';
import { profileInput, textInput } from '../../../src/core/rule-input';
import { customRuleSchema, type CustomRule } from '../../../src/settings/schema';

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
  it('runs a guarded pattern and quotes the match', () => {
    const f = runCustomRules([rule({ fields: ['all'], pattern: '\\b\\d+\\s*years?\\b' })], profile('I have 15 years of React'));
    expect(f[0].evidence[0]).toContain('«15 years»');
  });

  it('never runs a pattern that fails the guard, even if it reached storage', () => {
    const bad = { ...rule({ fields: ['all'], keywords: ['zzz'] }), keywords: [], pattern: '(a+)+$' };
    expect(runCustomRules([bad], profile('a'.repeat(100_000) + '!'))).toEqual([]);
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

  it('stops when the time budget is spent (fake clock, no timing flake)', () => {
    let clock = 0;
    const now = () => (clock += 10);
    const rules = [1, 2, 3].map((n) => rule({ id: `custom-r${n}`, fields: ['about'], pattern: 'b+c' } as Partial<CustomRule> & { fields: ['about'] }));
    const f = runCustomRules(rules, profile('a'.repeat(100_000)), { now, budgetMs: 25 });
    expect(f).toEqual([]);
    // Budget exhausted before every chunk of every rule was scanned: far fewer clock reads than chunks × rules.
    expect(clock / 10).toBeLessThan(chunksOf('a'.repeat(100_000)).length);
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
