import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gatedPatterns, literalGate, mayMatch } from '../../../src/rules/literal-gate';
import { RULES } from '../../../src/rules';
import { textInput } from '../../../src/profile/text';

const ROOT = join(import.meta.dirname, '../../..');

describe('literalGate: literals every match must contain', () => {
  it.each([
    [/\b(?:foo|barr)\s+baz/gi, ['baz']],
    [/\bmy\s+(?:new|newest)\s+(?:phone\s+)?(?:number|e-?mail)\b/gi, ['number', 'mail']],
    [/(?:foo)?bar/gi, ['bar']],
    [/a\u00A0bcd/gi, ['bcd']],
    [/\bcams?\b/gi, ['cam']],
    [/\b(?:pay me|(?:be|get) paid)/gi, ['pay me', ' paid']],
  ])('%s → %j', (re, gate) => {
    expect(literalGate(re)).toEqual(gate);
  });

  it.each([
    [/x/gi, 'no literal of three letters'],
    [/\bfoo/g, 'case-sensitive'],
    [/\bfoo/giu, 'Unicode case folding'],
    [/(?:foo|x)bar?/gi, 'an alternative without a literal, and a run cut by its quantifier'],
    [/(?:foo)*/gi, 'an optional group'],
    [/(?=foo)\w+/gi, 'a lookahead is not consumed'],
    [/foo|\d+/gi, 'a top-level branch without a literal'],
  ])('%s → null (%s)', (re) => {
    expect(literalGate(re)).toBeNull();
  });

  it('skips escapes whole, so \\u00e9 or \\x41 never read as letters', () => {
    expect(literalGate(/\u00e9\u00e9\x41\x42/gi)).toBeNull();
  });

  it('lets a pattern run when unsure and when a literal is present, and skips it otherwise', () => {
    expect(mayMatch(/x/gi, 'anything')).toBe(true);
    expect(mayMatch(/\bpay me in (?:usdt|btc)\b/gi, 'please pay me in usdt')).toBe(true);
    expect(mayMatch(/\bpay me in (?:usdt|btc)\b/gi, 'ten years of go and kafka')).toBe(false);
  });
});

/** Text in which the cue patterns really match: every rule test's source and every fixture page. */
function corpus(): string {
  const parts: string[] = [];
  for (const dir of ['tests/unit/rules', 'tests/unit/rules/cases']) {
    for (const f of readdirSync(join(ROOT, dir))) if (f.endsWith('.ts')) parts.push(readFileSync(join(ROOT, dir, f), 'utf8'));
  }
  const fixtures = join(ROOT, 'tests/fixtures');
  for (const site of readdirSync(fixtures, { withFileTypes: true })) {
    if (!site.isDirectory()) continue;
    for (const f of readdirSync(join(fixtures, site.name))) if (f.endsWith('.html')) parts.push(readFileSync(join(fixtures, site.name, f), 'utf8'));
  }
  // Rule tests escape apostrophes and quote phrases; fold the escapes so the phrases read as written.
  return parts.join('\n').replace(/\\'/g, "'").replace(/\\n/g, '\n');
}

describe('every text rule cue is gated soundly', () => {
  it('no match of any cue pattern lacks its gate literals', () => {
    // Running every rule once makes every cue pass through the gate.
    for (const rule of RULES) if (rule.subjects.includes('text')) rule.check(textInput('a neutral sentence with no cue at all'));
    const patterns = [...gatedPatterns()];
    expect(patterns.length).toBeGreaterThanOrEqual(30);
    expect(patterns.filter(([, gate]) => gate !== null).length).toBeGreaterThanOrEqual(25);

    const text = corpus();
    let matchedPatterns = 0;
    for (const [re, gate] of patterns) {
      if (gate === null) continue;
      let matched = false;
      for (const m of text.matchAll(new RegExp(re.source, re.flags))) {
        matched = true;
        const lower = m[0].toLowerCase();
        expect(gate.some((l) => lower.includes(l)), `${re} matched "${m[0]}" without any of ${JSON.stringify(gate)}`).toBe(true);
      }
      if (matched) matchedPatterns++;
    }
    // The check above only means something if the corpus exercises the patterns.
    expect(matchedPatterns).toBeGreaterThanOrEqual(30);
  });
});
