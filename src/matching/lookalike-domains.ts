/**
 * Domain-name comparison for us22-tc-smb-employers-lookalike-email: résumés name
 * small or mid-sized Western employers with e-mail addresses on domains that
 * *resemble* the firm's real domain. Pure string functions, bounded input.
 */

import { boundedEditDistance } from './edit-distance';

/** Second-level public suffixes common enough to matter (`brightwave.co.uk` → label `brightwave`). */
const TWO_LEVEL_SUFFIXES = new Set([
  'co.uk', 'org.uk', 'ac.uk', 'com.au', 'net.au', 'org.au', 'co.nz', 'co.jp', 'co.kr', 'com.br', 'com.mx', 'com.ar',
  'co.in', 'com.cn', 'com.hk', 'com.tw', 'com.sg', 'com.my', 'com.tr', 'com.ua', 'co.za', 'com.ph', 'com.vn', 'co.il',
]);

/** Free mailbox providers: an address there says nothing about an employer's domain. */
export const FREEMAIL_LABELS = new Set([
  'gmail', 'googlemail', 'outlook', 'hotmail', 'live', 'msn', 'yahoo', 'ymail', 'proton', 'protonmail', 'pm', 'icloud', 'me',
  'mac', 'aol', 'gmx', 'web', 'mail', 'yandex', 'qq', '163', '126', 'zoho', 'fastmail', 'tutanota', 'tuta', 'naver', 'daum',
  'hanmail', 'rediffmail', 'inbox', 'seznam', 'wp', 'o2', 'libero', 'orange', 'free', 'laposte', 'btinternet', 'comcast',
  'verizon', 'att', 'hey',
]);

/** Sites whose links are profiles or listings, never an employer's own domain. */
export const PLATFORM_LABELS = new Set([
  'linkedin', 'lnkd', 'upwork', 'fiverr', 'freelancer', 'wellfound', 'angel', 'indeed', 'github', 'gitlab', 'bitbucket',
  'stackoverflow', 'medium', 'twitter', 'x', 'facebook', 'instagram', 'youtube', 'crunchbase', 'glassdoor', 'google',
  'bit', 'tinyurl', 'behance', 'dribbble', 'toptal', 't', 'wa', 'telegram', 'whatsapp', 'calendly', 'notion', 'vercel',
  'netlify', 'herokuapp', 'wordpress', 'wix', 'squarespace', 'blogspot', 'substack', 'dev', 'npmjs', 'pypi',
]);

/** Words companies add to a domain or name that do not make it another company. */
const FILLER = new Set([
  'inc', 'llc', 'ltd', 'co', 'corp', 'corporation', 'company', 'limited', 'gmbh', 'plc', 'group', 'solutions', 'solution',
  'tech', 'technologies', 'technology', 'global', 'usa', 'us', 'hq', 'official', 'online', 'team', 'software', 'labs', 'lab',
  'systems', 'consulting', 'services', 'digital', 'the', 'and', 'international', 'intl', 'holdings', 'careers', 'jobs', 'mail',
]);
const LEGAL_WORDS = new Set(['inc', 'llc', 'ltd', 'co', 'corp', 'corporation', 'company', 'limited', 'gmbh', 'plc', 'the', 'and', 's.a', 'sa', 'ag', 'bv', 'oy', 'ab']);

export interface DomainName {
  /** Registrable domain, e.g. `brightwave.co.uk`. */
  registrable: string;
  /** The label the owner chose, e.g. `brightwave`. */
  label: string;
}

export function domainName(host: string): DomainName | null {
  let h = host.toLowerCase();
  // Drop a leading `www.` / `www1.` and one trailing dot.
  if (h.startsWith('www')) {
    const c = h.charCodeAt(3);
    if (c === 46) h = h.slice(4);
    else if (c >= 48 && c <= 57 && h.charCodeAt(4) === 46) h = h.slice(5);
  }
  if (h.endsWith('.')) h = h.slice(0, -1);
  const labels = h.split('.').filter(Boolean);
  if (labels.length < 2 || h.length > 253) return null;
  const last = labels.length - 1;
  const n = labels.length >= 3 && TWO_LEVEL_SUFFIXES.has(`${labels[last - 1]}.${labels[last]}`) ? 3 : 2;
  const label = labels[labels.length - n]!;
  if (!isLabel(label)) return null;
  const registrable = n === 3 ? `${label}.${labels[last - 1]}.${labels[last]}` : `${label}.${labels[last]}`;
  return { registrable, label };
}

/** `^[a-z0-9-]{2,63}$` */
function isLabel(s: string): boolean {
  if (s.length < 2 || s.length > 63) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45)) return false;
  }
  return true;
}

/** Visually confusable spellings folded to one form: `brlghtwave` ≈ `brightwave`, `rnicro` ≈ `micro`. */
export function foldConfusables(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    if (c !== HYPHEN) out += String.fromCharCode(foldedAt(s, i, c));
    i += c === R || c === V ? foldedWidth(s, i, c) : 1;
  }
  return out;
}

/*
 * Folding reads the string once, left to right: rn→m, vv→w, l/1/|/!→i, 0→o,
 * 5→s, "-" dropped. That is the same as applying those replacements one after
 * the other, as no replacement makes or breaks another's match ("r-n" stays
 * "rn" either way, as hyphens go last).
 */
const HYPHEN = 45;
const R = 114;
const V = 118;
const FOLDED: Readonly<Record<number, number>> = { 108: 105, 49: 105, 124: 105, 33: 105, 48: 111, 53: 115 };

