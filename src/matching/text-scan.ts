/**
 * Phrase scanning shared by the text rules: find a cue in free text, make sure
 * it is a statement the writer makes about themselves (not a product feature
 * in a résumé, not a negated sentence), and quote it with a little context.
 *
 * Why the guards: recruiters paste real résumés, and an honest developer
 * writes "integrated the PayPal SDK" or "built a crypto exchange" — the
 * guidance itself says crypto projects and broad skills are not indicators
 * (shared/advisories.md §4 item 5). A quiet rule is better than an accusing one.
 *
 * Performance: every pattern is compiled once at module load by the rule that
 * owns it; this module only runs them with `matchAll` (which clones, so the
 * shared `g` regexes keep no state between calls) and stops after a bounded
 * number of matches. Gaps inside patterns are bounded (`{0,40}`) and never
 * nested, so there is no catastrophic backtracking on 100 KB of text.
 */

import { PRINTABLE_ASCII_RE } from './entity-match';
import { declareGate, mayMatch } from './literal-gate';
import { INVISIBLE, foldForMatching } from '../core/normalise';
import { expandShorthand } from './chat-shorthand';

/** Markup left in pasted text (`<b>`, `<script …>`): drop the tag, keep the words. */
const TAGS = /<\/?[a-zA-Z][^<>]{0,200}>/g;
// Runs of two or more, or any non-plain space: replacing every single space costs more than the rest together.
const SPACES = /[ \t\f\v\u00A0\u2000-\u200A\u202F\u205F\u3000]{2,}|[\t\f\v\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
const CURLY_APOSTROPHE = /[\u2018\u2019\u02BC]/g;
/**
 * Anything the four replacements above would change: one scan instead of four
 * on the usual text, which has none of it (INVISIBLE's, TAGS' "<", CURLY's and
 * SPACES' characters, and two plain spaces in a row).
 */
const NEEDS_CLEANING = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u00AD<\u2018\u2019\u02BC\t\f\v\u00A0\u2000-\u200A\u202F\u205F\u3000]| {2}/;

/** How many matches of one pattern a rule looks at before giving up (bounds work on hostile text). */
export const MAX_MATCHES_PER_PATTERN = 40;
/** Evidence lines per rule: enough to show a pattern, never the whole text. */
export const MAX_EVIDENCE = 3;
/** Characters of context kept on each side of a cue in a quote. */
const CONTEXT = 60;

let lastRaw: string | null = null;
let lastClean = '';

/**
 * The text as rules search it: invisible marks and tags removed, runs of
 * spaces collapsed (line breaks kept: they end a statement), curly apostrophes
 * made straight. One-entry cache because every text rule calls this on the
 * same input in one evaluation.
 */
export function searchableText(raw: string): string {
  if (raw === lastRaw) return lastClean;
  const text = String(raw);
  // Plain text can only need cleaning for a "<" or two spaces: two plain searches instead of a regex scan.
  const needsCleaning = isPlain(text) ? text.includes('<') || text.includes('  ') : NEEDS_CLEANING.test(text);
  const clean = needsCleaning
    ? text.replace(INVISIBLE, '').replace(TAGS, ' ').replace(CURLY_APOSTROPHE, "'").replace(SPACES, ' ')
    : text;
  lastRaw = raw;
  lastClean = clean;
  return clean;
}

let lastFoldInput: string | null = null;
let lastFolded = '';
let lastFrom: Int32Array | null = null;

/**
 * The text as cues read it: `searchableText`, then folded for matching (NFKC,
 * TS 39 confusable skeletons, invisible and bidi controls removed, accents
 * dropped; see `foldForMatching`), so that full-width letters, Cyrillic
 * look-alikes or a right-to-left override cannot hide a cue; then chat shorthand
 * is written out ("u have acc?" → "you have account?", see chat-shorthand.ts).
 * Plain ASCII text without shorthand is returned as it is. One-entry cache like
 * `searchableText`.
 */
export function matchableText(raw: string): string {
  const clean = searchableText(raw);
  if (clean !== lastFoldInput) {
    const folded = expandShorthand(foldForMatching(clean), clean.length);
    lastFoldInput = clean;
    lastFolded = folded.text;
    lastFrom = folded.from;
  }
  return lastFolded;
}

