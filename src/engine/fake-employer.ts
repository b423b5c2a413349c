import { entitySources } from '../advisories/catalogue';
import { FAKE_EMPLOYERS, type FakeEmployer } from '../advisories/fake-employers';
import { DomainMatcher, EntityNameMatcher } from '../matching/entity-match';
import type { InputKind } from '../core/rule';
import type { Finding } from '../core/report';

/**
 * Company look-ups only (shared/advisories.md §3.2 notes): a recruiter or a developer checks a
 * firm that contacted them, or an employer named on a résumé, by pasting its name, domain, link
 * or an address on it. Fake employers are not candidates, so this is never a rule: a profile or a
 * pasted text that mentions one raises nothing (its author may be the lure's victim), and the
 * finding is worded about the company, not about a person.
 */
export const FAKE_EMPLOYER_FINDING_ID = 'fake-employer';

const COMPANY_KINDS: ReadonlySet<InputKind> = new Set(['company', 'domain', 'url', 'email']);
const NAMES = new EntityNameMatcher(FAKE_EMPLOYERS);
const DOMAINS = new DomainMatcher(FAKE_EMPLOYERS.flatMap((entity) => entity.domains.map((domain) => ({ domain, entity }))));

export const FAKE_EMPLOYER_TEXT = {
  title: 'Known fake employer used to lure developers',
  why:
    'This company name or site belongs to a front that posed as a hiring firm and ran staged “interviews” to get developers to run malicious code. It is not a sign about any candidate: a developer who dealt with it may be its victim.',
  nextStep:
    'Do not run code, tests or tools this company sends; do not take its job offers or requests at face value; tell your security team, and warn the person it contacted.',
  evidence: '“{matched}” matches {name} ({location}; {action})',
} as const;

function matchesIn(value: string, kind: InputKind): { entity: FakeEmployer; matched: string }[] {
  if (!COMPANY_KINDS.has(kind)) return [];
  const byName = kind === 'company' ? NAMES.match(value).map(({ entry, matched }) => ({ entity: entry, matched })) : [];
  const byDomain = kind === 'company' ? [] : DOMAINS.match(value).map(({ entry, matched }) => ({ entity: entry.entity, matched }));
  const seen = new Set<FakeEmployer>();
  return [...byName, ...byDomain].filter(({ entity }) => !seen.has(entity) && !!seen.add(entity));
}

/** The finding for a company look-up that names a known fake employer, or null. */
export function fakeEmployerFinding(value: string, kind: InputKind): Finding | null {
  const hits = matchesIn(value, kind);
  if (hits.length === 0) return null;
  return {
    ruleId: FAKE_EMPLOYER_FINDING_ID,
    severity: 'high',
    weight: 8,
    title: FAKE_EMPLOYER_TEXT.title,
    why: FAKE_EMPLOYER_TEXT.why,
    evidence: hits.map(({ entity, matched }) =>
      FAKE_EMPLOYER_TEXT.evidence.replace('{matched}', matched).replace('{name}', entity.name).replace('{location}', entity.location).replace('{action}', entity.action),
    ),
    // The digest gives these entities no indicator id of their own; the citation's indicator is
    // the document that names them.
    sources: hits.flatMap(({ entity }) => entitySources(entity, entity.sourceIds[0]!)),
    nextStep: FAKE_EMPLOYER_TEXT.nextStep,
  };
}
