import { defineRule, type RuleInput, type Say } from '../core/rule';
import {
  FREEMAIL_LABELS,
  PLATFORM_LABELS,
  companySlugs,
  domainName,
  lookalikeOfDomain,
  lookalikeOfName,
  type DomainName,
  type LookalikeReason,
} from '../matching/lookalike-domains';
import { searchableText } from '../matching/text-scan';

/**
 * us22-tc-smb-employers-lookalike-email: employment history names real small or
 * mid-sized firms, with contact e-mail on domains that *resemble* the firm's real
 * domain (`brightwave-solutions-inc.com` or `brlghtwave.com` for `brightwave.com`).
 * On a profile the employer is a position's company (its link, when shown, is the
 * real domain); in pasted text it is a capitalised name written near the domain.
 */
/*
 * Where hosts are read. Each pattern keeps its old meaning, but is only tried
 * where a match can start (sticky `y`), found by one linear scan of the text
 * instead of a regex trying every position (the bare-host pattern
 * alone was a quarter of an evaluation on a typical profile).
 */
// At an "@": the look-behind checks a mailbox precedes it.
const EMAIL_DOMAIN = /(?<=[a-z0-9._%+-])@([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,4})\b/iy;
// At "http://", "https://" or "www.".
const URL_HOST = /\b(?:https?:\/\/|www\.)([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,4})/iy;
// Bare hosts only with a common TLD: "Node.js" or "index.ts" are not domains.
const BARE_TLD_LIST = ['com', 'net', 'org', 'io', 'co', 'dev', 'tech', 'ai', 'app', 'biz', 'info', 'us', 'uk', 'de', 'fr', 'nl', 'eu', 'ca', 'au', 'jp', 'kr', 'in', 'sg', 'ch', 'se', 'no', 'pl', 'es', 'it', 'solutions', 'agency', 'studio', 'software', 'systems'];
const BARE_HOST = new RegExp(String.raw`(?<![@/.\w-])([a-z0-9-]{2,63}(?:\.[a-z0-9-]{1,63}){0,2}\.(?:${BARE_TLD_LIST.join('|')}))\b(?![.\w-]*@)`, 'iy');
/** BARE_HOST's TLDs: a bare host ends with a dot, one of these, and no further word character. */
const BARE_TLDS = new Set(BARE_TLD_LIST);
const TLD_LENGTHS = { min: Math.min(...BARE_TLD_LIST.map((t) => t.length)), max: Math.max(...BARE_TLD_LIST.map((t) => t.length)) };

/** A company name written in text: 1–4 capitalised words ("Brightwave Solutions", "ACME Corp"). */
const COMPANY_NAME = /\b[A-Z][A-Za-z0-9&]*(?:[ -](?:[A-Z][A-Za-z0-9&]*|&|and|of))*(?:[ -][A-Z][A-Za-z0-9&]*)?/g;

/** Bounds on the work per check (a résumé lists a handful of employers). */
const MAX_DOMAINS = 30;
const MAX_NAMES = 40;
/**
 * Where a company name may be, in pasted text, to go with a domain: the same entry of
 * the résumé or message — up to a few lines before the domain (the employer heads an
 * entry, the contact line comes after the title and dates) and the line after, never
 * past a blank line (the next entry), and at most NEARBY characters either way.
 */
const NEARBY = 400;
const LINES_BEFORE = 4;
const LINES_AFTER = 1;

/** [from, to) of the entry around `at`: see NEARBY. */
function entryAround(text: string, at: number): [number, number] {
  let from = at;
  let lines = 0;
  const minFrom = Math.max(0, at - NEARBY);
  while (from > minFrom) {
    if (text[from - 1] === '\n') {
      if (++lines > LINES_BEFORE || text[from - 2] === '\n') break;
    }
    from--;
  }
  let to = at;
  lines = 0;
  const maxTo = Math.min(text.length, at + NEARBY);
  while (to < maxTo) {
    if (text[to] === '\n') {
      if (++lines > LINES_AFTER || text[to + 1] === '\n') break;
    }
    to++;
  }
  return [from, to];
}

interface Seen {
  domain: DomainName;
  host: string;
  isEmail: boolean;
  at: number;
}

function relevant(d: DomainName | null): d is DomainName {
  return !!d && !FREEMAIL_LABELS.has(d.label) && !PLATFORM_LABELS.has(d.label);
}

