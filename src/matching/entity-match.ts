import { LiteralAutomaton } from './literal-automaton';

/**
 * Exact matching of pasted or extracted text against lists the rules hand in:
 * domains (the seized-domain rule passes shared/advisories.md §3.1) and
 * organisation names with their aliases (the designated-entity rule passes
 * §3.2). Never fuzzy: §4 item 8 allows only exact entity/alias matches. Each
 * matcher is compiled once from its list, when the rule module loads, and
 * scans a text once, so a 100 KB résumé costs one linear pass, not one pass
 * per entry.
 */

/** Texts longer than this are cut: a profile's text is bounded at 200 KB anyway (src/core/rule-input.ts). */
const MAX_SCAN_CHARS = 1_000_000;
/** A page that names hundreds of hosts is not a candidate's résumé; stop collecting. */
const MAX_RESULTS = 50;

// ── Domains ───────────────────────────────────────────────────────────────────

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

/** Printable ASCII and ordinary white space: text that NFKC and the invisible-mark removal leave alone. */
export const PRINTABLE_ASCII_RE = /^[\t\n\r -~]*$/;

/**
 * Finds hosts on a list of domains, or on their subdomains. Entries are
 * lower-case `label.label` names (the seized-domain data is checked for it in
 * tests/unit/advisories/data.test.ts), so only their dots need escaping.
 */
export class DomainMatcher<T extends { readonly domain: string }> {
  /**
   * Each domain's first label ("hopanatech"). In plain ASCII text, refanging
   * only turns "[.]" and "(.)" into dots, so a first label reads the same
   * before and after: text with nothing outside printable ASCII and none of
   * these labels (in any case) cannot name a listed domain.
   */
  readonly labels: readonly string[];
  private readonly byDomain: Map<string, T>;
  /**
   * Every hit is a host that ends with a listed domain, and a host is a piece
   * of the text: so unless the lower-cased text contains some listed domain,
   * there is nothing to find. Checking that first spares the Unicode host
   * pattern (costly to compile on a page's first scan) on almost every profile.
   */
  private readonly anyDomain: RegExp;
  /** The cheaper look before refanging (which normalises the whole text): see `labels`. One regex scan answers both. */
  private readonly firstLook: RegExp;

  constructor(entries: readonly T[]) {
    this.byDomain = new Map(entries.map((d) => [d.domain, d]));
    this.labels = entries.map((d) => d.domain.slice(0, d.domain.indexOf('.')));
    this.anyDomain = new RegExp(entries.map((d) => d.domain.replaceAll('.', '\\.')).join('|'));
    this.firstLook = new RegExp(`[^\\t\\n\\r -~]|${this.labels.join('|')}`, 'i');
  }

  /**
   * Could `text` name a listed domain? `false` only when it is printable ASCII
   * without any domain's first label (see `labels`); callers that already
   * know which words a text has may check the labels themselves.
   */
  mayHave(text: string): boolean {
    return this.firstLook.test(text.slice(0, MAX_SCAN_CHARS));
  }

  match(text: string): { entry: T; matched: string }[] {
    if (typeof text !== 'string' || text.length === 0) return [];
    const out: { entry: T; matched: string }[] = [];
    const seen = new Set<string>();
    try {
      const head = text.slice(0, MAX_SCAN_CHARS);
      if (!this.mayHave(head)) return out;
      const source = refang(head);
      if (!this.anyDomain.test(source.toLowerCase())) return out;
      for (const m of source.matchAll(HOST_RUN_RE)) {
        const host = hostOf(m[0]);
        if (seen.has(host)) continue;
        seen.add(host);
        const entry = this.entryFor(host);
        if (entry) out.push({ entry, matched: host });
        if (out.length >= MAX_RESULTS) break;
      }
    } catch {
      // Matching is a signal source, never a reason to break a scan.
    }
    return out;
  }

  /** Is `host` a listed domain or a subdomain of one? Walks the host's label suffixes. */
  private entryFor(host: string): T | undefined {
    let rest = host;
    for (;;) {
      const hit = this.byDomain.get(rest);
      if (hit) return hit;
      const dot = rest.indexOf('.');
      if (dot < 0) return undefined;
      rest = rest.slice(dot + 1);
    }
  }
}

// ── Organisation names ────────────────────────────────────────────────────────

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

/** An organisation with the names it goes by: the form `EntityNameMatcher` reads. */
export interface NamedEntity {
  readonly name: string;
  readonly aliases: readonly string[];
  /** Never match the name without its legal form (the bare name is an ordinary phrase). */
  readonly keepLegalForm?: boolean;
}

