import type { Level, Report } from '../core/report';
import type { PageState, ProfileSnapshot } from '../core/snapshot';
import type { Severity } from '../core/rule';

/** One finding as `scan --json` prints it (the CLI's output contract; extra keys only inside `sources`). */
export interface ScanFinding {
  ruleId: string;
  severity: Severity;
  title: string;
  evidence: string[];
  sources: { id: string; title: string; section: string; url: string; indicatorId?: string; basis?: string; date?: string | null }[];
  nextStep: string;
}

/** The single object `scan --json` prints. */
export interface ScanResult {
  platform: string | null;
  state: PageState | 'text';
  profile: ProfileSnapshot | null;
  findings: ScanFinding[];
  score: number;
  level: Level;
}

/** Fields kept for the readable report only (not part of the JSON contract). */
export interface ScanDetails {
  /** `why` per finding, by rule id. */
  why: Record<string, string>;
  /** What a text input was recognised as (lookup kind), when it was text. */
  inputKind?: string;
}

export function resultFrom(
  report: Report | null,
  base: Pick<ScanResult, 'platform' | 'state' | 'profile'>,
): { result: ScanResult; details: ScanDetails } {
  const findings = report?.findings ?? [];
  return {
    result: {
      ...base,
      findings: findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        title: f.title,
        evidence: [...f.evidence],
        sources: f.sources.map((s) => ({ id: s.id, title: s.title, section: s.section, url: s.url, indicatorId: s.indicatorId, basis: s.basis, date: s.date })),
        nextStep: f.nextStep,
      })),
      score: report?.score ?? 0,
      level: report?.level ?? 'none',
    },
    details: { why: Object.fromEntries(findings.map((f) => [f.ruleId, f.why])) },
  };
}
