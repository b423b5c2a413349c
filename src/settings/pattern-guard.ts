import { RE2JS } from 're2js';

/**
 * User and organisation patterns run in RE2JS, a port of RE2: matching time is
 * linear in the text, whatever the pattern, so no pattern can hang the
 * background (the classic `(a+)+$` or sixty `\w?` before a `!` included).
 * Nothing is decided by guessing at the pattern's shape; what is refused is
 * what such an engine cannot do, each with its own reason the user reads:
 *
 *  - back-references (`\1`, `\k<name>`) and lookaround (`(?=…)`, `(?!…)`,
 *    `(?<=…)`, `(?<!…)`): no linear-time engine supports them;
 *  - other JavaScript-only syntax RE2 does not know (e.g. `\p{Letter}`, the
 *    long property names);
 *  - patterns whose compiled program is so large that even linear time is slow
 *    (counted repetitions such as `\w{1,1000}`), and repeat counts above 1000.
 *
 * Patterns are written in JavaScript syntax (what the options page documents);
 * RE2JS translates the few spellings that differ (`(?<name>…)`, `\u00e9`).
 */

export const MAX_PATTERN_LENGTH = 500;
/**
 * Largest compiled program accepted (RE2's "program size", roughly one
 * instruction per character or class the pattern must step through). Linear
 * time is proportional to it: at this size the worst pattern found still runs
 * well inside 50 ms on 100 KB of text (tests/unit/engine/custom-rules.test.ts).
 */
export const MAX_PROGRAM_SIZE = 250;

export type PatternProblem = 'empty' | 'too-long' | 'syntax' | 'backreference' | 'lookaround' | 'unsupported' | 'too-complex';

/** A pattern that passed: the compiled linear-time matcher (case-insensitive, accent-folded). */
export type PatternCheck = { ok: true; matcher: RE2JS } | { ok: false; problem: PatternProblem };

/**
 * Removes accents the same way the matcher folds the text it searches, so a
 * pattern written with `é` still matches text folded to `e`.
 */
export function foldPatternSource(src: string): string {
  return src.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Finds the constructs no linear-time engine runs, outside character classes. Expects valid JavaScript syntax. */
function unsupportedConstruct(src: string): 'backreference' | 'lookaround' | null {
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      const next = src[i + 1];
      if (!inClass && ((next >= '1' && next <= '9') || next === 'k')) return 'backreference';
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(' && src[i + 1] === '?') {
      const kind = src.slice(i + 2, i + 4);
      if (kind[0] === '=' || kind[0] === '!' || kind === '<=' || kind === '<!') return 'lookaround';
    }
  }
  return null;
}

/** Checks a user pattern; on success returns the compiled linear-time matcher. */
export function checkPattern(source: string): PatternCheck {
  if (typeof source !== 'string' || source.trim().length === 0) return { ok: false, problem: 'empty' };
  if (source.length > MAX_PATTERN_LENGTH) return { ok: false, problem: 'too-long' };
  const folded = foldPatternSource(source);
  try {
    // Only parsed, never run: tells a typing mistake from a construct RE2 lacks.
    // `u` keeps classes such as \p{L} available and makes stray escapes an error.
    new RegExp(folded, 'u');
  } catch {
    return { ok: false, problem: 'syntax' };
  }
  const construct = unsupportedConstruct(folded);
  if (construct) return { ok: false, problem: construct };
  let matcher: RE2JS;
  try {
    matcher = RE2JS.compile(RE2JS.translateRegExp(folded), RE2JS.CASE_INSENSITIVE);
  } catch (err) {
    return { ok: false, problem: /repeat count|too large|expression too/i.test(String((err as Error)?.message)) ? 'too-complex' : 'unsupported' };
  }
  if (matcher.programSize() > MAX_PROGRAM_SIZE) return { ok: false, problem: 'too-complex' };
  return { ok: true, matcher };
}

const compiled = new Map<string, PatternCheck>();
const MAX_CACHED = 256;

/**
 * `checkPattern`, remembered per source: the engine runs the same patterns on
 * every profile, and a compiled RE2 program keeps its DFA states warm between
 * runs. Bounded, oldest first out.
 */
export function compiledPattern(source: string): PatternCheck {
  let check = compiled.get(source);
  if (!check) {
    check = checkPattern(source);
    if (compiled.size >= MAX_CACHED) compiled.delete(compiled.keys().next().value!);
    compiled.set(source, check);
  }
  return check;
}