interface Pattern<T> {
  words: readonly string[];
  entry: T;
}

/**
 * Every name and alias as a token sequence, plus the same name without its trailing legal form
 * when at least two distinctive words remain ("Korea Sinjin Trading" for "… Corporation").
 * A one-word core ("Fortuna") is never matched without its legal form.
 */
function compilePatterns<T extends NamedEntity>(entries: readonly T[]): Map<string, Pattern<T>[]> {
  const byFirst = new Map<string, Pattern<T>[]>();
  const seen = new Set<string>();
  const add = (words: string[], entry: T) => {
    const key = words.join(' ');
    if (words.length === 0 || seen.has(key)) return;
    seen.add(key);
    const list = byFirst.get(words[0]) ?? [];
    list.push({ words, entry });
    byFirst.set(words[0], list);
  };
  for (const entry of entries) {
    for (const name of [entry.name, ...entry.aliases]) {
      const words = tokenize(name).norm;
      add(words, entry);
      let core = words.length;
      while (core > 0 && LEGAL_FORMS.has(words[core - 1])) core--;
      if (core < words.length && core >= 2 && !entry.keepLegalForm) add(words.slice(0, core), entry);
    }
  }
  // Longest first, so "Korea Sobaeksu Trading Corporation" wins over a shorter core at the same spot.
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
}

export interface NameWordIndex {
  /** The distinct words of every name pattern that can match ASCII text (see `EntityNameMatcher.wordIndex`). */
  words: readonly string[];
  /** Per pattern, the indexes in `words` of its words. */
  sets: readonly (readonly number[])[];
}

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

/** For each pattern that can match ASCII text, the words every match has as tokens read as above; `null` when some pattern has none. */
function wordSetsOf(patternsByFirstWord: ReadonlyMap<string, readonly Pattern<unknown>[]>): string[][] | null {
  const sets: string[][] = [];
  for (const list of patternsByFirstWord.values()) {
    for (const { words: pattern } of list) {
      if (!pattern.every((w) => /^[ -~]+$/.test(w))) continue;
      const gate = pattern.filter((w) => !LEGAL_FORMS.has(w) && !Object.values(SUFFIX_WORDS).includes(w));
      if (gate.length === 0 || !gate.every((w) => /^[a-z0-9]+$/.test(w))) return null;
      sets.push(gate);
    }
  }
  return sets;
}

/** Finds organisations by their exact names and aliases, as whole words, across case, accents and legal-form spellings. */
export class EntityNameMatcher<T extends NamedEntity> {
  private readonly patternsByFirstWord: Map<string, Pattern<T>[]>;
  private index: NameWordIndex | null | undefined;
  /** Built on the first text this matcher reads, not when the rule module loads. */
  private firstLook: { automaton: LiteralAutomaton; patterns: readonly (readonly number[])[] } | null | undefined;

  constructor(entries: readonly T[]) {
    this.patternsByFirstWord = compilePatterns(entries);
  }

  /**
   * The words of the first look, as distinct words plus per-pattern indexes:
   * the form both first looks read (this matcher's, and a rule's that takes
   * the words from a shared pass). `null` when no look can rule a pattern out.
   */
  wordIndex(): NameWordIndex | null {
    if (this.index !== undefined) return this.index;
    const sets = wordSetsOf(this.patternsByFirstWord);
    if (!sets) return (this.index = null);
    const words = [...new Set(sets.flat())];
    return (this.index = { words, sets: sets.map((set) => set.map((w) => words.indexOf(w))) });
  }

  match(text: string): { entry: T; matched: string }[] {
    if (typeof text !== 'string' || text.length === 0) return [];
    const out: { entry: T; matched: string }[] = [];
    const seen = new Set<string>();
    try {
      const source = text.slice(0, MAX_SCAN_CHARS);
      if (this.cannotMatch(source)) return out;
      const { norm, start, end } = tokenize(source);
      for (let i = 0; i < norm.length; i++) {
        const candidates = this.patternsByFirstWord.get(norm[i]);
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

  private cannotMatch(text: string): boolean {
    if (!PRINTABLE_ASCII_RE.test(text)) return false;
    if (this.firstLook === undefined) {
      const index = this.wordIndex();
      this.firstLook = index && { automaton: new LiteralAutomaton(index.words, { asciiCaseInsensitive: true, ignore: "'" }), patterns: index.sets };
    }
    if (!this.firstLook) return false;
    const found = this.firstLook.automaton.find(text);
    return !this.firstLook.patterns.some((ids) => ids.every((id) => found[id] === 1));
  }
}
