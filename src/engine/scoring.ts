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

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

/** Most severe first, then heaviest, then by id for a stable order. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || b.weight - a.weight || a.ruleId.localeCompare(b.ruleId),
  );
}