/** Characters of `s` that one folded character at `i` stands for (2 for "rn" and "vv"). */
function foldedWidth(s: string, i: number, c: number): number {
  return (c === R && s.charCodeAt(i + 1) === 110) || (c === V && s.charCodeAt(i + 1) === V) ? 2 : 1;
}

/** The folded character at `i` (whose code is `c`); callers skip hyphens. */
function foldedAt(s: string, i: number, c: number): number {
  if (c === R || c === V) return foldedWidth(s, i, c) === 2 ? (c === R ? 109 : 119) : c;
  return FOLDED[c] ?? c;
}

/** `foldConfusables(a) === foldConfusables(b)`, compared as the folds are read, without building either. */
export function sameFolded(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && a.charCodeAt(i) === HYPHEN) i++;
    while (j < b.length && b.charCodeAt(j) === HYPHEN) j++;
    if (i >= a.length || j >= b.length) return i >= a.length && j >= b.length;
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(j);
    if (foldedAt(a, i, ca) !== foldedAt(b, j, cb)) return false;
    i += ca === R || ca === V ? foldedWidth(a, i, ca) : 1;
    j += cb === R || cb === V ? foldedWidth(b, j, cb) : 1;
  }
}

function withoutHyphens(s: string): string {
  return s.includes('-') ? s.replace(/-/g, '') : s;
}

/** The label without hyphens and without filler words at either end (`brightwave-solutions-inc` → `brightwave`). */
export function coreOfLabel(label: string): string {
  if (!label.includes('-')) return label;
  const parts = label.split('-').filter(Boolean);
  while (parts.length > 1 && FILLER.has(parts[parts.length - 1]!)) parts.pop();
  while (parts.length > 1 && FILLER.has(parts[0]!)) parts.shift();
  return parts.join('');
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

function isSlugChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** A company name as slugs: all distinctive words joined, and the first word alone. */
export function companySlugs(name: string): { full: string; first: string } | null {
  // NFKD leaves ASCII as it is, and ASCII has no combining marks to drop.
  const folded = (isAscii(name) ? name : name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')).toLowerCase();
  // The runs of a–z and 0–9 (what splitting on /[^a-z0-9]+/ keeps), without legal-form words.
  const words: string[] = [];
  for (let i = 0; i < folded.length; ) {
    let j = i;
    while (j < folded.length && isSlugChar(folded.charCodeAt(j))) j++;
    if (j > i) {
      const w = folded.slice(i, j);
      if (!LEGAL_WORDS.has(w)) words.push(w);
    }
    i = j + 1;
  }
  if (words.length === 0) return null;
  // The first distinctive (non-filler) word, or the first word when all are filler.
  let first = words[0]!;
  for (const w of words) {
    if (!FILLER.has(w)) {
      first = w;
      break;
    }
  }
  return { full: words.join(''), first };
}

/**
 * Typo-squat thresholds (us22-tc-smb-employers-lookalike-email): one edit on a
 * name of 6+ letters, two edits on 9+. Shorter names collide with unrelated
 * firms too easily ("acme" vs "acne") to say anything.
 */
export const ONE_EDIT_MIN_LENGTH = 6;
export const TWO_EDITS_MIN_LENGTH = 9;

function typoOf(candidate: string, real: string): boolean {
  if (!candidate || !real || candidate === real) return false;
  if (real.length >= 4 && sameFolded(candidate, real)) return true;
  if (real.length < ONE_EDIT_MIN_LENGTH) return false;
  const max = real.length >= TWO_EDITS_MIN_LENGTH ? 2 : 1;
  return boundedEditDistance(candidate, real, max) <= max;
}

export type LookalikeReason = 'confusable' | 'padded';

/**
 * Is `candidate` a look-alike of the employer's real domain `official`?
 * Same label under another TLD (`.co.uk` vs `.com`) is a regional site, not a look-alike.
 * `padded` (`brightwave-solutions-inc.com` for `brightwave.com`) only counts for e-mail domains.
 */
export function lookalikeOfDomain(candidate: DomainName, official: DomainName, isEmail: boolean): LookalikeReason | null {
  if (candidate.registrable === official.registrable || candidate.label === official.label) return null;
  const officialLabel = withoutHyphens(official.label);
  if (typoOf(withoutHyphens(candidate.label), officialLabel)) return 'confusable';
  if (isEmail && official.label.length >= 4) {
    const core = coreOfLabel(candidate.label);
    if (core === officialLabel && withoutHyphens(candidate.label) !== core) return 'padded';
    if (typoOf(core, officialLabel)) return 'confusable';
  }
  return null;
}

/** `a` and `b` differ only by one final "s". */
function sameUpToS(a: string, b: string): boolean {
  return (a.length === b.length + 1 && a.endsWith('s') && a.startsWith(b)) || (b.length === a.length + 1 && b.endsWith('s') && b.startsWith(a));
}

/**
 * Without a known real domain: is `candidate` a misspelling of the company's own
 * name? An exact spelling (`brightwave.com` for "Brightwave Solutions") may well
 * be the real domain and stays quiet.
 */
export function lookalikeOfName(candidate: DomainName, name: { full: string; first: string }): boolean {
  const label = withoutHyphens(candidate.label);
  const core = coreOfLabel(candidate.label);
  if (label === name.full || label === name.first || core === name.full || core === name.first) return false;
  // A plural or possessive written either way ("Sockets" and socket.io, "Christie's" and christies.com) is the same name.
  if (sameUpToS(core, name.full) || sameUpToS(core, name.first) || sameUpToS(label, name.full)) return false;
  return typoOf(core, name.full) || (name.first.length >= ONE_EDIT_MIN_LENGTH && typoOf(core, name.first));
}
