/**
 * The figures `npm run eval` reports and the unit test holds: per rule, hits on
 * scheme passages and false findings on ordinary texts, and overall shares.
 * Each text goes through the same path as `scan` on pasted text (`lookup`).
 */
import { lookup } from '../../../src/engine/lookup';

export interface Figures {
  scheme: { total: number; flagged: number; missed: string[] };
  ordinary: { total: number; anyFinding: number; mediumOrAbove: number; flaggedSamples: Array<{ text: string; rules: string[] }> };
  /** Rule id → hits on scheme passages and findings on ordinary texts. */
  perRule: Record<string, { schemeHits: number; ordinaryHits: number }>;
}

const NOW = new Date('2026-12-01T12:00:00Z');

function rulesFor(text: string): { rules: string[]; level: string } {
  const report = lookup(text, undefined, NOW).report;
  return { rules: report?.findings.map((f) => f.ruleId) ?? [], level: report?.level ?? 'none' };
}

export function evaluateTexts(scheme: readonly string[], ordinary: readonly string[]): Figures {
  const perRule: Figures['perRule'] = {};
  const bump = (id: string, key: 'schemeHits' | 'ordinaryHits') => {
    perRule[id] ??= { schemeHits: 0, ordinaryHits: 0 };
    perRule[id][key]++;
  };
  const figures: Figures = {
    scheme: { total: scheme.length, flagged: 0, missed: [] },
    ordinary: { total: ordinary.length, anyFinding: 0, mediumOrAbove: 0, flaggedSamples: [] },
    perRule,
  };
  for (const text of scheme) {
    const { rules } = rulesFor(text);
    if (rules.length > 0) figures.scheme.flagged++;
    else figures.scheme.missed.push(text);
    for (const id of rules) bump(id, 'schemeHits');
  }
  for (const text of ordinary) {
    const { rules, level } = rulesFor(text);
    if (rules.length > 0) {
      figures.ordinary.anyFinding++;
      figures.ordinary.flaggedSamples.push({ text, rules });
    }
    if (level === 'medium' || level === 'high') figures.ordinary.mediumOrAbove++;
    for (const id of rules) bump(id, 'ordinaryHits');
  }
  return figures;
}

export const percent = (n: number, of: number): string => (of === 0 ? '–' : `${((100 * n) / of).toFixed(1)}%`);

/** The report as lines of text. */
export function formatFigures(name: string, f: Figures): string {
  const lines = [
    `${name}`,
    `  scheme passages flagged: ${f.scheme.flagged}/${f.scheme.total} (${percent(f.scheme.flagged, f.scheme.total)})`,
    `  ordinary texts with any finding: ${f.ordinary.anyFinding}/${f.ordinary.total} (${percent(f.ordinary.anyFinding, f.ordinary.total)})`,
    `  ordinary texts at medium or above: ${f.ordinary.mediumOrAbove}/${f.ordinary.total} (${percent(f.ordinary.mediumOrAbove, f.ordinary.total)})`,
    '  per rule (hits on scheme passages / findings on ordinary texts):',
    ...Object.entries(f.perRule)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([id, r]) => `    ${id.padEnd(32)} ${String(r.schemeHits).padStart(5)} / ${r.ordinaryHits}`),
  ];
  return lines.join('\n');
}
