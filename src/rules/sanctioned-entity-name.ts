import { entitySources } from '../advisories/catalogue';
import { FRONT_COMPANIES, type FrontCompany } from '../advisories/front-companies';
import { EntityNameMatcher } from '../matching/entity-match';
import { defineRule, type RuleInput } from '../core/rule';
import { LiteralAutomaton } from '../matching/literal-automaton';
import { declareLiterals, literalsIn } from '../matching/literal-gate';
import { literalPassReadsRaw, lowerCased, withLines } from '../matching/text-scan';

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

/** The profile's places, one per line. */
function placeLines(input: RuleInput): string {
  const p = input.profile;
  // Position companies are in the long-form text already; locations are not, and disambiguate common names.
  return p ? [p.location?.text, ...p.positions.map((pos) => pos.location)].filter((s): s is string => !!s).join('\n') : '';
}

/*
 * The matcher's first look (src/matching/entity-match.ts) reads its text once to see
 * whether every word of some name occurs in it. For a profile text that is
 * printable ASCII, has no apostrophe (the matcher reads "Kor'ea" as "korea")
 * and that searchableText leaves as it is, the shared literal pass of the text
 * rules reads that same text, lower-cased, anyway: it answers for those words,
 * and only the short place names are read here. A word cannot span the line
 * break that joins the two, so the answer is the matcher's. Anything else is
 * left to the matcher.
 */
const WORD_INDEX = FRONT_COMPANY_NAMES.wordIndex();
const WORDS = WORD_INDEX?.words ?? [];
const WORD_IDS = declareLiterals(WORDS);
const SETS_AS_INDEXES = WORD_INDEX?.sets ?? null;
let placeWords: LiteralAutomaton | null = null;

function cannotNameFrontCompany(raw: string, placeText: string): boolean {
  if (!SETS_AS_INDEXES || raw.includes("'") || !literalPassReadsRaw(raw)) return false;
  if (!/^[\t\n\r -&(-~]*$/.test(placeText)) return false;
  const found = literalsIn(lowerCased(raw));
  placeWords ??= new LiteralAutomaton(WORDS, { asciiCaseInsensitive: true });
  const inPlaces = placeWords.find(placeText);
  return !SETS_AS_INDEXES.some((set) => set.every((w) => found[WORD_IDS[w]!] === 1 || inPlaces[w] === 1));
}

/**
 * The entities this input names. A single company look-up (the recruiter typed the name to check
 * it) is answered for a common name too: the recruiter asked about exactly that company, and the
 * evidence tells them to confirm the place. In a profile or longer text the place is required.
 */
function hitsIn(input: RuleInput): { entry: FrontCompany; matched: string; placeUnconfirmed: boolean }[] {
  const places = placeLines(input);
  if (cannotNameFrontCompany(input.text, places)) return [];
  const text = withLines(input.text, places);
  return FRONT_COMPANY_NAMES.match(text)
    .map((hit) => {
      const place = PLACE_OF.get(hit.entry);
      return { ...hit, placeUnconfirmed: !!place && !place.test(text) };
    })
    .filter((hit) => !hit.placeUnconfirmed || input.kind === 'company');
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
