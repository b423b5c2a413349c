import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INDICATORS } from '../../../src/advisories/indicators';
import { getIndicator } from '../../../src/advisories/catalogue';
import { profileInput, textInput } from '../../../src/core/rule-input';
import type { RuleDefinition } from '../../../src/core/rule';
import { RULES } from '../../../src/engine/rules';
import { NOT_CHECKABLE, notCheckableGiven } from '../../../src/advisories/not-checkable';
import { DEFAULT_THRESHOLDS } from '../../../src/settings/schema';
import type { CaseTable } from './cases';
import { NOW, profile, position, review } from './fixtures';

const RULES_DIR = resolve(__dirname, '../../../src/rules');
const CASES_DIR = resolve(__dirname, 'cases');

/** A rule file is one that declares a rule at the bottom: `export default defineRule({`. */
const ruleFiles = readdirSync(RULES_DIR)
  .filter((f) => f.endsWith('.ts') && /export default defineRule\(/.test(readFileSync(join(RULES_DIR, f), 'utf8')))
  .sort();

async function loadRule(file: string): Promise<RuleDefinition> {
  return ((await import(join(RULES_DIR, file))) as { default: RuleDefinition }).default;
}

async function loadCases(id: string): Promise<CaseTable | null> {
  const path = join(CASES_DIR, `${id}.ts`);
  if (!existsSync(path)) return null;
  return ((await import(path)) as { default: CaseTable }).default;
}

describe('rule conventions (every file in src/rules that declares a rule)', () => {
  it('finds the rule files', () => {
    expect(ruleFiles.length).toBeGreaterThan(0);
  });

  it('every registered rule comes from a rule file, and ids are unique', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size, 'duplicate rule ids in RULES').toBe(ids.length);
    expect([...ids].sort()).toEqual(ruleFiles.map((f) => basename(f, '.ts')).filter((id) => ids.includes(id)).sort());
  });

  for (const file of ruleFiles) {
    const id = basename(file, '.ts');
    describe(id, () => {
      it('is registered in RULES exactly once, with id = file name in kebab-case', async () => {
        const rule = await loadRule(file);
        expect(rule.id).toBe(id);
        expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(RULES.filter((r) => r === rule || r.id === id), `${id} must be in src/engine/rules.ts once: run npm run gen:rules`).toHaveLength(1);
      });

      it('cites at least one catalogue indicator, all of which exist', async () => {
        const rule = await loadRule(file);
        expect(rule.indicators.length).toBeGreaterThan(0);
        for (const ind of rule.indicators) expect(getIndicator(ind), `${id} cites unknown indicator ${ind}`).toBeDefined();
      });

      it('has its text: title, why, next step and evidence phrasings, none empty', async () => {
        const { text } = await loadRule(file);
        for (const k of ['title', 'why', 'nextStep'] as const) expect(text[k].trim(), `${id}: text.${k}`).not.toBe('');
        expect(Object.keys(text.evidence).length, `${id}: text.evidence`).toBeGreaterThan(0);
        for (const [key, phrasing] of Object.entries(text.evidence)) expect(phrasing.trim(), `${id}: text.evidence.${key}`).not.toBe('');
      });

      it('has a sane weight: only a high-severity rule may reach the high level alone', async () => {
        const rule = await loadRule(file);
        expect(rule.weight).toBeGreaterThan(0);
        if (rule.severity !== 'high') expect(rule.weight).toBeLessThan(DEFAULT_THRESHOLDS.high);
        expect(rule.subjects.length).toBeGreaterThan(0);
      });

      it('has a case table with a firing and a quiet case, and they hold', async () => {
        const rule = await loadRule(file);
        const table = await loadCases(id);
        expect(table, `missing tests/unit/rules/cases/${id}.ts (see tests/unit/rules/cases.ts)`).not.toBeNull();
        expect(table!.rule).toBe(rule);
        expect(table!.fires.length, 'needs a triggering case').toBeGreaterThan(0);
        expect(table!.quiet.length, 'needs a non-triggering case').toBeGreaterThan(0);
        for (const c of table!.fires) expect(rule.check(c.input), c.name).not.toBeNull();
        for (const c of table!.quiet) expect(rule.check(c.input), c.name).toBeNull();
        const testFile = [`${id}.test.ts`, `text-${id}.test.ts`].some((f) => existsSync(join(__dirname, f)));
        expect(testFile, `no ${id}.test.ts or text-${id}.test.ts running the table`).toBe(true);
      });

      it('never throws on hostile input', async () => {
        const rule = await loadRule(file);
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
        expect(() => rule.check(profileInput(p, NOW))).not.toThrow();
        expect(() => rule.check(textInput(hostile, 'text', NOW))).not.toThrow();
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
