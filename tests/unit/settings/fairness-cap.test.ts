import { describe, expect, it } from 'vitest';
import { capForFairness, FAIRNESS_MAX_WEIGHT, readsPersonalFields } from '../../../src/settings/fairness-cap';
import { ruleFromDraft } from '../../../src/ui/options/custom-rules-section';

describe('fairness cap for custom rules on names and locations', () => {
  it('knows which rules read a name or location', () => {
    expect(readsPersonalFields({ fields: ['name'] })).toBe(true);
    expect(readsPersonalFields({ fields: ['about', 'location'] })).toBe(true);
    expect(readsPersonalFields({ fields: ['about', 'skills'] })).toBe(false);
  });

  it('caps severity and weight, and leaves other rules alone', () => {
    expect(capForFairness({ fields: ['location'], severity: 'high', weight: 40 })).toEqual({ fields: ['location'], severity: 'low', weight: FAIRNESS_MAX_WEIGHT });
    expect(capForFairness({ fields: ['name'], severity: 'medium', weight: 0.5 })).toEqual({ fields: ['name'], severity: 'low', weight: 0.5 });
    const other = { fields: ['about' as const], severity: 'high' as const, weight: 40 };
    expect(capForFairness(other)).toBe(other);
  });

  it('saves a rule from the options form as it will score', () => {
    const draft = { id: null, name: 'N', fields: ['name' as const], keywords: 'alias', pattern: '', severity: 'high' as const, weight: '20', note: '' };
    expect(ruleFromDraft(draft, () => 'custom-n')).toEqual({ rule: expect.objectContaining({ severity: 'low', weight: FAIRNESS_MAX_WEIGHT }) });
  });
});
