import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INDICATORS } from '../../../src/advisories/indicators';
import { getIndicator } from '../../../src/advisories/catalogue';
import { profileInput, textInput } from '../../../src/core/rule-input';
import type { RuleDefinition, Say } from '../../../src/core/rule';
import { RULES } from '../../../src/engine/rules';
import { NOT_CHECKABLE, notCheckableGiven } from '../../../src/advisories/not-checkable';
import { DEFAULT_THRESHOLDS } from '../../../src/settings/schema';
import type { CaseTable } from './cases';
import { NOW, profile, position, review } from './fixtures';

/**
 * The conventions every rule file keeps, and the runs of every rule's case
 * table (tests/unit/rules/cases/<id>.ts), one `it` per case named after it:
 * a rule needs no test file of its own.
 */
const RULES_DIR = resolve(__dirname, '../../../src/rules');
const CASES_DIR = resolve(__dirname, 'cases');

const ruleFiles = readdirSync(RULES_DIR)
  .filter((f) => f.endsWith('.ts'))
  .sort();
const caseFiles = readdirSync(CASES_DIR)
  .filter((f) => f.endsWith('.ts'))
  .sort();

interface RuleUnderTest {
  id: string;
  source: string;
  rule: RuleDefinition;
  table: CaseTable | null;
}

// Loaded before the tests are declared, so that every case can have its own `it`.
const rules: RuleUnderTest[] = await Promise.all(
  ruleFiles.map(async (file) => {
    const id = basename(file, '.ts');
    const tablePath = join(CASES_DIR, `${id}.ts`);
    return {
      id,
      source: readFileSync(join(RULES_DIR, file), 'utf8'),
      rule: ((await import(join(RULES_DIR, file))) as { default: RuleDefinition }).default,
      table: existsSync(tablePath) ? ((await import(tablePath)) as { default: CaseTable }).default : null,
    };
  }),
);

/**
 * The rule's own evidence wording, failing loudly where the engine's would
 * quietly show the key or a `{placeholder}`: a phrasing the text lacks, or a
 * placeholder the rule does not fill.
 */
function strictSay(rule: RuleDefinition): Say {
  const evidence: Readonly<Record<string, string>> = rule.text.evidence;
  return (key, subs = {}) => {
    if (!Object.hasOwn(evidence, key)) throw new Error(`${rule.id} says "${key}", which its text.evidence lacks`);
    return evidence[key]!.replace(/\{(\w+)\}/g, (_, name: string) => {
      if (!Object.hasOwn(subs, name)) throw new Error(`${rule.id} says "${key}" without {${name}}`);
      return String(subs[name]);
    });
  };
}

