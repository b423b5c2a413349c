/**
 * Case-table convention for every rule — the meta-test enforces it and runs the
 * tables:
 *
 *   1. `tests/unit/rules/cases/<rule-id>.ts` default-exports
 *      `defineCases(rule, { fires: [...], quiet: [...] })`, each case `{ name, input }`
 *      with a RuleInput (use `profileInput(snapshot, NOW)` / `textInput(text, kind, NOW)`
 *      and `NOW` from ./fixtures). At least one `fires` and one `quiet` case;
 *      names unique within the table.
 *   2. meta.test.ts loads every rule file and its table, fails when a rule file
 *      in src/rules/ has no table or an empty side, and gives every case its own
 *      test, named after it (`fires: …` / `quiet: …`). A rule needs no test file
 *      of its own; one exists only for tests beyond its table.
 *   3. fairness.test.ts reuses every table's inputs to check that name,
 *      consistent location and languages never change a finding.
 *
 * Fixtures are synthetic, with fictional people; keep the base name "Alex Morgan"
 * (fixtures.ts) so the fairness test can rename people consistently.
 */
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
