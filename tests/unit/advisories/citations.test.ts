import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceFor } from '../../../src/advisories/catalogue';
import { citationFor } from '../../../src/advisories/cite';
import { CITATIONS_PATH, citationsSource } from '../../../src/advisories/citations-build';
import { RULES } from '../../../src/engine/rules';

describe('the compact citation table (content-script copy of the catalogue)', () => {
  it('is exactly what the generator makes from the catalogue (run `npm run gen:citations` after editing the data)', () => {
    expect(readFileSync(CITATIONS_PATH, 'utf8')).toBe(citationsSource());
  });

  it('cites every indicator a rule names exactly as the full catalogue does', () => {
    const ids = [...new Set(RULES.flatMap((r) => r.indicators))];
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) {
      expect(sourceFor(id), id).not.toBeNull();
      expect(citationFor(id), id).toEqual(sourceFor(id));
    }
  });

  it('answers null for an unknown id and for inherited object keys', () => {
    expect(citationFor('no-such-indicator')).toBeNull();
    expect(citationFor('constructor')).toBeNull();
    expect(citationFor('__proto__')).toBeNull();
  });
});
