import { describe, expect, it } from 'vitest';
import { sourceFor } from '../../../src/advisories/catalogue';
import { RULES } from '../../../src/engine/rules';

describe('citations shown with findings', () => {
  it('every indicator a rule names resolves to its document, section and URL', () => {
    const ids = [...new Set(RULES.flatMap((r) => r.indicators))];
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) {
      const source = sourceFor(id);
      expect(source, id).not.toBeNull();
      expect(source!.url, id).toMatch(/^https:\/\//);
      expect(source!.indicatorId).toBe(id);
    }
  });

  it('answers null for an unknown id and for inherited object keys', () => {
    expect(sourceFor('no-such-indicator')).toBeNull();
    expect(sourceFor('constructor')).toBeNull();
    expect(sourceFor('__proto__')).toBeNull();
  });
});
