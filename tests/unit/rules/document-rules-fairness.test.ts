import { describe, expect, it } from 'vitest';
import author from '../../../src/rules/document-author-not-candidate';
import { resumeFile } from './document-fixtures';

/**
 * The author rule compares two names letter for letter (shared/advisories.md §4
 * item 1): the same (in)consistency fires or stays quiet whatever the names' origin.
 */
const PEOPLE = [
  { first: 'Minjun', last: 'Kim' },
  { first: 'Wei', last: 'Zhang' },
  { first: 'Oleksandr', last: 'Kovalenko' },
  { first: 'Emily', last: 'Carter' },
  { first: 'Chukwuemeka', last: 'Obi' },
  { first: 'Ana', last: 'Lima' },
];

describe('document-author-not-candidate is fair to every name', () => {
  for (const c of PEOPLE) {
    for (const o of PEOPLE) {
      const name = `${c.first} ${c.last}`;
      it(`${name}, author ${o.first} ${o.last}`, () => {
        const text = `${name}\nengineer@example.net`;
        const own = resumeFile(text, { claimedName: name, author: `${c.last} ${c.first}`, lastModifiedBy: `${c.first[0]}. ${c.last}` });
        expect(author.check(own)).toBeNull();
        const other = resumeFile(text, { claimedName: name, author: `${o.first} ${o.last}`, lastModifiedBy: null });
        expect(author.check(other) !== null).toBe(c !== o);
      });
    }
  }
});