/** A quote for evidence from text `matchableText` gave: taken from the writer's own characters. */
export function quoteMatched(text: string, start: number, end: number): string {
  if (text === lastFolded && lastFrom && lastFoldInput !== null) {
    let to = lastFrom[end]!;
    // A character that folded to several (a ligature) maps each part to its start: take it whole.
    if (end > start && to === lastFrom[end - 1]) to = lastFrom[end]! + 1;
    return quoteAround(lastFoldInput, lastFrom[start]!, Math.min(to, lastFoldInput.length));
  }
  return quoteAround(text, start, end);
}

let lastMixed: string | null = null;
let lastLower = '';

/** The text lower-cased for literal gates; one-entry cache like `searchableText`. */
export function lowerCased(text: string): string {
  if (text !== lastMixed) {
    lastMixed = text;
    lastLower = text.toLowerCase();
  }
  return lastLower;
}

// Printable ASCII and ordinary line breaks, with tabs (PRINTABLE_ASCII_RE, shared with the
// indicator matchers) or without (PLAIN).
const PLAIN = /^[\n\r -~]*$/;
let lastPlainTested: string | null = null;
let lastPlain = false;

/**
 * Is `text` printable ASCII with line breaks but no tab? The usual profile text
 * is, and then both `searchableText` and `isPrintableAscii` answer without a
 * scan of their own. One-entry cache like `searchableText`.
 */
function isPlain(text: string): boolean {
  if (text !== lastPlainTested) {
    lastPlainTested = text;
    lastPlain = PLAIN.test(text);
  }
  return lastPlain;
}

/**
 * Is `text` printable ASCII (with tabs and line breaks)? Rules that read the
 * raw text with the indicator matchers can then rely on the shared literal
 * pass (its lower-cased text is the raw text in ASCII lower case).
 */
export function isPrintableAscii(text: string): boolean {
  return isPlain(text) || PRINTABLE_ASCII_RE.test(text);
}

/**
 * Does the shared literal pass read exactly this raw text (lower-cased)? True
 * when it is printable ASCII that `searchableText` leaves as it is: then rules
 * that hand the raw text to an indicator matcher may take the pass's answer
 * for the matcher's first look instead of scanning again.
 */
export function literalPassReadsRaw(raw: string): boolean {
  return isPrintableAscii(raw) && searchableText(raw) === raw;
}

/** A rule's text with extra lines it also reads (employer links, places); unchanged when there are none. */
export function withLines(text: string, lines: string): string {
  return lines ? `${text}\n${lines}` : text;
}

const STATEMENT_END = /[.!?;\n]/;

/** The statement (sentence or line) around [start, end), bounded to `CONTEXT` chars each side. */
export function statementAround(
  text: string,
  start: number,
  end: number,
  context = CONTEXT,
): { text: string; from: number; cutStart: boolean; cutEnd: boolean } {
  let from = start;
  const minFrom = Math.max(0, start - context);
  while (from > minFrom && !STATEMENT_END.test(text[from - 1]!)) from--;
  let to = end;
  const maxTo = Math.min(text.length, end + context);
  while (to < maxTo && !STATEMENT_END.test(text[to]!)) to++;
  if (to < text.length && to < maxTo && text[to] !== '\n') to++; // keep the full stop / question mark
  return {
    text: text.slice(from, to).trim(),
    from,
    cutStart: from > 0 && !STATEMENT_END.test(text[from - 1]!),
    cutEnd: to < text.length && !STATEMENT_END.test(text[to - 1]!),
  };
}

/** A quote for evidence: the statement around a cue, with ellipses where it was cut. */
export function quoteAround(text: string, start: number, end: number): string {
  const s = statementAround(text, start, end);
  return `${s.cutStart ? '…' : ''}${s.text}${s.cutEnd ? '…' : ''}`;
}

export interface CueOptions {
  /**
   * Skip the match when the statement around it matches this (e.g. product
   * or project wording in a résumé: "built", "integrated", "SDK"). Must not
   * be a global regex (`test` on a `g` regex keeps state).
   */
  unless?: RegExp;
  /**
   * Negation, refusal and quotation are read for every cue ("never", "do not",
   * `not interested in any "account rental" offers`); `false` only for a cue
   * whose own words are the negation.
   */
  negatable?: boolean;
  /** Extra per-match check on the matched text and its statement. */
  accept?: (match: RegExpMatchArray, statement: string) => boolean;
}

export interface Cue extends CueOptions {
  /** A global (`g`), case-insensitive pattern compiled at module load. */
  pattern: RegExp;
}

/**
 * Declares a rule's cues, so that the shared gate pass (literal-gate.ts) knows
 * every cue's pattern when the first text arrives and builds its automaton once,
 * instead of again each time a rule runs for the first time.
 */
