import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/evaluate';
import { levelFor } from '../../../src/engine/scoring';
import { defineRule } from '../../../src/core/rule';
import { emptySnapshot } from '../../../src/core/snapshot';
import { profileInput, textInput } from '../../../src/core/rule-input';
import { DEFAULT_THRESHOLDS, defaultSettings } from '../../../src/settings/schema';

const fires = defineRule({
  id: 'test-fires',
  topic: 'messages',
  indicators: ['us22-mit-new-account-scrutiny'],
  severity: 'medium',
  weight: 3,
  platforms: 'all',
  subjects: ['profile', 'text'],
  text: {
    title: 'Test title',
    why: 'Test explanation.',
    nextStep: 'Test next step.',
    evidence: { saw: 'saw "{word}"' },
  },
  check: (i, say) => (i.text.includes('trigger') ? [say('saw', { word: 'trigger' })] : null),
});
const throws = defineRule({
  id: 'test-throws',
  topic: 'messages',
  indicators: [],
  severity: 'high',
  weight: 9,
  platforms: 'all',
  subjects: ['text'],
  text: { title: 'Throws', why: 'Always throws.', nextStep: 'None.', evidence: { never: 'never' } },
  check: () => {
    throw new Error('boom');
  },
});
const githubOnly = defineRule({ ...fires, id: 'test-github-only', platforms: ['github'], subjects: ['profile'] });

describe('evaluate', () => {
  const rules = [fires, throws, githubOnly];
  const profile = { ...emptySnapshot('linkedin', 'https://www.linkedin.com/in/x/'), about: 'please trigger' };

  it('returns findings with evidence, sources and score', () => {
    const r = evaluate(textInput('trigger here'), defaultSettings(), { rules });
    expect(r.findings.map((f) => f.ruleId)).toEqual(['test-fires']);
    expect(r.findings[0]!.evidence).toEqual(['saw "trigger"']);
    expect(r.findings[0]!.sources[0]).toMatchObject({ id: 'us22-adv', indicatorId: 'us22-mit-new-account-scrutiny' });
    expect(r.score).toBe(3);
    expect(r.level).toBe('low');
  });

  it("takes the finding's title, explanation, next step and evidence wording from the rule's own text", () => {
    const [finding] = evaluate(textInput('trigger here'), defaultSettings(), { rules }).findings;
    expect(finding).toMatchObject({ title: 'Test title', why: 'Test explanation.', nextStep: 'Test next step.', evidence: ['saw "trigger"'] });
  });

  it('words findings from a translation table keyed by rule id, and in English where it has no entry', () => {
    const translations = {
      'test-fires': { title: 'Titre de test', nextStep: 'Étape suivante.', evidence: { saw: 'a vu « {word} »' } },
      'test-other': { title: 'Autre' },
    };
    const other = defineRule({ ...fires, id: 'test-other', severity: 'low', weight: 1 });
    const unlisted = defineRule({ ...fires, id: 'test-unlisted', severity: 'low', weight: 1 });
    const r = evaluate(textInput('trigger here'), defaultSettings(), { rules: [fires, other, unlisted], translations });
    expect(r.findings.map((f) => [f.ruleId, f.title, f.why, f.nextStep, f.evidence])).toEqual([
      ['test-fires', 'Titre de test', 'Test explanation.', 'Étape suivante.', ['a vu « trigger »']],
      ['test-other', 'Autre', 'Test explanation.', 'Test next step.', ['saw "trigger"']],
      ['test-unlisted', 'Test title', 'Test explanation.', 'Test next step.', ['saw "trigger"']],
    ]);
  });

  it('survives a throwing rule and returns nothing for clean input', () => {
    const r = evaluate(textInput('nothing to see'), defaultSettings(), { rules });
    expect(r).toMatchObject({ findings: [], score: 0, level: 'none' });
  });

  it('honours platform scoping, disabled rules, weight overrides, dismissals and the allowlist', () => {
    expect(evaluate(profileInput(profile), defaultSettings(), { rules }).findings.map((f) => f.ruleId)).toEqual(['test-fires']);
    const s = defaultSettings();
    s.rules['test-fires'] = { weight: 10 };
    expect(evaluate(profileInput(profile), s, { rules }).level).toBe('high');
    s.rules['test-fires'] = { enabled: false };
    expect(evaluate(profileInput(profile), s, { rules }).findings).toEqual([]);
    const dismissed = evaluate(profileInput(profile), defaultSettings(), { rules, dismissed: ['test-fires'] });
    expect(dismissed).toMatchObject({ findings: [], level: 'none', dismissed: ['test-fires'] });
    expect(evaluate(profileInput(profile), defaultSettings(), { rules, allowlisted: true })).toMatchObject({ findings: [], allowlisted: true });
  });

  it('maps scores to levels by the thresholds', () => {
    expect([0, 1, 4, 8, 20].map((n) => levelFor(n, DEFAULT_THRESHOLDS))).toEqual(['none', 'low', 'medium', 'high', 'high']);
  });
});
