import { LiteralAutomaton } from './literal-automaton';
import { FRONT_COMPANIES, type FrontCompany } from '../advisories/front-companies';
import { SEIZED_DOMAINS, type SeizedDomain } from '../advisories/seized-domains';

/**
 * Exact matching of pasted or extracted text against the indicator data
 * (shared/advisories.md §3.1 seized domains, §3.2 designated entities).
 * Never fuzzy: §4 item 8 allows only exact entity/alias matches. Both matchers
 * are precompiled at module load and scan the text once, so a 100 KB résumé
 * costs one linear pass, not one pass per entry.
 */

/** Texts longer than this are cut: a profile's text is bounded at 200 KB anyway (src/core/rule-input.ts). */
const MAX_SCAN_CHARS = 1_000_000;
/** A page that names hundreds of hosts is not a candidate's résumé; stop collecting. */
const MAX_RESULTS = 50;

// ── Seized domains ────────────────────────────────────────────────────────────

const domainIndex = new Map(SEIZED_DOMAINS.map((d) => [d.domain, d]));

/**
 * Runs of dot-separated labels, as host names appear in URLs (`https://www.x.com/`),
 * e-mail addresses (`a@x.com`) and bare text (`x.com`). The pattern has no failing
 * tail, so it never backtracks (linear on hostile input such as `a.a.a.…`). The
 * look-behind keeps a run from starting inside a longer word, so
 * `notinditechlab.com` is read whole and never as `inditechlab.com`.
 */
const HOST_RUN_RE = /(?<![\p{L}\p{N}_-])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
/** RFC 1035 limit: a longer run is not one host; only its last 253 characters can be. */
const MAX_HOST = 253;

function hostOf(run: string): string {
  let host = run.toLowerCase();
  if (host.length > MAX_HOST) {
    host = host.slice(-MAX_HOST);
    host = host.slice(host.indexOf('.') + 1);
  }
  return host;
}

/** Undo the usual defanging (`x[.]com`, `x(.)com`) and odd full stops so hosts read as hosts. */
function refang(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[[(]\.[\])]|\u3002|\uFF61/g, '.')
    // Invisible format characters (zero-width, bidi marks, soft hyphen) can hide a host from a reader.
    .replace(/[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g, '');
}

/** Is `host` the registrable domain of an entry or a subdomain of it? Walks the host's label suffixes. */
function seizedEntryFor(host: string): SeizedDomain | undefined {
  let rest = host;
  for (;;) {
    const hit = domainIndex.get(rest);
    if (hit) return hit;
    const dot = rest.indexOf('.');
    if (dot < 0) return undefined;
    rest = rest.slice(dot + 1);
  }
}

/**
 * Every hit is a host that ends with a seized domain, and a host is a piece of
 * the text: so unless the lower-cased text contains some seized domain, there
 * is nothing to find. Checking that first spares the Unicode host pattern
 * (costly to compile on a page's first scan) on almost every profile.
 */
// Entries are lower-case `label.label` names (checked in tests/unit/advisories/data.test.ts): only the dots need escaping.
const SEIZED_DOMAIN_SCAN = new RegExp(SEIZED_DOMAINS.map((d) => d.domain.replaceAll('.', '\\.')).join('|'));

function mayNameSeizedDomain(text: string): boolean {
  return SEIZED_DOMAIN_SCAN.test(text.toLowerCase());
}

/** Printable ASCII and ordinary white space: text that NFKC and the invisible-mark removal leave alone. */
export const PRINTABLE_ASCII_RE = /^[\t\n\r -~]*$/;

/**
 * A cheaper look before refanging (which normalises the whole text): in plain
 * ASCII text, refanging only turns "[.]" and "(.)" into dots, so each seized
 * domain's first label ("hopanatech") reads the same before and after. So text
 * with nothing outside printable ASCII and none of those labels (in any case)
 * cannot name a seized domain: one regex scan answers both.
 */
export const SEIZED_DOMAIN_LABELS: readonly string[] = SEIZED_DOMAINS.map((d) => d.domain.slice(0, d.domain.indexOf('.')));
const SEIZED_FIRST_LOOK = new RegExp(`[^\\t\\n\\r -~]|${SEIZED_DOMAIN_LABELS.join('|')}`, 'i');

/**
 * Could `text` name a seized domain? `false` only when it is printable ASCII
 * without any seized domain's first label (see above); callers that already
 * know which words a text has may check the labels themselves.
 */
export function mayHaveSeizedDomain(text: string): boolean {
  return SEIZED_FIRST_LOOK.test(text.slice(0, MAX_SCAN_CHARS));
}

