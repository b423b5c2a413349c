import { matchSeizedDomains } from '../advisories/match';
import { t } from '../i18n';
import { defineRule, type RuleInput } from './define-rule';

/**
 * A link, e-mail address or employer website on a domain that authorities seized
 * from the DPRK IT-worker schemes (data: src/advisories/seized-domains.ts, from
 * shared/advisories.md §3.1). The guidance describes such sites as look-alikes of
 * real IT-services firms (us23-rf-lookalike-it-company-site), phony employer sites
 * behind fake work histories (us24d-tc-phony-employer-sites) and shell-company
 * sites (us25d-tc-shell-company-sites). A match to government-action data is the
 * strongest text signal we have, hence `high`.
 */
export function seizedDomainSearchText(input: RuleInput): string {
  if (!input.profile) return input.text;
  // Employer links are not part of the profile's long-form text; read them too.
  const companyUrls = input.profile.positions.map((p) => p.companyUrl).filter((u): u is string => !!u);
  return companyUrls.length ? `${input.text}\n${companyUrls.join('\n')}` : input.text;
}

export default defineRule({
  id: 'seized-domain-link',
  indicators: ['us23-rf-lookalike-it-company-site', 'us24d-tc-phony-employer-sites', 'us25d-tc-shell-company-sites'],
  severity: 'high',
  weight: 8,
  platforms: 'all',
  subjects: ['profile', 'text'],
  check(input) {
    const hits = matchSeizedDomains(seizedDomainSearchText(input));
    if (hits.length === 0) return null;
    return hits.slice(0, 5).map(({ entry, matched }) =>
      t('rules.seized-domain-link.evidence', { matched, domain: entry.domain, siteName: entry.siteName, certainty: entry.certainty }),
    );
  },
});
