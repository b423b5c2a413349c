import { FRONT_COMPANIES, type FrontCompany } from '../advisories/front-companies';
import { matchFrontCompanies } from '../advisories/match';
import { t } from '../i18n';
import { defineRule, type RuleInput } from './define-rule';

/**
 * An employer, agency, payer or payee named exactly like a designated or named
 * DPRK front company or dispatching organisation (ofac-rf-sanctioned-entity-match;
 * us18-tc-nominal-chinese-front and us22-tc-nominal-local-company describe why a
 * foreign-looking company name can hide such a front). Exact name/alias matching
 * only (shared/advisories.md §4 item 8): the matcher in src/advisories/match.ts
 * does that; no person's name is ever compared with anything.
 */

/**
 * Names the data marks as also used by ordinary companies ("Fortuna LLC") need a
 * second detail before they mean anything: the place the designation gives. The
 * place is a disambiguator for an exact match to government data, never a risk
 * by itself (§4 item 4).
 */
const PLACE_OF: ReadonlyMap<FrontCompany, RegExp> = new Map(
  FRONT_COMPANIES.filter((e) => e.commonName).map((e) => {
    const place = /^[\p{L} ]+/u.exec(e.location)?.[0].trim() ?? e.location;
    return [e, new RegExp(`\\b${place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i')];
  }),
);

function searchText(input: RuleInput): string {
  if (!input.profile) return input.text;
  const p = input.profile;
  // Position companies are in the long-form text already; locations are not, and disambiguate common names.
  const places = [p.location?.text, ...p.positions.map((pos) => pos.location)].filter((s): s is string => !!s);
  return places.length ? `${input.text}\n${places.join('\n')}` : input.text;
}

export default defineRule({
  id: 'sanctioned-entity-name',
  indicators: ['ofac-rf-sanctioned-entity-match', 'us18-tc-nominal-chinese-front', 'us22-tc-nominal-local-company'],
  severity: 'high',
  weight: 8,
  platforms: 'all',
  subjects: ['profile', 'text'],
  check(input) {
    const text = searchText(input);
    const hits = matchFrontCompanies(text).filter(({ entry }) => {
      const place = PLACE_OF.get(entry);
      return !place || place.test(text);
    });
    if (hits.length === 0) return null;
    return hits.slice(0, 5).map(({ entry, matched }) =>
      t('rules.sanctioned-entity-name.evidence', { matched, name: entry.name, action: entry.action, location: entry.location }),
    );
  },
});
