import type { CustomRule } from './schema';

/**
 * A person's name and location say nothing about how they behave, and a rule
 * keyed on them is the easiest way to score people by origin: the guidance
 * treats name origin and location as context only, never a signal on their own
 * (us22-tc-non-korean-alias, us22-tc-locations in ../shared/advisories.md).
 * Custom rules may still read these fields (a team may track a known alias),
 * but such a finding is capped at the lowest severity and a weight that can
 * never lift a profile past "low" on its own. The engine applies the cap to
 * every rule it runs, wherever the rule came from (options form, import,
 * policy); a rule on "all text" is capped when all it matched was the name or
 * location.
 */
export const PERSONAL_FIELDS = ['name', 'location'] as const satisfies readonly CustomRule['fields'][number][];
export const FAIRNESS_MAX_WEIGHT = 1;

export function readsPersonalFields(rule: Pick<CustomRule, 'fields'>): boolean {
  return rule.fields.some((f) => (PERSONAL_FIELDS as readonly string[]).includes(f));
}

/** The rule as it may score: low severity and at most FAIRNESS_MAX_WEIGHT when it reads a name or location. */
export function capForFairness<T extends Pick<CustomRule, 'fields' | 'weight' | 'severity'>>(rule: T): T {
  if (!readsPersonalFields(rule)) return rule;
  if (rule.weight <= FAIRNESS_MAX_WEIGHT && rule.severity === 'low') return rule;
  return { ...rule, weight: Math.min(rule.weight, FAIRNESS_MAX_WEIGHT), severity: 'low' };
}
