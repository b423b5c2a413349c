import { domainSource } from '../advisories/catalogue';
import { SEIZED_DOMAINS } from '../advisories/seized-domains';
import { DomainMatcher } from '../matching/entity-match';
import { defineRule, type RuleInput } from '../core/rule';
import { declareLiterals, literalsIn } from '../matching/literal-gate';
import { literalPassReadsRaw, lowerCased, withLines } from '../matching/text-scan';

/**
 * A link, e-mail address or employer website on a domain that authorities seized
 * from the DPRK IT-worker schemes (data: src/advisories/seized-domains.ts, from
 * shared/advisories.md §3.1). The guidance describes such sites as look-alikes of
 * real IT-services firms (us23-rf-lookalike-it-company-site), phony employer sites
 * behind fake work histories (us24d-tc-phony-employer-sites) and shell-company
 * sites (us25d-tc-shell-company-sites). A match to government-action data is the
 * strongest text signal we have, hence `high`.
 */
// Fake-employer sites (blocknovas.com) lured developers: a candidate who names one may be its
// victim, so they are left to the company look-up (fake-employer-name), never a candidate signal.
const SEIZED = new DomainMatcher(SEIZED_DOMAINS.filter((d) => !d.fakeEmployer));

/** Employer links, one per line: not part of the profile's long-form text, and the rule reads them too. */
function companyUrlLines(input: RuleInput): string {
  return input.profile ? input.profile.positions.map((p) => p.companyUrl).filter((u): u is string => !!u).join('\n') : '';
}

export function seizedDomainSearchText(input: RuleInput): string {
  return withLines(input.text, companyUrlLines(input));
}

/**
 * The matcher's first look asks whether its text is printable ASCII without any
 * seized domain's first label, a scan of its own. For a profile text that is
 * printable ASCII and that searchableText leaves as it is, the shared literal
 * pass of the text rules reads that same text (lower-cased) anyway, so it
 * answers for the labels, and only the short employer links get the matcher's
 * look. (A text that needs cleaning is left to the matcher, so the shared pass
 * keeps reading one text per evaluation.) A label cannot span the line break
 * that joins the two.
 */
const LABEL_IDS = declareLiterals(SEIZED.labels);

function cannotNameSeizedDomain(raw: string, urlLines: string): boolean {
  if (!literalPassReadsRaw(raw)) return false;
  const found = literalsIn(lowerCased(raw));
  return !LABEL_IDS.some((id) => found[id] === 1) && !SEIZED.mayHave(urlLines);
}

export default defineRule({
  id: 'seized-domain-link',
  topic: 'sanctions-domains',
  indicators: ['us23-rf-lookalike-it-company-site', 'us24d-tc-phony-employer-sites', 'us25d-tc-shell-company-sites'],
  severity: 'high',
  weight: 8,
  platforms: 'all',
  subjects: ['profile', 'text'],
  text: {
    title: 'Links to a domain seized in DPRK IT-worker actions',
    why:
      'Authorities seized websites built to look like IT-services companies so workers could show a credible employer. A link, address or employer website on one of those domains is a match to enforcement data, which is why this signal weighs heavily; the person may still be an unwitting victim.',
    nextStep:
      'Verify the claimed employment directly with the company through contact details you find yourself, and consult your security or compliance team before continuing.',
    evidence: {
      domain: '“{matched}” is on {domain}, a seized site that presented itself as {siteName} ({certainty})',
    },
  },
  check(input, say) {
    const urlLines = companyUrlLines(input);
    if (cannotNameSeizedDomain(input.text, urlLines)) return null;
    const hits = SEIZED.match(withLines(input.text, urlLines));
    if (hits.length === 0) return null;
    return hits.slice(0, 5).map(({ entry, matched }) =>
      say('domain', { matched, domain: entry.domain, siteName: entry.siteName, certainty: entry.certainty }),
    );
  },
  // Each match cites the action or report that names that domain.
  cite: (input) =>
    SEIZED.match(seizedDomainSearchText(input))
      .slice(0, 5)
      .map(({ entry }) => domainSource(entry, 'us23-rf-lookalike-it-company-site')),
});
