/**
 * The static guard for user-written regular expressions.
 *
 * A custom rule runs on every profile page the recruiter opens, inside the
 * content script. JavaScript has no regex timeout, so a pattern that can
 * backtrack exponentially — `(a+)+$`, `(a|a)*b`, `^(\w+\s?)*$` — would freeze
 * the host page. We therefore accept only a safe subset, decided *before* the
 * pattern is saved or run:
 *
 *  - no backreferences and no lookaround (they defeat every bound below);
 *  - no repetition inside a repeated group ("star height" 1 at most);
 *  - a repeated group with alternatives only when they are plain literals that
 *    cannot both match at the same place (so `(cat|dog)+` is fine, `(a|ab)+` not);
 *  - two long repetitions that can match the same characters only when a
 *    mandatory character neither can swallow stands between them, which rules
 *    out polynomial forms such as `.*.*.*z` or `\w+\w+$`;
 *  - explicit bounds of at most 1000, and at most 6 long repetitions.
 *
 * The run-time half (bounded chunks, a match cap and a time budget) lives in
 * src/engine/custom-rules.ts.
 */

export const MAX_PATTERN_LENGTH = 500;
const MAX_EXPLICIT_BOUND = 1000;
const MAX_LONG_REPEATS = 6;
/** A quantifier whose range spans this many characters or more counts as a "long repetition". */
const LONG_REPEAT_SPAN = 8;

export type PatternProblem =
  | 'empty'
  | 'too-long'
  | 'syntax'
  | 'backreference'
  | 'lookaround'
  | 'nested-repetition'
  | 'ambiguous-alternation'
  | 'overlapping-repetition'
  | 'bound-too-large'
  | 'too-many-repetitions';

export type PatternCheck = { ok: true; regex: RegExp } | { ok: false; problem: PatternProblem };

interface Quant {
  min: number;
  max: number;
}

type Node =
  | { kind: 'atom'; src: string; quant: Quant | null; zeroWidth: boolean }
  | { kind: 'group'; alternatives: Node[][]; quant: Quant | null };

class GuardError extends Error {
  constructor(readonly problem: PatternProblem) {
    super(problem);
  }
}

/**
 * Removes accents the same way the matcher folds the text it searches, so a
 * pattern written with `é` still matches text folded to `e`.
 */
export function foldPatternSource(src: string): string {
  return src.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Checks a user pattern; on success returns the compiled (case-insensitive, accent-folded) expression. */
export function checkPattern(source: string): PatternCheck {
  if (typeof source !== 'string' || source.trim().length === 0) return { ok: false, problem: 'empty' };
  if (source.length > MAX_PATTERN_LENGTH) return { ok: false, problem: 'too-long' };
  const folded = foldPatternSource(source);
  let regex: RegExp;
  try {
    // `u` keeps classes such as \p{L} available and makes stray escapes an error instead of a silent literal.
    regex = new RegExp(folded, 'giu');
  } catch {
    return { ok: false, problem: 'syntax' };
  }
  try {
    const tree = new Parser(folded).parse();
    inspect(tree, false);
    checkLongRepeats(tree);
  } catch (err) {
    if (err instanceof GuardError) return { ok: false, problem: err.problem };
    return { ok: false, problem: 'syntax' };
  }
  return { ok: true, regex };
}

class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  parse(): Node[][] {
    const alts = this.alternatives();
    if (this.i < this.s.length) throw new GuardError('syntax');
    return alts;
  }

  private alternatives(): Node[][] {
    const alts: Node[][] = [this.sequence()];
    while (this.s[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts;
  }

  private sequence(): Node[] {
    const seq: Node[] = [];
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const node = this.term();
      node.quant = this.quantifier();
      seq.push(node);
    }
    return seq;
  }

  private term(): Node {
    const s = this.s;
    const c = s[this.i];
    if (c === '(') {
      this.i++;
      if (s.startsWith('?<=', this.i) || s.startsWith('?<!', this.i) || s.startsWith('?=', this.i) || s.startsWith('?!', this.i)) {
        throw new GuardError('lookaround');
      }
      if (s.startsWith('?:', this.i)) this.i += 2;
      else if (s.startsWith('?<', this.i)) {
        const end = s.indexOf('>', this.i);
        if (end < 0) throw new GuardError('syntax');
        this.i = end + 1;
      } else if (s[this.i] === '?') throw new GuardError('syntax');
      const alternatives = this.alternatives();
      if (s[this.i] !== ')') throw new GuardError('syntax');
      this.i++;
      return { kind: 'group', alternatives, quant: null };
    }
    if (c === '[') {
      const start = this.i;
      this.i++;
      if (s[this.i] === '^') this.i++;
      if (s[this.i] === ']') this.i++;
      while (this.i < s.length && s[this.i] !== ']') this.i += s[this.i] === '\\' ? 2 : 1;
      if (this.i >= s.length) throw new GuardError('syntax');
      this.i++;
      return { kind: 'atom', src: s.slice(start, this.i), quant: null, zeroWidth: false };
    }
    if (c === '\\') return this.escape();
    this.i++;
    return { kind: 'atom', src: c, quant: null, zeroWidth: c === '^' || c === '$' };
  }

  private escape(): Node {
    const s = this.s;
    const start = this.i;
    const next = s[this.i + 1];
    if (next === undefined) throw new GuardError('syntax');
    if (/[1-9]/.test(next) || (next === 'k' && s[this.i + 2] === '<')) throw new GuardError('backreference');
    this.i += 2;
    if ((next === 'u' || next === 'p' || next === 'P') && s[this.i] === '{') {
      const end = s.indexOf('}', this.i);
      if (end < 0) throw new GuardError('syntax');
      this.i = end + 1;
    } else if (next === 'u') this.i += 4;
    else if (next === 'x') this.i += 2;
    else if (next === 'c') this.i += 1;
    const zeroWidth = next === 'b' || next === 'B';
    return { kind: 'atom', src: s.slice(start, this.i), quant: null, zeroWidth };
  }

  private quantifier(): Quant | null {
    const s = this.s;
    let q: Quant | null = null;
    const c = s[this.i];
    if (c === '*') q = { min: 0, max: Infinity };
    else if (c === '+') q = { min: 1, max: Infinity };
    else if (c === '?') q = { min: 0, max: 1 };
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.i, this.i + 24));
      if (m) {
        const min = Number(m[1]);
        const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
        if (min > MAX_EXPLICIT_BOUND || (max !== Infinity && max > MAX_EXPLICIT_BOUND)) throw new GuardError('bound-too-large');
        this.i += m[0].length - 1;
        q = { min, max };
      }
    }
    if (!q) return null;
    this.i++;
    if (s[this.i] === '?') this.i++; // lazy: same backtracking risk, same rules
    return q;
  }
}

