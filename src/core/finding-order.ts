import type { Finding } from './report';
import { SEVERITIES } from './rule';

/**
 * The order every list of findings is shown in (popup, in-page panel, look-up, résumé file):
 * most severe first; within a severity, the heavier weight first, then the engine's order.
 */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  const rank = (f: Finding) => SEVERITIES.indexOf(f.severity);
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(b.f) - rank(a.f) || b.f.weight - a.f.weight || a.i - b.i)
    .map(({ f }) => f);
}
