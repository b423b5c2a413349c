import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEIZED_DOMAINS } from '../../../src/advisories/seized-domains';
import { makeTranslator } from '../../../src/core/i18n/translate';
import { DomainMatcher } from '../../../src/matching/entity-match';
import type { RuleInput } from '../../../src/core/rule';
import rule, { seizedDomainSearchText } from '../../../src/rules/seized-domain-link';
import { at, position } from './fixtures';

const seized = new DomainMatcher(SEIZED_DOMAINS);
const say = makeTranslator(rule.text.evidence);

/** The rule without its shortcut through the shared literal pass: the matcher on the whole search text. */
function byMatcherOnly(input: RuleInput): string[] | null {
  const hits = seized.match(seizedDomainSearchText(input));
  if (hits.length === 0) return null;
  return hits.slice(0, 5).map(({ entry, matched }) => say('domain', { matched, domain: entry.domain, siteName: entry.siteName, certainty: entry.certainty }));
}

describe('seized-domain-link: the shared-pass shortcut', () => {
  const piece = fc.constantFrom(
    'hopanatech', 'HopanaTech', 'hopana', 'tech', '.com', '[.]', '(.)', 'www.', 'https://', 'mail.', '@', 'x', ' ', '\n', '<a href="', '">', '\u200b', 'ｈｏｐａｎａｔｅｃｈ', '．', 'wkjllc',
  );
  const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
  const url = fc.constantFrom(null, 'https://www.linkedin.com/company/x/', 'https://hopanatech.com/', 'HOPANATECH[.]COM', 'https://ｈｏｐａｎａｔｅｃｈ.com');

  it('answers as the matcher does on the whole search text (property)', () => {
    fc.assert(
      fc.property(text, url, (about, companyUrl) => {
        const input = at({ about: about || null, positions: [position({ title: 'Engineer', companyUrl, start: '2020-01' })] });
        expect(rule.check(input)).toEqual(byMatcherOnly(input));
      }),
      { numRuns: 1500 },
    );
  });
});