const repeats = (q: Quant | null): boolean => q !== null && q.max > 1;
const varies = (q: Quant | null): boolean => q !== null && q.max !== q.min;
const isLong = (q: Quant | null): boolean => q !== null && q.max - q.min >= LONG_REPEAT_SPAN;

/** Star height and alternation checks; `insideRepeat` is true below a repeated group. */
function inspect(alternatives: Node[][], insideRepeat: boolean): void {
  for (const seq of alternatives) {
    for (const node of seq) {
      if (insideRepeat && varies(node.quant)) throw new GuardError('nested-repetition');
      if (node.kind !== 'group') continue;
      const repeated = repeats(node.quant);
      if (repeated && node.alternatives.length > 1 && !literalAlternativesAreDistinct(node.alternatives)) {
        throw new GuardError('ambiguous-alternation');
      }
      inspect(node.alternatives, insideRepeat || repeated);
    }
  }
}

function literalText(seq: Node[]): string | null {
  let out = '';
  for (const node of seq) {
    if (node.kind !== 'atom' || node.quant || node.zeroWidth) return null;
    if (/^[\p{L}\p{N} _@.#:/-]$/u.test(node.src) && node.src !== '.') out += node.src.toLowerCase();
    else if (/^\\[.\\/()[\]{}*+?|^$-]$/.test(node.src)) out += node.src[1];
    else return null;
  }
  return out;
}

function literalAlternativesAreDistinct(alternatives: Node[][]): boolean {
  const words = alternatives.map(literalText);
  if (words.some((w) => w === null || w.length === 0)) return false;
  const list = words as string[];
  return list.every((a, i) => list.every((b, j) => i === j || !b.startsWith(a)));
}

/** Characters used to decide whether two atoms can match the same character. */
const SAMPLE_CHARS = (() => {
  const out: string[] = ['\t', '\n', '\u00a0', 'é', 'ß', 'ж', 'я', '中', '٣', 'ü', '\u200f', '😀'];
  for (let c = 0x20; c < 0x7f; c++) out.push(String.fromCharCode(c));
  return out;
})();

interface Repeat {
  /** Sample characters the repeated atom matches; `null` means "anything" (a group). */
  chars: Set<string> | null;
}

function charsOf(node: Node): Set<string> | null {
  if (node.kind === 'group') return null;
  try {
    const re = new RegExp(`^(?:${node.src})$`, 'iu');
    return new Set(SAMPLE_CHARS.filter((c) => re.test(c)));
  } catch {
    return null;
  }
}

function overlaps(a: Set<string> | null, b: Set<string> | null): boolean {
  if (a === null || b === null) return true;
  for (const c of a) if (b.has(c)) return true;
  return false;
}

/**
 * Polynomial backtracking needs two long repetitions that can trade characters
 * with each other. Walk the pattern in order, tracking the last long repetition
 * and whether a mandatory character it cannot match has appeared since.
 */
function checkLongRepeats(tree: Node[][]): void {
  let count = 0;
  const walk = (alternatives: Node[][], last: Repeat | null, mandatory: boolean): Repeat | null => {
    let result: Repeat | null = last;
    for (const seq of alternatives) {
      let current = last;
      const branchMandatory = mandatory && alternatives.length === 1;
      for (const node of seq) {
        const nodeMandatory = branchMandatory && (node.quant === null || node.quant.min >= 1);
        if (isLong(node.quant)) {
          count++;
          if (count > MAX_LONG_REPEATS) throw new GuardError('too-many-repetitions');
          const chars = charsOf(node);
          if (current && overlaps(current.chars, chars)) throw new GuardError('overlapping-repetition');
          current = { chars };
          if (node.kind === 'group') current = walk(node.alternatives, current, false) ?? current;
          continue;
        }
        if (node.kind === 'group') {
          current = walk(node.alternatives, current, nodeMandatory);
          continue;
        }
        if (current && nodeMandatory && !node.zeroWidth) {
          const chars = charsOf(node);
          if (chars && current.chars && ![...chars].some((c) => current!.chars!.has(c))) current = null;
        }
      }
      // Any branch leaving a repetition open keeps it open after the group.
      if (current) result = current;
      else if (alternatives.length === 1) result = null;
    }
    return result;
  };
  walk(tree, null, true);
}