export function defineCues(cues: readonly Cue[]): readonly Cue[] {
  for (const cue of cues) declareGate(cue.pattern);
  return cues;
}

/**
 * Résumé and product wording: a cue inside a statement like this describes
 * work the candidate did, not something they ask of the employer. Words that
 * people also use of themselves ("my application", "our users") are left out:
 * "the address on my application" is the candidate's own address.
 */
export const PRODUCT_CONTEXT =
  /\b(?:built|build|building|develop(?:ed|ing)?|implement(?:ed|ing|s)?|integrat(?:ed|ing|ion|ions|es?)|engineered|designed|architected|launched|shipped|maintain(?:ed|ing)?|migrat(?:ed|ing)|automated|sdk|api|apis|gateway|checkout|plugin|module|library|feature|features|dashboard|(?:web|mobile|desktop|saas|iOS|android) apps?|(?:web|mobile|desktop|saas|software) applications?|platform for|end users|customers|merchants|dapp|smart contracts?|wallet app|exchange platform|backend|frontend|microservices?)\b/i;

// Only the few words just before the cue, inside the same statement: a negation, a refusal or a warning.
const NEGATION_BEFORE =
  /\b(?:never|not|no|don't|dont|do not|doesn't|does not|didn't|did not|won't|will not|wouldn't|would not|refuse to|refused to|avoid|avoiding|decline[ds]?|reject(?:ed|s)?|against|beware of|watch out for|be careful (?:of|with)|warn(?:ed|ing|s)? (?:you |people |others )?(?:about|against|of)|report(?:ed|ing)?|scams? like)\s+(?:[\w']+\s+){0,4}$/i;
/** Quotation marks, so that a quoted phrase reads as the words around it: `not interested in any "account rental" offers`. */
const QUOTE_MARKS = /["\u201C\u201D\u201E\u00AB\u00BB\u2039\u203A]|(?<![\w])['\u2018\u2019]|['\u2018\u2019](?![\w])/g;
const OPEN_QUOTE = /["\u201C\u201E\u00AB\u2039]|(?<![\w])['\u2018]/g;
/** A statement that mentions a quoted phrase to refuse it, report it or warn about it. */
const REFUSAL = /\b(?:not interested|no thanks|no thank you|declined?|refused?|reject(?:ed)?|report(?:ed)?|scam\w*|fraud\w*|beware|warn(?:ed|ing)?|suspicious|phishing|spam)\b/i;

/**
 * Is the match at `matchStart` negated, refused or warned about? Handled here,
 * once, for every cue of every rule: the words just before the cue (quotation
 * marks ignored), or, for a cue inside quotation marks, a refusal anywhere in
 * its statement ("we got another 'rent your account' offer and reported it").
 */
function negated(text: string, statement: { from: number; text: string }, matchStart: number): boolean {
  const before = text.slice(Math.max(statement.from, matchStart - 60), matchStart);
  if (NEGATION_BEFORE.test(before.replace(QUOTE_MARKS, ''))) return true;
  const opens = before.match(OPEN_QUOTE)?.length ?? 0;
  return opens > 0 && REFUSAL.test(statement.text);
}

/** Run cues over already-searchable text and return up to `MAX_EVIDENCE` distinct quotes. */
export function findCues(text: string, cues: readonly Cue[], limit = MAX_EVIDENCE): string[] {
  const quotes: string[] = [];
  let seen: Set<string> | null = null;
  const lower = lowerCased(text);
  for (const cue of cues) {
    // Most texts lack every word a cue needs: skip the pattern without running (or compiling) it.
    if (!mayMatch(cue.pattern, lower)) continue;
    seen ??= new Set<string>();
    let n = 0;
    for (const m of text.matchAll(cue.pattern)) {
      if (++n > MAX_MATCHES_PER_PATTERN) break;
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const statement = statementAround(text, start, end, 120);
      if (cue.unless?.test(statement.text)) continue;
      if (cue.negatable !== false && negated(text, statement, start)) continue;
      if (cue.accept && !cue.accept(m, statement.text)) continue;
      const quote = quoteMatched(text, start, end);
      if (seen.has(quote)) continue;
      seen.add(quote);
      quotes.push(quote);
      if (quotes.length >= limit) return quotes;
    }
  }
  return quotes;
}

/** The usual text-rule check: each quote its cues find, worded by the rule as an evidence line, or null when none. */
export function cueEvidence(text: string, cues: readonly Cue[], line: (quote: string) => string): string[] | null {
  const quotes = findCues(matchableText(text), cues);
  return quotes.length ? quotes.map(line) : null;
}
