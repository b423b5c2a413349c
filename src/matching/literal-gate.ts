/**
 * Literal gates for the text rules' patterns.
 *
 * A cue pattern is a long alternation that V8 compiles the first time it runs
 * and compiles again to machine code the second time — about 1–2 ms per
 * pattern on a page's first scan, and 1 µs per pattern per scan afterwards,
 * even when nothing in the text comes close to matching. Most profiles contain
 * none of the words a cue needs, so we first ask a cheaper question: does the
 * text contain any of the literal words *every* match must contain? If not,
 * the pattern cannot match and is never run (nor compiled).
 *
 * The gate is derived from the pattern source, conservatively: it is only
 * built from parts of the pattern that every match must pass through (a
 * literal run, or a group whose every alternative starts with one), and any
 * construct it does not understand makes it give up (`null` = always run).
 * tests/unit/matching/literal-gate.test.ts checks it on every cue pattern.
 */

import { LiteralAutomaton } from './literal-automaton';

/** Shorter literals ("in", "a") are in almost every text and would gate nothing. */
const MIN_LITERAL = 3;
const PLAIN = /[a-z0-9' -]/i;
const QUANTIFIER = /[?*+{]/;

/** Index just after the escape that starts at `src[at]` (a backslash): `\u00A0`, `\x41`, `\p{L}`, `\k<n>`, `\12` … */
function escapeEnd(src: string, at: number): number {
  const c = src[at + 1] ?? '';
  if (c === 'u' && src[at + 2] === '{') return src.indexOf('}', at) + 1 || src.length;
  if (c === 'u') return at + 6;
  if (c === 'x') return at + 4;
  if (c === 'c') return at + 3;
  if (c === 'p' || c === 'P') return src.indexOf('}', at) + 1 || src.length;
  if (c === 'k') return src.indexOf('>', at) + 1 || src.length;
  if (/[0-9]/.test(c)) {
    let j = at + 1;
    while (/[0-9]/.test(src[j] ?? '')) j++;
    return j;
  }
  return at + 2;
}

/** Index just after the character class that opens at `src[at] === '['`, or -1. */
function classEnd(src: string, at: number): number {
  for (let i = at + 1; i < src.length; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === ']') return i + 1;
  }
  return -1;
}

/**
 * Walks the structure of a pattern source from `at`: escapes and character
 * classes are stepped over, and `visit` sees each `(`, `)` and `|` with the
 * group depth before it. Stops when `visit` returns true; answers where it
 * stopped (-1 at the end) and whether the source was balanced up to there.
 */
function walk(src: string, at: number, visit: (i: number, c: string, depth: number) => boolean): { stop: number; balanced: boolean } {
  let depth = 0;
  let inClass = false;
  for (let i = at; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(' || c === ')' || c === '|') {
      if (visit(i, c, depth)) return { stop: i, balanced: true };
      depth += c === '(' ? 1 : c === ')' ? -1 : 0;
      if (depth < 0) return { stop: -1, balanced: false };
    }
  }
  return { stop: -1, balanced: depth === 0 && !inClass };
}

/** Splits `src` on `|` at depth 0 (outside groups and character classes). */
function topLevelBranches(src: string): string[] | null {
  const out: string[] = [];
  let from = 0;
  const { balanced } = walk(src, 0, (i, c, depth) => {
    if (c === '|' && depth === 0) {
      out.push(src.slice(from, i));
      from = i + 1;
    }
    return false;
  });
  if (!balanced) return null;
  out.push(src.slice(from));
  return out;
}

/** Index just after the group that opens at `src[at] === '('`, or -1. */
function groupEnd(src: string, at: number): number {
  const { stop } = walk(src, at, (_i, c, depth) => c === ')' && depth === 1);
  return stop < 0 ? -1 : stop + 1;
}

/** Does a quantifier after position `at` make the preceding atom optional (`?`, `*`, `{0,`)? */
function optionalAfter(src: string, at: number): boolean {
  const c = src[at];
  return c === '?' || c === '*' || (c === '{' && /^\{0[,}]/.test(src.slice(at)));
}

