import { matchesHostPatterns } from '../core/host-pattern';
import { SITE_LIST } from '../core/site-list';
import type { PlatformId } from '../core/snapshot';
import { MAX_PROFILE_TEXT, textInput } from '../core/rule-input';
import type { InputKind } from '../core/rule';
import type { Settings } from '../settings/schema';
import { evaluate } from './evaluate';
import { fakeEmployerFinding } from './fake-employer';
import { levelOf, scoreOf, sortFindings } from './scoring';
import { defaultSettings } from '../settings/schema';
import type { Report } from '../core/report';

export interface LookupResult {
  /** What the input was recognised as. */
  kind: Exclude<InputKind, 'profile'> | 'empty';
  report: Report | null;
  /** The value the rules were run on, normalised (trimmed URL, lower-case e-mail/host, phone digits). */
  detail?: string;
  /** For a URL: the hiring site whose hosts it is on, else null (nothing is fetched). */
  platform?: PlatformId | null;
  /** i18n key of a message to show next to the result (e.g. why nothing was checked). */
  hint?: string;
  /** Substitutions for `hint`. */
  hintSubs?: Record<string, string | number>;
}

/** Single values (URL, e-mail, host, phone, company) are short; longer input is text. */
const MAX_SINGLE_VALUE = 2048;
/** A company name is a few words without sentence punctuation ("Acme Co., Ltd." still counts). */
const MAX_COMPANY_CHARS = 100;
const MAX_COMPANY_WORDS = 8;

/** Invisible characters that a paste may carry (bidi marks, zero-width, BOM, soft hyphen). */
const INVISIBLE_RE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;
const HAS_CONTENT_RE = /[\p{L}\p{N}]/u;
const SCHEME_RE = /^[a-z][a-z0-9+.-]*:\/\//i;
const EMAIL_RE = /^(?:mailto:)?[^\s@<>()[\]]+@((?:[\p{L}\p{N}-]+\.)+\p{L}{2,63})$/iu;
const HOST_RE = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,63}\.?$/u;
const HOST_WITH_PATH_RE = /^(?:[\p{L}\p{N}-]+\.)+\p{L}{2,63}[/?#]\S*$/u;
const PHONE_CHARS_RE = /^(?:tel:)?\+?[\d\s().\-/]+(?:\s*(?:ext\.?|x)\s*\d{1,6})?$/i;
/** ITU E.164 numbers have at most 15 digits; local numbers rarely fewer than 7. */
const PHONE_DIGITS = { min: 7, max: 15 };
/** Dates share a phone number's characters ("2024-01-15", "15.01.2024"); they are not phones. */
const DATE_RE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;
const HAS_LETTER_RE = /\p{L}/u;
const SENTENCE_RE = /[.!?;:](?:\s|$)|\n/;

interface Classified {
  kind: LookupResult['kind'];
  /** What the rules should read. */
  value: string;
}

function asUrl(value: string): URL | null {
  try {
    const u = new URL(SCHEME_RE.test(value) ? value : `https://${value}`);
    return /^https?:$/.test(u.protocol) && u.hostname.includes('.') ? u : null;
  } catch {
    return null;
  }
}

function classifySingle(value: string): Classified | null {
  const email = EMAIL_RE.exec(value);
  if (email) return { kind: 'email', value: value.replace(/^mailto:/i, '').toLowerCase() };

  if (SCHEME_RE.test(value) || HOST_WITH_PATH_RE.test(value)) {
    const u = asUrl(value);
    if (u) return { kind: 'url', value: u.href };
  }
  if (HOST_RE.test(value)) return { kind: 'domain', value: value.toLowerCase().replace(/\.$/, '').replace(/^www\./, '') };
  return null;
}

function classifyPhone(value: string): Classified | null {
  if (PHONE_CHARS_RE.test(value) && !DATE_RE.test(value)) {
    const digits = value.replace(/\D/g, '');
    if (digits.length >= PHONE_DIGITS.min && digits.length <= PHONE_DIGITS.max + 6) {
      return { kind: 'phone', value: value.replace(/^tel:/i, '').replace(/\s+/g, ' ') };
    }
  }
  return null;
}

/** Recognise what was pasted. Cheap: only short input gets the single-value checks. */
export function classifyInput(raw: string): Classified {
  const text = (typeof raw === 'string' ? raw : '').replace(INVISIBLE_RE, '').trim();
  if (!text || !HAS_CONTENT_RE.test(text.slice(0, MAX_SINGLE_VALUE * 4))) return { kind: 'empty', value: '' };
  if (text.length <= MAX_SINGLE_VALUE) {
    const single = (/\s/.test(text) ? null : classifySingle(text)) ?? classifyPhone(text);
    if (single) return single;
    // Digits and punctuation that are not a phone number (a year, an id) give the rules nothing to read.
    if (!HAS_LETTER_RE.test(text)) return { kind: 'empty', value: '' };
    const words = text.split(/\s+/);
    if (
      text.length <= MAX_COMPANY_CHARS &&
      words.length <= MAX_COMPANY_WORDS &&
      !SENTENCE_RE.test(text.replace(/\b(?:co|ltd|inc|corp|llc|plc|s\.a|l\.l\.c|gmbh)\.(?=\s|,|$)/gi, ''))
    ) {
      return { kind: 'company', value: text.replace(/\s+/g, ' ') };
    }
  }
  return { kind: 'text', value: text };
}

/**
 * The hiring site a URL is on, by its host alone: the engine knows no site's
 * readers (docs/architecture.json), only the registry's hosts as data.
 */
function siteOfUrl(url: string): (typeof SITE_LIST)[number] | null {
  try {
    const host = new URL(url).hostname;
    return SITE_LIST.find((site) => matchesHostPatterns(site.hosts, host)) ?? null;
  } catch {
    return null;
  }
}

/**
 * The popup's lookup box and `scan` on text: recognise what was
 * pasted, then run the text rules and the indicator data on it. A link to a
 * hiring site is only recognised (which site, by its host); the lookup never
 * fetches anything. Never throws: bad input is `empty` with a hint.
 */
export function lookup(raw: string, settings?: Settings, now = new Date()): LookupResult {
  try {
    const { kind, value } = classifyInput(raw);
    if (kind === 'empty') return { kind, report: null, hint: 'lookup.hint.empty' };

    const report = evaluate(textInput(value, kind, now), settings);
    // A company look-up also answers whether the company is a known fake employer (never a rule:
    // see fake-employer.ts). An allowlisted or dismissed answer stays as the user left it.
    const fake = report.allowlisted || report.dismissed.includes('fake-employer') ? null : fakeEmployerFinding(value, kind);
    if (fake) {
      report.findings = sortFindings([...report.findings, fake]);
      report.score = scoreOf(report.findings);
      report.level = levelOf(report.findings, (settings ?? defaultSettings()).thresholds);
    }
    const result: LookupResult = { kind, report, detail: value };
    if (kind === 'url') {
      const site = siteOfUrl(value);
      result.platform = site?.id ?? null;
      if (site) {
        result.hint = 'lookup.hint.siteUrl';
        result.hintSubs = { platform: site.label };
      }
    } else if (value.length > MAX_PROFILE_TEXT) {
      result.hint = 'lookup.hint.truncated';
      result.hintSubs = { limit: MAX_PROFILE_TEXT };
    }
    return result;
  } catch (err) {
    // A lookup is a convenience: a bug in one rule or helper must not break the popup.
    console.warn('[hire-signals] lookup failed', err);
    return { kind: 'empty', report: null, hint: 'lookup.hint.empty' };
  }
}