export function matchSeizedDomains(text: string): { entry: SeizedDomain; matched: string }[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const out: { entry: SeizedDomain; matched: string }[] = [];
  const seen = new Set<string>();
  try {
    const head = text.slice(0, MAX_SCAN_CHARS);
    if (!mayHaveSeizedDomain(head)) return out;
    const source = refang(head);
    if (!mayNameSeizedDomain(source)) return out;
    for (const m of source.matchAll(HOST_RUN_RE)) {
      const host = hostOf(m[0]);
      if (seen.has(host)) continue;
      seen.add(host);
      const entry = seizedEntryFor(host);
      if (entry) out.push({ entry, matched: host });
      if (out.length >= MAX_RESULTS) break;
    }
  } catch {
    // Matching is a signal source, never a reason to break a scan.
  }
  return out;
}

// ── Designated entities ───────────────────────────────────────────────────────

/** Scripts written without spaces: each character is its own token so names still match on "word" edges. */
const UNSPACED_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const UNSPACED_SPLIT_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;
const WORD_RE = /[\p{L}\p{M}\p{N}'’\u00AD\u200C\u200D]+/gu;
const PLAIN_ASCII_RE = /^[A-Za-z0-9]+$/;

/**
 * Legal-form words spelled several ways ("Co., Ltd." / "Co Ltd" / "Company Limited").
 * Punctuation is already gone when these apply. Multi-word forms first.
 */
const SUFFIX_PHRASES: ReadonlyArray<[readonly string[], string]> = [
  [['limited', 'liability', 'company'], 'llc'],
  [['l', 'l', 'c'], 'llc'],
];
const SUFFIX_WORDS: Readonly<Record<string, string>> = {
  limited: 'ltd',
  company: 'co',
  corporation: 'corp',
  incorporated: 'inc',
};
const LEGAL_FORMS = new Set(['llc', 'ltd', 'co', 'corp', 'inc', 'plc', 'gmbh', 'jsc', 'ooo']);

/** Parallel arrays (not one object per word) keep a 100 KB scan cheap. */
interface Tokens {
  norm: string[];
  start: number[];
  end: number[];
}

/** Lower-case, accents off, apostrophes and invisible joiners removed. */
function normWord(word: string): string {
  if (PLAIN_ASCII_RE.test(word)) return word.toLowerCase();
  return word
    .normalize('NFKD')
    .replace(/[\p{M}'’\u00AD\u200C\u200D]/gu, '')
    .toLowerCase();
}

function pushToken(out: Tokens, norm: string, start: number, end: number): void {
  if (!norm) return;
  out.norm.push(SUFFIX_WORDS[norm] ?? norm);
  out.start.push(start);
  out.end.push(end);
}

function tokenize(text: string): Tokens {
  const out: Tokens = { norm: [], start: [], end: [] };
  for (const m of text.matchAll(WORD_RE)) {
    const word = m[0];
    const at = m.index;
    if (!UNSPACED_RE.test(word)) {
      pushToken(out, normWord(word), at, at + word.length);
      continue;
    }
    for (const part of word.matchAll(UNSPACED_SPLIT_RE)) {
      pushToken(out, normWord(part[0]), at + part.index, at + part.index + part[0].length);
    }
  }
  // Fold multi-word legal forms ("Limited Liability Company", "L.L.C.") into one token, in one pass.
  const { norm, start, end } = out;
  if (!norm.includes('l') && !norm.includes('liability')) return out;
  const folded: Tokens = { norm: [], start: [], end: [] };
  for (let i = 0; i < norm.length; i++) {
    const phrase =
      norm[i] === 'ltd' || norm[i] === 'l'
        ? SUFFIX_PHRASES.find(([words]) => words.every((w, k) => (SUFFIX_WORDS[w] ?? w) === norm[i + k]))
        : undefined;
    const n = phrase ? phrase[0].length : 1;
    folded.norm.push(phrase ? phrase[1] : norm[i]);
    folded.start.push(start[i]);
    folded.end.push(end[i + n - 1]);
    i += n - 1;
  }
  return folded;
}

interface Pattern {
  words: readonly string[];
  entry: FrontCompany;
}

/**
 * Every name and alias as a token sequence, plus the same name without its trailing legal form
 * when at least two distinctive words remain ("Korea Sinjin Trading" for "… Corporation").
 * A one-word core ("Fortuna") is never matched without its legal form.
 */
function compilePatterns(): Map<string, Pattern[]> {
  const byFirst = new Map<string, Pattern[]>();
  const seen = new Set<string>();
  const add = (words: string[], entry: FrontCompany) => {
    const key = words.join(' ');
    if (words.length === 0 || seen.has(key)) return;
    seen.add(key);
    const list = byFirst.get(words[0]) ?? [];
    list.push({ words, entry });
    byFirst.set(words[0], list);
  };
  for (const entry of FRONT_COMPANIES) {
    for (const name of [entry.name, ...entry.aliases]) {
      const words = tokenize(name).norm;
      add(words, entry);
      let core = words.length;
      while (core > 0 && LEGAL_FORMS.has(words[core - 1])) core--;
      if (core < words.length && core >= 2) add(words.slice(0, core), entry);
    }
  }
  // Longest first, so "Korea Sobaeksu Trading Corporation" wins over a shorter core at the same spot.
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
}

const patternsByFirstWord = compilePatterns();

/*
 * A cheap first look for plain ASCII text (the tokenizer was a fifth of
 * an evaluation). Every word of a pattern is a token of any match, and a token
 * of ASCII text is its text lower-cased with apostrophes removed — except
 * legal forms, which other spellings also produce ("Limited" → `ltd`, "L.L.C."
 * → `llc`). So a pattern can only match if each of its other words occurs in
 * the text read that way, and one automaton pass over the text finds which do.
 * Patterns in other scripts (Han names) cannot match ASCII text and are left
 * out; a pattern with no word to look for would make the look useless (`null`:
 * always tokenize).
 */

let wordSets: string[][] | null | undefined;

/**
 * For each pattern that can match ASCII text, the words every match has as
 * tokens read as above (its words other than legal forms); `null` when some
 * pattern has no such word, so no look can rule it out.
 */
function frontCompanyWordSets(): readonly (readonly string[])[] | null {
  if (wordSets !== undefined) return wordSets;
  wordSets = [];
  for (const list of patternsByFirstWord.values()) {
    for (const { words: pattern } of list) {
      if (!pattern.every((w) => /^[ -~]+$/.test(w))) continue;
      const gate = pattern.filter((w) => !LEGAL_FORMS.has(w) && !Object.values(SUFFIX_WORDS).includes(w));
      if (gate.length === 0 || !gate.every((w) => /^[a-z0-9]+$/.test(w))) return (wordSets = null);
      wordSets.push(gate);
    }
  }
  return wordSets;
}

export interface FrontCompanyWordIndex {
  /** The distinct words of `frontCompanyWordSets()`. */
  words: readonly string[];
  /** Per pattern, the indexes in `words` of its words. */
  sets: readonly (readonly number[])[];
}

let wordIndex: FrontCompanyWordIndex | null | undefined;

/** `frontCompanyWordSets()` as distinct words plus indexes: the form both first looks read. */
export function frontCompanyWordIndex(): FrontCompanyWordIndex | null {
  if (wordIndex !== undefined) return wordIndex;
  const sets = frontCompanyWordSets();
  if (!sets) return (wordIndex = null);
  const words = [...new Set(sets.flat())];
  return (wordIndex = { words, sets: sets.map((set) => set.map((w) => words.indexOf(w))) });
}

function buildFirstLook(): { automaton: LiteralAutomaton; patterns: readonly (readonly number[])[] } | null {
  const index = frontCompanyWordIndex();
  return index && { automaton: new LiteralAutomaton(index.words, { asciiCaseInsensitive: true, ignore: "'" }), patterns: index.sets };
}

/** Built on the first text this matcher reads, not when the module loads. */
let firstLook: ReturnType<typeof buildFirstLook> | undefined;

function cannotMatchFrontCompany(text: string): boolean {
  if (!PRINTABLE_ASCII_RE.test(text)) return false;
  if (firstLook === undefined) firstLook = buildFirstLook();
  if (!firstLook) return false;
  const found = firstLook.automaton.find(text);
  return !firstLook.patterns.some((ids) => ids.every((id) => found[id] === 1));
}

export function matchFrontCompanies(text: string): { entry: FrontCompany; matched: string }[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const out: { entry: FrontCompany; matched: string }[] = [];
  const seen = new Set<string>();
  try {
    const source = text.slice(0, MAX_SCAN_CHARS);
    if (cannotMatchFrontCompany(source)) return out;
    const { norm, start, end } = tokenize(source);
    for (let i = 0; i < norm.length; i++) {
      const candidates = patternsByFirstWord.get(norm[i]);
      if (!candidates) continue;
      const hit = candidates.find((p) => p.words.every((w, k) => norm[i + k] === w));
      if (!hit) continue;
      const matched = source.slice(start[i], end[i + hit.words.length - 1]).replace(/\s+/g, ' ');
      const key = `${hit.entry.name}\u0000${matched.toLowerCase()}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push({ entry: hit.entry, matched });
        if (out.length >= MAX_RESULTS) break;
      }
      i += hit.words.length - 1;
    }
  } catch {
    // Matching is a signal source, never a reason to break a scan.
  }
  return out;
}