/** Longer literals occur in fewer texts: prefer the gate whose shortest literal is longest, then the smaller set. */
function better(a: string[] | null, b: string[]): string[] {
  if (!a) return b;
  const shortest = (g: string[]) => Math.min(...g.map((l) => l.trim().length));
  const d = shortest(b) - shortest(a);
  return d > 0 || (d === 0 && b.length < a.length) ? b : a;
}

/**
 * Sets of literals such that every match of `branch` (a sequence, no top-level
 * `|`) contains one literal of *each* set, lower-cased; `null` when the branch
 * cannot be read. Every literal run and every non-optional group whose
 * alternatives all have gates gives a set.
 */
function branchSets(branch: string): string[][] | null {
  const sets: string[][] = [];
  let i = 0;
  while (i < branch.length) {
    const c = branch[i]!;
    if (PLAIN.test(c)) {
      let j = i;
      while (j < branch.length && PLAIN.test(branch[j]!)) j++;
      // A quantifier after the run applies to its last character only.
      const run = QUANTIFIER.test(branch[j] ?? '') ? branch.slice(i, j - 1) : branch.slice(i, j);
      if (run.trim().length >= MIN_LITERAL) sets.push([run.toLowerCase()]);
      i = j;
      continue;
    }
    if (c === '(') {
      const end = groupEnd(branch, i);
      if (end < 0) return null;
      const lookaround = /^\(\?(?:[=!]|<[=!])/.test(branch.slice(i, i + 4));
      let bodyStart = i + 1;
      if (branch.startsWith('(?:', i)) bodyStart = i + 3;
      else if (branch.startsWith('(?<', i) && !lookaround) bodyStart = branch.indexOf('>', i) + 1;
      if (!lookaround && !optionalAfter(branch, end)) {
        const alternatives = topLevelBranches(branch.slice(bodyStart, end - 1));
        const gates = alternatives?.map(branchGate);
        if (gates && gates.every((g) => g !== null)) sets.push([...new Set(gates.flat() as string[])]);
      }
      i = end;
      continue;
    }
    if (c === '[') {
      const close = classEnd(branch, i);
      if (close < 0) return null;
      i = close;
      continue;
    }
    // Escapes (`\b`, `\s`, `\.`), quantifiers, anchors and `.` are not literals we rely on: skip them.
    i = c === '\\' ? escapeEnd(branch, i) : i + 1;
  }
  return sets;
}

/**
 * Literals one of which every match of `branch` must contain: the most
 * selective of its sets, or `null` when it has none.
 */
function branchGate(branch: string): string[] | null {
  const sets = branchSets(branch);
  return sets?.reduce<string[] | null>(better, null) ?? null;
}

/**
 * Lower-case literals one of which every match of `re` contains, or `null`
 * when the pattern must always run. Only case-insensitive, non-Unicode
 * patterns are gated: their case folding is ASCII-only, the same as
 * `toLowerCase` on the words we look for.
 */
export function literalGate(re: RegExp): string[] | null {
  if (!re.flags.includes('i') || re.flags.includes('u') || re.flags.includes('v')) return null;
  const branches = topLevelBranches(re.source);
  if (!branches) return null;
  const gates = branches.map(branchGate);
  if (gates.some((g) => g === null)) return null;
  return [...new Set(gates.flat() as string[])];
}

/**
 * The whole gate of `re`: for each top-level alternative, every literal set
 * its matches must meet (see `branchSets`). A match needs, for some
 * alternative, one literal of each of its sets, so requiring all of them
 * skips more texts than `literalGate`'s one set ("outside" *and* "platform",
 * not just "platform"), and is just as safe. `null` = always run.
 */
export function literalGateSets(re: RegExp): string[][][] | null {
  if (!re.flags.includes('i') || re.flags.includes('u') || re.flags.includes('v')) return null;
  const branches = topLevelBranches(re.source);
  if (!branches) return null;
  const gates = branches.map(branchSets);
  if (gates.some((sets) => sets === null || sets.length === 0)) return null;
  return gates as string[][][];
}

// ── The shared pass ─────────────────────────────────────────────────────────
//
// Every registered pattern's gate literals go into one automaton, and a text is
// read once to learn which literals it contains; each pattern's gate is then a
// few array look-ups instead of a scan of its own (with ~40 cue
// patterns the scans were a third of an evaluation). Rule modules declare their
// patterns when they load (`declareGate`, through `defineCues` in text-scan.ts);
// the gates are worked out and the automaton built on the first text, once,
// with every declared pattern (nothing is parsed on pages never scanned). A
// pattern first seen later still works: it is added and the automaton rebuilt.
// Rules may add literals of their own to the same pass (`declareLiterals`).

/** Declared patterns whose gates are not worked out yet. */
const pending = new Set<RegExp>();
/** Per pattern, `literalGateSets` as literal ids: alternatives → sets → ids (null = always run). */
const gates = new Map<RegExp, number[][][] | null>();
/** Every gate literal of every registered pattern, once each; `literalIds` is the reverse index. */
const literals: string[] = [];
const literalIds = new Map<string, number>();
/** Built on demand from `literals`; reset to null when a literal is added. */
let automaton: LiteralAutomaton | null = null;
/** One-entry cache: every text rule asks about the same text in one evaluation. */
let scanned: string | null = null;
let scannedFound: Uint8Array = new Uint8Array(0);

function literalId(lit: string): number {
  let id = literalIds.get(lit);
  if (id === undefined) {
    id = literals.push(lit) - 1;
    literalIds.set(lit, id);
    automaton = null;
  }
  return id;
}

/** Declares a pattern whose gate the shared pass must know; cheap, the work waits for the first text. */
export function declareGate(re: RegExp): void {
  if (!gates.has(re)) pending.add(re);
}

/** The gate of `re` as literal ids, worked out on first use. */
function gateOf(re: RegExp): number[][][] | null {
  let sets = gates.get(re);
  if (sets === undefined) {
    sets = literalGateSets(re)?.map((alternative) => alternative.map((set) => set.map(literalId))) ?? null;
    gates.set(re, sets);
    pending.delete(re);
  }
  return sets;
}

/** The patterns declared or gated so far with their `literalGate` (for tests that check every cue). */
export function gatedPatterns(): Map<RegExp, string[] | null> {
  for (const re of pending) gateOf(re);
  return new Map([...gates.keys()].map((re) => [re, literalGate(re)]));
}

/**
 * Adds literals to the shared pass for a check other than a cue gate (a rule
 * that needs to know whether some words occur in its text), so they are found
 * in the same single read of the text; answers their ids in `literalsIn`'s
 * result. Literals must be lower case: the pass reads the lower-cased text.
 */
export function declareLiterals(list: readonly string[]): number[] {
  return list.map(literalId);
}

/** For each registered literal (by id): does `lower` contain it? One pass per distinct text. */
export function literalsIn(lower: string): Uint8Array {
  if (automaton === null || pending.size > 0) {
    for (const re of pending) gateOf(re);
    automaton ??= new LiteralAutomaton(literals);
    scanned = null;
  }
  if (lower !== scanned) {
    scannedFound = automaton.find(lower);
    scanned = lower;
  }
  return scannedFound;
}

/** Every literal the shared pass looks for, cue gates' and declared ones (for tests). */
export function sharedLiterals(): readonly string[] {
  for (const re of pending) gateOf(re);
  return literals;
}

/** Which registered gate literals occur in `lower` (for tests of the shared pass). */
export function gateLiteralsIn(lower: string): Set<string> {
  const found = literalsIn(lower);
  return new Set(literals.filter((_, id) => found[id] === 1));
}

/** Could `re` match somewhere in `lower` (the text lower-cased)? `true` whenever unsure. */
export function mayMatch(re: RegExp, lower: string): boolean {
  const sets = gateOf(re);
  if (sets === null) return true;
  const found = literalsIn(lower);
  // Some alternative whose every set has a literal in the text (plain loops: this runs for every cue on every scan).
  for (const alternative of sets) {
    let met = true;
    for (const ids of alternative) {
      let any = false;
      for (const id of ids) {
        if (found[id] === 1) {
          any = true;
          break;
        }
      }
      if (!any) {
        met = false;
        break;
      }
    }
    if (met) return true;
  }
  return false;
}