describe('rule conventions (every file in src/rules)', () => {
  it('finds the rule files', () => {
    expect(ruleFiles.length).toBeGreaterThan(0);
  });

  it('every registered rule comes from a rule file, and ids are unique', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size, 'duplicate rule ids in RULES').toBe(ids.length);
    expect([...ids].sort(), 'src/engine/rules.ts is stale: run npm run gen:rules').toEqual(ruleFiles.map((f) => basename(f, '.ts')));
  });

  it('every case table is named after a rule file', () => {
    const orphans = caseFiles.filter((f) => !ruleFiles.includes(f));
    expect(orphans, 'tests/unit/rules/cases/<id>.ts must match src/rules/<id>.ts').toEqual([]);
  });

  for (const { id, source, rule, table } of rules) {
    describe(id, () => {
      it('declares one rule at the bottom, with id = file name in kebab-case, registered once', () => {
        expect(source, 'a rule file ends with `export default defineRule({ … })`').toMatch(/\nexport default defineRule\(\{[\s\S]*\n\}\);\n$/);
        expect(rule.id).toBe(id);
        expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(RULES.filter((r) => r === rule || r.id === id), `${id} must be in src/engine/rules.ts once: run npm run gen:rules`).toHaveLength(1);
      });

      it('cites at least one catalogue indicator, all of which exist', () => {
        expect(rule.indicators.length).toBeGreaterThan(0);
        for (const ind of rule.indicators) expect(getIndicator(ind), `${id} cites unknown indicator ${ind}`).toBeDefined();
      });

      it('has its text: title, why, next step and evidence phrasings, none empty', () => {
        for (const k of ['title', 'why', 'nextStep'] as const) expect(rule.text[k].trim(), `${id}: text.${k}`).not.toBe('');
        const phrasings = Object.entries(rule.text.evidence);
        expect(phrasings.length, `${id}: text.evidence`).toBeGreaterThan(0);
        for (const [key, phrasing] of phrasings) expect(phrasing.trim(), `${id}: text.evidence.${key}`).not.toBe('');
      });

      it('has a sane weight: only a high-severity rule may reach the high level alone', () => {
        expect(rule.weight).toBeGreaterThan(0);
        if (rule.severity !== 'high') expect(rule.weight).toBeLessThan(DEFAULT_THRESHOLDS.high);
        expect(rule.subjects.length).toBeGreaterThan(0);
      });

      it('has a case table with a firing and a quiet case, each named once', () => {
        expect(table, `missing tests/unit/rules/cases/${id}.ts (see tests/unit/rules/cases.ts)`).not.toBeNull();
        expect(table!.rule).toBe(rule);
        expect(table!.fires.length, 'needs a triggering case').toBeGreaterThan(0);
        expect(table!.quiet.length, 'needs a non-triggering case').toBeGreaterThan(0);
        const names = [...table!.fires, ...table!.quiet].map((c) => c.name);
        expect(names.filter((n, i) => names.indexOf(n) !== i), 'case names must be unique').toEqual([]);
      });

      for (const c of table?.fires ?? []) {
        it(`fires: ${c.name}`, () => {
          const evidence = rule.check(c.input, strictSay(rule));
          expect(evidence, c.name).not.toBeNull();
          expect(evidence!.length).toBeGreaterThan(0);
          for (const line of evidence!) expect(line.trim().length).toBeGreaterThan(0);
        });
      }
      for (const c of table?.quiet ?? []) {
        it(`quiet: ${c.name}`, () => {
          expect(rule.check(c.input, strictSay(rule)), c.name).toBeNull();
        });
      }

      it('never throws on hostile input', () => {
        const hostile = `<script>alert(1)</script>\u202e\u200f${'𝓧'.repeat(1000)}${'a '.repeat(60_000)}`;
        const p = profile({
          name: hostile.slice(0, 5000),
          headline: hostile,
          about: hostile,
          location: { text: hostile.slice(0, 400), city: '\u202eBerlin', region: null, country: '<b>France</b>' },
          timezone: 'UTC+99:99',
          emails: ['@', '..@..', 'a.b.c.d.e.f@x'],
          links: ['https://www.linkedin.com/in/-', 'javascript:alert(1)'],
          positions: Array.from({ length: 300 }, (_, i) => position({ title: hostile.slice(0, 300), company: `C${i}`, start: '2019-13', end: '0000', current: i % 2 === 0 })),
          reviews: Array.from({ length: 1000 }, () => review({ author: 'X', rating: 5, date: '2025-02-30' })),
          hourlyRate: { amount: 1e308, currency: '$' },
          hoursWorked: 1e12,
          memberSince: '9999-99',
        });
        expect(() => rule.check(profileInput(p, NOW), strictSay(rule))).not.toThrow();
        expect(() => rule.check(textInput(hostile, 'text', NOW), strictSay(rule))).not.toThrow();
      });
    });
  }
});

describe('coverage of the guidance', () => {
  const implemented = new Set(RULES.flatMap((r) => r.indicators));
  const listed = notCheckableGiven(implemented);

  it('every indicator seen on a profile or in text is implemented by a rule or explained in not-checkable.ts', () => {
    const visible = INDICATORS.filter((i) => i.whereSeen.includes('profile') || i.whereSeen.includes('resume/text'));
    const explained = new Set(listed.map((e) => e.indicatorId));
    const uncovered = visible.map((i) => i.id).filter((id) => !implemented.has(id) && !explained.has(id));
    expect(uncovered, 'add a rule or an entry in src/advisories/not-checkable.ts').toEqual([]);
  });

  it('not-checkable entries name catalogue indicators, once, with a reason, and none a rule implements', () => {
    const ids = NOT_CHECKABLE.map((e) => e.indicatorId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of NOT_CHECKABLE) {
      expect(getIndicator(e.indicatorId), e.indicatorId).toBeDefined();
      expect(e.reason.length).toBeGreaterThan(10);
    }
    const contradictions = listed.filter((e) => implemented.has(e.indicatorId)).map((e) => e.indicatorId);
    expect(contradictions, 'implemented indicators must leave not-checkable.ts').toEqual([]);
  });
});
