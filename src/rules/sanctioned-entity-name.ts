import { entitySources } from '../advisories/catalogue';
import { FRONT_COMPANIES, type FrontCompany } from '../advisories/front-companies';
import { EntityNameMatcher } from '../matching/entity-match';
import { defineRule, type RuleInput } from '../core/rule';
import { declareLiterals, literalsIn } from '../matching/literal-gate';
import { literalPassReadsRaw, lowerCased } from '../matching/text-scan';

/**
 * An employer, agency, payer or payee named exactly like a designated or named
 * DPRK front company or dispatching organisation (ofac-rf-sanctioned-entity-match;
 * us18-tc-nominal-chinese-front and us22-tc-nominal-local-company describe why a
 * foreign-looking company name can hide such a front). Exact name/alias matching
 * only (shared/advisories.md §4 item 8): the matcher in src/matching/entity-match.ts
 * does that; no person's name is ever compared with anything.
 */
const FRONT_COMPANY_NAMES = new EntityNameMatcher(FRONT_COMPANIES);

/**
 * Names the data marks as also used by ordinary companies ("Fortuna LLC") are not the
 * entity's distinctive name: in a profile or a text they never match. The profile's
 * country or places are never read either, so whether a company matches can never
 * depend on where the candidate lives (shared/advisories.md §4 item 4). Only a direct
 * company look-up (the recruiter typed exactly that name) is answered for them, with
 * the designation's place to confirm.
 */
/*
 * The matcher's first look (src/matching/entity-match.ts) reads its text once to see
 * whether every word of some name occurs in it. For a profile text that is
 * printable ASCII, has no apostrophe (the matcher reads "Kor'ea" as "korea")
 * and that searchableText leaves as it is, the shared literal pass of the text
 * rules reads that same text, lower-cased, anyway: it answers for those words.
 * Anything else is left to the matcher.
 */
const WORD_INDEX = FRONT_COMPANY_NAMES.wordIndex();
const WORDS = WORD_INDEX?.words ?? [];
const WORD_IDS = declareLiterals(WORDS);
const SETS_AS_INDEXES = WORD_INDEX?.sets ?? null;

function cannotNameFrontCompany(raw: string): boolean {
  if (!SETS_AS_INDEXES || raw.includes("'") || !literalPassReadsRaw(raw)) return false;
  const found = literalsIn(lowerCased(raw));
  return !SETS_AS_INDEXES.some((set) => set.every((w) => found[WORD_IDS[w]!] === 1));
}

/**
 * The entities this input names. A common name is answered only for a single company look-up
 * (the recruiter asked about exactly that company; the evidence tells them to confirm the place).
 */
function hitsIn(input: RuleInput): { entry: FrontCompany; matched: string; placeUnconfirmed: boolean }[] {
  if (cannotNameFrontCompany(input.text)) return [];
  return FRONT_COMPANY_NAMES.match(input.text)
    .filter((hit) => !hit.entry.commonName || input.kind === 'company')
    .map((hit) => ({ ...hit, placeUnconfirmed: !!hit.entry.commonName }));
}

export default defineRule({
  id: 'sanctioned-entity-name',
  topic: 'sanctions-domains',
  indicators: ['ofac-rf-sanctioned-entity-match', 'us18-tc-nominal-chinese-front', 'us22-tc-nominal-local-company'],
  severity: 'high',
  weight: 8,
  platforms: 'all',
  subjects: ['profile', 'text'],
  text: {
    title: 'Names a designated DPRK front company',
    why:
      'Sanctions authorities designated these companies for running or fronting DPRK IT-worker operations, some under foreign-looking names. An exact match of an employer, agency or payee to that list may mean sanctions exposure; it is not proof the candidate knows.',
    nextStep: 'Stop payments and contracting involving the entity and consult your compliance or legal team before continuing.',
    evidence: {
      entity: '“{matched}” matches {name} ({location}; {action})',
      commonName:
        '“{matched}” matches {name} ({location}; {action}); ordinary firms use this name too, so confirm the company is the one in {location} before acting',
    },
  },
  check(input, say) {
    const hits = hitsIn(input);
    if (hits.length === 0) return null;
    return hits.slice(0, 5).map(({ entry, matched, placeUnconfirmed }) =>
      say(placeUnconfirmed ? 'commonName' : 'entity', { matched, name: entry.name, action: entry.action, location: entry.location }),
    );
  },
  // Each match cites the entity's own designation (document, date, URL), not a fixed release.
  cite: (input) => hitsIn(input).slice(0, 5).flatMap(({ entry }) => entitySources(entry, 'ofac-rf-sanctioned-entity-match')),
});
