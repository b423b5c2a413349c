import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gateLiteralsIn, gatedPatterns, literalGate, literalGateSets, mayMatch, sharedLiterals } from '../../../src/matching/literal-gate';
import { RULES } from '../../../src/engine/rules';
import { profileInput, textInput } from '../../../src/core/rule-input';
import { lowerCased, searchableText } from '../../../src/matching/text-scan';
import { profile } from '../rules/fixtures';

const ROOT = join(import.meta.dirname, '../../..');

// Taken before any test runs: what the rule modules registered by being imported.
const REGISTERED_AT_LOAD = new Set(gatedPatterns().keys());

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
      const sets = literalGateSets(re)!;
      for (const m of text.matchAll(new RegExp(re.source, re.flags))) {
        matched = true;
        const lower = m[0].toLowerCase();
        expect(gate.some((l) => lower.includes(l)), `${re} matched "${m[0]}" without any of ${JSON.stringify(gate)}`).toBe(true);
        const met = sets.some((alternative) => alternative.every((set) => set.some((l) => lower.includes(l))));
        expect(met, `${re} matched "${m[0]}" without meeting its sets ${JSON.stringify(sets)}`).toBe(true);
      }
      if (matched) matchedPatterns++;
    }
    // The check above only means something if the corpus exercises the patterns.
    expect(matchedPatterns).toBeGreaterThanOrEqual(30);
  });
});

/** The gate answered without the shared pass: one substring test per literal of the pattern. */
function oneByOne(re: RegExp, lower: string): boolean {
  const sets = literalGateSets(re);
  return sets === null || sets.some((alternative) => alternative.every((set) => set.some((l) => lower.includes(l))));
}

/** Every literal of every registered pattern's gate sets. */
function registeredLiterals(): Set<string> {
  return new Set([...gatedPatterns().keys()].flatMap((re) => literalGateSets(re)?.flat(2) ?? []));
}

describe('literalGateSets: every literal set a match must meet', () => {
  it.each([
    [/\b(?:off|outside(?: of)?)\s+(?:upwork|the\s+platform)/gi, [[['off', 'outside'], ['upwork', 'platform']]]],
    [/\bmy\s+(?:new|newest)\s+(?:phone\s+)?(?:number|e-?mail)\b/gi, [[['new', 'newest'], ['number', 'mail']]]],
    [/\bpay me\b|\bsend (?:usdt|btc) now/gi, [[['pay me']], [['send '], ['usdt', 'btc'], [' now']]]],
    [/(?:foo)?bar/gi, [[['bar']]]],
  ])('%s → %j', (re, sets) => {
    expect(literalGateSets(re)).toEqual(sets);
  });

  it.each([/foo|\d+/gi, /\bfoo/g, /\bfoo/giu, /(?:foo)*/gi])('%s → null', (re) => {
    expect(literalGateSets(re)).toBeNull();
  });

  it('is never looser than literalGate: a text passing the sets passes the single set', () => {
    for (const re of gatedPatterns().keys()) {
      const single = literalGate(re);
      const sets = literalGateSets(re);
      if (single === null) continue;
      expect(sets, `${re}`).not.toBeNull();
      for (const alternative of sets!) expect(alternative.some((set) => set.every((l) => single.includes(l))), `${re}`).toBe(true);
    }
  });
});

describe('the shared gate pass', () => {
  it('knows every cue pattern from module load, so the first scan builds the automaton once', () => {
    expect(REGISTERED_AT_LOAD.size).toBeGreaterThanOrEqual(30);
    const before = new Set(gatedPatterns().keys());
    for (const rule of RULES) {
      rule.check(textInput('Please pay me in USDT; my camera is broken.', 'text'));
      for (const platform of ['upwork', 'linkedin'] as const) rule.check(profileInput(profile({ about: 'add me on telegram' }, platform)));
    }
    const added = [...gatedPatterns().keys()].filter((re) => !before.has(re));
    expect(added, 'a cue list is not declared with defineCues').toEqual([]);
  });

  it('finds exactly the registered literals a text contains (corpus, per line)', () => {
    const literals = new Set(sharedLiterals());
    // Every cue gate's literals are in the pass, and so are the ones rules declare (front-company words, seized labels).
    for (const l of registeredLiterals()) expect(literals.has(l)).toBe(true);
    for (const l of ['sobaeksu', 'hopanatech']) expect(literals.has(l), l).toBe(true);
    for (const line of corpus().split('\n').slice(0, 4000)) {
      const lower = lowerCased(searchableText(line));
      expect(gateLiteralsIn(lower)).toEqual(new Set([...literals].filter((l) => lower.includes(l))));
    }
  });

  it('answers every cue gate as one substring test per literal would (property)', () => {
    const literals = [...registeredLiterals()];
    // Texts stitched from pieces of gate literals, so literals overlap, end the text, or are cut short.
    const piece = fc.tuple(fc.constantFrom(...literals), fc.nat(), fc.nat()).map(([l, a, b]) => l.slice(Math.min(a, b) % (l.length + 1), Math.max(a, b) % (l.length + 1) || undefined));
    const glue = fc.constantFrom('', ' ', "'", '-', 'é', '\u00a0', 'İ', '\n');
    const text = fc.array(fc.tuple(piece, glue).map(([p, g]) => p + g), { maxLength: 20 }).map((parts) => parts.join(''));
    const patterns = [...gatedPatterns().keys()];
    fc.assert(
      fc.property(text, (raw) => {
        const lower = lowerCased(searchableText(raw));
        for (const re of patterns) expect(mayMatch(re, lower), `${re} on ${JSON.stringify(lower)}`).toBe(oneByOne(re, lower));
      }),
      { numRuns: 300 },
    );
  });

  it('stays right when a pattern is first seen after the text was scanned', () => {
    const lower = 'the zebra crossing was quiet';
    expect(mayMatch([...REGISTERED_AT_LOAD][0]!, lower)).toBe(oneByOne([...REGISTERED_AT_LOAD][0]!, lower));
    expect(mayMatch(/\bzebra\s+crossing\b/gi, lower)).toBe(true);
    expect(mayMatch(/\bpelican\s+bridge\b/gi, lower)).toBe(false);
    expect(mayMatch(/\bzebra\s+crossing\b/gi, 'no such animal')).toBe(false);
    // Same text as the last one read, a new pattern made of literals the pass already knows.
    expect(mayMatch(/\bzebra\s+crossing\b/gi, 'quiet zebra crossing')).toBe(true);
    expect(mayMatch(/\b(?:quiet|pelican)\s+zebra\b/gi, 'quiet zebra crossing')).toBe(true);
    expect(mayMatch(/\b(?:crossing|pelican)\s+bridge\b/gi, 'quiet zebra crossing')).toBe(false);
  });
});