/** A–Z, a–z, 0–9 and "_": the characters `\w` and `\b` count as word characters. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** A character a host name is made of (letters, digits, "-", "."). */
function isHostChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 46;
}

/** Does `text` have `lower` (ASCII lower case) at `at`, ignoring ASCII case like a non-Unicode `i` regex? */
function asciiAt(text: string, at: number, lower: string): boolean {
  if (at < 0 || at + lower.length > text.length) return false;
  for (let i = 0; i < lower.length; i++) {
    const c = text.charCodeAt(at + i);
    const l = lower.charCodeAt(i);
    if (c !== l && !(c >= 65 && c <= 90 && c + 32 === l)) return false;
  }
  return true;
}

/**
 * Every position where URL_HOST or BARE_HOST can start a match, in one pass
 * over the dots and double slashes of the text:
 *  - URL_HOST starts at "http://", "https://" (found from their "//") or "www." (from its dot);
 *  - BARE_HOST's look-behind rejects a start right after a host character, so it can
 *    only start where a run of host characters starts — and only when that run
 *    has a dot followed by one of its TLDs as a whole word.
 */
function hostStarts(text: string): { url: number[]; bare: number[] } {
  const url: number[] = [];
  const bare: number[] = [];
  for (let at = text.indexOf('//'); at >= 0; at = text.indexOf('//', at + 1)) {
    if (asciiAt(text, at - 6, 'https:')) url.push(at - 6);
    else if (asciiAt(text, at - 5, 'http:')) url.push(at - 5);
  }
  let runEnd = -1;
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    if (asciiAt(text, dot - 3, 'www')) url.push(dot - 3);
    if (dot < runEnd) continue;
    let end = dot + 1;
    while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
    // Most dots end a sentence: no word after them, or none of a TLD's length.
    const length = end - dot - 1;
    if (length < TLD_LENGTHS.min || length > TLD_LENGTHS.max || !BARE_TLDS.has(text.slice(dot + 1, end).toLowerCase())) continue;
    // Each run of host characters is walked once: the next dots inside it are skipped above.
    let start = dot;
    while (start > 0 && isHostChar(text.charCodeAt(start - 1))) start--;
    runEnd = end;
    while (runEnd < text.length && isHostChar(text.charCodeAt(runEnd))) runEnd++;
    bare.push(start);
  }
  url.sort((a, b) => a - b);
  return { url, bare };
}

/** The relevant domains seen, once per host and kind (e-mail or not), at most MAX_DOMAINS. */
class SeenDomains {
  readonly list: Seen[] = [];
  private readonly keys = new Set<string>();

  get full(): boolean {
    return this.list.length >= MAX_DOMAINS;
  }

  add(host: string, isEmail: boolean, at: number): void {
    const d = domainName(host);
    const key = `${host.toLowerCase()}|${isEmail}`;
    if (!relevant(d) || this.keys.has(key) || this.full) return;
    this.keys.add(key);
    this.list.push({ domain: d, host: host.toLowerCase(), isEmail, at });
  }

  /** The matches of sticky `re` tried only at `starts` (ascending), as a global scan of the text would find them. */
  addMatches(text: string, re: RegExp, starts: readonly number[], isEmail: boolean): void {
    let next = 0;
    for (const at of starts) {
      if (this.full) return;
      if (at < next) continue; // inside the previous match, where a global scan never starts
      re.lastIndex = at;
      const m = re.exec(text);
      if (!m) continue;
      next = at + m[0].length;
      this.add(m[1]!, isEmail, at);
    }
  }
}

function allIndexesOf(text: string, char: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) out.push(at);
  return out;
}

/** Hosts in e-mail addresses first, then in links, then bare, in text order within each. */
export function domainsIn(text: string): Seen[] {
  const seen = new SeenDomains();
  seen.addMatches(text, EMAIL_DOMAIN, allIndexesOf(text, '@'), true);
  const starts = hostStarts(text);
  seen.addMatches(text, URL_HOST, starts.url, false);
  seen.addMatches(text, BARE_HOST, starts.bare, false);
  return seen.list;
}

interface Employer {
  name: string;
  slugs: { full: string; first: string };
  official: DomainName | null;
}

