/**
 * Case-table convention for every rule (profile AND text rules) — the meta-test
 * enforces it:
 *
 *   1. `tests/unit/rules/cases/<rule-id>.ts` default-exports
 *      `defineCases(rule, { fires: [...], quiet: [...] })`, each case `{ name, input }`
 *      with a RuleInput (use `profileInput(snapshot, NOW)` / `textInput(text, kind, NOW)`
 *      and `NOW` from ./fixtures). At least one `fires` and one `quiet` case.
 *   2. The rule's test file — `<rule-id>.test.ts` (profile rules) or
 *      `text-<rule-id>.test.ts` (text rules) — imports that table and calls
 *      `runCases(table)`, then adds any extra tests it needs.
 *   3. meta.test.ts loads every file in cases/ with fs + dynamic import, fails
 *      when a rule file in src/rules/ has no table or an empty side, and runs
 *      the tables again; fairness.test.ts reuses every table's inputs to check
 *      that name, consistent location and languages never change a finding.
 *
 * Fixtures are synthetic, with fictional people; keep the base name "Alex Morgan"
 * (fixtures.ts) so the fairness test can rename people consistently.
 */
import { describe, expect, it } from 'vitest';
import type { RuleDefinition, RuleInput } from '../../../src/core/rule';

export interface RuleCase {
  name: string;
  input: RuleInput;
}

export interface CaseTable {
  rule: RuleDefinition;
  fires: readonly RuleCase[];
  quiet: readonly RuleCase[];
}

export function defineCases(rule: RuleDefinition, cases: { fires: readonly RuleCase[]; quiet: readonly RuleCase[] }): CaseTable {
  return { rule, ...cases };
}

/** Generates one `it()` per case: fires → non-empty evidence of non-empty strings; quiet → null. */
export function runCases(table: CaseTable): void {
  describe(`${table.rule.id} cases`, () => {
    for (const c of table.fires) {
      it(`fires: ${c.name}`, () => {
        const evidence = table.rule.check(c.input);
        expect(evidence, c.name).not.toBeNull();
        expect(evidence!.length).toBeGreaterThan(0);
        for (const line of evidence!) expect(line.trim().length).toBeGreaterThan(0);
      });
    }
    for (const c of table.quiet) {
      it(`quiet: ${c.name}`, () => {
        expect(table.rule.check(c.input), c.name).toBeNull();
      });
    }
  });
}
