import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FRONT_COMPANIES } from '../../../src/advisories/front-companies';
import { makeTranslator } from '../../../src/core/i18n/translate';
import { EntityNameMatcher } from '../../../src/matching/entity-match';
import type { RuleInput } from '../../../src/core/rule';
import rule from '../../../src/rules/sanctioned-entity-name';
import { at, position } from './fixtures';

const fronts = new EntityNameMatcher(FRONT_COMPANIES);
const say = makeTranslator(rule.text.evidence);

/** The rule without its shortcut through the shared literal pass: the matcher on the whole search text. */
function byMatcherOnly(input: RuleInput): string[] | null {
  const hits = fronts.match(input.text).filter(({ entry }) => !entry.commonName || input.kind === 'company');
  if (hits.length === 0) return null;
  return hits.slice(0, 5).map(({ entry, matched }) => say('entity', { matched, name: entry.name, action: entry.action, location: entry.location }));
}

describe('sanctioned-entity-name: the shared-pass shortcut', () => {
  // Words of the data, split and joined in the ways that matter: apostrophes, case, tags, non-ASCII, line breaks.
  const word = fc.constantFrom(
    'Korea', 'KOREA', 'Sobaeksu', "Sobae'ksu", 'Trading', 'Corporation', 'Company', 'Fortuna', 'LLC', 'Limited', 'Liability', 'Armenia', 'Yerevan',
    'Asatryan', 'Russia', 'Moscow', 'Yanbian', 'Silverstar', 'Silver', 'Star', 'China', 'Department', '53', 'Volasys', '<b>', '</b>', 'é', '\u00a0', 'the', 'at',
  );
  const sep = fc.constantFrom(' ', '\n', ', ', '', "'", '  ');
  const text = fc.array(fc.tuple(word, sep).map(([w, s]) => w + s), { maxLength: 10 }).map((parts) => parts.join(''));
  const place = fc.constantFrom(null, 'Moscow, Russia', 'Yerevan, Armenia', 'Denver, CO', 'Pyongyang', "Kor'ea", 'Dandong, China', 'Zürich');

  it('answers as the matcher does on the whole search text (property)', () => {
    fc.assert(
      fc.property(text, text, place, place, (about, description, home, work) => {
        const input = at({ about: about || null, location: home ? { text: home, city: null, region: null, country: null } : null, positions: [position({ title: 'Engineer', description: description || null, location: work, start: '2020-01' })] });
        expect(rule.check(input)).toEqual(byMatcherOnly(input));
      }),
      { numRuns: 1500 },
    );
  });

  it('never reads the profile\'s places, and still finds a name across an apostrophe', () => {
    const located = (country: string) => at({ about: 'Worked for Fortuna LLC', location: { text: `Moscow, ${country}`, city: 'Moscow', region: null, country } });
    // A common name is not the entity's distinctive name: the same for every country.
    expect(rule.check(located('Russia'))).toBeNull();
    expect(rule.check(located('Germany'))).toBeNull();
    const distinctive = (country: string) => at({ about: 'Worked for Korea Sobaeksu Trading Company', location: { text: country, city: null, region: null, country } });
    expect(rule.check(distinctive('Russia'))).toEqual(rule.check(distinctive('Canada')));
    expect(rule.check(distinctive('Canada'))).not.toBeNull();
    const apostrophe = at({ about: "Recruiter at Korea Sobae'ksu Trading Company" });
    expect(rule.check(apostrophe)).not.toBeNull();
    expect(rule.check(apostrophe)).toEqual(byMatcherOnly(apostrophe));
  });
});

