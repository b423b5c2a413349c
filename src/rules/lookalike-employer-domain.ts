import { t } from '../i18n';
import { defineRule, type RuleInput } from './define-rule';
import {
  FREEMAIL_LABELS,
  PLATFORM_LABELS,
  companySlugs,
  domainName,
  lookalikeOfDomain,
  lookalikeOfName,
  type DomainName,
} from './lookalike-domains';
import { searchableText } from './text-scan';

/**
 * us22-tc-smb-employers-lookalike-email: employment history names real small or
 * mid-sized firms, with contact e-mail on domains that *resemble* the firm's real
 * domain (`brightwave-solutions-inc.com` or `brlghtwave.com` for `brightwave.com`).
 * On a profile the employer is a position's company (its link, when shown, is the
 * real domain); in pasted text it is a capitalised name written near the domain.
 */
// Anchored on the "@" (the look-behind checks a mailbox precedes it), so the scan starts only at "@".
const EMAIL_DOMAIN = /(?<=[a-z0-9._%+-])@([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,4})\b/gi;
const URL_HOST = /\b(?:https?:\/\/|www\.)([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,4})/gi;
// Bare hosts only with a common TLD: "Node.js" or "index.ts" are not domains.
const BARE_HOST = /(?<![@/.\w-])([a-z0-9-]{2,63}(?:\.[a-z0-9-]{1,63}){0,2}\.(?:com|net|org|io|co|dev|tech|ai|app|biz|info|us|uk|de|fr|nl|eu|ca|au|jp|kr|in|sg|ch|se|no|pl|es|it|solutions|agency|studio|software|systems))\b(?![.\w-]*@)/gi;
/** A company name written in text: 1–4 capitalised words ("Brightwave Solutions", "ACME Corp"). */
const COMPANY_NAME = /\b[A-Z][A-Za-z0-9&]*(?:[ -](?:[A-Z][A-Za-z0-9&]*|&|and|of))*(?:[ -][A-Z][A-Za-z0-9&]*)?/g;

/** Bounds on the work per check (a résumé lists a handful of employers). */
const MAX_DOMAINS = 30;
const MAX_NAMES = 40;
/** How far (characters) from a domain a company name may be in pasted text to be "next to it". */
const NEARBY = 100;

interface Seen {
  domain: DomainName;
  host: string;
  isEmail: boolean;
  at: number;
}

function relevant(d: DomainName | null): d is DomainName {
  return !!d && !FREEMAIL_LABELS.has(d.label) && !PLATFORM_LABELS.has(d.label);
}

function domainsIn(text: string): Seen[] {
  const out: Seen[] = [];
  const keys = new Set<string>();
  const add = (host: string, isEmail: boolean, at: number) => {
    const d = domainName(host);
    const key = `${host.toLowerCase()}|${isEmail}`;
    if (!relevant(d) || keys.has(key) || out.length >= MAX_DOMAINS) return;
    keys.add(key);
    out.push({ domain: d, host: host.toLowerCase(), isEmail, at });
  };
  for (const m of text.matchAll(EMAIL_DOMAIN)) add(m[1]!, true, m.index ?? 0);
  for (const m of text.matchAll(URL_HOST)) add(m[1]!, false, m.index ?? 0);
  for (const m of text.matchAll(BARE_HOST)) add(m[1]!, false, m.index ?? 0);
  return out;
}

interface Employer {
  name: string;
  slugs: { full: string; first: string };
  official: DomainName | null;
}

function hostOf(url: string): string | null {
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
  const from = Math.max(0, at - NEARBY);
  const window = text.slice(from, Math.min(text.length, at + NEARBY));
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

function verdict(d: Seen, employer: Employer): string | null {
  if (employer.official) {
    const why = lookalikeOfDomain(d.domain, employer.official, d.isEmail);
    if (why) return t(`rules.lookalike-employer-domain.evidence-${why}`, { host: d.host, company: employer.name, official: employer.official.registrable });
    return null;
  }
  if (lookalikeOfName(d.domain, employer.slugs)) return t('rules.lookalike-employer-domain.evidence-name', { host: d.host, company: employer.name });
  return null;
}

export default defineRule({
  id: 'lookalike-employer-domain',
  indicators: ['us22-tc-smb-employers-lookalike-email'],
  severity: 'medium',
  weight: 5,
  platforms: 'all',
  subjects: ['profile', 'text'],
  check(input) {
    const text = searchableText(input.text);
    const seen = domainsIn(text);
    if (seen.length === 0) return null;
    const evidence = new Set<string>();
    const employers = input.profile ? profileEmployers(input) : null;
    for (const d of seen) {
      for (const employer of employers ?? textEmployersNear(text, d.at, seen)) {
        const line = verdict(d, employer);
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