/**
 * An ordinary link ("https://www.Example.com/about", "example.com"): its host is
 * what the URL parser gives, lower-cased, so the parser (about as costly as the
 * rest of the check) is only needed for the rest — ports, credentials, IP
 * addresses, trailing dots, "xn--" labels, anything unusual.
 */
const PLAIN_HOST = /^(?:https?:\/\/)?((?:[a-z0-9]+(?:-+[a-z0-9]+)*\.)+[a-z][a-z0-9]*(?:-+[a-z0-9]+)*)(?=[/?#]|$)/i;
const PUNYCODE = /(?:^|\.)xn--/i;

export function hostOf(url: string): string | null {
  const plain = PLAIN_HOST.exec(url);
  if (plain && !PUNYCODE.test(plain[1]!)) return plain[1]!.toLowerCase();
  try {
    return new URL(/^https?:\/\//i.test(url) ? url : `https://${url}`).hostname;
  } catch {
    return null;
  }
}

function profileEmployers(input: RuleInput): Employer[] {
  const out: Employer[] = [];
  for (const pos of input.profile?.positions ?? []) {
    if (!pos.company || out.length >= MAX_NAMES) continue;
    const slugs = companySlugs(pos.company);
    if (!slugs) continue;
    const host = pos.companyUrl ? hostOf(pos.companyUrl) : null;
    const official = host ? domainName(host) : null;
    out.push({ name: pos.company, slugs, official: relevant(official) ? official : null });
  }
  return out;
}

/** The real domain of a named company, when the same text also shows it spelled exactly. */
function officialFromText(slugs: { full: string; first: string }, seen: readonly Seen[]): DomainName | null {
  const hit = seen.find((s) => s.domain.label.replace(/-/g, '') === slugs.full || s.domain.label === slugs.first);
  return hit ? hit.domain : null;
}

function textEmployersNear(text: string, at: number, seen: readonly Seen[]): Employer[] {
  const [from, to] = entryAround(text, at);
  const window = text.slice(from, to);
  const out: Employer[] = [];
  let n = 0;
  for (const m of window.matchAll(COMPANY_NAME)) {
    if (++n > MAX_NAMES) break;
    const slugs = companySlugs(m[0]);
    // One short capitalised word ("I", "The", "Email") is not a company.
    if (!slugs || slugs.full.length < 4) continue;
    out.push({ name: m[0].trim(), slugs, official: officialFromText(slugs, seen) });
  }
  return out;
}

function verdict(d: Seen, employer: Employer, say: Say<LookalikeReason | 'name'>): string | null {
  if (employer.official) {
    const why = lookalikeOfDomain(d.domain, employer.official, d.isEmail);
    if (why) return say(why, { host: d.host, company: employer.name, official: employer.official.registrable });
    return null;
  }
  if (lookalikeOfName(d.domain, employer.slugs)) return say('name', { host: d.host, company: employer.name });
  return null;
}

export default defineRule({
  id: 'lookalike-employer-domain',
  topic: 'sanctions-domains',
  indicators: ['us22-tc-smb-employers-lookalike-email'],
  severity: 'medium',
  weight: 5,
  platforms: 'all',
  subjects: ['profile', 'text'],
  text: {
    title: 'E-mail or website on a look-alike of an employer’s domain',
    why:
      'The 2022 U.S. advisory describes work histories that name real small or mid-sized firms with contact addresses on domains that resemble the firm’s real one, so reference checks reach the worker’s own helpers.',
    nextStep:
      'Verify past employment through the company’s own website and phone number found independently, not the contact details in the résumé.',
    evidence: {
      confusable: '{host} looks like a misspelling of {official}, the website of {company}',
      padded: 'E-mail on {host}, not on {official}, the website of {company}',
      name: '{host} looks like a misspelling of the employer name “{company}”',
    },
  },
  check(input, say) {
    const text = searchableText(input.text);
    const seen = domainsIn(text);
    if (seen.length === 0) return null;
    const evidence = new Set<string>();
    const employers = input.profile ? profileEmployers(input) : null;
    for (const d of seen) {
      for (const employer of employers ?? textEmployersNear(text, d.at, seen)) {
        const line = verdict(d, employer, say);
        if (line) {
          evidence.add(line);
          break;
        }
      }
      if (evidence.size >= 3) break;
    }
    return evidence.size ? [...evidence] : null;
  },
});
