import type { Thresholds } from '../settings/schema';
import type { Finding, Level } from '../core/report';

/** Score = sum of the weights of the visible findings; the user sees and tunes both. */
export function scoreOf(findings: readonly Finding[]): number {
  return findings.reduce((sum, f) => sum + f.weight, 0);
}

export function levelFor(score: number, t: Thresholds): Level {
  if (score <= 0) return 'none';
  if (score >= t.high) return 'high';
  if (score >= t.medium) return 'medium';
  if (score >= t.low) return 'low';
  return 'none';
}

const LEVEL_ORDER = { none: 0, low: 1, medium: 2, high: 3 } as const;

/**
 * The level a report shows. An invariant of the engine, whatever the weights
 * (the user may tune them): no single weak signal reaches "medium" on its own.
 * A finding of severity "low" is a weak signal (a payment preference, a thin
 * profile, a new account); alone it is at most "low", and only together with
 * another finding does the sum of weights decide (shared/advisories.md §4).
 */
export function levelOf(findings: readonly Finding[], t: Thresholds): Level {
  const level = levelFor(scoreOf(findings), t);
  if (findings.length === 1 && findings[0]!.severity === 'low' && LEVEL_ORDER[level] > LEVEL_ORDER.low) return 'low';
  return level;
}

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

/** Most severe first, then heaviest, then by id for a stable order. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || b.weight - a.weight || a.ruleId.localeCompare(b.ruleId),
  );
}
