import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/report';
import { textInput } from '../../../src/core/rule-input';
import { evaluate, findingFor } from '../../../src/engine/evaluate';
import { RULES } from '../../../src/engine/rules';
import { levelOf } from '../../../src/engine/scoring';
import { defaultSettings, DEFAULT_THRESHOLDS } from '../../../src/settings/schema';
import type { CaseTable } from './cases';
import { NOW } from './fixtures';

/**
 * "No single weak signal reaches medium on its own" (shared/advisories.md §4) is an
 * invariant of the engine, not a property of today's weights: a finding of
 * severity "low" alone is at most "low", for every rule, every weight the user
 * may set and every valid threshold.
 */
const WEAK = RULES.filter((r) => r.severity === 'low');
const ORDER = { none: 0, low: 1, medium: 2, high: 3 } as const;
const CASES_DIR = resolve(__dirname, 'cases');

const thresholds = fc
  .tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 }))
  .map(([a, b, c]) => {
    const [low, medium, high] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
    return { low, medium, high };
  });

describe('no single weak signal reaches medium', () => {
  it('every weak rule ships with a weight below the default medium threshold', () => {
    expect(WEAK.length).toBeGreaterThan(5);
    expect(WEAK.filter((r) => r.weight >= DEFAULT_THRESHOLDS.medium).map((r) => r.id)).toEqual([]);
  });

  it('payment preferences are weak signals', () => {
    expect(RULES.find((r) => r.id === 'alt-payment-request')?.severity).toBe('low');
  });

  it('property: one weak finding, any weight, any thresholds → at most low', () => {
    fc.assert(
      fc.property(fc.constantFrom(...WEAK), fc.integer({ min: 0, max: 1000 }), thresholds, (rule, weight, t) => {
        const finding: Finding = { ...findingFor(rule, ['evidence'], defaultSettings()), weight };
        expect(ORDER[levelOf([finding], t)]).toBeLessThanOrEqual(ORDER.low);
      }),
      { numRuns: 500 },
    );
  });

  it('property: two findings are weighed by their sum', () => {
    fc.assert(
      fc.property(fc.constantFrom(...WEAK), fc.constantFrom(...RULES), (a, b) => {
        const findings = [findingFor(a, ['x'], defaultSettings()), findingFor(b, ['y'], defaultSettings())];
        const sum = findings[0]!.weight + findings[1]!.weight;
        expect(levelOf(findings, DEFAULT_THRESHOLDS)).toBe(sum >= 8 ? 'high' : sum >= 4 ? 'medium' : sum >= 1 ? 'low' : 'none');
      }),
    );
  });

  it('through the engine: every weak rule firing alone on its own cases, at any user weight, stays low', async () => {
    const tables: CaseTable[] = [];
    for (const f of readdirSync(CASES_DIR).filter((x) => x.endsWith('.ts'))) {
      tables.push(((await import(join(CASES_DIR, f))) as { default: CaseTable }).default);
    }
    let checked = 0;
    for (const table of tables.filter((t) => t.rule.severity === 'low')) {
      for (const c of table.fires) {
        const settings = { ...defaultSettings(), rules: { [table.rule.id]: { weight: 40 } } };
        const report = evaluate(c.input, settings, { rules: [table.rule] });
        expect(report.findings.length, `${table.rule.id}: ${c.name}`).toBe(1);
        expect(report.level, `${table.rule.id}: ${c.name}`).toBe('low');
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('a payment preference alone, through the lookup path, is low', () => {
    for (const text of ['Please pay me in USDT.', 'I prefer to be paid via Wise into my own account.', 'PayPal only please.']) {
      const report = evaluate(textInput(text, 'text', NOW));
      expect(ORDER[report.level], text).toBeLessThanOrEqual(ORDER.low);
    }
  });
});
