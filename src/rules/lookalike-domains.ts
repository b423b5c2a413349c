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
  const h = host.toLowerCase().replace(/^www\d?\./, '').replace(/\.$/, '');
  const labels = h.split('.').filter(Boolean);
  if (labels.length < 2 || h.length > 253) return null;
  const lastTwo = labels.slice(-2).join('.');
  const n = TWO_LEVEL_SUFFIXES.has(lastTwo) && labels.length >= 3 ? 3 : 2;
  const registrable = labels.slice(-n).join('.');
  const label = labels[labels.length - n]!;
  if (!/^[a-z0-9-]{2,63}$/.test(label)) return null;
  return { registrable, label };
}

/** Visually confusable spellings folded to one form: `brlghtwave` ≈ `brightwave`, `rnicro` ≈ `micro`. */
export function foldConfusables(s: string): string {
  return s.replace(/rn/g, 'm').replace(/vv/g, 'w').replace(/[l1|!]/g, 'i').replace(/0/g, 'o').replace(/5/g, 's').replace(/-/g, '');
}

/** The label without hyphens and without filler words at either end (`brightwave-solutions-inc` → `brightwave`). */
export function coreOfLabel(label: string): string {
  const parts = label.split('-').filter(Boolean);
  while (parts.length > 1 && FILLER.has(parts[parts.length - 1]!)) parts.pop();
  while (parts.length > 1 && FILLER.has(parts[0]!)) parts.shift();
  return parts.join('');
}

/** A company name as slugs: all distinctive words joined, and the first word alone. */
export function companySlugs(name: string): { full: string; first: string } | null {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !LEGAL_WORDS.has(w));
  if (words.length === 0) return null;
  const distinctive = words.filter((w) => !FILLER.has(w));
  return { full: words.join(''), first: (distinctive[0] ?? words[0])! };
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
  if (foldConfusables(candidate) === foldConfusables(real) && real.length >= 4) return true;
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
  if (typoOf(candidate.label.replace(/-/g, ''), official.label.replace(/-/g, ''))) return 'confusable';
  if (isEmail && official.label.length >= 4) {
    const core = coreOfLabel(candidate.label);
    if (core === official.label.replace(/-/g, '') && candidate.label.replace(/-/g, '') !== core) return 'padded';
    if (typoOf(core, official.label.replace(/-/g, ''))) return 'confusable';
  }
  return null;
}

/**
 * Without a known real domain: is `candidate` a misspelling of the company's own
 * name? An exact spelling (`brightwave.com` for "Brightwave Solutions") may well
 * be the real domain and stays quiet.
 */
export function lookalikeOfName(candidate: DomainName, name: { full: string; first: string }): boolean {
  const label = candidate.label.replace(/-/g, '');
  const core = coreOfLabel(candidate.label);
  const exact = [name.full, name.first];
  if (exact.includes(label) || exact.includes(core)) return false;
  return typoOf(core, name.full) || (name.first.length >= ONE_EDIT_MIN_LENGTH && typoOf(core, name.first));
}
