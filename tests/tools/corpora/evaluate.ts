/**
 * The figures `npm run eval` reports and the unit test holds: per rule, hits on
 * scheme passages and false findings on ordinary texts, and overall shares.
 * Each text goes through the same path as `scan` on pasted text (`lookup`).
 */
import { lookup } from '../../../src/engine/lookup';

/** An ordinary text that drew findings: which rules, at what severity, on what evidence. */
export interface FlaggedSample {
  text: string;
  rules: string[];
  /** The report's level. */
  level: string;
  /** "rule-id (severity): evidence" per finding. */
  details: string[];
}

export interface Figures {
  scheme: { total: number; flagged: number; missed: string[] };
  ordinary: { total: number; anyFinding: number; mediumOrAbove: number; flaggedSamples: FlaggedSample[] };
  /** Rule id → hits on scheme passages and findings on ordinary texts. */
  perRule: Record<string, { schemeHits: number; ordinaryHits: number }>;
}

const NOW = new Date('2026-12-01T12:00:00Z');

function rulesFor(text: string): { rules: string[]; level: string; details: string[] } {
  const report = lookup(text, undefined, NOW).report;
  const findings = report?.findings ?? [];
  return {
    rules: findings.map((f) => f.ruleId),
    level: report?.level ?? 'none',
    details: findings.map((f) => `${f.ruleId} (${f.severity}): ${f.evidence.join(' | ')}`),
  };
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
    const { rules, level, details } = rulesFor(text);
    if (rules.length > 0) {
      figures.ordinary.anyFinding++;
      figures.ordinary.flaggedSamples.push({ text, rules, level, details });
    }
    if (level === 'medium' || level === 'high') figures.ordinary.mediumOrAbove++;
    for (const id of rules) bump(id, 'ordinaryHits');
  }
  return figures;
}

/** Several corpora's figures as one (each text was evaluated once, in its own corpus). */
export function mergeFigures(all: readonly Figures[]): Figures {
  const merged: Figures = {
    scheme: { total: 0, flagged: 0, missed: [] },
    ordinary: { total: 0, anyFinding: 0, mediumOrAbove: 0, flaggedSamples: [] },
    perRule: {},
  };
  for (const f of all) {
    merged.scheme.total += f.scheme.total;
    merged.scheme.flagged += f.scheme.flagged;
    merged.scheme.missed.push(...f.scheme.missed);
    merged.ordinary.total += f.ordinary.total;
    merged.ordinary.anyFinding += f.ordinary.anyFinding;
    merged.ordinary.mediumOrAbove += f.ordinary.mediumOrAbove;
    merged.ordinary.flaggedSamples.push(...f.ordinary.flaggedSamples);
    for (const [id, r] of Object.entries(f.perRule)) {
      merged.perRule[id] ??= { schemeHits: 0, ordinaryHits: 0 };
      merged.perRule[id].schemeHits += r.schemeHits;
      merged.perRule[id].ordinaryHits += r.ordinaryHits;
    }
  }
  return merged;
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
